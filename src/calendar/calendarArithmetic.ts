import {
  DAY_MS,
  MINUTE_MS,
  fromLocalMs,
  localDateParts,
  localDayNumber,
  localMsFromParts,
  toLocalMs,
  weekdayOfLocal,
  type NonexistentTime,
} from "./localTime.js";
import { calendarDuration, daysInMonth, type DurationParts } from "../primitives/index.js";

/**
 * `epochMs` plus `d`: years and months first (the day of month clamps to the target month's last
 * day, as luxon does: Jan 31 + P1M = Feb 28/29), then weeks and days, all on `zone`'s wall clock;
 * the resulting wall-clock time is resolved with the DST policy of {@link fromLocalMs} (a time in a
 * spring-forward gap by `nonexistent`, default `"shift"`); finally
 * `exactMs` is added as elapsed time. With only `exactMs` set, no zone work is done. Fractions of
 * calendar fields are truncated toward zero.
 *
 * @param zone a canonical zone name
 */
export function addCalendarDuration(zone: string, epochMs: number, d: DurationParts, nonexistent: NonexistentTime = "shift"): number {
  const { months, days } = calendarDuration(d);
  if (months === 0 && days === 0) return epochMs + d.exactMs;
  let local = toLocalMs(zone, epochMs);
  if (months !== 0) {
    const p = localDateParts(local);
    const m0 = p.month - 1 + months;
    const year = p.year + Math.floor(m0 / 12);
    const month = m0 - Math.floor(m0 / 12) * 12 + 1;
    const day = Math.min(p.day, daysInMonth(year, month));
    local = localMsFromParts(year, month, day, p.hour, p.minute, p.second, p.millisecond);
  }
  local += days * DAY_MS;
  return fromLocalMs(zone, local, nonexistent) + d.exactMs;
}

/**
 * The instant at which `zone`'s wall clock reads `minuteOfDay` (0–1439; larger values spill into
 * following days) on the `days`-th local day after the local date of `epochMs` (0 = that same
 * date), under the DST policy of {@link fromLocalMs} (a time in a gap by `nonexistent`, default `"shift"`).
 *
 * @param zone a canonical zone name
 */
export function atLocalTimeAfterDays(zone: string, epochMs: number, days: number, minuteOfDay: number, nonexistent: NonexistentTime = "shift"): number {
  const day = localDayNumber(toLocalMs(zone, epochMs)) + days;
  return fromLocalMs(zone, day * DAY_MS + minuteOfDay * MINUTE_MS, nonexistent);
}

/**
 * The first instant of the local date of `epochMs` in `zone` (local 00:00, or the first valid
 * instant after it when midnight does not exist, e.g. America/Santiago in September).
 *
 * @param zone a canonical zone name
 */
export function startOfLocalDay(zone: string, epochMs: number): number {
  return fromLocalMs(zone, localDayNumber(toLocalMs(zone, epochMs)) * DAY_MS);
}

/**
 * The first instant of the local day after the local date of `epochMs` in `zone` (see
 * {@link startOfLocalDay} for days without a midnight).
 *
 * @param zone a canonical zone name
 */
export function startOfNextLocalDay(zone: string, epochMs: number): number {
  return fromLocalMs(zone, (localDayNumber(toLocalMs(zone, epochMs)) + 1) * DAY_MS);
}

/**
 * The first instant of the next local week in `zone` (weeks start Monday 00:00 local); from any
 * instant of a Monday this is the following Monday.
 *
 * @param zone a canonical zone name
 */
export function startOfNextLocalWeek(zone: string, epochMs: number): number {
  const local = toLocalMs(zone, epochMs);
  return fromLocalMs(zone, (localDayNumber(local) + 7 - weekdayOfLocal(local)) * DAY_MS);
}
