import { diffPlans, formatMigrationPreview, formatPlanDiff, previewMigration, type InFlightLead, type MigrationPreview } from "../../analyze/index.js";
import { CadenceError } from "../../errors/index.js";
import { safeParseLead } from "../../lead/index.js";
import { CliFailure, cliInstantMessage, UsageError } from "../cliErrors.js";
import { formatOption, INPUT_FILES_HELP, MAX_INPUT_SIZE_OPTION, maxInputSizeOption, parseCommandArgs, stringOption, type Command } from "../command.js";
import { issueText, leadFrom, loadPlan, loadRunnablePlan } from "../loadInputs.js";
import { readNdjson } from "../readNdjson.js";

/** `lead-cadence diff`: what changed between two plan versions, and what the change does to leads in flight. */
export const diffCommand: Command = {
  name: "diff",
  summary: "compare two plan versions; with --leads, preview the migration of leads in flight",
  help: `Usage: lead-cadence diff <v1.json|yaml> <v2.json|yaml> [--leads in-flight.ndjson --at INSTANT] [options]

Lists the steps added, removed and changed (timing, channel, condition, template, attempts, SLA)
and the plan-level changes (windows, caps, presets, exits). With --leads, previews what
\`engine.migrate\` would do to each lead in flight at --at: where it stands now and after, the
touches skipped, and the touches that become due at once, with totals.

Options:
  --leads FILE          leads in flight, one JSON object per line: stored records (as a store
                        keeps them: { format, lead, enrollments, dueAt }, or the earlier
                        { lead, planId, planVersion, state, ... }) or plain leads (taken as
                        enrolled on the first version)
  --at INSTANT          the migration instant, with Z or an offset (required with --leads)
  --mode MODE           by-step-id (default) or pin
  --format text|json    text (default) or JSON ({ diff, preview })
${INPUT_FILES_HELP}
  -h, --help            show this help

Exit status: 0 (whether or not the plans differ), 1 on invalid input, 2 on wrong arguments.

Examples:
  lead-cadence diff plan-v1.json plan-v2.json
  lead-cadence diff plan-v1.json plan-v2.json --leads in-flight.ndjson --at 2026-03-10T09:00:00Z`,
  run(args, io) {
    const parsed = parseCommandArgs(
      "diff",
      args,
      { leads: { type: "string" }, at: { type: "string" }, mode: { type: "string" }, format: { type: "string" }, ...MAX_INPUT_SIZE_OPTION },
      { min: 2, max: 2 },
      ["leads"],
    );
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    const format = formatOption("diff", parsed, ["text", "json"] as const, "text");
    const leadsFile = stringOption(parsed, "leads");
    const at = stringOption(parsed, "at");
    const mode = stringOption(parsed, "mode") ?? "by-step-id";
    if (mode !== "by-step-id" && mode !== "pin") throw new UsageError(`--mode must be by-step-id or pin, got ${JSON.stringify(mode)}`, "diff");
    if (leadsFile !== undefined && at === undefined) throw new UsageError("--leads needs --at INSTANT (the migration instant)", "diff");
    if (leadsFile === undefined && at !== undefined) throw new UsageError("--at is only used with --leads FILE", "diff");
    const maxBytes = maxInputSizeOption("diff", parsed);
    const [fileA, fileB] = parsed.positionals as [string, string];
    // A migration preview runs both plans; a diff alone only reads them.
    const load = leadsFile === undefined ? loadPlan : loadRunnablePlan;
    const a = load(fileA, io.cwd, maxBytes);
    const b = load(fileB, io.cwd, maxBytes);
    const diff = diffPlans(a, b);
    let preview: MigrationPreview | undefined;
    if (leadsFile !== undefined) {
      const leads = readNdjson(leadsFile, io.cwd, maxBytes).map((row) => inFlight(row.data, row.where));
      try {
        preview = previewMigration(a, b, leads, at as string, mode);
      } catch (error) {
        if (error instanceof CadenceError) {
          if (error.code === "invalid_argument" && /`at`/.test(error.message))
            throw new UsageError(cliInstantMessage(error.message.replace("`at`", "--at")), "diff");
          throw new CliFailure(`${fileA} → ${fileB}: ${error.message}`);
        }
        throw error;
      }
    }
    if (format === "json") io.stdout(`${JSON.stringify(preview === undefined ? { diff } : { diff, preview }, null, 2)}\n`);
    else io.stdout(`${formatPlanDiff(diff)}\n${preview === undefined ? "" : `\n${formatMigrationPreview(preview)}\n`}`);
    return 0;
  },
};

/** A stored enrolment or a plain lead from one line, validated with the line named in errors. */
function inFlight(data: unknown, where: string): InFlightLead {
  if (data !== null && typeof data === "object" && "lead" in data && ("planId" in data || "format" in data)) {
    const stored = data as Record<string, unknown>;
    const result = safeParseLead(stored["lead"]);
    if (!result.success) throw new CliFailure(`${where}: invalid lead (${result.issues.map((i) => issueText(i, "lead.")).join("; ")})`);
    // A format-1 line (one enrolment) may leave out its bookkeeping; a format-2 line is taken as written.
    const defaults = "format" in data ? {} : { state: "active", dueAt: null, pending: {} };
    return { ...defaults, ...stored, lead: result.data } as unknown as InFlightLead;
  }
  return leadFrom(data, undefined, where);
}
