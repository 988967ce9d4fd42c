import { EVERY_DAY, type PresetRules, type PresetText } from "./preset.js";

/**
 * `us-federal`: telephone solicitations (calls and texts) only 08:00–21:00 in the recipient's
 * local time.
 *
 * Source: Telephone Consumer Protection Act rules, 47 CFR § 64.1200(c)(1) ("before the hour of
 * 8 a.m. or after 9 p.m. (local time at the called party's location)"); texts are treated as
 * calls.
 *
 * Do-not-call (`doNotCall`): a lead listed on the National Do Not Call Registry
 * (`dncRegistries: [{ registry: "us-national" }]`, 47 CFR § 64.1200(c)(2)) is not called or texted
 * unless an established business relationship exempts it, as § 64.1200(f)(5) defines it: the
 * lead's inquiry or application within the three months, or purchase or transaction within the
 * eighteen months, before the call. A company-specific do-not-call request ends the relationship
 * (§ 64.1200(f)(5)(i)) and is honoured for 5 years from when it was made (§ 64.1200(d)(6)).
 * A starting point to check with counsel, not legal advice; consent (prior express written consent
 * for autodialled or prerecorded marketing) and checking the registry remain the host's job.
 */
export const usFederal: PresetRules = {
  id: "us-federal",
  windows: {
    call: [{ days: EVERY_DAY, from: "08:00", to: "21:00" }],
    sms: [{ days: EVERY_DAY, from: "08:00", to: "21:00" }],
  },
  doNotCall: {
    registries: {
      "us-national": {
        channels: ["call", "sms"],
        source: "47 CFR § 64.1200(c)(2) and (f)(5): National Do Not Call Registry; established business relationship exemptions",
        exemptions: [
          { basis: "inquiry", for: "P3M", events: ["inquiry", "application"], attributes: ["lastInquiryAt"] },
          { basis: "transaction", for: "P18M", events: ["purchase", "transaction"], attributes: ["lastPurchaseAt", "lastTransactionAt"] },
        ],
      },
    },
    requestsHonouredFor: "P5Y",
  },
};

/** The title and rule text of `us-federal`, shown in `COMPLIANCE_PRESETS` (`evaluate` reads only the rules). */
export const usFederalText: PresetText = {
  title: "US federal (TCPA) calling hours",
  source: "47 CFR § 64.1200(c)(1) (TCPA): no telephone solicitation before 8 a.m. or after 9 p.m. local time at the called party's location",
};
