import { EVERY_DAY_8_TO_20, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-ma`: calls 08:00–20:00 lead-local.
 *
 * Source: 201 CMR 12.02(2) (Massachusetts Do Not Call regulations under M.G.L. c. 159C): "No
 * telephone solicitor shall make or cause to be made an unsolicited telephonic sales call to a
 * consumer between the hours of 8:00 P.M. to 8:00 A.M., local time at the consumer's location."
 * Texts are not named in the regulation's text we read, so only calls are narrowed. A starting
 * point to check with counsel, not legal advice.
 */
export const usMa: PresetRules = {
  id: "us-ma",
  usState: "MA",
  windows: {
    call: EVERY_DAY_8_TO_20,
  },
};

/** The title and rule text of `us-ma`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usMaText: PresetText = {
  title: "Massachusetts telephonic sales call hours",
  source: "201 CMR 12.02(2): no unsolicited telephonic sales call between 8:00 p.m. and 8:00 a.m., local time at the consumer's location",
};
