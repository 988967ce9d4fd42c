import { CadenceError } from "./CadenceError.js";
import { formatIssues, type ValidationIssue } from "./ValidationIssue.js";

/** A plan failed validation; `issues` lists every problem found, each with its path. */
export class PlanValidationError extends CadenceError {
  override name = "PlanValidationError" as const;
  declare readonly code: "plan_invalid";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super("plan_invalid", `Invalid plan (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues)}`, options);
    this.issues = issues;
  }
}
