import { MON_TO_FRI, type PresetRules, type PresetText } from "./preset.js";

/**
 * `ca`: Canada. Telemarketing calls only 09:00–21:30 on weekdays and 10:00–18:00 on Saturdays and
 * Sundays, the lead's local time; a number on the National Do Not Call List
 * (`dncRegistries: [{ registry: "ca-dncl" }]`) is not called; a consumer's request not to be called
 * is kept on the telemarketer's internal list for 3 years and 14 days.
 *
 * Source: CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules: calling hours,
 * "between 9:00 a.m. and 9:30 p.m. on weekdays and between 10:00 a.m. and 6:00 p.m. on weekends";
 * internal do-not-call list: added within 14 days, kept 3 years and 14 days) and Part II (National
 * DNCL Rules), under the Telecommunications Act s. 41. Provincial rules may be stricter. The
 * National DNCL's exemptions (existing business relationship, express consent) are not modelled:
 * a host that relies on one leaves the listing off. A starting point to check with counsel, not
 * legal advice.
 */
export const ca: PresetRules = {
  id: "ca",
  windows: {
    call: [
      { days: MON_TO_FRI, from: "09:00", to: "21:30" },
      { days: ["sat", "sun"], from: "10:00", to: "18:00" },
    ],
  },
  doNotCall: {
    registries: { "ca-dncl": { channels: ["call"], source: "CRTC Unsolicited Telecommunications Rules, Part II: National Do Not Call List" } },
    requestsHonouredFor: "P3Y14D",
  },
};

/** The title and rule text of `ca`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const caText: PresetText = {
  title: "Canada: CRTC telemarketing hours and the National DNCL",
  source:
    "CRTC Unsolicited Telecommunications Rules, Part III (calls 9:00 a.m.–9:30 p.m. weekdays, 10:00 a.m.–6:00 p.m. weekends; internal do-not-call list 3 years and 14 days) and Part II (National DNCL)",
};
