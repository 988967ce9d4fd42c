/**
 * One problem found while validating input. `path` points at the offending value
 * (`["steps", 2, "at", "after"]`), `expected`/`received` say what should have been there.
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/** Renders a path the way a reader writes it: `steps[2].at.after`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/** One line per issue: `steps[2].at.after: Expected an ISO-8601 duration, got "5 minutes" (string)`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

/** Describes a received value for an error message: `"Mars/Base" (string)`, `42 (number)`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `${JSON.stringify(shown)} (string)`;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
  if (typeof value === "function") return "a function";
  if (typeof value === "object") return "an object";
  return `${String(value)} (${typeof value})`;
}
