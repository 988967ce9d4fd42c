import { EVERY_DAY_8_TO_20, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-fl`: calls and texts 08:00–20:00 lead-local; at most 3 sales calls per rolling 24 hours.
 *
 * Source: Florida Telephone Solicitation Act, Fla. Stat. § 501.059(8)(a) (as amended in 2021 and
 * 2023): no commercial telephone solicitation before 8 a.m. or after 8 p.m., and no more than three
 * calls from the same person on the same subject in a 24-hour period. A starting point to check
 * with counsel, not legal advice.
 */
export const usFl: PresetRules = {
  id: "us-fl",
  usState: "FL",
  windows: {
    call: EVERY_DAY_8_TO_20,
    sms: EVERY_DAY_8_TO_20,
  },
  caps: [{ max: 3, per: "24h", channels: ["call"] }],
};

/** The title and rule text of `us-fl`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usFlText: PresetText = {
  title: "Florida telephone solicitation hours and call cap",
  source: "Fla. Stat. § 501.059(8)(a): 8 a.m.–8 p.m.; at most 3 commercial telephone solicitation calls on the same subject per 24 hours",
};
