import { EVERY_DAY_8_TO_20, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-wa`: calls 08:00–20:00 lead-local.
 *
 * Source: RCW 19.158.040(2) (Washington Commercial Telephone Solicitation Act): "A commercial
 * telephone solicitor shall not place calls to any person which will be received before 8:00 a.m.
 * or after 8:00 p.m. at the call recipient's local time." Texts are not named, so only calls are
 * narrowed (the federal 21:00 limit still applies to texts with `us-federal`). A starting point to
 * check with counsel, not legal advice.
 */
export const usWa: PresetRules = {
  id: "us-wa",
  usState: "WA",
  windows: {
    call: EVERY_DAY_8_TO_20,
  },
};

/** The title and rule text of `us-wa`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usWaText: PresetText = {
  title: "Washington commercial telephone solicitation hours",
  source: "RCW 19.158.040(2): no commercial telephone solicitation calls received before 8:00 a.m. or after 8:00 p.m. recipient-local",
};
