import { BoundedMemo } from "../../primitives/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { loadOptionalPeer } from "../optionalPeer.js";
import type { HolidayCalendar } from "./HolidayCalendar.js";

/** The part of `date-holidays` this adapter uses. */
interface DateHolidays {
  getHolidays(year: number): readonly { date: string; name: string; type: string }[] | undefined;
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
  const years = new Map<number, Map<string, string>>();
  const yearOf = (year: number): Map<string, string> => {
    let days = years.get(year);
    if (days === undefined) {
      days = new Map();
      for (const h of source.getHolidays(year) ?? []) {
        if (!types.includes(h.type)) continue;
        const date = h.date.slice(0, 10);
        if (!days.has(date)) days.set(date, h.name);
      }
      years.set(year, days);
    }
    return days;
  };
  const calendar: HolidayCalendar = {
    isHoliday(date) {
      const name = yearOf(Number(date.slice(0, 4))).get(date);
      return name === undefined ? false : { name };
    },
  };
  calendars.set(key, calendar);
  return calendar;
}
