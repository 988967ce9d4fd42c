import { MON_TO_FRI, type PresetRules, type PresetText } from "./preset.js";
import { US_FEDERAL_HOLIDAYS } from "./usHolidays.js";

/**
 * `us-ri`: calls Monday to Friday 09:00–18:00 and Saturday 10:00–17:00 lead-local; none on
 * Sundays, nor on a weekday that is a state or federal holiday.
 *
 * Source: R.I. Gen. Laws § 5-61-3.6 (no unsolicited telephonic sales calls to residential or mobile
 * numbers "except during hours of operation") with § 5-61-2 ("Hours of operation" means Monday
 * through Friday, except a state or federal holiday, 9:00 a.m. to 6:00 p.m.; Saturday 10:00 a.m.
 * to 5:00 p.m.). State holidays are those of R.I. Gen. Laws § 25-1-1: 1 January, the third Monday
 * of January, the third Monday of February, 4 May (Rhode Island Independence Day), the last Monday
 * of May, 4 July, the second Monday of August (Victory Day), the first Monday of September, the
 * second Monday of October, 11 November and 25 December — a date on a Saturday or Sunday also
 * closing the following Monday (state employees celebrate then; a Sunday date's "day following") —
 * and election day, the Tuesday after the first Monday in November in even years (general elections
 * of state officers). Federal holidays are those of 5 U.S.C. § 6103(a) with their observed weekdays
 * (`US_FEDERAL_HOLIDAYS`), which add Juneteenth and Thanksgiving. Only weekdays close: the
 * statute's holiday exception is in the Monday-to-Friday hours, so Saturday hours stay. Not modelled:
 * days the governor, the general assembly, the president or Congress appoint as holidays. A starting point to check with
 * counsel, not legal advice.
 */
export const usRi: PresetRules = {
  id: "us-ri",
  usState: "RI",
  windows: {
    call: [
      { days: MON_TO_FRI, from: "09:00", to: "18:00" },
      { days: ["sat"], from: "10:00", to: "17:00" },
    ],
  },
  closures: [
    {
      channels: ["call"],
      from: "00:00",
      label: "Rhode Island state holiday (R.I. Gen. Laws § 25-1-1)",
      weekdays: MON_TO_FRI,
      dates: [
        { month: 1, day: 1, substitute: "next-weekday" }, // New Year's Day
        { month: 1, weekday: "mon", onOrAfter: 15 }, // Dr. Martin Luther King, Jr.'s Birthday
        { month: 2, weekday: "mon", onOrAfter: 15 }, // Washington's Birthday
        { month: 5, day: 4, substitute: "next-weekday" }, // Rhode Island Independence Day
        { month: 5, weekday: "mon", last: true }, // Memorial Day
        { month: 7, day: 4, substitute: "next-weekday" }, // Independence Day
        { month: 8, weekday: "mon", onOrAfter: 8 }, // Victory Day
        { month: 9, weekday: "mon", onOrAfter: 1 }, // Labor Day
        { month: 10, weekday: "mon", onOrAfter: 8 }, // Columbus Day
        { month: 11, weekday: "tue", onOrAfter: 2, years: "even" }, // election day
        { month: 11, day: 11, substitute: "next-weekday" }, // Veterans' Day
        { month: 12, day: 25, substitute: "next-weekday" }, // Christmas Day
      ],
    },
    {
      channels: ["call"],
      from: "00:00",
      label: "federal holiday (5 U.S.C. § 6103)",
      weekdays: MON_TO_FRI,
      dates: US_FEDERAL_HOLIDAYS,
    },
  ],
};

/** The title and rule text of `us-ri`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usRiText: PresetText = {
  title: "Rhode Island telephone sales solicitation hours",
  source:
    "R.I. Gen. Laws § 5-61-3.6 and § 5-61-2: calls Monday–Friday 9:00 a.m.–6:00 p.m. (not on state or federal holidays), Saturday 10:00 a.m.–5:00 p.m.; holidays of § 25-1-1 and 5 U.S.C. § 6103(a)",
};
