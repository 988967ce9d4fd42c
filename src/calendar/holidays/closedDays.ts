import { ArgumentError, CadenceError, describeValue } from "../../errors/index.js";
import { BoundedMemo, memoisePair, memoiseWeak, mergeIntervals, parseClockTime } from "../../primitives/index.js";
import { DAY_MS, isoLocalDate } from "../localTime.js";
import type { DateClosures } from "../weeklyWindows.js";
import type { HolidayCalendar, HolidayInfo } from "./HolidayCalendar.js";

/** Closed minutes of one local day, `[start, end)` in minutes after midnight, sorted. */
export type ClosedMinutes = readonly (readonly [start: number, end: number])[];

/**
 * Local dates on which windows stay closed, as minute ranges per local day number (days since
 * 1970-01-01 on the local wall clock). Built from holiday calendars with {@link closedDaysOf}.
 */
export interface ClosedDays {
  /** The closed minute ranges of local day `day` (empty when it is an ordinary day). */
  closedMinutes(day: number): ClosedMinutes;
  /** The holiday's name on local day `day`, if any. */
  holidayName(day: number): string | undefined;
  /** The same closures in the form {@link nextOpenAt} and {@link isOpenAt} take. */
  readonly dateClosures: DateClosures;
}

const WHOLE_DAY: ClosedMinutes = [[0, 1440]];
const NONE: ClosedMinutes = [];
const MAX_MEMO = 8192;

function rangeOf(answer: boolean | HolidayInfo): ClosedMinutes {
  if (answer === false) return NONE;
  if (answer === true || (answer.from === undefined && answer.to === undefined)) return WHOLE_DAY;
  const from = answer.from === undefined ? 0 : (parseClockTime(answer.from) ?? 0);
  const to = answer.to === undefined ? 1440 : (parseClockTime(answer.to) ?? 1440);
  return to > from ? [[from, to]] : NONE;
}

function merge(ranges: (readonly [number, number])[]): ClosedMinutes {
  return ranges.length <= 1 ? ranges : mergeIntervals(ranges);
}

/** The union of `calendars`' closures, memoised per local day (bounded). */
export function closedDaysOf(calendars: readonly HolidayCalendar[]): ClosedDays {
  const memo = new BoundedMemo<number, { ranges: ClosedMinutes; name: string | undefined }>(MAX_MEMO);
  const read = (day: number): { ranges: ClosedMinutes; name: string | undefined } => {
    const date = isoLocalDate(day * DAY_MS);
    const ranges: (readonly [number, number])[] = [];
    let name: string | undefined;
    for (const calendar of calendars) {
      const answer = calendar.isHoliday(date);
      if (answer === false) continue;
      name ??= answer === true ? "holiday" : answer.name;
      ranges.push(...rangeOf(answer));
    }
    return { ranges: merge(ranges), name };
  };
  const lookup = (day: number): { ranges: ClosedMinutes; name: string | undefined } => memo.getOrSet(day, read);
  const closedMinutes = (day: number): ClosedMinutes => (calendars.length === 0 ? NONE : lookup(day).ranges);
  return {
    closedMinutes,
    holidayName: (day) => (calendars.length === 0 ? undefined : lookup(day).name),
    dateClosures: closedMinutes,
  };
}

/** Whether `day` is closed from 00:00 to 24:00. */
export function isWholeDayClosed(closed: ClosedDays, day: number): boolean {
  const r = closed.closedMinutes(day);
  const first = r[0];
  return r.length === 1 && first !== undefined && first[0] <= 0 && first[1] >= 1440;
}

/** The closures of one host calendar, per calendar object. */
const closedDaysOfOne = /* @__PURE__ */ memoiseWeak((calendar: HolidayCalendar): ClosedDays => closedDaysOf([checkedCalendar(calendar)]));

/**
 * A host calendar whose failures are typed, as a throwing rule's are: what it throws becomes
 * `holiday_calendar_failed` with its error as `cause`, an answer that is not a boolean or an object an
 * {@link ArgumentError} naming `options.holidays`.
 */
function checkedCalendar(calendar: HolidayCalendar): HolidayCalendar {
  return {
    isHoliday(date) {
      let answer: unknown;
      try {
        answer = calendar.isHoliday(date);
      } catch (cause) {
        throw new CadenceError("holiday_calendar_failed", `The holiday calendar threw on ${date}: ${cause instanceof Error ? cause.message : String(cause)}`, {
          cause,
        });
      }
      if (typeof answer === "boolean" || (typeof answer === "object" && answer !== null)) return answer as boolean | HolidayInfo;
      throw new ArgumentError(
        "options.holidays",
        `Expected \`options.holidays.isHoliday("${date}")\` to return true, false or { name, from?, to? }, got ${describeValue(answer)}`,
      );
    },
  };
}

/** Both sets of closed days, read together. */
const unionClosedDays = memoisePair((a: ClosedDays, b: ClosedDays): ClosedDays => {
  const closedMinutes = (day: number): ClosedMinutes => {
    const x = a.closedMinutes(day);
    const y = b.closedMinutes(day);
    return y.length === 0 ? x : x.length === 0 ? y : merge([...x, ...y]);
  };
  return { closedMinutes, holidayName: (day) => a.holidayName(day) ?? b.holidayName(day), dateClosures: closedMinutes };
});

/**
 * `closed` plus the closures of `calendar` (a host's own calendar), memoised per pair of objects:
 * pass the same calendar object on every call.
 */
export function withHolidayCalendar(closed: ClosedDays | undefined, calendar: HolidayCalendar): ClosedDays {
  const own = closedDaysOfOne(calendar);
  return closed === undefined ? own : unionClosedDays(closed, own);
}
