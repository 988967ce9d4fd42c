import { MON_TO_FRI, type PresetRules, type PresetText } from "./preset.js";

/**
 * `nl-telemarketing`: calls on weekdays 09:00–22:00 and Saturdays 10:00–16:00; none on Sundays or
 * public holidays; only until 18:30 on 5 December, 24 December and 4 May.
 *
 * Source: the Dutch Telemarketing Code (Code Telemarketing, DDMA / Stichting Reclame Code,
 * art. 5 "belgedrag", calling hours), applied with the Telecommunicatiewet art. 11.7 (Bel-me-niet
 * registry and opt-out rules, which stay the host's job). Public holidays here are those of the
 * Algemene termijnenwet (New Year's Day, Easter Sunday and Monday, King's Day — 26 April when
 * 27 April is a Sunday —, Ascension Day, Whit Sunday and Monday, Christmas and Boxing Day) plus
 * Liberation Day (5 May) every year, which is the stricter reading. Good Friday is not closed.
 * A starting point to check with counsel, not legal advice.
 */
export const nlTelemarketing: PresetRules = {
  id: "nl-telemarketing",
  windows: {
    call: [
      { days: MON_TO_FRI, from: "09:00", to: "22:00" },
      { days: ["sat"], from: "10:00", to: "16:00" },
    ],
  },
  closures: [
    {
      channels: ["call"],
      from: "00:00",
      label: "public holiday",
      dates: [
        { month: 1, day: 1 },
        { easterOffset: 0 },
        { easterOffset: 1 },
        { month: 4, day: 27, ifSunday: -1 },
        { month: 5, day: 5 },
        { easterOffset: 39 },
        { easterOffset: 49 },
        { easterOffset: 50 },
        { month: 12, day: 25 },
        { month: 12, day: 26 },
      ],
    },
    {
      channels: ["call"],
      from: "18:30",
      label: "short day",
      dates: [
        { month: 12, day: 5 },
        { month: 12, day: 24 },
        { month: 5, day: 4 },
      ],
    },
  ],
};

/** The title and rule text of `nl-telemarketing`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const nlTelemarketingText: PresetText = {
  title: "Netherlands telemarketing calling hours",
  source:
    "Code Telemarketing (DDMA), calling hours: weekdays 09:00–22:00, Saturday 10:00–16:00, not on Sundays and public holidays, until 18:30 on 5 December, 24 December and 4 May",
};
