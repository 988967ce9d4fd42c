import { instantMs } from "../primitives/index.js";
import type { TimelineTouch } from "../testing/index.js";
import { html, type Html } from "./html.js";
import { channelLabel, durationLabel, exitReasonLabel } from "./labels.js";
import type { LeadModel } from "./leadModel.js";

/** Exits where the lead answered: a reply, a connected call, a booked meeting. */
const LEAD_ANSWERED: ReadonlySet<string> = new Set(["replied", "connected", "meeting_booked"]);

interface Row {
  readonly label: string;
  readonly a: string;
  readonly b: string;
  /** b − a for numeric rows: the change column. */
  readonly delta?: number;
  /** Whether more is better (colours the change). */
  readonly moreIsBetter?: boolean;
  readonly unit?: "count" | "ms";
}

/** A table of what changed for the same lead between two runs (two plan versions). */
export function compareTable(a: LeadModel, b: LeadModel, labels: readonly [string, string]): Html {
  const ta = a.timeline;
  const tb = b.timeline;
  const first = (m: LeadModel): number | undefined =>
    m.timeline.firstTouch === undefined ? undefined : instantMs(m.timeline.firstTouch.at) - instantMs(m.timeline.from);
  const exitAfter = (m: LeadModel): number | undefined => (m.timeline.exit === null ? undefined : instantMs(m.timeline.exit.at) - instantMs(m.timeline.from));
  // Negative: the lead's history already held the exit (an opt-out before its latest record).
  const exitAfterText = (ms: number | undefined): string => (ms === undefined ? "—" : ms < 0 ? "before the start" : durationLabel(ms));
  const channels = [...new Set([...a.lanes, ...b.lanes])];
  const num = (label: string, x: number, y: number, moreIsBetter?: boolean): Row => ({
    label,
    a: String(x),
    b: String(y),
    delta: y - x,
    unit: "count",
    ...(moreIsBetter === undefined ? {} : { moreIsBetter }),
  });
  const time = (label: string, x: number | undefined, y: number | undefined, moreIsBetter?: boolean): Row => ({
    label,
    a: x === undefined ? "—" : durationLabel(x),
    b: y === undefined ? "—" : durationLabel(y),
    ...(x === undefined || y === undefined ? {} : { delta: y - x, unit: "ms" as const, ...(moreIsBetter === undefined ? {} : { moreIsBetter }) }),
  });
  // Sooner is better when both runs end with the lead answering; a cadence that gives up sooner is not.
  const answered = (m: LeadModel): boolean => m.timeline.exit !== null && LEAD_ANSWERED.has(m.timeline.exit.reason);
  const rows: Row[] = [
    num("Touches", ta.touches.length, tb.touches.length),
    ...channels.map((c) => num(`· ${channelLabel(c)}`, ta.byChannel[c]?.length ?? 0, tb.byChannel[c]?.length ?? 0)),
    time("First touch after", first(a), first(b), false),
    num("Deferrals", ta.deferrals.length, tb.deferrals.length, false),
    num("Steps skipped", ta.skips.length, tb.skips.length, false),
    num("SLA escalations", ta.escalations.length, tb.escalations.length, false),
    { label: "Exit", a: ta.exit === null ? "none" : exitReasonLabel(ta.exit.reason), b: tb.exit === null ? "none" : exitReasonLabel(tb.exit.reason) },
    (exitAfter(a) ?? 0) < 0 || (exitAfter(b) ?? 0) < 0
      ? { label: "Exit after", a: exitAfterText(exitAfter(a)), b: exitAfterText(exitAfter(b)) }
      : time("Exit after", exitAfter(a), exitAfter(b), answered(a) && answered(b) ? false : undefined),
  ];
  const change = (r: Row): Html => {
    if (r.delta === undefined) return html`<td class="num">${r.a === r.b ? "same" : "changed"}</td>`;
    if (r.delta === 0) return html`<td class="num">same</td>`;
    const text = r.unit === "ms" ? `${r.delta > 0 ? "+" : "−"}${durationLabel(Math.abs(r.delta))}` : `${r.delta > 0 ? "+" : "−"}${Math.abs(r.delta)}`;
    const cls = r.moreIsBetter === undefined ? "" : r.delta > 0 === r.moreIsBetter ? "delta-up" : "delta-down";
    return html`<td class="num ${cls}">${text}</td>`;
  };
  return html`<div class="table-wrap"><table class="compare-table">
<caption>The same lead and the same responses under both versions</caption>
<thead><tr><th scope="col"></th><th scope="col" class="num">${labels[0]}</th><th scope="col" class="num">${labels[1]}</th><th scope="col" class="num">change</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th><td class="num">${r.a}</td><td class="num">${r.b}</td>${change(r)}</tr>`)}</tbody></table></div>`;
}

/** Touch by touch (step and attempt): when each went under both versions, and by how much it moved. */
export function touchShifts(a: LeadModel, b: LeadModel, labels: readonly [string, string]): Html {
  const key = (t: { stepId: string; attempt: number }): string => `${t.stepId} #${t.attempt}`;
  const left = new Map(a.timeline.touches.map((t) => [key(t), t]));
  const right = new Map(b.timeline.touches.map((t) => [key(t), t]));
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  const at = (k: string): number => instantMs(((left.get(k) ?? right.get(k)) as TimelineTouch).at);
  keys.sort((x, y) => at(x) - at(y));
  const rows = keys.map((k) => {
    const x = left.get(k);
    const y = right.get(k);
    const shift =
      x === undefined || y === undefined
        ? x === undefined
          ? "added"
          : "removed"
        : instantMs(y.at) === instantMs(x.at)
          ? "same"
          : `${instantMs(y.at) > instantMs(x.at) ? "later by" : "earlier by"} ${durationLabel(Math.abs(instantMs(y.at) - instantMs(x.at)))}`;
    return html`<tr data-touch="${k}"><th scope="row">${k}</th><td>${x === undefined ? "—" : `${channelLabel(x.channel)} · ${x.local}`}</td><td>${y === undefined ? "—" : `${channelLabel(y.channel)} · ${y.local}`}</td><td class="${shift === "same" ? "" : "shift"}">${shift}</td></tr>`;
  });
  return html`<div class="table-wrap"><table class="compare-touches">
<caption>Touch by touch: when each step's attempt went</caption>
<thead><tr><th scope="col">Step and attempt</th><th scope="col">${labels[0]}</th><th scope="col">${labels[1]}</th><th scope="col">change</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
