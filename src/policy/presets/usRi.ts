import type { CompliancePreset } from "./preset.js";

/**
 * `us-ri`: calls Monday to Friday 09:00–18:00 and Saturday 10:00–17:00 lead-local; none on
 * Sundays.
 *
 * Source: R.I. Gen. Laws § 5-61-3.6 (no unsolicited telephonic sales calls to residential or mobile
 * numbers "except during hours of operation") with § 5-61-2 ("Hours of operation" means Monday
 * through Friday, except a state or federal holiday, 9:00 a.m. to 6:00 p.m.; Saturday 10:00 a.m.
 * to 5:00 p.m.). State and federal holidays include floating Mondays, so they are not in this
 * preset: give the plan a `holidays` calendar for Rhode Island. A starting point to check with
 * counsel, not legal advice.
 */
export const usRi: CompliancePreset = {
  id: "us-ri",
  title: "Rhode Island telephone sales solicitation hours",
  source: "R.I. Gen. Laws § 5-61-3.6 and § 5-61-2: calls Monday–Friday 9:00 a.m.–6:00 p.m. (not on state or federal holidays), Saturday 10:00 a.m.–5:00 p.m.",
  usState: "RI",
  windows: {
    call: [
      { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" },
      { days: ["sat"], from: "10:00", to: "17:00" },
    ],
  },
};
