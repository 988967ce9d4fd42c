import { quietMinutes, WEEKDAYS, windowMinutes, type DoNotCallRules, type Plan, type Policies, type Step } from "../../plan/index.js";
import {
  ALWAYS_OPEN,
  calendarDuration,
  fixedLengthMs,
  parseClockTime,
  validDuration,
  type CalendarDuration,
  type WeekIntervals,
} from "../../primitives/index.js";
import { jsonEqual } from "./jsonEqual.js";

/*
 * What a field of a validated plan means to the engine, as JSON data: two values that mean the
 * same give `jsonEqual` meanings, so `diffPlans` does not report a rewrite as a change. Each
 * meaning reads the field the way the schedule, policy and engine code read it (durations as
 * `addCalendarDuration` or an SLA applies them, windows as `openMinutesOfWeek` does, an absent
 * field as the value its absence stands for). A field not named here means what it says.
 */

const ZERO: CalendarDuration = { months: 0, days: 0, exactMs: 0 };
const MONDAY_TO_FRIDAY = WEEKDAYS.slice(0, 5);

/** What a step field means (`at` and `attempts` read the step's own timing). */
export function stepFieldMeaning(step: Step, field: keyof Step): unknown {
  if (field === "at") return timingMeaning(step.at);
  if (field === "attempts") return attemptsMeaning(step);
  if (field === "sla") return slaMeaning(step.sla);
  return step[field];
}

/** What a plan-level field (`timezone`, `policies.windows`: a path of `planFields`) means. */
export function planFieldMeaning(plan: Plan, field: string): unknown {
  switch (field) {
    case "policies.windows":
      return windowsMeaning(plan.policies.windows);
    case "policies.quietHours":
      return quietHoursMeaning(plan.policies.quietHours);
    case "policies.consentRequired":
      return set(plan.policies.consentRequired);
    case "policies.optOut":
      return plan.policies.optOut ?? "channel";
    case "policies.doNotCall":
      return doNotCallMeaning(plan.policies.doNotCall);
    case "compliance":
      return set(plan.compliance);
    case "businessDays":
      return WEEKDAYS.filter((d) => (plan.businessDays ?? MONDAY_TO_FRIDAY).includes(d));
    case "unknownZone":
      return plan.unknownZone ?? "fallback";
    case "nonexistentTime":
      return plan.nonexistentTime ?? "shift";
    case "holidays":
      return holidaysMeaning(plan.holidays);
    case "reenrollment":
      return reenrollmentMeaning(plan.reenrollment);
    default:
      return readField(plan, field);
  }
}

/** A plan-level field by its path (`exits`, `policies.caps`). */
export function readField(plan: Plan, field: string): unknown {
  let value: unknown = plan;
  for (const key of field.split(".")) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** A delay moves the anchor by its calendar form; a day timing is a count of local minutes after the anchor's local midnight (`24:00` of day n is `00:00` of day n + 1). */
function timingMeaning(at: Step["at"]): unknown {
  if ("after" in at) return { after: calendarDuration(validDuration(at.after)), from: at.from };
  if ("days" in at) return { localMinutes: at.days * 1440 + (parseClockTime(at.time) ?? 0), from: at.from };
  return at;
}

/**
 * One attempt unless the step says otherwise, except a recurring step, whose rule bounds its
 * attempts; spacing zero when not given; the outcomes that end it as a set.
 */
function attemptsMeaning(step: Step): unknown {
  const attempts = step.attempts;
  const recurring = "rrule" in step.at;
  return {
    max: attempts?.max ?? (recurring ? undefined : 1),
    every: attempts?.every === undefined ? ZERO : calendarDuration(validDuration(attempts.every)),
    until: set(attempts?.until),
  };
}

/** An SLA in fixed-length milliseconds (as the engine counts it), one escalation as a ladder of one. */
function slaMeaning(sla: Step["sla"]): unknown {
  if (sla === undefined) return undefined;
  const levels = Array.isArray(sla.escalate) ? sla.escalate : [sla.escalate];
  return {
    withinMs: fixedLengthMs(validDuration(sla.within)),
    levels: levels.map((l) => ({ afterMs: fixedLengthMs(validDuration(l.after)), channel: l.channel, template: l.template })),
  };
}

/**
 * The minutes each window key opens: `*` (always open without one) and each channel whose minutes
 * differ from it (a channel without its own window takes the `*` one).
 */
function windowsMeaning(windows: Policies["windows"]): Record<string, WeekIntervals> {
  const star = windows !== undefined && Object.hasOwn(windows, "*") ? windowMinutes(windows["*"] ?? []) : ALWAYS_OPEN;
  const entries: [string, WeekIntervals][] = [["*", star]];
  for (const [channel, rules] of Object.entries(windows ?? {})) {
    if (channel === "*") continue;
    const minutes = windowMinutes(rules);
    if (!jsonEqual(minutes, star)) entries.push([channel, minutes]);
  }
  return Object.fromEntries(entries);
}

/** The minutes quiet hours close on every channel (`*`), and on each channel they name whose minutes differ from those. */
function quietHoursMeaning(quietHours: Policies["quietHours"]): Record<string, WeekIntervals> {
  const all = quietMinutes(quietHours);
  const entries: [string, WeekIntervals][] = [["*", all]];
  for (const channel of set((quietHours ?? []).flatMap((q) => q.channels ?? []))) {
    const minutes = quietMinutes(quietHours, channel);
    if (!jsonEqual(minutes, all)) entries.push([channel, minutes]);
  }
  return Object.fromEntries(entries);
}

/** Do-not-call periods in their calendar form (they are added on the UTC calendar). */
function doNotCallMeaning(rules: DoNotCallRules | undefined): unknown {
  if (rules === undefined) return undefined;
  const registries =
    rules.registries === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(rules.registries).map(([id, r]) => [
            id,
            { ...r, exemptions: r.exemptions?.map((e) => ({ ...e, for: calendarDuration(validDuration(e.for)) })) },
          ]),
        );
  const requestsHonouredFor = rules.requestsHonouredFor === undefined ? undefined : calendarDuration(validDuration(rules.requestsHonouredFor));
  return registries === undefined && requestsHonouredFor === undefined ? undefined : { registries, requestsHonouredFor };
}

/** `fromLead: false` is its absence. */
function holidaysMeaning(holidays: Plan["holidays"]): unknown {
  if (holidays === undefined) return undefined;
  const { fromLead, ...rest } = holidays;
  return fromLead === true ? holidays : rest;
}

/** Re-enrolment allowed at once is the default; a wait is a calendar duration, and means nothing when re-enrolment is not allowed. */
function reenrollmentMeaning(rule: Plan["reenrollment"]): unknown {
  if (rule === undefined || (rule.allowed && rule.after === undefined)) return undefined;
  if (!rule.allowed) return { allowed: false };
  return { allowed: true, after: calendarDuration(validDuration(rule.after as string)) };
}

/** The distinct values, sorted (a list read as a set); absent is empty. */
function set<T extends string>(values: readonly T[] | undefined): T[] {
  return [...new Set(values ?? [])].sort();
}
