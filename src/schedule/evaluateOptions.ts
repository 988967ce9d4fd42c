import type { HolidayCalendar } from "../calendar/index.js";
import type { Rule } from "./conditions.js";

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * Custom predicates plans name with `{ "rule": "isHotLead" }`. When given, every rule the plan
   * names must be here (checked up front); when omitted, reaching a rule condition throws.
   * Rules must be pure: `evaluate` is only deterministic if they are.
   * @example { rules: { isHotLead: (lead) => Number(lead.attributes?.score) > 80 } }
   */
  readonly rules?: Readonly<Record<string, Rule>>;
  /**
   * The host's own holiday calendar, closed in addition to the plan's `holidays` (windows stay
   * closed on its dates, business days skip them). Pass the same object on every call: its answers
   * are memoised per object. Must be pure.
   * @example { holidays: { isHoliday: (date) => date === "2026-12-24" && { name: "Christmas Eve", from: "13:00" } } }
   */
  readonly holidays?: HolidayCalendar;
}
