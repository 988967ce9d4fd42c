import { canonicalZone } from "../calendar/index.js";
import { expectedIssue, PlanValidationError, validationIssue } from "../errors/index.js";
import { safeParsePlan, type Condition, type Plan, type PlanInput } from "../plan/index.js";
import { US_STATES } from "../policy/index.js";
import { isExactDuration, parseClockTime, validDuration } from "../primitives/index.js";
import { compileCalendar, compileStepTiming, recurringMaxAttempts } from "./compileCalendar.js";
import type { CompiledPlan, CompiledStep } from "./compiledPlan.js";
import { compileRules } from "./compliantPlan.js";
import { touchIdInfix } from "./touchId.js";

const cache = new WeakMap<object, CompiledPlan>();

/**
 * Validates (when needed) and compiles a plan; memoised per plan object, so evaluating the same
 * plan object again costs nothing.
 * @throws {PlanValidationError} when the plan is invalid.
 */
export function compilePlan(input: Plan | PlanInput): CompiledPlan {
  if (input === null || typeof input !== "object") throw new PlanValidationError([expectedIssue([], "a plan object", input)]);
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const result = safeParsePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  const plan = result.data;
  const compiled = build(plan);
  cache.set(input, compiled);
  if (plan !== input) cache.set(plan, compiled);
  return compiled;
}

function build(plan: Plan): CompiledPlan {
  const zone = canonicalZone(plan.timezone);
  if (zone === undefined) {
    throw new PlanValidationError([validationIssue("invalid_zone", ["timezone"], `Expected an IANA time zone, got ${JSON.stringify(plan.timezone)}`)]);
  }
  const indexById = new Map(plan.steps.map((s, i) => [s.id, i]));
  const compliance = plan.compliance ?? [];
  const rules = compileRules(
    plan,
    compliance.filter((id) => id !== US_STATES),
  );
  const channelIndex = (channel: string | undefined): number => (channel === undefined ? -1 : (rules.channels.get(channel)?.index ?? -1));
  const steps = plan.steps.map((step, index): CompiledStep => {
    const at = step.at;
    const after = "after" in at ? validDuration(at.after) : undefined;
    const timing: CompiledStep["timing"] =
      after !== undefined
        ? { kind: "after", duration: after, exact: isExactDuration(after) }
        : "days" in at
          ? { kind: "days", days: at.days, minuteOfDay: parseClockTime(at.time) ?? 0 }
          : compileStepTiming(plan, index);
    const every = step.attempts?.every === undefined ? undefined : validDuration(step.attempts.every);
    return {
      index,
      id: step.id,
      touchIdInfix: touchIdInfix(plan.id, plan.version, step.id),
      channel: step.channel,
      fallback: step.fallback,
      channelIndex: channelIndex(step.channel),
      fallbackIndex: channelIndex(step.fallback),
      mode: step.mode,
      template: step.template,
      templateOutsideWindow: step.templateOutsideWindow,
      category: step.category,
      timing,
      anchorIndex: at.from === undefined ? -1 : (indexById.get(at.from.step) ?? -1),
      anchorOn: at.from?.on ?? "touch",
      anchorPendingDetail: `waiting for the ${at.from?.on ?? "touch"} of step ${at.from === undefined || !indexById.has(at.from.step) ? "" : at.from.step}`,
      maxAttempts: timing.kind === "rrule" ? recurringMaxAttempts(plan, index) : (step.attempts?.max ?? 1),
      every,
      everyExact: every === undefined || isExactDuration(every),
      until: new Set(step.attempts?.until ?? []),
      when: step.when,
    };
  });

  const ruleNames = new Set<string>();
  for (const step of plan.steps) if (step.when !== undefined) collectRules(step.when, ruleNames);

  return {
    plan,
    zone,
    steps,
    stepIndex: indexById,
    order: topologicalOrder(steps),
    channels: rules.channels,
    channelList: rules.channelList,
    globalOptOut: plan.policies.optOut === "global",
    ruleNames: [...ruleNames],
    calendar: compileCalendar(plan),
    caps: rules.caps,
    presetIds: rules.presetIds,
    usStates: compliance.includes(US_STATES),
    doNotCall: rules.doNotCall,
  };
}

function collectRules(condition: Condition, into: Set<string>): void {
  if ("rule" in condition) into.add(condition.rule);
  else if ("all" in condition) condition.all.forEach((c) => collectRules(c, into));
  else if ("any" in condition) condition.any.forEach((c) => collectRules(c, into));
  else if ("not" in condition) collectRules(condition.not, into);
}

/** Plan order, except that a step always comes after its anchor (validation rejected cycles). */
function topologicalOrder(steps: readonly CompiledStep[]): number[] {
  const order: number[] = [];
  const placed = new Set<number>();
  const place = (i: number): void => {
    if (placed.has(i)) return;
    placed.add(i);
    const anchor = steps[i]?.anchorIndex ?? -1;
    if (anchor >= 0) place(anchor);
    order.push(i);
  };
  steps.forEach((_, i) => place(i));
  return order;
}
