import type { HolidayCalendar } from "../calendar/index.js";
import { ArgumentError, describeValue } from "../errors/index.js";
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

/**
 * The checks `evaluate` and `evaluateAll` make on their options before reading them (`rules` is
 * checked against the plan by `checkRules`).
 * @throws {ArgumentError} when `options` is not an object, or `options.holidays` is not a holiday calendar.
 */
export function checkEvaluateOptions(options: unknown): void {
  const notObject = options === null || typeof options !== "object";
  const holidays: unknown = notObject ? options : (options as EvaluateOptions).holidays;
  const name = notObject ? "options" : "options.holidays";
  if (
    notObject ||
    (holidays !== undefined && (holidays === null || typeof holidays !== "object" || typeof (holidays as HolidayCalendar).isHoliday !== "function"))
  )
    throw new ArgumentError(
      name,
      `Expected \`${name}\` to be ${notObject ? "an object" : "a holiday calendar (with isHoliday)"}, got ${describeValue(holidays)}`,
    );
}
