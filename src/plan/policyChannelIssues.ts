import { validationIssue, type ValidationIssue } from "../errors/index.js";
import { BUILT_IN_CHANNELS } from "../primitives/index.js";
import type { Plan } from "./plan.js";

/**
 * A channel a policy names must be a built-in one, one a step or fallback of the plan uses, or one
 * `policies.channels` declares: any other name (`"whatsap"` in `consentRequired`, `"calls"` in a
 * cap) rules nothing, and the channel it was meant for would go out unruled. Channels no step uses
 * yet are accepted (a policy block shared by several plans, a channel the next version adds).
 */
export function policyChannelIssues(plan: Plan): ValidationIssue[] {
  const known = new Set<string>(BUILT_IN_CHANNELS);
  for (const step of plan.steps) {
    known.add(step.channel);
    if (step.fallback !== undefined) known.add(step.fallback);
  }
  const { windows, quietHours, caps, consentRequired, channels } = plan.policies;
  for (const name in channels) known.add(name);
  const issues: ValidationIssue[] = [];
  const check = (name: string, ...path: (string | number)[]): void => {
    if (name === "*" || known.has(name)) return;
    const received = JSON.stringify(name);
    issues.push(
      validationIssue(
        "unknown_channel",
        ["policies", ...path],
        `Channel ${received} is not a built-in channel, no step or fallback uses it and policies.channels does not declare it: its rules would apply to nothing`,
        `one of ${[...known].join(", ")}`,
        received,
      ),
    );
  };
  for (const name in windows) check(name, "windows", name);
  quietHours?.forEach((q, i) => q.channels?.forEach((name, j) => check(name, "quietHours", i, "channels", j)));
  caps?.forEach((cap, i) => cap.channels?.forEach((name, j) => check(name, "caps", i, "channels", j)));
  consentRequired?.forEach((name, i) => check(name, "consentRequired", i));
  return issues;
}
