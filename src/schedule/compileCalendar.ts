import {
  closedDaysOf,
  closuresCalendar,
  compileRecurrence,
  describeRecurrence,
  countryCode,
  countryHolidayCalendar,
  MONDAY_TO_FRIDAY,
  regionCode,
  recurrenceCanMatch,
  type ClosedDays,
  type HolidayCalendar,
} from "../calendar/index.js";
import { ArgumentError, PlanValidationError, validationIssue } from "../errors/index.js";
import { WEEKDAYS, type Plan } from "../plan/index.js";
import { BoundedMemo, MAX_RRULE_COUNT, parseClockTime, parseRecurrenceRule } from "../primitives/index.js";
import type { CompiledCalendar, CompiledStep } from "./compiledPlan.js";

/** Compiles `holidays`, `businessDays`, `unknownZone` and `nonexistentTime`. */
export function compileCalendar(plan: Plan): CompiledCalendar {
  const holidays = plan.holidays;
  // One calendar per closure: several closures on one date all close it (a calendar answers one closure a date).
  const closures = (holidays?.closures ?? []).map((c) => closuresCalendar([c]));
  const withClosures = (calendar: HolidayCalendar | undefined): ClosedDays | undefined => {
    const list = [calendar, ...closures].filter((c): c is HolidayCalendar => c !== undefined);
    return list.length === 0 ? undefined : closedDaysOf(list);
  };
  let planCountry: HolidayCalendar | undefined;
  if (holidays?.country !== undefined) {
    try {
      planCountry = countryHolidayCalendar(holidays.country, holidays.state);
    } catch (error) {
      if (!(error instanceof ArgumentError)) throw error;
      const path = error.argument === "holidays.state" ? ["holidays", "state"] : ["holidays", "country"];
      throw new PlanValidationError([validationIssue("unknown_holiday_calendar", path, error.message)], { cause: error });
    }
  }
  const planClosed = withClosures(planCountry);
  const byLead = new BoundedMemo<string, ClosedDays | undefined>(1024);
  const closedFor = (country: string | undefined, region: string | undefined): ClosedDays | undefined => {
    if (holidays?.fromLead !== true || country === undefined) return planClosed;
    // Keyed as written, as address zones are (a name is read once, not at every evaluation).
    const key = `${country.length}:${country}|${region ?? ""}`;
    if (byLead.has(key)) return byLead.get(key);
    // Codes as the zone lookup reads them: "United States" / "Florida" are US / FL.
    const cc = countryCode(country);
    const state = region === undefined ? undefined : regionCode(cc, region);
    let calendar: HolidayCalendar | undefined;
    for (const attempt of state === undefined ? [undefined] : [state, undefined]) {
      try {
        calendar = countryHolidayCalendar(cc, attempt);
        break;
      } catch (error) {
        // A country or region date-holidays does not know falls back to the plan's calendar.
        if (!(error instanceof ArgumentError)) throw error;
      }
    }
    const closed = calendar === undefined ? planClosed : withClosures(calendar);
    return byLead.set(key, closed);
  };
  return {
    businessWeekdays: compileCalendarWeekdays(plan),
    planClosed,
    unknownZone: plan.unknownZone ?? "fallback",
    nonexistentTime: plan.nonexistentTime ?? "shift",
    closedFor,
  };
}

/**
 * The compiled timing of a recurring or business-day step.
 * @throws {PlanValidationError} `rrule_never_matches` when the rule has no occurrence within the
 *   bounded horizon (checked in milliseconds, never a hang).
 */
export function compileStepTiming(plan: Plan, index: number): CompiledStep["timing"] {
  const at = plan.steps[index]?.at;
  if (at !== undefined && "businessDays" in at) {
    return { kind: "businessDays", days: at.businessDays, minuteOfDay: parseClockTime(at.time) ?? 0, weekdays: compileCalendarWeekdays(plan) };
  }
  if (at === undefined || !("rrule" in at)) throw new PlanValidationError([validationIssue("invalid_timing", ["steps", index, "at"], "Unknown timing")]);
  const parsed = parseRecurrenceRule(at.rrule);
  const path = ["steps", index, "at", "rrule"];
  if (!parsed.ok) throw new PlanValidationError(parsed.issues.map((p) => validationIssue(p.code, path, p.message, p.expected, p.received)));
  if (!recurrenceCanMatch(parsed.rule)) {
    throw new PlanValidationError([
      validationIssue(
        "rrule_never_matches",
        path,
        `The recurrence ${JSON.stringify(at.rrule)} never produces an occurrence (none within 40 years)`,
        "a rule that matches some local time",
        at.rrule,
      ),
    ]);
  }
  const words = describeRecurrence(at.rrule);
  const description = words === undefined || at.count === undefined ? words : `${words}; at most ${at.count} touches`;
  return { kind: "rrule", recurrence: compileRecurrence(parsed.rule), description };
}

function compileCalendarWeekdays(plan: Plan): number {
  if (plan.businessDays === undefined) return MONDAY_TO_FRIDAY;
  let mask = 0;
  for (const day of plan.businessDays) mask |= 1 << WEEKDAYS.indexOf(day);
  return mask;
}

/** The most touches a recurring step makes: its `count`, its attempts' `max` and the rule's COUNT, whichever is smallest. */
export function recurringMaxAttempts(plan: Plan, index: number): number {
  const step = plan.steps[index];
  const at = step?.at;
  let max = MAX_RRULE_COUNT;
  if (at !== undefined && "rrule" in at) {
    if (at.count !== undefined) max = Math.min(max, at.count);
    const parsed = parseRecurrenceRule(at.rrule);
    if (parsed.ok && parsed.rule.count !== undefined) max = Math.min(max, parsed.rule.count);
  }
  if (step?.attempts !== undefined) max = Math.min(max, step.attempts.max);
  return max;
}
