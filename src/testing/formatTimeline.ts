import { ArgumentError, describeValue } from "../errors/index.js";
import { instantMs, printable } from "../primitives/index.js";
import { describeZone } from "../schedule/index.js";
import { elapsed } from "./elapsed.js";
import { localLabel } from "./localLabel.js";
import type { SimulatedEvent } from "./responders.js";
import { checkTimeline, type Timeline, type TimelineEntry } from "./timeline.js";

/** Options for {@link formatTimeline}. */
export interface FormatTimelineOptions {
  /**
   * Colour the event column with ANSI escapes (for terminals). Snapshots want the default.
   * @default false
   */
  readonly color?: boolean;
  /** Print the heading lines (plan, lead, zone, span). @default true */
  readonly heading?: boolean;
}

const COLORS: Readonly<Record<string, string>> = {
  touch: "\u001b[32m",
  outcome: "\u001b[32m",
  deferred: "\u001b[33m",
  skipped: "\u001b[35m",
  lead: "\u001b[36m",
  exit: "\u001b[1m",
  escalation: "\u001b[31m",
};
const RESET = "\u001b[0m";

/**
 * Renders a timeline as a plain-text table: elapsed time, the lead's local time, what happened,
 * channel, step and attempt, and detail (outcome, reason, hold). The output depends only on the
 * timeline, so it is stable across machines and host time zones: good for snapshots.
 * @throws {ArgumentError} for a value that is not a timeline (see `simulate`), naming the entry at
 * fault, or `options` that is not an object.
 * @example console.log(formatTimeline(simulate(plan, lead, { until: "P14D", responder: respond.never() })));
 */
export function formatTimeline(timeline: Timeline, options: FormatTimelineOptions = {}): string {
  checkTimeline(timeline, "timeline");
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object like { color: true }, got ${describeValue(options)}`);
  // Text from data (a lead id, a template, a note) is printed with its control characters escaped.
  const rows = timeline.entries.map((e) => row(e).map(printable));
  const header = ["elapsed", "local time", "event", "channel", "step", "detail"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[], color: boolean): string => {
    const padded = cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)));
    if (color) {
      const code = COLORS[cells[2]?.trim() ?? ""];
      if (code !== undefined) padded[2] = `${code}${padded[2] ?? ""}${RESET}`;
    }
    return `  ${padded.join("  ")}`.trimEnd();
  };
  const out: string[] = [];
  if (options.heading ?? true) {
    out.push(`Plan ${timeline.planId} v${timeline.planVersion} · lead ${printable(timeline.leadId)} · ${describeZone(timeline.zone)}`);
    out.push(`Simulated from ${timeline.fromLocal} to ${timeline.untilLocal}`);
    out.push("");
  }
  out.push(line(header, false));
  for (const r of rows) out.push(line(r, options.color === true));
  if (rows.length === 0) out.push("  (nothing happened)");
  out.push("");
  out.push(printable(summary(timeline)));
  return out.join("\n");
}

function row(entry: TimelineEntry): string[] {
  const base = [elapsed(entry.offsetMs), entry.local];
  switch (entry.kind) {
    case "touch": {
      const late = entry.dueAt === undefined ? "" : `${elapsed(instantMs(entry.at) - instantMs(entry.dueAt)).slice(1)} after due`;
      const notes = [entry.mode === "task" ? "task" : "", entry.fallbackFrom === undefined ? "" : `fallback for ${entry.fallbackFrom}`, late].filter(
        (n) => n !== "",
      );
      const outcome = entry.outcomeAt === undefined ? entry.outcome : "sent, outcome later";
      return [...base, "touch", entry.channel, `${entry.stepId} #${entry.attempt}`, notes.length === 0 ? outcome : `${outcome} (${notes.join(", ")})`];
    }
    case "outcome":
      return [...base, "outcome", entry.channel, entry.stepId, entry.outcome];
    case "deferral": {
      const why = entry.reason === "window" ? "outside window / quiet hours" : entry.reason === "cap" ? (entry.detail ?? "cap") : "paused";
      return [...base, "deferred", entry.channel ?? "", `${entry.stepId} #${entry.attempt}`, `${why}, until ${entry.untilLocal}`];
    }
    case "skip":
      return [...base, "skipped", "", entry.stepId, entry.detail === undefined ? entry.reason : `${entry.reason} (${entry.detail})`];
    case "lead":
      return [...base, "lead", leadChannel(entry.event), "", describeEvent(entry.event)];
    case "exit":
      return [...base, "exit", "", "", entry.detail === undefined ? entry.reason : `${entry.reason} (${entry.detail})`];
    case "escalation":
      return [
        ...base,
        "escalation",
        entry.channel,
        `${entry.stepId} #${entry.attempt}`,
        `SLA missed, level ${entry.level}${entry.template === undefined ? "" : ` (${entry.template})`}`,
      ];
  }
}

function leadChannel(event: SimulatedEvent): string {
  return event.type === "inbound" || event.type === "opt_out" ? event.channel : "";
}

function describeEvent(event: SimulatedEvent): string {
  switch (event.type) {
    case "inbound":
      return `${event.automatic === true ? "automatic reply" : "reply"}${event.text === undefined ? "" : ` ${JSON.stringify(event.text)}`}`;
    case "meeting":
      return `meeting booked${event.note === undefined ? "" : ` (${event.note})`}`;
    case "status":
      return `status ${event.status}`;
    case "event":
      return `event ${event.name}`;
    case "opt_out":
      return "opted out";
  }
}

function summary(timeline: Timeline): string {
  const counts = Object.entries(timeline.byChannel)
    .map(([channel, list]) => `${channel} ${list.length}`)
    .join(", ");
  const touches = `${timeline.touches.length} touch${timeline.touches.length === 1 ? "" : "es"}${counts === "" ? "" : ` (${counts})`}`;
  const exit = timeline.exit;
  if (exit !== null) return `Exit: ${exit.reason}${exit.detail === undefined ? "" : ` (${exit.detail})`} at ${exit.local} · ${touches}`;
  if (timeline.end.reason === "until") return `Still running at ${timeline.untilLocal} (the end of the simulation) · ${touches}`;
  return `Nothing more scheduled after ${localLabel(timeline.zone.name, instantMs(timeline.end.at))}: the cadence waits for the lead · ${touches}`;
}
