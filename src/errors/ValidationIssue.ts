import type { ValidationIssueCode } from "./codes.js";
import { describeValue } from "./describeValue.js";

/**
 * One problem found while validating input. `path` points at the offending value
 * (`["steps", 2, "at", "after"]`), `expected`/`received` say what should have been there.
 */
export interface ValidationIssue {
  /** Stable machine-readable code (the list: {@link ValidationIssueCode}). */
  readonly code: ValidationIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/** A {@link ValidationIssue}, with `expected` and `received` only when given (no key holding `undefined`). */
export function validationIssue(
  code: ValidationIssueCode,
  path: readonly (string | number)[],
  message: string,
  expected?: string,
  received?: string,
): ValidationIssue {
  return { code, path, message, ...(expected === undefined ? {} : { expected }), ...(received === undefined ? {} : { received }) };
}

/**
 * The issue of a value that is not what `expected` names, as a check made without a schema says it: "Expected
 * `expected`, got" what came ({@link describeValue}), with both as `expected` and `received`; `invalid_type` unless
 * `code` says otherwise. `evaluate`'s checks of a lead it did not parse make them (`checkLead`, the history reading).
 */
export function expectedIssue(
  path: readonly (string | number)[],
  expected: string,
  value: unknown,
  code: ValidationIssueCode = "invalid_type",
): ValidationIssue {
  const received = describeValue(value);
  return validationIssue(code, path, `Expected ${expected}, got ${received}`, expected, received);
}

/** The issue of a field no schema has (`parsePlan`'s and `parseLead`'s strict objects, `evaluate`'s check of a lead's own fields). */
export function unknownKeyIssue(path: readonly (string | number)[], key: string): ValidationIssue {
  return validationIssue("unknown_key", [...path, key], `Unknown field ${JSON.stringify(key)}`, "no such field", key);
}

/** Renders a path the way a reader writes it: `steps[2].at.after`; an empty key as `contacts[""]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (part === "") out += '[""]';
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/** One line per issue: `steps[2].at.after: Expected an ISO-8601 duration, got "5 minutes" (string)`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("\n");
}
