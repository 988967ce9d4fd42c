import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, type Command } from "../command.js";
import { checkPlanFile, invalidPlan, plural } from "../loadInputs.js";
import { formatPath } from "../../errors/index.js";
import { CliFailure } from "../cliErrors.js";

/** `lead-cadence validate`: checks plan files. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check plan files (JSON or YAML); exit 1 when any is invalid",
  help: `Usage: lead-cadence validate <plan.json|plan.yaml>... [--format text|json]

Validates each plan against the plan schema and its semantic rules, and lists every
issue with its path and, where possible, the file, line and column.

Options:
  --format text|json   text (default) or one JSON object per file
${INPUT_FILES_HELP}
  -h, --help           show this help

Exit status: 0 when every plan is valid, 1 when any is invalid or unreadable, 2 on wrong arguments
or when a file is refused before parsing (over the size limit, not UTF-8, nested too deeply).

Example:
  lead-cadence validate examples/plans/dealer-speed-to-lead.json`,
  run(args, io) {
    const parsed = parseCommandArgs("validate", args, { format: { type: "string" }, ...MAX_INPUT_SIZE_OPTION }, { min: 1, max: Infinity });
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const format = formatOption("validate", parsed, ["text", "json"] as const, "text");
    const maxBytes = maxInputSizeOption("validate", parsed);
    let exitCode: 0 | 1 | 2 = 0;
    for (const file of parsed.positionals) {
      let result: ReturnType<typeof checkPlanFile>;
      try {
        result = checkPlanFile(file, io.cwd, maxBytes);
      } catch (error) {
        if (!(error instanceof CliFailure)) throw error;
        exitCode = Math.max(exitCode, error.exitCode) as 1 | 2;
        if (format === "json") io.stdout(`${JSON.stringify({ file, valid: false, error: error.message })}\n`);
        else io.stderr(`${error.message}\n`);
        continue;
      }
      if (result.ok) {
        const { plan } = result;
        if (format === "json") io.stdout(`${JSON.stringify({ file, valid: true, id: plan.id, version: plan.version, steps: plan.steps.length })}\n`);
        else io.stdout(`${file}: valid plan ${plan.id} v${plan.version} (${plural(plan.steps.length, "step")})\n`);
        continue;
      }
      exitCode = Math.max(exitCode, 1) as 1 | 2;
      if (format === "json") {
        const issues = result.issues.map((issue) => {
          const at = result.doc.locate(issue.path);
          return { ...issue, where: formatPath(issue.path), ...(at === undefined ? {} : { line: at.line, column: at.column }) };
        });
        io.stdout(`${JSON.stringify({ file, valid: false, issues })}\n`);
      } else {
        io.stdout(`${invalidPlan(file, result.doc, result.issues).message}\n`);
      }
    }
    return exitCode;
  },
};
