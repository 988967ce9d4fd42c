/** Milliseconds in a (UTC / local-ms) calendar day. */
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Calendar fields of an epoch-ms-like value (proleptic Gregorian, month 1–12). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/**
 * The calendar fields of `ms` read as UTC (no Date object, no host time zone). The calendar
 * applies it to "local ms" (a zone's wall clock encoded as if it were UTC).
 */
export function dateParts(ms: number): DateParts {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const date = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  return {
    year: packedYear(date),
    month: packedMonth(date),
    day: packedDay(date),
    hour,
    minute,
    second,
    millisecond: rest - second * 1000,
  };
}

/** Added to the year so that a packed date is positive for every year the JavaScript date range holds. */
const YEAR_BIAS = 400_000;

/**
 * The proleptic Gregorian date of `days` since 1970-01-01 (civil-from-days, H. Hinnant; era =
 * 400 years = 146 097 days, year starting March 1), packed in one number so that hot paths
 * allocate nothing: read it with {@link packedYear}, {@link packedMonth} and {@link packedDay}.
 */
export function civilFromDays(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return ((year + YEAR_BIAS) * 100 + month) * 100 + day;
}

/** The year of a {@link civilFromDays} date. */
export function packedYear(date: number): number {
  return Math.floor(date / 10_000) - YEAR_BIAS;
}

/** The month (1–12) of a {@link civilFromDays} date. */
export function packedMonth(date: number): number {
  return Math.floor(date / 100) % 100;
}

/** The day of the month of a {@link civilFromDays} date. */
export function packedDay(date: number): number {
  return date % 100;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return (DAYS_IN_MONTH[month - 1] ?? 0) + (month === 2 && isLeapYear(year) ? 1 : 0);
}

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not one). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}
