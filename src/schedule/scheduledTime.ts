import { addCalendarDuration, atLocalTimeAfterDays, type CalendarDuration } from "../calendar/index.js";
import type { CompiledStep } from "./compilePlan.js";

/** The instant a step's first attempt is scheduled for, counted from its anchor instant. */
export function firstAttemptAt(zone: string, step: CompiledStep, anchorAt: number): number {
  const timing = step.timing;
  if (timing.kind === "days") return atLocalTimeAfterDays(zone, anchorAt, timing.days, timing.minuteOfDay);
  return timing.exact ? anchorAt + timing.duration.exactMs : addCalendarDuration(zone, anchorAt, timing.duration);
}

/** The instant attempt k+1 is scheduled for, counted from attempt k's touch. */
export function nextAttemptAt(zone: string, every: CalendarDuration, exact: boolean, previousAt: number): number {
  return exact ? previousAt + every.exactMs : addCalendarDuration(zone, previousAt, every);
}
