import { MON_TO_FRI, type PresetRules, type PresetText } from "./preset.js";

/**
 * `au`: Australia. Telemarketing calls only 09:00–20:00 on weekdays and 09:00–17:00 on Saturdays,
 * the lead's local time; none on Sundays or national public holidays; a number on the Do Not Call
 * Register (`dncRegistries: [{ registry: "au-dncr" }]`) is not called.
 *
 * Source: Telecommunications (Telemarketing and Research Calls) Industry Standard 2017 (made by
 * the ACMA under s. 125A of the Telecommunications Act 1997; calling times unchanged from the 2007
 * standard's s. 5 "Prohibited calling times"), as the ACMA's donotcall.gov.au states them: weekdays
 * 9 am–8 pm, Saturdays 9 am–5 pm, no calls on Sundays or national public holidays, unless the
 * consumer expressly consented to a call at another time; Do Not Call Register Act 2006 s. 11
 * (no unsolicited telemarketing calls to registered numbers). National public holidays are read as
 * the days that are public holidays in every state and territory: New Year's Day, Australia Day
 * (26 January), Good Friday, Easter Monday, Anzac Day (25 April), Christmas Day and Boxing Day.
 * Substitute days: when New Year's Day, Australia Day, Christmas Day or Boxing Day falls on a
 * weekend, the states and territories add the next free weekday (Christmas on a Saturday: Monday
 * 27 and, for Boxing Day, Tuesday 28; Christmas on a Sunday: Tuesday 27), so that day closes too,
 * and the weekend date itself stays closed. Anzac Day's substitute differs by state (none in
 * Victoria, South Australia, Tasmania), so it is no national public holiday and is not modelled. A starting point to check with counsel, not legal advice.
 */
export const au: PresetRules = {
  id: "au",
  windows: {
    call: [
      { days: MON_TO_FRI, from: "09:00", to: "20:00" },
      { days: ["sat"], from: "09:00", to: "17:00" },
    ],
  },
  closures: [
    {
      channels: ["call"],
      from: "00:00",
      label: "national public holiday",
      dates: [
        { month: 1, day: 1, substitute: "next-weekday" },
        { month: 1, day: 26, substitute: "next-weekday" },
        { easterOffset: -2 },
        { easterOffset: 1 },
        { month: 4, day: 25 },
        { month: 12, day: 25, substitute: "next-weekday" },
        { month: 12, day: 26, substitute: "next-weekday" },
      ],
    },
  ],
  doNotCall: { registries: { "au-dncr": { channels: ["call"], source: "Do Not Call Register Act 2006 s. 11" } } },
};

/** The title and rule text of `au`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const auText: PresetText = {
  title: "Australia: telemarketing calling times and the Do Not Call Register",
  source:
    "Telecommunications (Telemarketing and Research Calls) Industry Standard 2017: calls weekdays 9 am–8 pm, Saturdays 9 am–5 pm, none on Sundays or national public holidays; Do Not Call Register Act 2006 s. 11",
};
