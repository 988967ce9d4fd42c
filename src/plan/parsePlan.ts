import { PlanValidationError, type ValidationIssue } from "../errors/index.js";
import { fromZodIssues, nestingIssue } from "../primitives/index.js";
import { PlanSchema, type Plan } from "./plan.js";
import { semanticIssues } from "./semanticIssues.js";

/** Options for {@link parsePlan} and {@link safeParsePlan}. */
export interface ParsePlanOptions {
  /**
   * Names of the custom rules the plan may use. When given, a `{ "rule": name }` condition
   * naming anything else is a validation issue.
   */
  readonly rules?: Iterable<string> | Readonly<Record<string, unknown>>;
}

/** `{ success: true, data }` or `{ success: false, issues }`; never throws for bad input. */
export type SafeParsePlanResult = { readonly success: true; readonly data: Plan } | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** Validates a plan, reporting every problem with its path instead of throwing. */
export function safeParsePlan(input: unknown, options: ParsePlanOptions = {}): SafeParsePlanResult {
  const tooDeep = nestingIssue(input);
  if (tooDeep !== undefined) return { success: false, issues: [tooDeep] };
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = semanticIssues(parsed.data, ruleNameSet(options.rules));
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: parsed.data };
}

/**
 * Validates a plan and returns it with defaults filled in.
 * @throws {PlanValidationError} listing every problem with its path, expected and received value.
 * @example
 * const plan = parsePlan(JSON.parse(fs.readFileSync("dealer.json", "utf8")));
 */
export function parsePlan(input: unknown, options: ParsePlanOptions = {}): Plan {
  const result = safeParsePlan(input, options);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.data;
}

function ruleNameSet(rules: ParsePlanOptions["rules"]): ReadonlySet<string> | undefined {
  if (rules === undefined) return undefined;
  if (typeof (rules as Iterable<string>)[Symbol.iterator] === "function") return new Set(rules as Iterable<string>);
  return new Set(Object.keys(rules));
}
