import type { CompliancePreset } from "./preset.js";

/**
 * `us-la`: calls Monday to Saturday 08:00–20:00 lead-local; none on Sundays.
 *
 * Source: La. R.S. 45:811 (calls made with automatic dialing equipment or by a live operator to
 * advertise or offer goods, services or property for personal, family or household use are
 * unlawful "other than between the hours of 8:00 a.m. and 8:00 p.m., Monday through Saturday" and
 * "on days declared to be a state holiday, or Sundays"). State holidays are declared year by year
 * (the governor may add one, as on 3 July 2023), so they are not in this preset: give the plan a
 * `holidays` calendar for Louisiana. During a declared state of emergency La. R.S. 45:844.31 stops
 * telephonic solicitation altogether; the host pauses leads then. A starting point to check with
 * counsel, not legal advice.
 */
export const usLa: CompliancePreset = {
  id: "us-la",
  title: "Louisiana telephone solicitation hours: no Sundays",
  source: "La. R.S. 45:811(2)–(3): calls only 8:00 a.m.–8:00 p.m. Monday through Saturday, not on Sundays or state holidays",
  usState: "LA",
  windows: {
    call: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", to: "20:00" }],
  },
};
