import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { CadenceError } from "../../errors/index.js";
import type { Lead } from "../../lead/index.js";
import type { Plan } from "../../plan/index.js";
import { instantMs, printable } from "../../primitives/index.js";
import { renderTimelineHtml } from "../../report/index.js";
import { formatTimeline, simulate, type Responder, type Timeline } from "../../testing/index.js";
import { localLabel } from "../../testing/localLabel.js";
import { CliFailure, cliInstantMessage, UsageError } from "../cliErrors.js";
import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import type { CliIO } from "../io.js";
import { leadFrom, loadLead, loadRunnablePlan, plural } from "../loadInputs.js";
import { progressBar } from "../progressBar.js";
import { DEFAULT_MAX_POPULATION_BYTES } from "../inputLimits.js";
import { readNdjson } from "../readNdjson.js";
import { RESPONDER_HELP, parseResponderSpec } from "../responderSpec.js";

/** `lead-cadence simulate`: runs a plan for a lead, or a population of leads, in virtual time. */
export const simulateCommand: Command = {
  name: "simulate",
  summary: "run a plan for a lead in simulated time and print the timeline",
  help: `Usage: lead-cadence simulate <plan.json|plan.yaml> --lead <lead.json> [options]
       lead-cadence simulate <plan> --population <leads.jsonl> [options]

Runs the plan in virtual time (instantly) against scripted lead behaviour and prints every
touch with the lead's local time, every deferral and skip with its reason, and the exit.

Options:
  --lead FILE           the lead (JSON or YAML)
  --population FILE     many leads, one JSON object per line; prints one line per lead and totals
                        (piped: each line as its lead is done, and a closed pipe ends the run; on a
                        terminal: a progress bar with rate and ETA after a second, the lines at the end);
                        a bad line stops the run with its line number, unless --skip-bad-lines
  --skip-bad-lines      with --population: report each bad line on stderr, skip it, go on, and count them
  --responder SPEC      how the lead behaves (default: never); see below
  --until WHEN          horizon: an ISO-8601 duration from the start (default P30D) or an instant
  --from INSTANT        start (default: the lead's enrolledAt, or its latest history record when later)
  --format table|json   table (default) or JSON (JSON lines with --population)
${INPUT_FILES_HELP}
  --html FILE           also write an HTML report to FILE: the lead's swimlanes and events, or the
                        population's figures (one self-contained file; open it in a browser)
  -h, --help            show this help

${RESPONDER_HELP}

Examples:
  lead-cadence simulate plan.yaml --lead lead.json --responder sequence:no_answer,no_answer,connected
  lead-cadence simulate plan.yaml --lead lead.json --until P14D --format json
  lead-cadence simulate plan.yaml --population leads.ndjson --html report.html`,
  run(args, io) {
    const parsed = parseCommandArgs(
      "simulate",
      args,
      {
        lead: { type: "string" },
        population: { type: "string" },
        responder: { type: "string" },
        until: { type: "string" },
        from: { type: "string" },
        format: { type: "string" },
        html: { type: "string" },
        "skip-bad-lines": { type: "boolean" },
        ...MAX_INPUT_SIZE_OPTION,
      },
      { min: 1, max: 1 },
      ["lead", "population"],
    );
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const leadFile = stringOption(parsed, "lead");
    const population = stringOption(parsed, "population");
    if ((leadFile === undefined) === (population === undefined)) throw new UsageError("give exactly one of --lead FILE or --population FILE", "simulate");
    const format = formatOption("simulate", parsed, ["table", "json"] as const, "table");
    const until = stringOption(parsed, "until") ?? "P30D";
    const from = stringOption(parsed, "from");
    const maxBytes = maxInputSizeOption("simulate", parsed);
    const plan = loadRunnablePlan(parsed.positionals[0] as string, io.cwd, maxBytes);
    const responder = parseResponderSpec(stringOption(parsed, "responder") ?? "never", planChannels(plan));
    const htmlFile = stringOption(parsed, "html");
    const timelines: Timeline[] = [];
    const run = (lead: Lead): Timeline => {
      const timeline = runSimulation(plan, lead, { until, responder, ...(from === undefined ? {} : { from }) });
      if (htmlFile !== undefined) timelines.push(timeline);
      return timeline;
    };

    let status: number;
    if (leadFile !== undefined) {
      const timeline = run(loadLead(leadFile, io.cwd, maxBytes));
      io.stdout(format === "json" ? `${JSON.stringify(timelineJson(timeline), null, 2)}\n` : `${formatTimeline(timeline, { color: io.color })}\n`);
      status = 0;
    } else
      status = simulatePopulation(population as string, io, format, run, {
        maxBytes: maxBytes ?? DEFAULT_MAX_POPULATION_BYTES,
        skipBadLines: parsed.values["skip-bad-lines"] === true,
        everyLead: htmlFile !== undefined,
      });
    if (htmlFile !== undefined) writeReport(htmlFile, timelines, leadFile === undefined ? "population" : "lead", io);
    return status;
  },
};

/** Every channel a touch of `plan` can be on: steps, fallbacks, escalations, the opt-out confirmation. */
function planChannels(plan: Plan): string[] {
  const channels = new Set<string>();
  for (const step of plan.steps) {
    channels.add(step.channel);
    if (step.fallback !== undefined) channels.add(step.fallback);
    const escalate = step.sla?.escalate;
    for (const level of escalate === undefined ? [] : Array.isArray(escalate) ? escalate : [escalate]) channels.add(level.channel);
  }
  if (plan.optOutConfirmation !== undefined) channels.add(plan.optOutConfirmation.channel);
  return [...channels];
}

