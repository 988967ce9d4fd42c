import { MON_TO_SAT, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-ut`: calls Monday to Saturday 08:00–21:00 lead-local; none on Sundays or Utah legal holidays.
 *
 * Source: Utah Code § 13-25a-103(3) (Telephone and Facsimile Solicitation Act): no telephone
 * solicitation to a residential or cellular telephone without prior express consent "between the
 * hours of 9 p.m. and 8 a.m. local time", "on a Sunday" or "on a legal holiday". Legal holidays are those of Utah Code § 63G-1-301 (as amended effective
 * 7 May 2025): 1 January, 4 July, 24 July (Pioneer Day), 11 November and 25 December — on a
 * Saturday the Friday before, on a Sunday the Monday after is the legal holiday (§ 63G-1-301(2)(a)–(b));
 * this preset closes the date itself as well, to be safe — the third Monday of January, the third
 * Monday of February, the last Monday of May, the first Monday of September, the second Monday of
 * October, the fourth Thursday of November, and Juneteenth, observed on the Monday of its week or
 * the Monday after a weekend June 19 (§ 63G-1-301(2)(c)–(d): always the third Monday of June).
 * Easter and every Sunday are Sundays. Not modelled: days of fast or thanksgiving the president or
 * the governor proclaims, and holidays the governor declares by proclamation: give the plan a
 * `holidays` calendar for those. A starting point to check with counsel, not legal advice.
 */
export const usUt: PresetRules = {
  id: "us-ut",
  usState: "UT",
  windows: {
    call: [{ days: MON_TO_SAT, from: "08:00", to: "21:00" }],
  },
  closures: [
    {
      channels: ["call"],
      from: "00:00",
      label: "Utah legal holiday (Utah Code § 63G-1-301)",
      dates: [
        { month: 1, day: 1, substitute: "nearest-weekday" }, // New Year's Day
        { month: 1, weekday: "mon", onOrAfter: 15 }, // Dr. Martin Luther King, Jr. Day
        { month: 2, weekday: "mon", onOrAfter: 15 }, // Washington and Lincoln Day
        { month: 5, weekday: "mon", last: true }, // Memorial Day
        { month: 6, weekday: "mon", onOrAfter: 15 }, // Juneteenth National Freedom Day, observed on a Monday
        { month: 7, day: 4, substitute: "nearest-weekday" }, // Independence Day
        { month: 7, day: 24, substitute: "nearest-weekday" }, // Pioneer Day
        { month: 9, weekday: "mon", onOrAfter: 1 }, // Labor Day
        { month: 10, weekday: "mon", onOrAfter: 8 }, // Columbus Day
        { month: 11, day: 11, substitute: "nearest-weekday" }, // Veterans Day
        { month: 11, weekday: "thu", onOrAfter: 22 }, // Thanksgiving Day
        { month: 12, day: 25, substitute: "nearest-weekday" }, // Christmas
      ],
    },
  ],
};

/** The title and rule text of `us-ut`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usUtText: PresetText = {
  title: "Utah telephone solicitation: no Sundays or legal holidays",
  source:
    "Utah Code § 13-25a-103(3): no telephone solicitation between 9 p.m. and 8 a.m. local time, on a Sunday or on a legal holiday; legal holidays of § 63G-1-301",
};
