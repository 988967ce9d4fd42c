import { MON_TO_SAT, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-ms`: calls and texts Monday to Saturday 08:00–21:00 lead-local; none on Sundays.
 *
 * Sources: Miss. Code Ann. § 77-3-723(1) (Mississippi Telephone Solicitation Act): "No telephone
 * solicitations may be made on a Sunday" — telephone solicitations include text messages since the
 * 2019 amendment of § 77-3-705; § 77-3-603(a) (unsolicited telephonic sales calls between 8:00 a.m.
 * and 9:00 p.m. Monday to Saturday, no calls on Sundays). Legal holidays are no longer closed: the
 * Public Service Commission's holiday rule was repealed in 2023 when enforcement moved to the
 * Attorney General. A starting point to check with counsel, not legal advice.
 */
export const usMs: PresetRules = {
  id: "us-ms",
  usState: "MS",
  windows: {
    call: [{ days: MON_TO_SAT, from: "08:00", to: "21:00" }],
    sms: [{ days: MON_TO_SAT, from: "08:00", to: "21:00" }],
  },
};

/** The title and rule text of `us-ms`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usMsText: PresetText = {
  title: "Mississippi telephone solicitation: no Sundays",
  source: "Miss. Code Ann. § 77-3-723(1) (no telephone solicitations on a Sunday) and § 77-3-603(a) (8:00 a.m.–9:00 p.m. Monday to Saturday)",
};
