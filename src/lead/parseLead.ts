import { LeadValidationError, type ValidationIssue } from "../errors/index.js";
import { nestingIssue } from "../primitives/index.js";
import { LeadSchema, type Lead } from "./lead.js";
import { leadIssues } from "./leadIssues.js";

/** `{ success: true, data }` or `{ success: false, issues }`; never throws for bad input. */
export type SafeParseLeadResult = { readonly success: true; readonly data: Lead } | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** Validates a lead, reporting every problem with its path instead of throwing. */
export function safeParseLead(input: unknown): SafeParseLeadResult {
  const tooDeep = nestingIssue(input);
  if (tooDeep !== undefined) return { success: false, issues: [tooDeep] };
  const parsed = LeadSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { success: false, issues: leadIssues(parsed.error.issues) };
  return { success: true, data: parsed.data };
}

/**
 * Validates a lead and returns it with defaults filled in.
 * @throws {LeadValidationError} listing every problem with its path.
 */
export function parseLead(input: unknown): Lead {
  const result = safeParseLead(input);
  if (!result.success) throw new LeadValidationError(result.issues);
  return result.data;
}
