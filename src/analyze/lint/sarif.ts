import type { LintFinding } from "./finding.js";
import { checkShape } from "../../errors/index.js";
import { checkLintReport, type LintTarget } from "./formatLint.js";
import type { LintReport } from "./lintPlan.js";
import { LINT_RULES } from "./rules/index.js";

/** The package page; each rule's documentation is the section of docs/lint.md named after its id. */
const HOME = "https://www.npmjs.com/package/lead-cadence";

/** Options for {@link lintSarif}. */
export interface LintSarifOptions extends LintTarget {
  /** The tool version shown by viewers. */
  readonly version?: string;
}

/**
 * The report as a SARIF 2.1.0 log (one run, every rule described, each finding located in the plan
 * file), for code-review tools (GitHub code scanning, GitLab, Azure DevOps) to show on the plan.
 * Suppressed findings carry an in-source suppression with its reason; the report's notes are the
 * run's tool execution notifications (level `note`).
 */
export function lintSarif(report: LintReport, options: LintSarifOptions): Record<string, unknown> {
  checkLintReport(report);
  checkShape(options, "options", "an object with the plan file (`{ file }`)", { file: "string" });
  const index = new Map(LINT_RULES.map((r, i) => [r.id, i]));
  // A report written before notes existed has none.
  const notes: readonly unknown[] = Array.isArray(report.notes) ? report.notes : [];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lead-cadence lint",
            informationUri: HOME,
            ...(options.version === undefined ? {} : { version: options.version }),
            rules: LINT_RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: `${r.rationale} Source: ${r.source}` },
              help: { text: `See docs/lint.md#${r.id} in the lead-cadence package: what the rule finds, why, its source, and how to silence it.` },
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        // The report's notes (a simulation budget that left grid leads out) are what the run says about itself.
        invocations: [
          notes.length === 0
            ? { executionSuccessful: true }
            : { executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: "note", message: { text: String(text) } })) },
        ],
        artifacts: [{ location: { uri: uri(options.file) } }],
        results: report.findings.map((f) => result(f, index.get(f.rule) ?? -1, options)),
      },
    ],
  };
}

function result(f: LintFinding, ruleIndex: number, target: LintTarget): Record<string, unknown> {
  const at = target.locate?.(f.path);
  return {
    ruleId: f.rule,
    ruleIndex,
    level: level(f.severity),
    message: { text: `${f.message} (${f.evidence.summary})` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(target.file), index: 0 },
          ...(at === undefined ? {} : { region: { startLine: at.line, startColumn: at.column } }),
        },
        logicalLocations: [
          { name: f.stepId ?? "plan", fullyQualifiedName: f.path.length === 0 ? "plan" : f.path.join("."), kind: f.stepId === undefined ? "object" : "member" },
        ],
      },
    ],
    ...(f.suppressed === undefined ? {} : { suppressions: [{ kind: "inSource", justification: f.suppressed.reason }] }),
    properties: { evidence: f.evidence, ...(f.stepId === undefined ? {} : { stepId: f.stepId }) },
  };
}

function level(severity: "warn" | "error"): "warning" | "error" {
  return severity === "error" ? "error" : "warning";
}

/** A relative URI reference for the file (forward slashes, percent-encoded). */
function uri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