/** Writes the HTML report of `timelines`, and says where on standard error (standard output stays the timeline). */
function writeReport(file: string, timelines: readonly Timeline[], mode: "lead" | "population", io: CliIO): void {
  if (timelines.length === 0) throw new CliFailure(`${file}: no report written: the population has no leads`);
  const page = renderTimelineHtml(timelines, { mode });
  try {
    writeFileSync(resolve(io.cwd, file), page);
  } catch (error) {
    throw new CliFailure(`${file}: cannot write the report: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stderr(`report written to ${file} (${Math.ceil(page.length / 1024)} KB)\n`);
}

function runSimulation(plan: Plan, lead: Lead, options: { until: string; responder: Responder; from?: string }): Timeline {
  try {
    return simulate(plan, lead, options);
  } catch (error) {
    if (error instanceof CadenceError) {
      if (error.code === "invalid_argument" && /until|from/.test(error.message))
        throw new UsageError(cliInstantMessage(error.message.replace(/`options\.(until|from)`/, "--$1")), "simulate");
      throw new CliFailure(`lead ${printable(lead.id)}: ${error.message}`);
    }
    throw error;
  }
}

/** A timeline as JSON, without the views derivable from its entries. */
function timelineJson(t: Timeline): Record<string, unknown> {
  return {
    planId: t.planId,
    planVersion: t.planVersion,
    leadId: t.leadId,
    zone: t.zone,
    from: t.from,
    until: t.until,
    end: t.end,
    exit: t.exit,
    entries: t.entries,
    evaluations: t.evaluations,
  };
}

/** A population row's status for a lead whose cadence did not exit within the run (in parentheses: not an exit reason). */
const NOT_EXITED: Readonly<Record<Timeline["end"]["reason"], string>> = {
  until: "(still running)",
  idle: "(waiting for the lead)",
  done: "(done)",
};

/**
 * Simulates each lead of `file` and writes its row as it goes (one `io.stdout` per row, then the totals), so a reader
 * sees rows as they come and `| head` ends the run: after a row written to a reader that has gone, no other lead is
 * simulated, unless `everyLead` (the report needs them all). With a terminal on both streams the rows wait for the end:
 * the progress bar redraws its line on that screen.
 */
function simulatePopulation(
  file: string,
  io: CliIO,
  format: "table" | "json",
  run: (lead: Lead) => Timeline,
  { maxBytes, skipBadLines, everyLead }: { maxBytes: number; skipBadLines: boolean; everyLead: boolean },
): number {
  let skipped = 0;
  const skip = (message: string): void => {
    skipped++;
    io.stderr(`${message}\n  (line skipped: --skip-bad-lines)\n`);
  };
  const leads: Lead[] = [];
  try {
    for (const row of readNdjson(file, io.cwd, maxBytes, skipBadLines ? skip : undefined)) {
      try {
        leads.push(leadFrom(row.data, undefined, row.where));
      } catch (error) {
        if (!skipBadLines || !(error instanceof CliFailure)) throw error;
        skip(error.message);
      }
    }
  } catch (error) {
    // A failure of one line (the message starts `file:line`) says how to go on past it.
    if (error instanceof CliFailure && !skipBadLines && error.message.startsWith(`${file}:`) && /^\d/.test(error.message.slice(file.length + 1)))
      throw new CliFailure(`${error.message}\n(the run stopped at this line; --skip-bad-lines skips bad lines and goes on)`, error.exitCode);
    throw error;
  }
  const bar = progressBar(io.stderr, leads.length, io.stderrIsTTY, "simulating", io.now);
  const exits = new Map<string, number>();
  let touches = 0;
  const rows: string[] = [];
  const streaming = !(io.stdoutIsTTY === true && io.stderrIsTTY);
  for (const [i, lead] of leads.entries()) {
    const t = run(lead);
    const exit = t.exit === null ? NOT_EXITED[t.end.reason] : t.exit.reason;
    exits.set(exit, (exits.get(exit) ?? 0) + 1);
    touches += t.touches.length;
    const row =
      format === "json"
        ? JSON.stringify({
            leadId: t.leadId,
            exit: t.exit,
            end: t.end,
            touches: t.touches.length,
            byChannel: Object.fromEntries(Object.entries(t.byChannel).map(([c, l]) => [c, l.length])),
          })
        : `${printable(t.leadId)}\t${printable(exit)}\t${plural(t.touches.length, "touch").replace(/touchs$/, "touches")}\t${t.exit?.local ?? localLabel(t.zone.name, instantMs(t.end.at))}`;
    bar.update(i + 1);
    if (!streaming) {
      rows.push(row);
      continue;
    }
    io.stdout(`${row}\n`);
    if (!everyLead && io.stdoutClosed?.() === true) {
      bar.finish();
      return 0;
    }
  }
  bar.finish();
  if (skipped > 0) io.stderr(`${file}: ${plural(skipped, "bad line")} skipped\n`);
  if (format === "json") {
    if (rows.length > 0) io.stdout(`${rows.join("\n")}\n`);
    return 0;
  }
  const summary = [...exits.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  io.stdout(
    `${rows.join("\n")}${rows.length === 0 ? "" : "\n"}\n${plural(leads.length, "lead")} · ${touches} touches · ${(leads.length === 0 ? 0 : touches / leads.length).toFixed(1)} per lead · exits: ${summary === "" ? "none" : summary}${skipped > 0 ? ` · ${plural(skipped, "bad line")} skipped` : ""}\n`,
  );
  return 0;
}
