import type { Lead, SkipRecord } from "../lead/index.js";
import type { Plan } from "../plan/index.js";
import { instantMs, isoInstant } from "../primitives/index.js";
import { evaluate, type EvaluateOptions } from "../schedule/index.js";
import { settleUnconfirmed } from "./applyDecision.js";
import { enrollmentLead } from "./enrollmentView.js";
import type { MutableEnrollment, MutableLead } from "./storedLead.js";

/** How `engine.migrate` treats enrolled leads. */
export type MigrationMode = "pin" | "by-step-id";

export type { MutableEnrollment, MutableLead } from "./storedLead.js";

/** Skip reason for a step the new version no longer has. */
export const STEP_REMOVED = "step_removed";
/** Skip reason for a touch the new version's timing makes due in the past. */
export const MIGRATION_PAST_DUE = "migration_past_due";

/**
 * Moves one enrolment `e` of the lead `rec` from `from` to `to`, mapping steps by id. Rules:
 * - steps of `from` that `to` lacks and that had not settled are settled as skipped (`step_removed`);
 * - a touch `to` makes due with a due time before `now` that `from` did not have due at `now`
 *   (a shortened delay) is dropped: its step is settled as skipped (`migration_past_due`), so the steps
 *   anchored on it count from the migration instant and the rest of the cadence is spread forward
 *   instead of firing at once;
 * - touches already in history keep their step ids, so no step is touched again; new touches carry
 *   the new version in their ids;
 * - pending touches (in flight, waiting for a retry, open tasks) of steps `to` keeps stay pending
 *   under their keys: the engine matches them to the new version's touches by step and attempt, so a
 *   touch in flight during a migration is never sent again under a new key; pending touches of
 *   removed steps are dropped (an attempt whose answer was lost recorded first, outcome unknown), except sends in
 *   flight, whose result is still written.
 * Returns the skip records appended.
 */
export function migrateLead(rec: MutableLead, e: MutableEnrollment, from: Plan, to: Plan, now: number, options: EvaluateOptions): SkipRecord[] {
  const appended: SkipRecord[] = [];
  const at = isoInstant(now);
  const view = (): Lead => enrollmentLead(rec.lead, e, rec.enrollments);
  const before = evaluate(from, view(), now, options);
  const dueBefore = new Set(before.due.map((t) => t.stepId));
  for (const p of Object.values(e.pending)) dueBefore.add(p.touch.stepId);
  const kept = new Set(to.steps.map((s) => s.id));
  for (const entry of before.trace) {
    if (kept.has(entry.stepId) || entry.state === "completed" || entry.state === "skipped") continue;
    appended.push({ type: "skip", planId: to.id, stepId: entry.stepId, reason: STEP_REMOVED, at, detail: `removed in ${to.id}@${to.version}` });
  }
  for (const [id, p] of Object.entries(e.pending)) {
    if (kept.has(p.touch.stepId) || p.sendingSince !== undefined) continue;
    // An earlier attempt whose answer was lost may have reached the lead: recorded (outcome unknown), so caps count it.
    settleUnconfirmed(rec.lead, p, now);
    delete e.pending[id];
  }
  rec.lead.history.push(...appended);
  e.planVersion = to.version;
  for (let round = 0; round < to.steps.length; round++) {
    const d = evaluate(to, view(), now, options);
    const late = d.due.filter((t) => !dueBefore.has(t.stepId) && instantMs(t.dueAt) < now);
    if (late.length === 0) break;
    for (const t of late) {
      const skip: SkipRecord = {
        type: "skip",
        planId: to.id,
        stepId: t.stepId,
        reason: MIGRATION_PAST_DUE,
        at,
        detail: `due at ${t.dueAt} under ${to.id}@${to.version}`,
      };
      rec.lead.history.push(skip);
      appended.push(skip);
    }
  }
  return appended;
}
