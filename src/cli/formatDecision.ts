import { formatLocalWithWeekday } from "../calendar/index.js";
import { inInstantRange, instantMs, printable } from "../primitives/index.js";
import { describeTraceReason, describeZone, type Decision } from "../schedule/index.js";

/** A decision as text: what is due, what was skipped, every step's state and why, the next wake-up. */
export function formatDecision(decision: Decision): string {
  const zone = decision.zone.name;
  // A waiting step's `until` may lie past the accepted range (its trace detail says so), where no local clock is read.
  const local = (iso: string): string => {
    const ms = instantMs(iso);
    return inInstantRange(ms) ? formatLocalWithWeekday(zone, ms) : `${iso} (after the last accepted instant)`;
  };
  const out: string[] = [];
  out.push(`Lead ${decision.leadId} · plan ${decision.planId} v${decision.planVersion}`);
  out.push(`At ${local(decision.now)} (${decision.now}) · zone ${describeZone(decision.zone)}`);
  out.push("");
  out.push(decision.due.length === 0 ? "Due now: nothing" : "Due now:");
  for (const t of decision.due) {
    const notes = [
      t.mode === "task" ? "task" : "",
      t.fallbackFrom === undefined ? "" : `fallback for ${t.fallbackFrom}`,
      t.template === undefined ? "" : `template ${t.template}`,
    ].filter((n) => n !== "");
    out.push(`  ${t.stepId} #${t.attempt} on ${t.channel}${notes.length === 0 ? "" : ` (${notes.join(", ")})`}, due since ${local(t.dueAt)}`);
    out.push(`    id ${t.id}`);
  }
  if (decision.skipped.length > 0) {
    out.push("Skipped now (append to history):");
    for (const s of decision.skipped) out.push(`  ${s.stepId}: ${s.reason}${s.detail === undefined ? "" : ` (${s.detail})`}`);
  }
  out.push("");
  out.push("Steps:");
  const rows = decision.trace.map((t) =>
    [
      t.stepId,
      t.state,
      describeTraceReason(t.reason),
      t.attempt !== undefined && t.state !== "skipped" ? `#${t.attempt}` : "",
      t.channel ?? "",
      [t.until === undefined ? "" : `until ${local(t.until)}`, t.detail === undefined ? "" : `(${t.detail})`].filter((p) => p !== "").join(" "),
    ].map(printable),
  );
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const r of rows) out.push(`  ${r.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i] ?? 0) : cell)).join("  ")}`.trimEnd());
  out.push("");
  if (decision.done !== null) {
    const d = decision.done;
    out.push(`Done: ${d.reason}${d.detail === undefined ? "" : ` (${d.detail})`} at ${local(d.at)}`);
  } else if (decision.next !== null) out.push(`Next wake-up: ${local(decision.next.at)} (${decision.next.at}) for step ${decision.next.stepId}`);
  // `next` is the wake-up after the due touches: with touches due and none after them, recording them changes the picture.
  else if (decision.due.length > 0) out.push("Next wake-up: none until the due touches are recorded (then evaluate again)");
  else out.push("Next wake-up: none scheduled by time (waiting for an event)");
  // Text from data (the lead id, templates, details) is printed with its control characters escaped.
  return out.map(printable).join("\n");
}
