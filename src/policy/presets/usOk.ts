import { EVERY_DAY_8_TO_20, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-ok`: calls and texts 08:00–20:00 lead-local; at most 3 sales calls per rolling 24 hours.
 *
 * Source: Oklahoma Telephone Solicitation Act of 2022, Okla. Stat. tit. 15, § 775C.4: no
 * commercial telephonic sales call before 8 a.m. or after 8 p.m., and no more than three calls
 * from the same person on the same subject in a 24-hour period. A starting point to check with
 * counsel, not legal advice.
 */
export const usOk: PresetRules = {
  id: "us-ok",
  usState: "OK",
  windows: {
    call: EVERY_DAY_8_TO_20,
    sms: EVERY_DAY_8_TO_20,
  },
  caps: [{ max: 3, per: "24h", channels: ["call"] }],
};

/** The title and rule text of `us-ok`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usOkText: PresetText = {
  title: "Oklahoma telephone solicitation hours and call cap",
  source: "Okla. Stat. tit. 15, § 775C.4 (Telephone Solicitation Act of 2022): 8 a.m.–8 p.m.; at most 3 calls on the same subject per 24 hours",
};
