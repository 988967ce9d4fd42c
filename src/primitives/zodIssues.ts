import type { z } from "zod/mini";
import { describeValue, unknownKeyIssue, validationIssue, type ValidationIssue, type ValidationIssueCode } from "../errors/index.js";

type ZodIssue = z.core.$ZodIssue;

/**
 * Converts zod issues into lead-cadence issues; a failed union reports its closest branch. Every
 * message is worded here or by the schema's own `error`: the schemas are zod/mini's, which installs
 * no locale, so zod's own wording of an issue would be "Invalid input".
 */
export function fromZodIssues(issues: readonly ZodIssue[], basePath: readonly (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) convert(issue, basePath, out);
  return out;
}

function convert(issue: ZodIssue, basePath: readonly (string | number)[], out: ValidationIssue[]): void {
  const path = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const received = "input" in issue ? describeValue(issue.input) : undefined;
  const got = received ?? "something else";
  switch (issue.code) {
    case "invalid_union": {
      // Objects told apart by one field holding a literal (an exit's `on`): the branches whose field matched are
      // the ones meant; when none did, the field's value is none of theirs, said as an enum's would be.
      const tags = issue.errors.map((branch) => branch.find((inner) => inner.code === "invalid_value" && inner.path.length === 1 && inner.values.length === 1));
      const key = tags[0]?.path[0];
      if (typeof key === "string" && tags.every((tag) => tag?.path[0] === key)) {
        out.push(
          notOneOfIssue(
            [...path, key],
            tags.flatMap((tag) => (tag?.code === "invalid_value" ? tag.values : [])),
            describeValue(tags[0]?.input),
          ),
        );
        return;
      }
      const meant = issue.errors.filter((_, i) => tags[i] === undefined);
      if (issue.errors.length > 0) {
        for (const inner of closestBranch(meant.length > 0 ? meant : issue.errors)) convert(inner, path, out);
        return;
      }
      if (issue.discriminator !== undefined) {
        // A discriminated union (a history record's `type`): the whole object is its input; its options are the field's values.
        const input: unknown = issue.input;
        const value = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : input;
        out.push(notOneOfIssue(path, "options" in issue ? (issue.options ?? []) : [], describeValue(value)));
        return;
      }
      out.push(validationIssue("invalid_union", path, issue.message, undefined, received));
      return;
    }
    case "invalid_type": {
      const expected = issue.expected;
      const field = path.at(-1);
      // An absent field reads as what it is, not as "Expected string, got undefined".
      const message =
        issue.input === undefined && typeof field === "string" ? `Missing required field \`${field}\` (${expected})` : `Expected ${expected}, got ${got}`;
      out.push(validationIssue("invalid_type", path, message, expected, received));
      return;
    }
    case "unrecognized_keys": {
      for (const key of issue.keys) out.push(unknownKeyIssue(path, key));
      return;
    }
    case "invalid_value": {
      out.push(notOneOfIssue(path, issue.values, received));
      return;
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const unit = issue.origin === "array" ? " item(s)" : issue.origin === "string" ? " character(s)" : "";
      out.push(validationIssue(issue.code, path, `Expected ${bound}${unit}, got ${got}`, `${bound}${unit}`, received));
      return;
    }
    case "invalid_key": {
      // The key's own schema may say what a key should be (ChannelName's `error`); zod's words for a failed key say nothing.
      const said = issue.issues.find((inner) => inner.message !== undefined && inner.message !== "Invalid input")?.message;
      out.push(validationIssue("invalid_key", path, `${said ?? "Invalid key in record"}, got ${got}`, expectedOf(said ?? ""), received));
      return;
    }
    default: {
      // An ISO instant is the one datetime format plans and leads use: one code wherever it is read.
      const code =
        issue.code === "invalid_format"
          ? issue.format === "datetime"
            ? "invalid_instant"
            : "invalid_format"
          : issue.code === "custom"
            ? customCode(issue)
            : issue.code;
      const message = issue.message.includes(", got ") || received === undefined ? issue.message : `${issue.message}, got ${received}`;
      out.push(validationIssue(code, path, message, expectedOf(message), received));
    }
  }
}

/**
 * The issue of a value that is none of `values` (an enum's, a literal's), as parseLead words it; `received` is
 * {@link describeValue}'s. Also made by `evaluate`'s checks of a lead it did not parse, so both say the same.
 */
export function notOneOfIssue(path: readonly (string | number)[], values: readonly unknown[], received: string | undefined): ValidationIssue {
  const expected = values.map((v) => JSON.stringify(v)).join(" | ");
  return validationIssue("invalid_value", path, `Expected one of ${expected}, got ${received ?? "something else"}`, expected, received);
}

/**
 * The issue of a string not of a pattern's form (`error`, the pattern's own: `CHANNEL_NAME_ERROR`; `received`,
 * {@link describeValue}'s), worded as {@link fromZodIssues} words zod's; of a map's key (`key`), `invalid_key`. Either
 * way `expected` is what `error` says was expected. For `evaluate`'s checks of a lead it did not parse, which say what parseLead says.
 */
export function formatIssue(path: readonly (string | number)[], error: string, received: string, key?: boolean): ValidationIssue {
  return validationIssue(key ? "invalid_key" : "invalid_format", path, `${error}, got ${received}`, expectedOf(error), received);
}

/**
 * What a message says was expected: every schema's `error` and refinement message (a format's, a duration's, an
 * instant's range, a refused key's) is worded "Expected …[, e.g. …][, got …]", so an issue's `expected` is that text,
 * not a second copy of it a schema could let drift ("an ISO-8601 duration like PT5M or P1D"; "a channel name in lower
 * case (…)"); `undefined` for a message worded otherwise.
 */
function expectedOf(message: string): string | undefined {
  return /^Expected (.+?)(?:, e\.g\.|, got |$)/.exec(message)?.[1];
}

/**
 * A refinement names its issue code in `params.code`, written `code satisfies ValidationIssueCode` so that the compiler
 * holds it to `ISSUE_CODES` (errors/codes.ts; the list itself stays off the `evaluate` path); without one, `invalid_value`.
 */
function customCode(issue: ZodIssue): ValidationIssueCode {
  const code: unknown = issue.code === "custom" ? issue.params?.["code"] : undefined;
  return typeof code === "string" ? (code as ValidationIssueCode) : "invalid_value";
}

/** The branch a writer most likely meant: fewest issues, deepest paths first. */
function closestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best = branches[0] ?? [];
  let bestScore = score(best);
  for (const branch of branches.slice(1)) {
    const s = score(branch);
    if (s < bestScore) {
      best = branch;
      bestScore = s;
    }
  }
  return best;
}

function score(branch: readonly ZodIssue[]): number {
  let unknownKeys = 0;
  let depth = 0;
  for (const issue of branch) {
    if (issue.code === "unrecognized_keys") unknownKeys += issue.keys.length;
    depth += issue.path.length;
  }
  return branch.length * 10 + unknownKeys * 20 - depth;
}
