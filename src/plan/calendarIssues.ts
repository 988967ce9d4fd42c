import type { ValidationIssue } from "../errors/index.js";
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
        for (const p of parsed.issues)
          issues.push({
            code: p.code,
            path,
            message: p.message,
            ...(p.expected === undefined ? {} : { expected: p.expected }),
            ...(p.received === undefined ? {} : { received: p.received }),
          });
      } else if (parsed.rule.count === undefined && parsed.rule.untilLocal === undefined && at.count === undefined) {
        issues.push({
          code: "rrule_without_end",
          path,
          message: `The recurrence ${JSON.stringify(at.rrule)} has no end: add COUNT or UNTIL to the rule, or "count" (the most touches) to the timing`,
          expected: "COUNT, UNTIL or count",
          received: at.rrule,
        });
      }
    } else if (step.attempts !== undefined && step.attempts.max > 1 && step.attempts.every === undefined) {
      issues.push({
        code: "missing_every",
        path: ["steps", i, "attempts", "every"],
        message: "Repeated attempts need `every` (the spacing between attempts) unless the step's timing is an rrule",
        expected: "an ISO-8601 duration such as PT2H",
      });
    }
  });
  const holidays = plan.holidays;
  if (holidays !== undefined) {
    if (holidays.state !== undefined && holidays.country === undefined) {
      issues.push({
        code: "state_without_country",
        path: ["holidays", "state"],
        message: "holidays.state needs holidays.country",
        expected: "a country code",
        received: "none",
      });
    }
    if (holidays.country === undefined && holidays.closures === undefined && holidays.fromLead !== true) {
      issues.push({
        code: "empty_holidays",
        path: ["holidays"],
        message: "holidays names no country, closures or fromLead",
        expected: "country, closures or fromLead",
      });
    }
    holidays.closures?.forEach((c, j) => {
      if (c.from !== undefined && c.to !== undefined && c.to <= c.from) {
        issues.push({
          code: "invalid_closure",
          path: ["holidays", "closures", j],
          message: `Closure on ${c.date} ends (${c.to}) before it starts (${c.from})`,
          expected: "to after from",
          received: `${c.from}-${c.to}`,
        });
      }
    });
  }
  return issues;
}
