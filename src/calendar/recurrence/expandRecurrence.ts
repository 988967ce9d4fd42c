import { DAY_MS, MINUTE_MS, localDateParts, localMsFromParts, weekdayOfLocal } from "../localTime.js";
import { daysInMonth, isLeapYear } from "../../primitives/index.js";
import type { RecurrenceRule } from "./recurrenceRule.js";

/**
 * Bounded expansion of a {@link RecurrenceRule} into floating local times (local ms).
 *
 * The rule starts (DTSTART) at local midnight of day `dtDay`: INTERVAL phases, and the defaults
 * for missing BYDAY / BYMONTHDAY / BYMONTH (WEEKLY on the start's weekday, MONTHLY on its day of
 * month, YEARLY on its date), are taken from that day. Cost is proportional to the number of days
 * in the requested range (times 24 for HOURLY), never to the distance from the start: periods and
 * interval phases are computed arithmetically. (rrule's own iterator is not used here because it
 * does not terminate, or takes seconds, for a rule that never matches.)
 */

interface Day {
  readonly year: number;
  readonly month: number;
  readonly dom: number;
  readonly weekday: number;
  readonly daysInMonth: number;
  readonly doy: number;
  readonly daysInYear: number;
}

/** Days before each month in a common year. */
const BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function dayInfo(day: number): Day {
  const p = localDateParts(day * DAY_MS);
  const leap = isLeapYear(p.year);
  const extra = leap && p.month > 2 ? 1 : 0;
  return {
    year: p.year,
    month: p.month,
    dom: p.day,
    weekday: weekdayOfLocal(day * DAY_MS),
    daysInMonth: daysInMonth(p.year, p.month),
    doy: (BEFORE_MONTH[p.month - 1] as number) + extra + p.day,
    daysInYear: leap ? 366 : 365,
  };
}

/** Whether position `pos` (1-based) in a run of `len` days is the `n`-th (negative: from the end) of its weekday. */
function nthMatches(n: number, pos: number, len: number): boolean {
  if (n === 0) return true;
  return n > 0 ? Math.floor((pos - 1) / 7) + 1 === n : Math.floor((len - pos) / 7) + 1 === -n;
}

function dayMatches(rule: RecurrenceRule, start: Day, d: Day): boolean {
  const { freq, byMonth, byMonthDay, byDay } = rule;
  const dayParts = byMonthDay !== undefined || byDay !== undefined;
  if (byMonth !== undefined) {
    if (!byMonth.includes(d.month)) return false;
  } else if (freq === "YEARLY" && !dayParts && d.month !== start.month) return false;
  if (byMonthDay !== undefined && !byMonthDay.some((v) => (v > 0 ? v === d.dom : d.daysInMonth + v + 1 === d.dom))) return false;
  switch (freq) {
    case "HOURLY":
    case "DAILY":
      return byDay === undefined || byDay.some((b) => b.weekday === d.weekday);
    case "WEEKLY":
      return byDay === undefined ? d.weekday === start.weekday : byDay.some((b) => b.weekday === d.weekday);
    case "MONTHLY":
      if (!dayParts) return d.dom === start.dom;
      return byDay === undefined || byDay.some((b) => b.weekday === d.weekday && nthMatches(b.n, d.dom, d.daysInMonth));
    case "YEARLY":
      if (!dayParts) return d.dom === start.dom;
      return (
        byDay === undefined ||
        byDay.some((b) => b.weekday === d.weekday && (byMonth !== undefined ? nthMatches(b.n, d.dom, d.daysInMonth) : nthMatches(b.n, d.doy, d.daysInYear)))
      );
  }
}

