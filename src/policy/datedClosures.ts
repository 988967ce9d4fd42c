import { DAY_MS, type DateClosures } from "../calendar/index.js";
import { parseClockTime } from "../primitives/index.js";
import { WEEKDAYS } from "../plan/index.js";
import type { ClosureDate, DatedClosure } from "./presets/index.js";

/** Easter Sunday (Gregorian) of `year` as a day number since 1970-01-01 (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The dates a rule names in `year` (none for a `years` rule of the other parity), before substitutes. */
function dateOf(rule: ClosureDate, year: number): number | undefined {
  if ("easterOffset" in rule) return easterSunday(year) + rule.easterOffset;
  if ("weekday" in rule) {
    if (rule.years !== undefined && (year % 2 === 0) !== (rule.years === "even")) return undefined;
    const want = WEEKDAYS.indexOf(rule.weekday);
    if (rule.last === true) {
      const end = dayNumber(year, rule.month + 1, 0);
      return end - ((weekdayOf(end) - want + 7) % 7);
    }
    const start = dayNumber(year, rule.month, rule.onOrAfter ?? 1);
    return start + ((want - weekdayOf(start) + 7) % 7);
  }
  const day = dayNumber(year, rule.month, rule.day);
  return weekdayOf(day) === 6 && rule.ifSunday !== undefined ? day + rule.ifSunday : day;
}

/**
 * Every closed day of one closure's rules in `year` (and the substitutes they bring), sorted.
 * Substitutes: `nearest-weekday` Saturday → Friday before, Sunday → Monday after; `next-weekday`
 * the first weekday after the date that is neither a named date nor an earlier substitute.
 */
export function closureDays(closure: DatedClosure, year: number): number[] {
  const named: { day: number; rule: ClosureDate }[] = [];
  for (const rule of closure.dates) {
    const day = dateOf(rule, year);
    if (day !== undefined) named.push({ day, rule });
  }
  named.sort((x, y) => x.day - y.day);
  const days = new Set(named.map((n) => n.day));
  for (const { day, rule } of named) {
    if (!("substitute" in rule) || rule.substitute === undefined) continue;
    const weekday = weekdayOf(day);
    if (weekday < 5) continue;
    if (rule.substitute === "nearest-weekday") {
      days.add(weekday === 5 ? day - 1 : day + 1);
      continue;
    }
    let next = day + 1;
    while (weekdayOf(next) >= 5 || days.has(next)) next++;
    days.add(next);
  }
  const only = closure.weekdays?.map((d) => WEEKDAYS.indexOf(d));
  return [...days].filter((d) => only === undefined || only.includes(weekdayOf(d))).sort((x, y) => x - y);
}

/**
 * The closures that apply to `channel`, as the calendar's per-date hook (closed minute-of-day
 * intervals for a local day number), or `undefined` when none applies. Each year's dates are
 * computed once.
 */
export function datedClosuresFor(closures: readonly DatedClosure[], channel: string): DateClosures | undefined {
  const own = closures.filter((c) => c.channels.includes(channel));
  if (own.length === 0) return undefined;
  const years = new Map<number, Map<number, [number, number][]>>();
  const forYear = (year: number): Map<number, [number, number][]> => {
    let days = years.get(year);
    if (days !== undefined) return days;
    days = new Map();
    for (const closure of own) {
      const from = parseClockTime(closure.from) ?? 0;
      // A substitute may cross into the neighbouring year (1 January on a Saturday → 31 December).
      for (const y of [year - 1, year, year + 1]) {
        for (const day of closureDays(closure, y)) {
          if (new Date(day * DAY_MS).getUTCFullYear() !== year) continue;
          const list = days.get(day);
          if (list === undefined) days.set(day, [[from, 1440]]);
          else list.push([from, 1440]);
        }
      }
    }
    years.set(year, days);
    return days;
  };
  return (localDay) => {
    const year = new Date(localDay * DAY_MS).getUTCFullYear();
    return forYear(year).get(localDay);
  };
}
