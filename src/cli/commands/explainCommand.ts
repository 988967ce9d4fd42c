import { CadenceError } from "../../errors/index.js";
import { INSTANT_RANGE, inInstantRange, parseInstant } from "../../primitives/index.js";
import { evaluate } from "../../schedule/index.js";
import { CliFailure, UsageError } from "../cliErrors.js";
import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import { formatDecision } from "../formatDecision.js";
import { loadLead, loadRunnablePlan } from "../loadInputs.js";

/** `lead-cadence explain`: one decision with its trace. */
export const explainCommand: Command = {
  name: "explain",
  summary: "show the decision for a lead at an instant, with every step's state and reason",
  help: `Usage: lead-cadence explain <plan.json|plan.yaml> --lead <lead.json> --at <instant> [--format text|json]

Evaluates the plan for the lead at the given instant and explains the decision: the touches
due, the steps skipped, each step's state (due, waiting until when and why, skipped, completed)
and the next wake-up, with times on the lead's local clock.

Options:
  --lead FILE          the lead with its history (JSON or YAML)
  --at INSTANT         ISO-8601 instant with Z or an offset, e.g. 2026-03-09T02:30:00-05:00
  --format text|json   text (default) or the decision as JSON
${INPUT_FILES_HELP}
  -h, --help           show this help

Example:
  lead-cadence explain plan.yaml --lead lead.json --at 2026-03-09T02:30:00-05:00`,
  run(args, io) {
    const parsed = parseCommandArgs(
      "explain",
      args,
      { lead: { type: "string" }, at: { type: "string" }, format: { type: "string" }, ...MAX_INPUT_SIZE_OPTION },
      { min: 1, max: 1 },
      ["lead"],
    );
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const leadFile = stringOption(parsed, "lead");
    const at = stringOption(parsed, "at");
    if (leadFile === undefined) throw new UsageError("missing --lead FILE", "explain");
    if (at === undefined) throw new UsageError("missing --at INSTANT", "explain");
    const atMs = parseInstant(at);
    if (atMs === undefined) {
      throw new UsageError(`--at must be an ISO-8601 instant with Z or an offset, got ${JSON.stringify(at)}`, "explain");
    }
    if (!inInstantRange(atMs)) throw new UsageError(`--at must be an instant ${INSTANT_RANGE}, got ${JSON.stringify(at)}`, "explain");
    const format = formatOption("explain", parsed, ["text", "json"] as const, "text");
    const maxBytes = maxInputSizeOption("explain", parsed);
    const plan = loadRunnablePlan(parsed.positionals[0] as string, io.cwd, maxBytes);
    const lead = loadLead(leadFile, io.cwd, maxBytes);
    let decision: ReturnType<typeof evaluate>;
    try {
      decision = evaluate(plan, lead, at);
    } catch (error) {
      if (error instanceof CadenceError) throw new CliFailure(error.message);
      throw error;
    }
    io.stdout(format === "json" ? `${JSON.stringify(decision, null, 2)}\n` : `${formatDecision(decision)}\n`);
    return 0;
  },
};
