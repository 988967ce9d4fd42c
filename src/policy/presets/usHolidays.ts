import type { ClosureDate } from "./preset.js";

/**
 * The US legal public holidays of 5 U.S.C. § 6103(a) (Juneteenth since 2021), a weekend date
 * also closing the weekday it is observed on (§ 6103(b): Saturday → the Friday before, Sunday →
 * the Monday after). Used by state presets whose statute excludes federal holidays (`us-ri`).
 */
export const US_FEDERAL_HOLIDAYS: readonly ClosureDate[] = [
  { month: 1, day: 1, substitute: "nearest-weekday" }, // New Year's Day
  { month: 1, weekday: "mon", onOrAfter: 15 }, // Birthday of Martin Luther King, Jr.: third Monday in January
  { month: 2, weekday: "mon", onOrAfter: 15 }, // Washington's Birthday: third Monday in February
  { month: 5, weekday: "mon", last: true }, // Memorial Day: last Monday in May
  { month: 6, day: 19, substitute: "nearest-weekday" }, // Juneteenth National Independence Day
  { month: 7, day: 4, substitute: "nearest-weekday" }, // Independence Day
  { month: 9, weekday: "mon", onOrAfter: 1 }, // Labor Day: first Monday in September
  { month: 10, weekday: "mon", onOrAfter: 8 }, // Columbus Day: second Monday in October
  { month: 11, day: 11, substitute: "nearest-weekday" }, // Veterans Day
  { month: 11, weekday: "thu", onOrAfter: 22 }, // Thanksgiving Day: fourth Thursday in November
  { month: 12, day: 25, substitute: "nearest-weekday" }, // Christmas Day
];
