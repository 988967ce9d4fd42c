import type { LintFinding } from "./finding.js";
import type { LintReport } from "./lintPlan.js";
import { checkShape } from "../../errors/index.js";
import { printable } from "../../primitives/index.js";

/** A position in the plan file, 1-based. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
}

/** Where findings point: the plan file's name and a way to find a plan path in it. */
export interface LintTarget {
  /** The plan file as given (relative paths stay relative, as code-review tools expect). */
  readonly file: string;
  locate?(path: readonly (string | number)[]): FilePosition | undefined;
}

/** Findings as text, one block per finding: `plan.yaml:12:7  warn  call-spacing  message`, then the evidence. */
export function formatLintReport(report: LintReport, given?: LintTarget): string {
  checkLintReport(report);
  const target = given ?? { file: `${report.planId}@${report.planVersion}` };
  checkShape(target, "target", "the plan file (`{ file }`)", { file: "string" });
  const lines: string[] = [];
  for (const f of report.findings) {
    const at = target.locate?.(f.path);
    const where = at === undefined ? target.file : `${target.file}:${at.line}:${at.column}`;
    const tag = f.suppressed === undefined ? f.severity.padEnd(5) : "off  ";
    lines.push(`${where}  ${tag}  ${f.rule}${f.stepId === undefined ? "" : ` [${f.stepId}]`}  ${f.message}`);
    if (f.suppressed !== undefined) lines.push(`    suppressed: ${f.suppressed.reason}`);
    lines.push(`    evidence: ${f.evidence.summary}`);
    const ex = f.evidence.example;
    if (ex !== undefined && f.suppressed === undefined) {
      lines.push(`    e.g. a lead in ${ex.zone} enrolled ${ex.enrolledAt}:`);
      for (const l of ex.lines.slice(0, 6)) lines.push(`      ${l}`);
    }
  }
  for (const note of report.notes ?? []) lines.push(`note: ${note}`);
  const summary = `${report.planId} v${report.planVersion}: ${report.errors} error${report.errors === 1 ? "" : "s"}, ${report.warnings} warning${report.warnings === 1 ? "" : "s"}${report.suppressed === 0 ? "" : `, ${report.suppressed} suppressed`}`;
  // Suppression reasons and messages quote text from the plan: printed with its control characters escaped.
  return lines.length === 0 ? `${summary} — no findings` : `${lines.map(printable).join("\n")}\n\n${summary}`;
}

/**
 * The check on a lint report handed back to the functions that write one out (its findings are read one by one).
 * @throws {ArgumentError} for anything but a report from `lintPlan` (or a JSON copy of one).
 */
export function checkLintReport(report: unknown): asserts report is LintReport {
  checkShape(report, "report", "a lint report from lintPlan", { planId: "string", findings: "array" });
}

/** A finding's id-free JSON form. */
export function lintFindingJson(f: LintFinding, target?: LintTarget): Record<string, unknown> {
  const at = target?.locate?.(f.path);
  return { ...f, ...(at === undefined ? {} : { line: at.line, column: at.column }) };
}
