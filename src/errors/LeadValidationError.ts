import { CadenceError } from "./CadenceError.js";
import { formatIssues, type ValidationIssue } from "./ValidationIssue.js";

/** A lead failed validation; `issues` lists every problem found, each with its path. */
export class LeadValidationError extends CadenceError {
  override name = "LeadValidationError" as const;
  declare readonly code: "lead_invalid";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super("lead_invalid", `Invalid lead (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues)}`, options);
    this.issues = issues;
  }
}
