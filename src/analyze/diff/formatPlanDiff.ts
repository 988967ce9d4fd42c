import type { Step, Timing } from "../../plan/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { printable } from "../../primitives/index.js";
import { checkPlanDiff, type FieldChange, type PlanDiff } from "./planDiff.js";

/**
 * A diff for people: one line per added (`+`) or removed (`-`) step, a block per changed (`~`)
 * step with each field's old and new value, then plan-level changes.
 * @example
 * // dealer v1 → v2: 1 added, 1 removed, 1 changed step, 1 plan change
 * //   + sms-reminder  sms, after PT2H from call-now
 * //   ~ call-day-1
 * //       timing: after PT1H from call-now → after PT30M from call-now
 */
export function formatPlanDiff(diff: PlanDiff): string {
  checkPlanDiff(diff);
  const { steps } = diff;
  const head = `${diff.from.id} v${diff.from.version} → ${diff.to.id === diff.from.id ? "" : `${diff.to.id} `}v${diff.to.version}`;
  if (diff.changes === 0) return `${head}: no changes`;
  const counts = [
    steps.added.length > 0 ? `${steps.added.length} added` : "",
    steps.removed.length > 0 ? `${steps.removed.length} removed` : "",
    steps.changed.length > 0 ? `${steps.changed.length} changed step${steps.changed.length === 1 ? "" : "s"}` : "",
    // A change of its own (diff.changes counts it): a reorder alone had an empty summary.
    steps.order !== undefined ? "steps reordered" : "",
    diff.plan.length > 0 ? `${diff.plan.length} plan change${diff.plan.length === 1 ? "" : "s"}` : "",
  ].filter((s) => s !== "");
  const lines = [`${head}: ${counts.join(", ")}`];
  for (const a of steps.added) lines.push(`  + ${a.id}  ${describeStep(a.step)}`);
  for (const r of steps.removed) lines.push(`  - ${r.id}  ${describeStep(r.step)}`);
  for (const c of steps.changed) {
    lines.push(`  ~ ${c.id}`);
    for (const f of c.changes) lines.push(`      ${change(f, f.field === "at" ? (v) => describeTiming(v as Timing) : undefined)}`);
  }
  if (steps.order !== undefined) lines.push(`  order: ${steps.order.join(", ")}`);
  for (const f of diff.plan) lines.push(`  ~ ${change(f)}`);
  // Names and templates are text from the plans: printed with their control characters escaped.
  return lines.map(printable).join("\n");
}

function change(f: FieldChange, show: (value: unknown) => string = value): string {
  const label = f.kind === "timing" ? "timing" : f.field;
  if (f.before === undefined) return `${label}: added ${show(f.after)}`;
  if (f.after === undefined) return `${label}: removed (was ${show(f.before)})`;
  return `${label}: ${show(f.before)} → ${show(f.after)}`;
}

/** `call, task, after PT5M from call-now` */
export function describeStep(step: Step): string {
  return [
    step.channel + (step.fallback === undefined ? "" : ` (fallback ${step.fallback})`),
    step.mode === "task" ? "task" : "",
    describeTiming(step.at),
    step.attempts === undefined ? "" : `${step.attempts.max} attempts`,
  ]
    .filter((s) => s !== "")
    .join(", ");
}

const TIMING_KEYS = ["after", "days", "businessDays", "rrule"] as const;

/** A timing in words: `after PT5M from call-now`, `day 1 at 10:00`, `2 business days at 09:00`, `rrule ...`. */
export function describeTiming(at: Timing): string {
  if (at === null || typeof at !== "object" || !TIMING_KEYS.some((k) => k in at))
    throw new ArgumentError("at", `Expected \`at\` to be a step's timing (with after, days, businessDays or rrule), got ${describeValue(at)}`);
  const from = at.from === undefined ? "" : ` from ${at.from.step}${at.from.on === "outcome" ? " (outcome)" : ""}`;
  if ("after" in at) return `after ${at.after}${from}`;
  if ("days" in at) return `day ${at.days} at ${at.time}${from}`;
  if ("businessDays" in at) return `${at.businessDays} business day${at.businessDays === 1 ? "" : "s"} at ${at.time}${from}`;
  return `rrule ${at.rrule}${at.count === undefined ? "" : ` ×${at.count}`}${from}`;
}

function value(v: unknown): string {
  const text = JSON.stringify(v) ?? "undefined";
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
