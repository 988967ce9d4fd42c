import { MON_TO_SAT, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-la`: calls Monday to Saturday 08:00–20:00 lead-local; none on Sundays or the statewide
 * legal holidays of La. R.S. 1:55(A)(1).
 *
 * Source: La. R.S. 45:811 (calls made with automatic dialing equipment or by a live operator to
 * advertise or offer goods, services or property for personal, family or household use are
 * unlawful "other than between the hours of 8:00 a.m. and 8:00 p.m., Monday through Saturday" and
 * "on days declared to be a state holiday, or Sundays"). The holidays closed are the statewide days
 * of public rest and legal holidays La. R.S. 1:55(A)(1) names: 1 January (New Year's Day), 8 January
 * (Battle of New Orleans), the third Monday in January (Dr. Martin Luther King, Jr.'s Birthday), the
 * third Monday in February (Washington's Birthday), Mardi Gras (47 days before Easter), Good Friday,
 * the last Monday in May (Memorial Day), 4 July, 30 August (Huey P. Long Day), the first Monday in
 * September (Labor Day), the second Monday in October (Columbus Day), 1 November (All Saints' Day),
 * 11 November (Veterans' Day), the fourth Thursday in November (Thanksgiving) and 25 December; the
 * statute moves none of them off a weekend. Not modelled: Inauguration Day (Baton Rouge only), the
 * parishes' Saturday holidays, and holidays the governor declares year by year (as on 3 July 2023):
 * give the plan a `holidays` calendar for those. During a declared state of emergency La. R.S. 45:844.31 stops
 * telephonic solicitation altogether; the host pauses leads then. A starting point to check with
 * counsel, not legal advice.
 */
export const usLa: PresetRules = {
  id: "us-la",
  usState: "LA",
  windows: {
    call: [{ days: MON_TO_SAT, from: "08:00", to: "20:00" }],
  },
  closures: [
    {
      channels: ["call"],
      from: "00:00",
      label: "Louisiana legal holiday (La. R.S. 1:55(A)(1))",
      dates: [
        { month: 1, day: 1 }, // New Year's Day
        { month: 1, day: 8 }, // Battle of New Orleans
        { month: 1, weekday: "mon", onOrAfter: 15 }, // Dr. Martin Luther King, Jr.'s Birthday
        { month: 2, weekday: "mon", onOrAfter: 15 }, // Washington's Birthday and Presidents' Day
        { easterOffset: -47 }, // Mardi Gras
        { easterOffset: -2 }, // Good Friday
        { month: 5, weekday: "mon", last: true }, // National Memorial Day
        { month: 7, day: 4 }, // Independence Day
        { month: 8, day: 30 }, // Huey P. Long Day
        { month: 9, weekday: "mon", onOrAfter: 1 }, // Labor Day
        { month: 10, weekday: "mon", onOrAfter: 8 }, // Christopher Columbus Day
        { month: 11, day: 1 }, // All Saints' Day
        { month: 11, day: 11 }, // Veterans' Day
        { month: 11, weekday: "thu", onOrAfter: 22 }, // Thanksgiving Day
        { month: 12, day: 25 }, // Christmas Day
      ],
    },
  ],
};

/** The title and rule text of `us-la`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usLaText: PresetText = {
  title: "Louisiana telephone solicitation hours: no Sundays or state holidays",
  source:
    "La. R.S. 45:811(2)–(3): calls only 8:00 a.m.–8:00 p.m. Monday through Saturday, not on Sundays or state holidays; the holidays of La. R.S. 1:55(A)(1)",
};
