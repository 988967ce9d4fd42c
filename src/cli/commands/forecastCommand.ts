import { forecast, formatForecast, type Forecast } from "../../analyze/index.js";
import { ArgumentError, CadenceError } from "../../errors/index.js";
import type { Lead } from "../../lead/index.js";
import { CliFailure, cliInstantMessage, UsageError } from "../cliErrors.js";
import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import { leadFrom, loadResponseModel, loadRunnablePlan } from "../loadInputs.js";
import { progressBar } from "../progressBar.js";
import { readNdjson } from "../readNdjson.js";

/** `lead-cadence forecast`: expected reach of a plan under a response model, by Monte-Carlo simulation. */
export const forecastCommand: Command = {
  name: "forecast",
  summary: "forecast a plan's reach, time to first contact and touches per lead",
  help: `Usage: lead-cadence forecast <plan.json|plan.yaml> [--model model.json] [--leads sample.ndjson] [--runs N] [options]

Simulates the plan many times with leads who answer as the response model says (reach falls
with the minutes since the lead arrived, by attempt, lead-local hour and weekday) and prints the
share of leads reached, by step, the time to first contact and the touches per lead, each with a
95 % Monte-Carlo interval. The shipped model's baseline rates are placeholders: fit your own
with \`lead-cadence fit\`.

Options:
  --model FILE          a response model (JSON, as \`lead-cadence fit\` writes); default: the shipped one
  --leads FILE          a sample of leads, one JSON object per line; default: a synthetic population
  --population N        size of the synthetic population (default 100)
  --zones Z1,Z2         zones of the synthetic population (default: the plan's zone)
  --runs N              Monte-Carlo runs (default 100)
  --seed N              seed (default 1); the same seed gives the same forecast anywhere
  --until DURATION      how long each lead is followed (default P30D)
  --format text|json    text (default) or JSON
${INPUT_FILES_HELP}
  -h, --help            show this help

A progress bar is shown on a terminal (nothing when piped).

Example:
  lead-cadence forecast plan.yaml --leads sample.ndjson --runs 200 --model model.json`,
  run(args, io) {
    const parsed = parseCommandArgs(
      "forecast",
      args,
      {
        model: { type: "string" },
        leads: { type: "string" },
        population: { type: "string" },
        zones: { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        until: { type: "string" },
        format: { type: "string" },
        ...MAX_INPUT_SIZE_OPTION,
      },
      { min: 1, max: 1 },
      ["model", "leads"],
    );
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const format = formatOption("forecast", parsed, ["text", "json"] as const, "text");
    const runs = integer("forecast", parsed.values["runs"], "--runs", 100);
    const seed = integer("forecast", parsed.values["seed"], "--seed", 1);
    const size = integer("forecast", parsed.values["population"], "--population", 100);
    const leadsFile = stringOption(parsed, "leads");
    if (leadsFile !== undefined && (parsed.values["population"] !== undefined || parsed.values["zones"] !== undefined))
      throw new UsageError("--leads replaces the synthetic population: drop --population and --zones", "forecast");
    const maxBytes = maxInputSizeOption("forecast", parsed);
    const plan = loadRunnablePlan(parsed.positionals[0] as string, io.cwd, maxBytes);
    const modelFile = stringOption(parsed, "model");
    const model = modelFile === undefined ? undefined : loadResponseModel(modelFile, io.cwd, "model", maxBytes);
    const leads: Lead[] | undefined =
      leadsFile === undefined ? undefined : readNdjson(leadsFile, io.cwd, maxBytes).map((row) => leadFrom(row.data, undefined, row.where));
    if (leads?.length === 0) throw new CliFailure(`${leadsFile as string}: no leads to forecast (one JSON object per line)`);
    const zones = stringOption(parsed, "zones")
      ?.split(",")
      .map((z) => z.trim());
    const until = stringOption(parsed, "until") ?? "P30D";
    let bar: ReturnType<typeof progressBar> | undefined;
    let result: Forecast;
    try {
      result = forecast(plan, {
        ...(leads === undefined ? { population: { size, ...(zones === undefined ? {} : { zones }) } } : { leads }),
        ...(model === undefined ? {} : { model }),
        runs,
        seed,
        until,
        onProgress(done, total) {
          bar ??= progressBar(io.stderr, total, io.stderrIsTTY, "forecasting", io.now);
          bar.update(done);
        },
      });
    } catch (error) {
      if (error instanceof ArgumentError) {
        const flag = OPTION_FLAGS.find(([option]) => error.argument.startsWith(option))?.[1];
        if (flag !== undefined) {
          const message = cliInstantMessage(error.message.replace(/`options\.[\w.[\]]+`/, flag));
          throw new UsageError(message.includes(flag) ? message : `${flag}: ${message}`, "forecast");
        }
      }
      if (error instanceof CadenceError) throw new CliFailure(`${parsed.positionals[0] as string}: ${error.message}`);
      throw error;
    } finally {
      bar?.finish();
    }
    io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : `${formatForecast(result)}\n`);
    return 0;
  },
};

/** The `forecast` options a flag sets: an out-of-range value is a wrong argument (exit 2) named by its flag. */
const OPTION_FLAGS: readonly (readonly [string, string])[] = [
  ["options.runs", "--runs"],
  ["options.seed", "--seed"],
  ["options.until", "--until"],
  ["options.population.size", "--population"],
  ["options.population.zones", "--zones"],
];

/** An integer option of `command`. @throws {UsageError} for anything else. */
function integer(command: string, value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !/^-?\d+$/.test(value) || !Number.isSafeInteger(n))
    throw new UsageError(`${name} must be an integer, got ${JSON.stringify(value)}`, command);
  return n;
}
