import {
  MINUTE_MS,
  addCalendarDuration,
  atLocalTimeAfterDays,
  businessDaysAfter,
  nextOccurrenceAt,
  type LeadClock,
  type NonexistentTime,
} from "../calendar/index.js";
import type { DurationParts } from "../primitives/index.js";
import type { CompiledStep } from "./compiledPlan.js";

function zoneOf(zone: string | LeadClock): string {
  return typeof zone === "string" ? zone : zone.zone;
}

/**
 * The instant a step's first attempt is scheduled for, counted from its anchor instant;
 * `Infinity` for a recurrence that has already ended. A local time in a spring-forward gap
 * resolves by `nonexistent` (the plan's `nonexistentTime`).
 */
export function firstAttemptAt(zone: string | LeadClock, step: CompiledStep, anchorAt: number, nonexistent: NonexistentTime = "shift"): number {
  const timing = step.timing;
  const name = zoneOf(zone);
  if (timing.kind === "days") return atLocalTimeAfterDays(name, anchorAt, timing.days, timing.minuteOfDay, nonexistent);
  if (timing.kind === "rrule") return nextOccurrenceAt(name, timing.recurrence, anchorAt, anchorAt, nonexistent);
  if (timing.kind === "businessDays") {
    return businessDaysAfter(name, anchorAt, timing.days, timing.minuteOfDay, timing.weekdays, typeof zone === "string" ? undefined : zone.closed, nonexistent);
  }
  return timing.exact ? anchorAt + timing.duration.exactMs : addCalendarDuration(name, anchorAt, timing.duration, nonexistent);
}

/** The instant attempt k+1 is scheduled for, counted from attempt k's touch. */
export function nextAttemptAt(
  zone: string | LeadClock,
  every: DurationParts,
  exact: boolean,
  previousAt: number,
  nonexistent: NonexistentTime = "shift",
): number {
  return exact ? previousAt + every.exactMs : addCalendarDuration(zoneOf(zone), previousAt, every, nonexistent);
}

/**
 * The instant attempt k+1 of a recurring step is scheduled for: its rule's first occurrence at or
 * after a minute past attempt k's touch (the rule started on the anchor's local date); `Infinity`
 * when the rule has ended.
 */
export function nextRecurringAttemptAt(
  zone: string | LeadClock,
  step: CompiledStep,
  anchorAt: number,
  previousAt: number,
  nonexistent: NonexistentTime = "shift",
): number {
  if (step.timing.kind !== "rrule") return Infinity;
  return nextOccurrenceAt(zoneOf(zone), step.timing.recurrence, anchorAt, previousAt + MINUTE_MS, nonexistent);
}
