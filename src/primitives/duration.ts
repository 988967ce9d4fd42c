import { z } from "zod";

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

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

/** Parses `P1D`, `PT5M`, `P1DT2H`, `PT0S`; `undefined` for anything else (negative durations are not allowed). */
export function parseDuration(text: string): DurationParts | undefined {
  const m = ISO_DURATION.exec(text);
  if (m === null) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    exactMs: Math.round(n(5) * 3_600_000 + n(6) * 60_000 + n(7) * 1000),
  };
}

/** True when the duration has no calendar part, so it is the same length in every zone. */
export function isExactDuration(parts: DurationParts): boolean {
  return parts.years === 0 && parts.months === 0 && parts.weeks === 0 && parts.days === 0;
}

/** An ISO-8601 duration such as `PT5M`, `P1D`, `P1DT2H`. */
export const Duration = z.string().refine((text) => parseDuration(text) !== undefined, {
  error: (issue) => `Expected an ISO-8601 duration like PT5M or P1D, got ${JSON.stringify(issue.input)}`,
});
