import { ArgumentError, CadenceError, describeValue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import type { Condition } from "../plan/index.js";
import type { ConsentStatus } from "../primitives/index.js";
import { hasContact } from "../policy/index.js";

/** A custom predicate a plan names with `{ "rule": name }`. It must be pure and return a boolean. */
export type Rule = (lead: LeadInput) => boolean;

/** What a condition can read besides the lead. */
export interface ConditionContext {
  readonly lead: LeadInput;
  /** Latest outcome of a step (`none` when it has none, `skipped` when skipped). */
  readonly outcomeOf: (stepId: string) => string;
  readonly contactKindsOf: (channel: string) => readonly string[];
  /** The lead's consent for a channel in force when the condition is judged (see `consentAt`). */
  readonly consentOf: (channel: string) => ConsentStatus;
  readonly rules: Readonly<Record<string, Rule>> | undefined;
}

/**
 * Evaluates a `when` condition.
 * @throws {ArgumentError} when a rule is not registered or does not return a boolean.
 * @throws {CadenceError} `rule_failed` when a rule throws (the cause is attached).
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, ctx));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, ctx));
  if ("not" in condition) return !evaluateCondition(condition.not, ctx);
  if ("outcome" in condition) return (condition.outcome.in as readonly string[]).includes(ctx.outcomeOf(condition.outcome.step));
  if ("hasContact" in condition) return hasContact(ctx.lead, ctx.contactKindsOf(condition.hasContact));
  if ("consent" in condition) return condition.consent.in.includes(ctx.consentOf(condition.consent.channel));
  if ("rule" in condition) return runRule(condition.rule, ctx);
  return compareAttribute(condition, ctx.lead.attributes);
}

function runRule(name: string, ctx: ConditionContext): boolean {
  // Own properties only: a rule named `constructor` or `toString` must never reach a built-in.
  const rules = ctx.rules;
  const rule = rules !== undefined && Object.hasOwn(rules, name) ? rules[name] : undefined;
  if (typeof rule !== "function") {
    throw new ArgumentError(
      `options.rules.${name}`,
      rules === undefined
        ? `The plan uses rule ${JSON.stringify(name)} but no rules were passed; pass { rules: { ${name}: (lead) => boolean } }`
        : `Expected options.rules.${name} to be a function, got ${describeValue(rule)}`,
    );
  }
  let result: unknown;
  try {
    result = rule(ctx.lead);
  } catch (cause) {
    throw new CadenceError("rule_failed", `Rule ${JSON.stringify(name)} threw: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (typeof result !== "boolean") {
    throw new ArgumentError(`options.rules.${name}`, `Expected rule ${JSON.stringify(name)} to return a boolean, got ${describeValue(result)}`);
  }
  return result;
}

type AttributeCondition = Extract<Condition, { attribute: string }>;

function compareAttribute(c: AttributeCondition, attributes: Readonly<Record<string, unknown>> | undefined): boolean {
  const value = readPath(attributes, c.attribute);
  if (c.exists !== undefined) return (value !== undefined && value !== null) === c.exists;
  if (c.eq !== undefined) return value === c.eq;
  if (c.in !== undefined) return c.in.some((v) => v === value);
  if (typeof value !== "number" || Number.isNaN(value)) return false;
  if (c.gt !== undefined) return value > c.gt;
  if (c.gte !== undefined) return value >= c.gte;
  if (c.lt !== undefined) return value < c.lt;
  if (c.lte !== undefined) return value <= c.lte;
  return false;
}

/** Reads `a.b.c` from nested plain objects; a missing segment reads as `undefined`. */
function readPath(root: Readonly<Record<string, unknown>> | undefined, path: string): unknown {
  let current: unknown = root;
  let start = 0;
  while (current !== null && typeof current === "object") {
    const dot = path.indexOf(".", start);
    const key = dot === -1 ? path.slice(start) : path.slice(start, dot);
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
    if (dot === -1) return current;
    start = dot + 1;
  }
  return undefined;
}
