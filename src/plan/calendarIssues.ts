import { validationIssue, type ValidationIssue } from "../errors/index.js";
import { parseRecurrenceRule } from "../primitives/index.js";
import type { Plan } from "./plan.js";

/**
 * Checks of the calendar parts of a plan: recurrence rules (syntax, supported parts, an end),
 * attempt spacing for non-recurring steps, holiday settings. Whether a rule can ever match is
 * checked, within a bounded budget, when the plan is compiled for evaluation.
 */
export function calendarIssues(plan: Plan): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  plan.steps.forEach((step, i) => {
    const at = step.at;
    if ("rrule" in at) {
      const parsed = parseRecurrenceRule(at.rrule);
      const path = ["steps", i, "at", "rrule"];
      if (!parsed.ok) {
        for (const p of parsed.issues) issues.push(validationIssue(p.code, path, p.message, p.expected, p.received));
      } else if (parsed.rule.count === undefined && parsed.rule.untilLocal === undefined && at.count === undefined) {
        issues.push(
          validationIssue(
            "rrule_without_end",
            path,
            `The recurrence ${JSON.stringify(at.rrule)} has no end: add COUNT or UNTIL to the rule, or "count" (the most touches) to the timing`,
            "COUNT, UNTIL or count",
            at.rrule,
          ),
        );
      }
    } else if (step.attempts !== undefined && step.attempts.max > 1 && step.attempts.every === undefined) {
      issues.push(
        validationIssue(
          "missing_every",
          ["steps", i, "attempts", "every"],
          "Repeated attempts need `every` (the spacing between attempts) unless the step's timing is an rrule",
          "an ISO-8601 duration such as PT2H",
        ),
      );
    }
  });
  const holidays = plan.holidays;
  if (holidays !== undefined) {
    if (holidays.state !== undefined && holidays.country === undefined) {
      issues.push(validationIssue("state_without_country", ["holidays", "state"], "holidays.state needs holidays.country", "a country code", "none"));
    }
    if (holidays.country === undefined && holidays.closures === undefined && holidays.fromLead !== true) {
      issues.push(validationIssue("empty_holidays", ["holidays"], "holidays names no country, closures or fromLead", "country, closures or fromLead"));
    }
    holidays.closures?.forEach((c, j) => {
      if (c.from !== undefined && c.to !== undefined && c.to <= c.from) {
        issues.push(
          validationIssue(
            "invalid_closure",
            ["holidays", "closures", j],
            `Closure on ${c.date} ends (${c.to}) before it starts (${c.from})`,
            "to after from",
            `${c.from}-${c.to}`,
          ),
        );
      }
    });
  }
  return issues;
}
