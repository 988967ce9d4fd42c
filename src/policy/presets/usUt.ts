import type { CompliancePreset } from "./preset.js";

/**
 * `us-ut`: calls Monday to Saturday 08:00–21:00 lead-local; none on Sundays.
 *
 * Source: Utah Code § 13-25a-103(3) (Telephone and Facsimile Solicitation Act): no telephone
 * solicitation to a residential or cellular telephone without prior express consent "between the
 * hours of 9 p.m. and 8 a.m. local time", "on a Sunday" or "on a legal holiday". Legal holidays
 * include floating Mondays, so they are not in this preset: give the plan a `holidays` calendar for
 * Utah. A starting point to check with counsel, not legal advice.
 */
export const usUt: CompliancePreset = {
  id: "us-ut",
  title: "Utah telephone solicitation: no Sundays",
  source: "Utah Code § 13-25a-103(3): no telephone solicitation between 9 p.m. and 8 a.m. local time, on a Sunday or on a legal holiday",
  usState: "UT",
  windows: {
    call: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", to: "21:00" }],
  },
};
