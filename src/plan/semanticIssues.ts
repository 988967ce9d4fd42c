import { validationIssue as issue, type ValidationIssue } from "../errors/index.js";
import type { Condition } from "./condition.js";
import type { Plan } from "./plan.js";
import { calendarIssues } from "./calendarIssues.js";
import { policyChannelIssues } from "./policyChannelIssues.js";
import { openMinutesOfWeek } from "./windows.js";

/** Checks that need the whole plan: ids, references, anchor cycles, windows that never open, rule names, the channels policies name. */
export function semanticIssues(plan: Plan, ruleNames?: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const index = new Map<string, number>();
  plan.steps.forEach((step, i) => {
    const first = index.get(step.id);
    if (first === undefined) index.set(step.id, i);
    else
      issues.push(
        issue(
          "duplicate_step_id",
          ["steps", i, "id"],
          `Duplicate step id ${JSON.stringify(step.id)} (first used by steps[${first}])`,
          "a unique step id",
          JSON.stringify(step.id),
        ),
      );
  });
  const reserved = plan.steps.findIndex((s) => s.id === "opt-out-confirmation");
  if (reserved >= 0)
    issues.push(
      issue(
        "reserved_step_id",
        ["steps", reserved, "id"],
        `Step id "opt-out-confirmation" is reserved for the plan's opt-out confirmation`,
        "another step id",
        JSON.stringify("opt-out-confirmation"),
      ),
    );

  plan.steps.forEach((step, i) => {
    const anchor = step.at.from;
    if (anchor !== undefined) {
      if (!index.has(anchor.step)) issues.push(unknownStep(["steps", i, "at", "from", "step"], anchor.step));
      else if (anchor.step === step.id)
        issues.push(issue("anchor_cycle", ["steps", i, "at", "from", "step"], `Step ${JSON.stringify(step.id)} is anchored on itself`));
    }
    if (step.when !== undefined) checkCondition(step.when, ["steps", i, "when"], index, ruleNames, issues);
    if (step.fallback !== undefined && step.fallback === step.channel) {
      issues.push(
        issue(
          "invalid_fallback",
          ["steps", i, "fallback"],
          `Fallback channel is the step's own channel ${JSON.stringify(step.channel)}`,
          "another channel",
          JSON.stringify(step.fallback),
        ),
      );
    }
  });

  issues.push(...anchorCycles(plan, index), ...calendarIssues(plan), ...policyChannelIssues(plan));

  const checked = new Set<string>();
  plan.steps.forEach((step, i) => {
    for (const channel of step.fallback === undefined ? [step.channel] : [step.channel, step.fallback]) {
      if (checked.has(channel)) continue;
      checked.add(channel);
      if (openMinutesOfWeek(plan.policies, channel).length === 0) {
        const windows = plan.policies.windows ?? {};
        const path = Object.hasOwn(windows, channel)
          ? ["policies", "windows", channel]
          : Object.hasOwn(windows, "*")
            ? ["policies", "windows", "*"]
            : ["policies", "quietHours"];
        issues.push(
          issue(
            "window_never_opens",
            path,
            `The send window for channel ${JSON.stringify(channel)} (used by steps[${i}]) never opens once quiet hours are removed`,
            "a window with at least one open minute",
          ),
        );
      }
    }
  });
  plan.policies.windows !== undefined &&
    Object.entries(plan.policies.windows).forEach(([channel, rules]) =>
      rules.forEach((rule, r) => {
        if (rule.from === rule.to)
          issues.push(
            issue(
              "window_never_opens",
              ["policies", "windows", channel, r],
              `Window opens and closes at ${rule.from}`,
              "from and to at different times",
              `${rule.from}-${rule.to}`,
            ),
          );
      }),
    );
  return issues;
}

function checkCondition(
  condition: Condition,
  path: (string | number)[],
  index: ReadonlyMap<string, number>,
  ruleNames: ReadonlySet<string> | undefined,
  issues: ValidationIssue[],
): void {
  if ("all" in condition) condition.all.forEach((c, i) => checkCondition(c, [...path, "all", i], index, ruleNames, issues));
  else if ("any" in condition) condition.any.forEach((c, i) => checkCondition(c, [...path, "any", i], index, ruleNames, issues));
  else if ("not" in condition) checkCondition(condition.not, [...path, "not"], index, ruleNames, issues);
  else if ("outcome" in condition) {
    if (!index.has(condition.outcome.step)) issues.push(unknownStep([...path, "outcome", "step"], condition.outcome.step));
  } else if ("rule" in condition && ruleNames !== undefined && !ruleNames.has(condition.rule)) {
    const known = [...ruleNames].map((n) => JSON.stringify(n)).join(", ") || "none";
    issues.push(
      issue(
        "unknown_rule",
        [...path, "rule"],
        `Unknown rule ${JSON.stringify(condition.rule)}; registered rules: ${known}`,
        "a registered rule name",
        JSON.stringify(condition.rule),
      ),
    );
  }
}

function anchorCycles(plan: Plan, index: ReadonlyMap<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    const s = state.get(id);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = trail.slice(trail.indexOf(id));
      const key = [...cycle].sort().join(",");
      if (!reported.has(key) && cycle.length > 1) {
        reported.add(key);
        const at = index.get(id) ?? 0;
        issues.push(issue("anchor_cycle", ["steps", at, "at", "from"], `Anchor cycle: ${[...cycle, id].join(" -> ")}`));
      }
      return;
    }
    state.set(id, "visiting");
    const step = plan.steps[index.get(id) ?? -1];
    const next = step?.at.from?.step;
    if (next !== undefined && next !== id && index.has(next)) visit(next, [...trail, id]);
    state.set(id, "done");
  };
  for (const step of plan.steps) visit(step.id, []);
  return issues;
}

function unknownStep(path: (string | number)[], id: string): ValidationIssue {
  return issue("unknown_step", path, `Unknown step ${JSON.stringify(id)}`, "the id of a step in this plan", JSON.stringify(id));
}
