import { EVERY_DAY_8_TO_20, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-md`: calls and texts 08:00–20:00 lead-local; at most 3 calls or texts together per rolling
 * 24 hours.
 *
 * Source: Maryland Stop the Spam Calls Act of 2023, Md. Code, Com. Law § 14-4503: no telephone
 * solicitation (calls and text messages) before 8 a.m. or after 8 p.m., and no more than three
 * attempts on the same subject in a 24-hour period. A starting point to check with counsel, not
 * legal advice.
 */
export const usMd: PresetRules = {
  id: "us-md",
  usState: "MD",
  windows: {
    call: EVERY_DAY_8_TO_20,
    sms: EVERY_DAY_8_TO_20,
  },
  caps: [{ max: 3, per: "24h", channels: ["call", "sms"] }],
};

/** The title and rule text of `us-md`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usMdText: PresetText = {
  title: "Maryland telephone solicitation hours and attempt cap",
  source: "Md. Code, Com. Law § 14-4503 (Stop the Spam Calls Act of 2023): 8 a.m.–8 p.m.; at most 3 calls or texts on the same subject per 24 hours",
};
