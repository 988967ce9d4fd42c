import { formatLintReport, lintFindingJson, lintPlan, lintSarif, type LintOptions, type LintReport } from "../../analyze/index.js";
import { ArgumentError, CadenceError, describeValue } from "../../errors/index.js";
import { CliFailure } from "../cliErrors.js";
import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import { checkPlanFile, invalidPlan, refuseCustomRules } from "../loadInputs.js";
import { readDocument } from "../readDocument.js";

/** `lead-cadence lint`: simulates a plan over a grid of leads and reports the usual cadence mistakes. */
export const lintCommand: Command = {
  name: "lint",
  summary: "check a plan for cadence mistakes by simulating it; exit 1 on error-level findings",
  help: `Usage: lead-cadence lint <plan.json|plan.yaml> [--format text|json|sarif] [--config lint.yaml]

Simulates the plan over a grid of enrolment times, zones and lead responses and reports
missing exits, touches at night or too close together, slow first touches, steps that never
run, caps and windows that reshape the plan, missing SLAs, templates and presets.
Every rule is described in docs/lint.md.

Options:
  --format text|json|sarif   text (default), one JSON report, or SARIF 2.1.0 for code review
  --config FILE              lint settings (JSON or YAML): rules (id: off|warn|error), suppress
                             ([{ rule, step?, reason }]), thresholds, inbound, b2b, countries, grid;
                             the plan's own "lint" section wins over it
${INPUT_FILES_HELP}
  -h, --help                 show this help

Exit status: 0 when no error-level finding remains, 1 when one does (or the plan is invalid),
2 on wrong arguments.

Examples:
  lead-cadence lint plan.yaml
  lead-cadence lint plan.yaml --format sarif > lint.sarif`,
  run(args, io) {
    const parsed = parseCommandArgs("lint", args, { format: { type: "string" }, config: { type: "string" }, ...MAX_INPUT_SIZE_OPTION }, { min: 1, max: 1 }, [
      "config",
    ]);
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const format = formatOption("lint", parsed, ["text", "json", "sarif"] as const, "text");
    const file = parsed.positionals[0] as string;
    const maxBytes = maxInputSizeOption("lint", parsed);
    const configFile = stringOption(parsed, "config");
    const options = configFile === undefined ? {} : loadConfig(configFile, io.cwd, maxBytes);
    const checked = checkPlanFile(file, io.cwd, maxBytes);
    if (!checked.ok) throw invalidPlan(file, checked.doc, checked.issues);
    const { plan, doc } = checked;
    refuseCustomRules(file, doc, plan);
    let report: LintReport;
    try {
      report = lintPlan(plan, options);
    } catch (error) {
      // The plan's own settings are `plan.lint.*`; anything else lintPlan refuses came from the config file.
      if (configFile !== undefined && error instanceof ArgumentError && !error.argument.startsWith("plan."))
        throw new CliFailure(`${configFile}: ${error.message.replace(/`options\./g, "`")}`);
      if (error instanceof CadenceError) throw new CliFailure(`${file}: ${error.message}`);
      throw error;
    }
    const target = { file, locate: doc.locate };
    if (format === "sarif") io.stdout(`${JSON.stringify(lintSarif(report, target), null, 2)}\n`);
    else if (format === "json")
      io.stdout(`${JSON.stringify({ file, ...report, findings: report.findings.map((f) => lintFindingJson(f, target)) }, null, 2)}\n`);
    else io.stdout(`${formatLintReport(report, target)}\n`);
    return report.errors > 0 ? 1 : 0;
  },
};

function loadConfig(file: string, cwd: string, maxBytes: number | undefined): LintOptions {
  const data = readDocument(file, cwd, maxBytes).data;
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new CliFailure(`${file}: expected lint settings as an object ({ rules, suppress, thresholds, ... }), got ${describeValue(data)}`);
  const known = new Set(["rules", "suppress", "thresholds", "inbound", "b2b", "countries", "grid"]);
  const unknown = Object.keys(data).filter((k) => !known.has(k));
  if (unknown.length > 0)
    throw new CliFailure(`${file}: unknown lint setting ${unknown.map((k) => JSON.stringify(k)).join(", ")}; expected ${[...known].join(", ")}`);
  return data as LintOptions;
}
