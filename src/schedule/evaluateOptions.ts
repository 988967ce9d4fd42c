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
}
