import { BoundedMemo, formatClockTime } from "../../primitives/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { loadOptionalPeer } from "../optionalPeer.js";
import { DAY_MS, MINUTE_MS, isoLocalDate } from "../localTime.js";
import type { HolidayCalendar, HolidayInfo } from "./HolidayCalendar.js";

/** The part of `date-holidays` this adapter uses. */
interface DateHolidays {
  getHolidays(year: number): readonly { date: string; start: Date; end: Date; name: string; type: string }[] | undefined;
  getCountries(): Record<string, string>;
  getStates(country: string): Record<string, string> | undefined;
}
type DateHolidaysConstructor = new (country?: string, state?: string, options?: { languages?: string[] }) => DateHolidays;

/** Options for {@link countryHolidayCalendar}. */
export interface CountryHolidayOptions {
  /**
   * Which `date-holidays` types close the windows.
   * @default ["public"]
   */
  readonly types?: readonly string[];
}

/** By country, state and types: bounded (a plan reading holidays from leads meets their countries and regions). */
const calendars = new BoundedMemo<string, HolidayCalendar>(1024);

/**
 * A {@link HolidayCalendar} of a country's (and optionally a state's or region's) public holidays,
 * from the optional peer dependency `date-holidays`. Memoised per country, state and types.
 * @param country ISO 3166-1 alpha-2, e.g. `BE`, `US`
 * @param state the `date-holidays` state or region code, e.g. `FL`
 * @throws {MissingDependencyError} when `date-holidays` is not installed.
 * @throws {ArgumentError} for a country or state `date-holidays` does not know.
 */
export function countryHolidayCalendar(country: string, state?: string, options: CountryHolidayOptions = {}): HolidayCalendar {
  if (typeof country !== "string") throw new ArgumentError("holidays.country", `Expected a country code like BE or US, got ${describeValue(country)}`);
  if (state !== undefined && typeof state !== "string")
    throw new ArgumentError("holidays.state", `Expected a state or region code like FL, got ${describeValue(state)}`);
  const types = options.types ?? ["public"];
  if (!Array.isArray(types) || !types.every((t) => typeof t === "string"))
    throw new ArgumentError("options.types", `Expected \`options.types\` to be a list of date-holidays types like ["public"], got ${describeValue(types)}`);
  const key = `${country}|${state ?? ""}|${types.join(",")}`;
  const hit = calendars.get(key);
  if (hit !== undefined) return hit;
  const mod = loadOptionalPeer<DateHolidaysConstructor | { default: DateHolidaysConstructor }>(
    "date-holidays",
    `Holidays for country ${JSON.stringify(country)}`,
  );
  const Holidays = typeof mod === "function" ? mod : mod.default;
  const upper = country.toUpperCase();
  const known = new Holidays().getCountries();
  if (!Object.hasOwn(known, upper))
    throw new ArgumentError("holidays.country", `Expected a country code date-holidays knows (like BE or US), got ${JSON.stringify(country)}`);
  if (state !== undefined) {
    const states = new Holidays().getStates(upper) ?? {};
    if (!Object.hasOwn(states, state.toUpperCase())) {
      throw new ArgumentError(
        "holidays.state",
        `Expected a state or region of ${upper} (${Object.keys(states).slice(0, 8).join(", ") || "none known"}…), got ${JSON.stringify(state)}`,
      );
    }
  }
  const source = state === undefined ? new Holidays(upper, undefined, { languages: ["en"] }) : new Holidays(upper, state.toUpperCase(), { languages: ["en"] });
  const years = new Map<number, Map<string, HolidayInfo>>();
  const yearOf = (year: number): Map<string, HolidayInfo> => {
    let days = years.get(year);
    if (days === undefined) {
      days = new Map();
      // A holiday of the year before may run into this one (New Year's Eve from 12:00, a feast of several days).
      for (const y of [year - 1, year]) {
        for (const h of source.getHolidays(y) ?? []) if (types.includes(h.type)) addHoliday(days, year, h);
      }
      years.set(year, days);
    }
    return days;
  };
  const calendar: HolidayCalendar = {
    isHoliday(date) {
      return yearOf(Number(date.slice(0, 4))).get(date) ?? false;
    },
  };
  calendars.set(key, calendar);
  return calendar;
}

const HOUR_MS = 3_600_000;

/**
 * Enters holiday `h` in `days` (the dates of `year` only), on every local date it covers: its
 * `date` text is its local start (`2026-03-20 00:00:00`; a ` -0600` suffix, the evening before for
 * feasts that begin at sunset, is not read: the civil date is the day off), its length is
 * `end - start`, and an end within an hour of a local midnight is that midnight (a DST change inside
 * the holiday). A start after 00:00 closes its date from then (`from`), an end before 24:00 its last
 * date until then (`to`). A whole-day holiday wins over a partial one on the same date, else the first.
 */
function addHoliday(days: Map<string, HolidayInfo>, year: number, h: { date: string; start: Date; end: Date; name: string }): void {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)/.exec(h.date);
  if (m === null) return;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let end = start + Math.max(0, h.end.getTime() - h.start.getTime());
  const midnight = Math.round(end / DAY_MS) * DAY_MS;
  if (Math.abs(end - midnight) <= HOUR_MS) end = midnight;
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day < end; day += DAY_MS) {
    const date = isoLocalDate(day);
    if (Number(date.slice(0, 4)) !== year) continue;
    const from = start > day ? formatClockTime(Math.round((start - day) / MINUTE_MS)) : undefined;
    const to = end < day + DAY_MS ? formatClockTime(Math.round((end - day) / MINUTE_MS)) : undefined;
    const info: HolidayInfo = { name: h.name, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
    const previous = days.get(date);
    if (previous === undefined || (from === undefined && to === undefined && (previous.from !== undefined || previous.to !== undefined))) days.set(date, info);
  }
}
