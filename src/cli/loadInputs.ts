import { checkResponseModel, type ResponseModel } from "../analyze/index.js";
import { CadenceError, formatPath, type ValidationIssue } from "../errors/index.js";
import { safeParseLead, type Lead } from "../lead/index.js";
import { safeParsePlan, type Plan } from "../plan/index.js";
import { printable } from "../primitives/index.js";
import { CliFailure } from "./cliErrors.js";
import { readDocument, type LoadedDocument } from "./readDocument.js";

/** Positions are looked up for this many issues at most (each lookup scans the file). */
const LOCATED_ISSUES = 50;

/** One line per issue: `plan.yaml:12:15  steps[2].at.after: Expected ...`. */
export function formatLocatedIssues(doc: LoadedDocument, issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue, i) => {
      const at = i < LOCATED_ISSUES ? doc.locate(issue.path) : undefined;
      const where = at === undefined ? doc.file : `${doc.file}:${at.line}:${at.column}`;
      return `  ${where}  ${issueText(issue)}`;
    })
    .join("\n");
}

/** `steps[2].at.after: Expected ...`, path and message as {@link printable} writes them: a key or a value from the file holds no control character here. */
export function issueText(issue: ValidationIssue, prefix = ""): string {
  return printable(`${prefix}${formatPath(issue.path)}: ${issue.message}`);
}

/** Validation outcome of a plan file. */
export type PlanFileResult =
  | { readonly ok: true; readonly doc: LoadedDocument; readonly plan: Plan }
  | { readonly ok: false; readonly doc: LoadedDocument; readonly issues: readonly ValidationIssue[] };

/** Reads and validates a plan file. @throws {CliFailure} when the file cannot be read or parsed. */
export function checkPlanFile(file: string, cwd: string, maxBytes?: number): PlanFileResult {
  const doc = readDocument(file, cwd, maxBytes);
  const result = safeParsePlan(doc.data);
  return result.success ? { ok: true, doc, plan: result.data } : { ok: false, doc, issues: result.issues };
}

/** A valid plan from a file. @throws {CliFailure} listing every issue with its file position. */
export function loadPlan(file: string, cwd: string, maxBytes?: number): Plan {
  const result = checkPlanFile(file, cwd, maxBytes);
  if (!result.ok) throw invalidPlan(file, result.doc, result.issues);
  return result.plan;
}

/** An invalid plan file's failure, every issue at its position; a file that is a valid lead says so (the two given in each other's place). */
export function invalidPlan(file: string, doc: LoadedDocument, issues: readonly ValidationIssue[]): CliFailure {
  const swapped = safeParseLead(doc.data).success ? `\n  (${file} is a valid lead, not a plan)` : "";
  return new CliFailure(`${file}: invalid plan (${plural(issues.length, "issue")})\n${formatLocatedIssues(doc, issues)}${swapped}`);
}

/**
 * A valid plan from a file, for a command that runs it (simulate, explain, lint, forecast, a migration
 * preview). @throws {CliFailure} for an invalid plan, and for one whose conditions name a custom rule:
 * rules are functions, which a command line cannot supply, and running the plan would end in
 * `evaluate`'s advice to pass an option the command has no flag for.
 */
export function loadRunnablePlan(file: string, cwd: string, maxBytes?: number): Plan {
  const result = checkPlanFile(file, cwd, maxBytes);
  if (!result.ok) throw invalidPlan(file, result.doc, result.issues);
  refuseCustomRules(file, result.doc, result.plan);
  return result.plan;
}

/** @throws {CliFailure} naming the first custom rule the plan's conditions use, at its file position. */
export function refuseCustomRules(file: string, doc: LoadedDocument, plan: Plan): void {
  // With no rule registered, the plan's own check reports every rule it names (and nothing else: it is valid).
  const named = safeParsePlan(plan, { rules: [] });
  const issue = named.success ? undefined : named.issues.find((i) => i.code === "unknown_rule");
  if (issue === undefined) return;
  const at = doc.locate(issue.path);
  throw new CliFailure(
    `${at === undefined ? file : `${file}:${at.line}:${at.column}`}: the plan uses the custom rule ${printable(issue.received ?? "")} (${formatPath(issue.path)}), a function a command line cannot supply; run the plan from code: simulate(plan, lead, { rules })`,
  );
}

/**
 * A valid response model from a file (`forecast --model`, `fit --prior`), checked as `name`.
 * @throws {CliFailure} naming the file and what in it is not a model, as {@link printable} writes it.
 */
export function loadResponseModel(file: string, cwd: string, name: string, maxBytes?: number): ResponseModel {
  const data = readDocument(file, cwd, maxBytes).data;
  try {
    return checkResponseModel(data, name);
  } catch (error) {
    if (error instanceof CadenceError) throw new CliFailure(`${file}: ${printable(error.message)}`);
    throw error;
  }
}

/** A valid lead from a file. @throws {CliFailure} listing every issue with its file position. */
export function loadLead(file: string, cwd: string, maxBytes?: number): Lead {
  const doc = readDocument(file, cwd, maxBytes);
  return leadFrom(doc.data, doc, file);
}

/** Validates lead data. @throws {CliFailure} naming `where` and every issue. */
export function leadFrom(data: unknown, doc: LoadedDocument | undefined, where: string): Lead {
  const result = safeParseLead(data);
  if (result.success) return result.data;
  const list = doc === undefined ? result.issues.map((issue) => `  ${where}  ${issueText(issue)}`).join("\n") : formatLocatedIssues(doc, result.issues);
  const swapped = doc !== undefined && safeParsePlan(data).success ? `\n  (${where} is a valid plan, not a lead)` : "";
  throw new CliFailure(`${where}: invalid lead (${plural(result.issues.length, "issue")})\n${list}${swapped}`);
}

/** `1 issue`, `2 issues`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
