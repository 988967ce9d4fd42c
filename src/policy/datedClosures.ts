import { DAY_MS, type DateClosures } from "../calendar/index.js";
import { parseClockTime } from "../primitives/index.js";
import type { DatedClosure, EasterDate, FixedDate } from "./presets/index.js";

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

function dateOf(rule: FixedDate | EasterDate, year: number): number {
  if ("easterOffset" in rule) return easterSunday(year) + rule.easterOffset;
  const day = dayNumber(year, rule.month, rule.day);
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 === 0 on Sundays.
  const sunday = (((day + 4) % 7) + 7) % 7 === 0;
  return sunday && rule.ifSunday !== undefined ? day + rule.ifSunday : day;
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
      for (const rule of closure.dates) {
        const day = dateOf(rule, year);
        const list = days.get(day);
        if (list === undefined) days.set(day, [[from, 1440]]);
        else list.push([from, 1440]);
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
