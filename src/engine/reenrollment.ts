import { addCalendarDuration } from "../calendar/index.js";
import type { Plan } from "../plan/index.js";
import { instantMs, isoInstant, parseDuration } from "../primitives/index.js";
import { EngineError } from "./errors.js";
import type { Enrollment } from "./store.js";

/**
 * Checks the plan's `reenrollment` rule for a lead whose last enrolment in it (`last`, ended) is
 * being followed by a new one at `now`: allowed at once by default; `allowed: false` forbids it;
 * `after` is the wait from the end (calendar units on the plan's zone).
 * @throws {EngineError} `reenrollment_not_allowed` or `reenrollment_too_soon` (naming the earliest instant).
 */
export function checkReenrollment(plan: Plan, leadId: string, last: Enrollment, now: number): void {
  const rule = plan.reenrollment;
  if (rule === undefined) return;
  if (!rule.allowed) {
    throw new EngineError(
      "reenrollment_not_allowed",
      `Lead ${JSON.stringify(leadId)} was enrolled in plan ${plan.id} before (enrolment ${last.id} ended: ${last.endedReason ?? "?"}), and the plan's reenrollment.allowed is false`,
    );
  }
  const after = rule.after === undefined ? undefined : parseDuration(rule.after);
  if (after === undefined || last.endedAt === undefined) return;
  const earliest = addCalendarDuration(plan.timezone, instantMs(last.endedAt), after);
  if (now < earliest) {
    throw new EngineError(
      "reenrollment_too_soon",
      `Lead ${JSON.stringify(leadId)} may enrol in plan ${plan.id} again from ${isoInstant(earliest)} (reenrollment.after ${rule.after} from the end of enrolment ${last.id} at ${last.endedAt})`,
    );
  }
}
