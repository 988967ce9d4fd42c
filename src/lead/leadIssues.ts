import type { z } from "zod/mini";
import type { ValidationIssue } from "../errors/index.js";
import { EPOCH_MS_ERROR, HISTORY_INSTANT, INSTANT_ERROR, ISO_INSTANT, fromZodIssues, instantIssue } from "../primitives/index.js";

type ZodIssue = z.core.$ZodIssue;

/**
 * zod's issues of lead data as lead-cadence issues ({@link fromZodIssues}): an absent field of a list of values said
 * as an absent field ({@link missingValue}), and a value of the wrong type for an instant
 * (a `Date`, a number, `null`) said as `evaluate` says it ({@link instantIssue}): `invalid_instant`, "Expected an
 * ISO-8601 instant with Z or an offset, got a Date: pass date.toISOString()", `expected` what the field accepts (a
 * history record's `at` also takes epoch milliseconds), not zod's "Expected string". Off the `evaluate` bundle: its
 * own checks of a lead make the issue themselves.
 */
export function leadIssues(issues: readonly ZodIssue[], basePath: readonly (string | number)[] = []): ValidationIssue[] {
  return fromZodIssues(issues.map(instantTypeIssue), basePath).map(missingValue);
}

/**
 * A field of a list of values (an outcome, a consent status) that is absent, said as an absent field of any other
 * type is: "Missing required field `outcome` (one of "connected" | …)", not "Expected one of …, got undefined".
 */
function missingValue(issue: ValidationIssue): ValidationIssue {
  const field = issue.path.at(-1);
  if (issue.code !== "invalid_value" || issue.received !== "undefined" || typeof field !== "string") return issue;
  return { ...issue, message: `Missing required field \`${field}\` (one of ${issue.expected})` };
}

/**
 * An instant schema's wrong-type issue as a refinement's, which {@link fromZodIssues} reads as it is written. The
 * schema is known by its words: an invalid_type issue carries the schema's own `error` ({@link INSTANT_ERROR}); a
 * {@link HistoryInstant}'s is a union both of whose branches (the ISO-8601 one and {@link EPOCH_MS_ERROR}'s) refused
 * the type. A union's other branches are searched too: the history records' union holds every `at`.
 */
function instantTypeIssue(issue: ZodIssue): ZodIssue {
  if (issue.code === "invalid_type" && issue.message === INSTANT_ERROR) return asInstantIssue(issue, ISO_INSTANT);
  if (issue.code !== "invalid_union") return issue;
  const lone = issue.errors.map((branch) => (branch.length === 1 && branch[0]?.code === "invalid_type" ? branch[0].message : undefined));
  if (lone.length === 2 && lone.includes(INSTANT_ERROR) && lone.includes(EPOCH_MS_ERROR)) return asInstantIssue(issue, HISTORY_INSTANT);
  return { ...issue, errors: issue.errors.map((branch) => branch.map(instantTypeIssue)) } as ZodIssue;
}

function asInstantIssue(issue: ZodIssue, expected: string): ZodIssue {
  const { code, message } = instantIssue([], expected, issue.input);
  // Its `expected` is read back from the message, as every refinement's is.
  return { code: "custom", path: issue.path, input: issue.input, message, params: { code } };
}