/** First day and index (periods since the start's period) of the period holding `day`, and the period's length in days. */
function periodOf(rule: RecurrenceRule, dtDay: number, day: number): { first: number; length: number; index: number } {
  switch (rule.freq) {
    case "HOURLY":
    case "DAILY":
      return { first: day, length: 1, index: day - dtDay };
    case "WEEKLY": {
      const back = (day: number): number => day - ((weekdayOfLocal(day * DAY_MS) - rule.wkst + 7) % 7);
      const first = back(day);
      return { first, length: 7, index: Math.round((first - back(dtDay)) / 7) };
    }
    case "MONTHLY": {
      const p = localDateParts(day * DAY_MS);
      const s = localDateParts(dtDay * DAY_MS);
      const first = Math.floor(localMsFromParts(p.year, p.month, 1) / DAY_MS);
      const next = Math.floor(localMsFromParts(p.year, p.month + 1, 1) / DAY_MS);
      return { first, length: next - first, index: p.year * 12 + p.month - (s.year * 12 + s.month) };
    }
    case "YEARLY": {
      const p = localDateParts(day * DAY_MS);
      const s = localDateParts(dtDay * DAY_MS);
      const first = Math.floor(localMsFromParts(p.year, 1, 1) / DAY_MS);
      const next = Math.floor(localMsFromParts(p.year + 1, 1, 1) / DAY_MS);
      return { first, length: next - first, index: p.year - s.year };
    }
  }
}

function sorted(values: readonly number[] | undefined, fallback: number): number[] {
  return values === undefined ? [fallback] : [...new Set(values)].sort((a, b) => a - b);
}

/**
 * The rule's occurrences (local ms, ascending) within local days `[fromDay, toDay)`, none before
 * the start (local midnight of `dtDay`) and none after UNTIL. COUNT is not applied here.
 */
export function expandRecurrence(rule: RecurrenceRule, dtDay: number, fromDay: number, toDay: number): number[] {
  const out: number[] = [];
  const start = dayInfo(dtDay);
  const hours = sorted(rule.byHour, 0);
  const minutes = sorted(rule.byMinute, 0);
  const lo = Math.max(fromDay, dtDay);
  let day = lo;
  while (day < toDay) {
    const period = periodOf(rule, dtDay, day);
    const periodEnd = period.first + period.length;
    if (rule.freq !== "HOURLY" && period.index % rule.interval !== 0) {
      day = periodEnd;
      continue;
    }
    const set: number[] = [];
    // BYSETPOS selects among the whole period's occurrences, so the whole period is expanded;
    // as in rrule and python-dateutil, the first week starts on the start date itself.
    const from = rule.bySetPos === undefined ? day : rule.freq === "WEEKLY" ? Math.max(period.first, dtDay) : period.first;
    const to = rule.bySetPos === undefined ? Math.min(periodEnd, toDay) : periodEnd;
    for (let d = from; d < to; d++) {
      if (!dayMatches(rule, start, dayInfo(d))) continue;
      if (rule.freq === "HOURLY") {
        for (let h = 0; h < 24; h++) {
          if (((d - dtDay) * 24 + h) % rule.interval !== 0) continue;
          if (rule.byHour !== undefined && !rule.byHour.includes(h)) continue;
          for (const m of minutes) set.push(d * DAY_MS + (h * 60 + m) * MINUTE_MS);
        }
      } else {
        for (const h of hours) for (const m of minutes) set.push(d * DAY_MS + (h * 60 + m) * MINUTE_MS);
      }
    }
    let chosen = set;
    if (rule.bySetPos !== undefined) {
      chosen = [];
      for (const pos of rule.bySetPos) {
        const v = pos > 0 ? set[pos - 1] : set[set.length + pos];
        if (v !== undefined && !chosen.includes(v)) chosen.push(v);
      }
      chosen.sort((a, b) => a - b);
    }
    for (const v of chosen) {
      if (v < lo * DAY_MS || v >= toDay * DAY_MS) continue;
      if (rule.untilLocal !== undefined && v > rule.untilLocal) continue;
      out.push(v);
    }
    day = periodEnd;
  }
  return out;
}
