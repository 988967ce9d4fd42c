import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";
import { ArgumentError, describeValue, type ValidationIssueCode } from "../errors/index.js";

/**
 * A parsed ISO-8601 duration. Calendar units (years, months, weeks, days) are applied on the
 * lead's local wall clock; `exactMs` (hours, minutes, seconds) is an exact duration.
 */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly exactMs: number;
}

/**
 * The longest duration accepted anywhere (a step's delay, attempt spacing, an SLA, a simulation's
 * `until`): 3,660 days, ten years counting a year as 366 days and a month as 30.5 days. A cadence
 * longer than that is a mistake, and a bound keeps every instant computed from it in range.
 */
export const MAX_DURATION_DAYS = 3660;
const DAY_MS = 86_400_000;

const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

/**
 * The JSON Schema pattern for durations: the ISO-8601 form with each field's digits bounded by
 * {@link MAX_DURATION_DAYS} (10 years, 120 months, 3,660 days...). Validation also bounds the sum.
 */
export const DURATION_PATTERN =
  "^P(?!$)(?:\\d{1,2}Y)?(?:\\d{1,3}M)?(?:\\d{1,3}W)?(?:\\d{1,4}D)?(?:T(?=\\d)(?:\\d{1,5}H)?(?:\\d{1,7}M)?(?:\\d{1,9}(?:\\.\\d{1,3})?S)?)?$";

/** A duration string read: its parts, or why it is refused. */
export type DurationReading =
  | { readonly ok: true; readonly parts: DurationParts }
  | { readonly ok: false; readonly code: "invalid_duration" | "duration_too_long"; readonly message: string };

/** Reads `P1D`, `PT5M`, `P1DT2H`, `PT0S`, refusing anything else and anything longer than {@link MAX_DURATION_DAYS}. */
export function readDuration(text: unknown): DurationReading {
  const m = typeof text === "string" ? ISO_DURATION.exec(text) : null;
  const got = describeValue(text);
  if (m === null) return { ok: false, code: "invalid_duration", message: `Expected an ISO-8601 duration like PT5M or P1D, got ${got}` };
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const parts: DurationParts = {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    exactMs: Math.round(n(5) * 3_600_000 + n(6) * 60_000 + n(7) * 1000),
  };
  const nominalDays = parts.years * 366 + parts.months * 30.5 + parts.weeks * 7 + parts.days + parts.exactMs / DAY_MS;
  if (!(nominalDays <= MAX_DURATION_DAYS)) {
    return { ok: false, code: "duration_too_long", message: `Expected a duration of at most ${MAX_DURATION_DAYS} days (10 years), got ${got}` };
  }
  return { ok: true, parts };
}

/** Parses `P1D`, `PT5M`, `P1DT2H`, `PT0S`; `undefined` for anything else, including negative durations and ones over 10 years. */
export function parseDuration(text: string): DurationParts | undefined {
  const reading = readDuration(text);
  return reading.ok ? reading.parts : undefined;
}

/**
 * The parts of a duration a schema has already accepted (a plan's or an SLA's), without a cast.
 *
 * @throws ArgumentError when `text` is not a duration {@link readDuration} accepts
 */
export function validDuration(text: string): DurationParts {
  const reading = readDuration(text);
  if (!reading.ok) throw new ArgumentError("duration", reading.message);
  return reading.parts;
}

/** True when the duration has no calendar part, so it is the same length in every zone. */
export function isExactDuration(parts: DurationParts): boolean {
  return parts.years === 0 && parts.months === 0 && parts.weeks === 0 && parts.days === 0;
}

/**
 * The form a duration moves an instant by on a local clock: whole months (years × 12 + months),
 * then whole days (weeks × 7 + days), then `exactMs` as elapsed time. Two durations of one form
 * move every instant alike in every zone (`P1Y` and `P12M`, `P1W` and `P7D`, `PT1H` and `PT60M`,
 * `PT0S` and `P0D`), while `P1D` and `PT24H` differ across a DST change. Fractions of calendar
 * fields are truncated toward zero.
 */
export interface CalendarDuration {
  readonly months: number;
  readonly days: number;
  readonly exactMs: number;
}

/** The {@link CalendarDuration} of `parts`: what `addCalendarDuration` applies. */
export function calendarDuration(parts: DurationParts): CalendarDuration {
  return {
    months: Math.trunc(parts.years) * 12 + Math.trunc(parts.months),
    days: Math.trunc(parts.weeks) * 7 + Math.trunc(parts.days),
    exactMs: parts.exactMs,
  };
}

/**
 * The length of a duration in milliseconds with calendar units as fixed lengths: a year of 365
 * days, a month of 30, a week of 7, a day of 24 hours (how an SLA reads a duration: `P1D` and
 * `PT24H` are the same SLA, `P1Y` and `P12M` are not).
 */
export function fixedLengthMs(parts: DurationParts): number {
  return parts.exactMs + (parts.years * 365 + parts.months * 30 + parts.weeks * 7 + parts.days) * DAY_MS;
}

/** An ISO-8601 duration such as `PT5M`, `P1D`, `P1DT2H`, at most 10 years long. */
export const Duration = /* @__PURE__ */ lazySchema(() =>
  z.string().check(
    z.superRefine((text, ctx) => {
      const reading = readDuration(text);
      if (!reading.ok) ctx.addIssue({ code: "custom", message: reading.message, input: text, params: { code: reading.code satisfies ValidationIssueCode } });
    }),
    z.meta({ pattern: DURATION_PATTERN, description: `ISO-8601 duration (PT5M, P1D, P1DT2H), at most ${MAX_DURATION_DAYS} days` }),
  ),
);
