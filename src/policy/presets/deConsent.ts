import type { PresetRules, PresetText } from "./preset.js";

/**
 * `de-consent`: calls, SMS, WhatsApp and email to consumers need granted consent; without it those
 * steps are skipped with `no_consent`.
 *
 * Source: Gesetz gegen den unlauteren Wettbewerb (UWG) § 7 Abs. 2 Nr. 1 and 2 (advertising calls to
 * consumers need prior express consent; advertising by automatic calling machines, fax or
 * electronic mail — SMS and messengers included — needs prior express consent), with § 7a UWG
 * (documenting call consent). The § 7 Abs. 3 exception for existing customers is not modelled.
 * A starting point to check with counsel, not legal advice.
 */
export const deConsent: PresetRules = {
  id: "de-consent",
  consentRequired: ["call", "sms", "whatsapp", "email"],
};

/** The title and rule text of `de-consent`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const deConsentText: PresetText = {
  title: "Germany: consent before calls, SMS, WhatsApp and email",
  source: "UWG § 7 Abs. 2 Nr. 1–2 and § 7a: prior express consent for advertising calls and electronic messages to consumers",
};
