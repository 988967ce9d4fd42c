import { fitResponseModel, type FitResult, type TouchOutcome } from "../../analyze/index.js";
import { CadenceError } from "../../errors/index.js";
import { printable } from "../../primitives/index.js";
import { CliFailure, UsageError } from "../cliErrors.js";
import { INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import { loadResponseModel } from "../loadInputs.js";
import { readNdjson } from "../readNdjson.js";

/** `lead-cadence fit`: a response model fitted to a CRM's own touch outcomes, for `forecast --model`. */
export const fitCommand: Command = {
  name: "fit",
  summary: "fit a response model to your touch outcomes (for forecast --model)",
  help: `Usage: lead-cadence fit <outcomes.ndjson> [--prior model.json] [--shrinkage X] > model.json

Reads one touch per line — { "channel": "call", "minutesSinceArrival": 12.5, "attempt": 2,
"localHour": 16, "weekday": 2, "reached": true } (weekday optional, 0 = Monday) — and fits the
response model by penalised logistic regression, shrunk toward the prior where data is thin.
Prints the model as JSON on stdout and the held-out check (every fifth row kept out) on stderr.

Options:
  --prior FILE       the model to shrink toward (default: the shipped one)
  --shrinkage X      strength of the pull toward the prior (default 1)
${INPUT_FILES_HELP}
  -h, --help         show this help

Example:
  lead-cadence fit outcomes.ndjson > model.json && lead-cadence forecast plan.yaml --model model.json`,
  run(args, io) {
    const parsed = parseCommandArgs("fit", args, { prior: { type: "string" }, shrinkage: { type: "string" }, ...MAX_INPUT_SIZE_OPTION }, { min: 1, max: 1 }, [
      "prior",
    ]);
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const shrinkageText = stringOption(parsed, "shrinkage");
    const shrinkage = shrinkageText === undefined ? undefined : Number(shrinkageText);
    if (shrinkage !== undefined && !(shrinkage > 0 && Number.isFinite(shrinkage)))
      throw new UsageError(`--shrinkage must be a positive number, got ${JSON.stringify(shrinkageText)}`, "fit");
    const file = parsed.positionals[0] as string;
    const maxBytes = maxInputSizeOption("fit", parsed);
    const rows = readNdjson(file, io.cwd, maxBytes);
    const priorFile = stringOption(parsed, "prior");
    const prior = priorFile === undefined ? undefined : loadResponseModel(priorFile, io.cwd, "prior", maxBytes);
    let result: FitResult;
    try {
      result = fitResponseModel(
        rows.map((r) => r.data as TouchOutcome),
        { ...(prior === undefined ? {} : { prior }), ...(shrinkage === undefined ? {} : { shrinkage }) },
      );
    } catch (error) {
      if (error instanceof CadenceError) {
        const row = /^outcomes\[(\d+)\]/.exec(error.message.replace(/^Expected `/, ""));
        const where = row === null ? file : (rows[Number(row[1])]?.where ?? file);
        throw new CliFailure(`${where}: ${printable(error.message)}`);
      }
      throw error;
    }
    if (result.report.rows === 0) throw new CliFailure(`${file}: no touch outcomes to fit`);
    io.stdout(`${JSON.stringify(result.model, null, 2)}\n`);
    const lines = Object.entries(result.report.channels).map(([channel, r]) => {
      const c = result.model.channels[channel];
      const better = r.heldOut.logLoss < r.heldOut.priorLogLoss ? "better than the prior" : "NOT better than the prior";
      return `  ${printable(channel)}: ${r.rows} touches, ${r.reached} reached; baseline ${c?.baseline}, half-life ${c?.halfLifeMinutes} min, floor ${c?.floor}; held out ${r.heldOut.rows}: log loss ${r.heldOut.logLoss.toFixed(4)} vs prior ${r.heldOut.priorLogLoss.toFixed(4)} (${better}), predicted ${(r.heldOut.predictedRate * 100).toFixed(1)} % vs observed ${(r.heldOut.observedRate * 100).toFixed(1)} %`;
    });
    io.stderr(`fitted ${result.report.rows} touch outcomes\n${lines.join("\n")}\n`);
    return 0;
  },
};
