import type { PresetRules, PresetText } from "./preset.js";

/**
 * `be`: Belgium. A number on the "Bel-me-niet-meer" / "Ne-m'appelez-plus" list
 * (`dncRegistries: [{ registry: "be-bel-me-niet-meer" }]`) is not called for direct marketing; SMS
 * and email advertising need the lead's prior consent (opt-in).
 *
 * Sources: Wetboek van economisch recht / Code de droit économique art. VI.111–VI.114 and XIV.78,
 * XIV.81 (telephone subscribers may object to direct-marketing calls by registering on the list the
 * DNCM association keeps; every business making marketing calls must consult it; in force since
 * 31 May 2014, the list since 2015), as the list operator dncm.be states them. Advertising by
 * electronic mail (SMS included) needs prior, free, specific and informed consent: art. 14 § 1 of
 * the law of 11 March 2003 on information society services, now art. XII.13 WER/CDE. No calling
 * hours are set by statute. A starting point to check with counsel, not legal advice.
 */
export const be: PresetRules = {
  id: "be",
  consentRequired: ["sms", "email"],
  doNotCall: {
    registries: {
      "be-bel-me-niet-meer": { channels: ["call"], source: "WER/CDE art. VI.111–VI.114: the Bel-me-niet-meer / Ne-m'appelez-plus list" },
    },
  },
};

/** The title and rule text of `be`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const beText: PresetText = {
  title: "Belgium: Bel-me-niet-meer list blocks calls; opt-in for SMS and email",
  source:
    "WER/CDE art. VI.111–VI.114 (Bel-me-niet-meer list for direct-marketing calls); art. XII.13 (prior consent for advertising by electronic mail, SMS included)",
};
