import { ArgumentError, describeValue } from "../../errors/index.js";
import { isCalendarDate, parseClockTime } from "../../primitives/index.js";
import type { HolidayCalendar, HolidayInfo } from "./HolidayCalendar.js";

/** A dated closure given as data: the whole local date, or from `from` and/or until `to`. */
export interface Closure {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly name?: string | undefined;
}

/**
 * A {@link HolidayCalendar} over dated closures (a dealership's own closed days). Several closures
 * on one date: a whole-day one wins, otherwise the first is used.
 * @throws {ArgumentError} for a malformed date or clock time.
 * @example closuresCalendar([{ date: "2026-12-24", from: "14:00" }, { date: "2026-12-26" }])
 */
export function closuresCalendar(closures: readonly Closure[]): HolidayCalendar {
  if (!Array.isArray(closures)) throw new ArgumentError("closures", `Expected \`closures\` to be a list of closures, got ${describeValue(closures)}`);
  const byDate = new Map<string, HolidayInfo>();
  closures.forEach((c, i) => {
    if (typeof c?.date !== "string" || !isCalendarDate(c.date)) {
      throw new ArgumentError(`closures[${i}].date`, `Expected closures[${i}].date to be a date YYYY-MM-DD, got ${describeValue(c?.date)}`);
    }
    for (const key of ["from", "to"] as const) {
      const v = c[key];
      if (v !== undefined && (typeof v !== "string" || parseClockTime(v) === undefined))
        throw new ArgumentError(`closures[${i}].${key}`, `Expected closures[${i}].${key} to be a clock time HH:MM, got ${describeValue(v)}`);
    }
    const info: HolidayInfo = { name: c.name ?? "closed", ...(c.from === undefined ? {} : { from: c.from }), ...(c.to === undefined ? {} : { to: c.to }) };
    const previous = byDate.get(c.date);
    if (previous === undefined || (info.from === undefined && info.to === undefined)) byDate.set(c.date, info);
  });
  return { isHoliday: (date) => byDate.get(date) ?? false };
}
