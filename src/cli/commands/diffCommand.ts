import { diffPlans, formatMigrationPreview, formatPlanDiff, previewMigration, type InFlightLead, type MigrationPreview } from "../../analyze/index.js";
import { ArgumentError, CadenceError, checkShape, describeValue, type FieldKind } from "../../errors/index.js";
import { parseInstant, printable } from "../../primitives/index.js";
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
    const record = { ...defaults, ...stored, lead: result.data };
    try {
      checkStoredRecord(record);
    } catch (error) {
      if (error instanceof ArgumentError) throw new CliFailure(`${where}: invalid stored record: ${printable(error.message)}`);
      throw error;
    }
    return record as unknown as InFlightLead;
  }
  return leadFrom(data, undefined, where);
}

/** The fields of an enrolment previewMigration reads, with their kinds. */
const ENROLLMENT_FIELDS = {
  id: "string",
  planId: "string",
  planVersion: "number",
  sequence: "number",
  state: "string",
  enrolledAt: "string",
  historyStart: "number",
  pending: "object",
} as const satisfies Record<string, FieldKind>;

/**
 * A stored record as the engine reads it (readStoredLead): format 2 with a list of enrolments, or
 * format 1, one enrolment's fields beside the lead.
 * @throws {ArgumentError} naming the first part that is not what the engine writes, and what came.
 */
function checkStoredRecord(record: Record<string, unknown>): void {
  if (!("format" in record)) {
    checkFields(record, "", { planId: "string", planVersion: "number", state: "string", pending: "object" });
    checkPending(record["pending"] as object, "pending");
    return;
  }
  if (record["format"] !== 2)
    throw new ArgumentError("format", `Expected \`format\` to be 2, or left out for format 1, got ${describeValue(record["format"])}`);
  const enrollments = record["enrollments"];
  if (!Array.isArray(enrollments))
    throw new ArgumentError("enrollments", `Expected \`enrollments\` to be a list of enrolments, got ${describeValue(enrollments)}`);
  enrollments.forEach((e: unknown, i) => {
    const name = `enrollments[${i}]`;
    checkShape(e, name, `an enrolment { ${Object.keys(ENROLLMENT_FIELDS).join(", ")} }`);
    checkFields(e as Record<string, unknown>, `${name}.`, ENROLLMENT_FIELDS);
    const enrolledAt = (e as { enrolledAt: string }).enrolledAt;
    if (parseInstant(enrolledAt) === undefined)
      throw new ArgumentError(
        `${name}.enrolledAt`,
        `Expected \`${name}.enrolledAt\` to be an ISO-8601 instant with Z or an offset, got ${describeValue(enrolledAt)}`,
      );
    checkPending((e as { pending: object }).pending, `${name}.pending`);
  });
}

function checkFields(value: Record<string, unknown>, prefix: string, fields: Readonly<Record<string, FieldKind>>): void {
  for (const [field, kind] of Object.entries(fields)) {
    const v = value[field];
    const ok = kind === "object" ? typeof v === "object" && v !== null && !Array.isArray(v) : typeof v === kind;
    const what = kind === "object" ? (field === "pending" ? "an object of pending touches" : "an object") : `a ${kind}`;
    if (!ok) throw new ArgumentError(`${prefix}${field}`, `Expected \`${prefix}${field}\` to be ${what}, got ${describeValue(v)}`);
  }
}

/** Each pending touch holds the touch, whose step the preview reads. */
function checkPending(pending: object, name: string): void {
  for (const [id, p] of Object.entries(pending)) {
    checkShape(p, `${name}.${id}`, "a pending touch { touch, since, attempts }");
    checkShape((p as Record<string, unknown>)["touch"], `${name}.${id}.touch`, "a touch { id, stepId, ... }", { stepId: "string" });
  }
}
