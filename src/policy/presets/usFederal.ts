import type { CompliancePreset } from "./preset.js";

/**
 * `us-federal`: telephone solicitations (calls and texts) only 08:00–21:00 in the recipient's
 * local time.
 *
 * Source: Telephone Consumer Protection Act rules, 47 CFR § 64.1200(c)(1) ("before the hour of
 * 8 a.m. or after 9 p.m. (local time at the called party's location)"); texts are treated as
 * calls. A starting point to check with counsel, not legal advice; consent (prior express written
 * consent for autodialled or prerecorded marketing) and the national Do-Not-Call registry remain
 * the host's job.
 */
export const usFederal: CompliancePreset = {
  id: "us-federal",
  title: "US federal (TCPA) calling hours",
  source: "47 CFR § 64.1200(c)(1) (TCPA): no telephone solicitation before 8 a.m. or after 9 p.m. local time at the called party's location",
  windows: {
    call: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "21:00" }],
    sms: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "21:00" }],
  },
};
