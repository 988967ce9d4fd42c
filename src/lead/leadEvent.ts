import { ArgumentError, describeValue, formatIssues } from "../errors/index.js";
import { instantArgument, isoInstant, nestingIssue, type InstantInput } from "../primitives/index.js";
import { HistoryEntry, type EventRecord, type InboundRecord, type MeetingRecord, type OutcomeRecord, type StatusRecord } from "./history.js";
import { leadIssues } from "./leadIssues.js";

/** Something the lead or the host did: every history record but the touches and skips a cadence writes itself. */
export type LeadEvent = OutcomeRecord | InboundRecord | StatusRecord | MeetingRecord | EventRecord;

type WithOptionalAt<T extends { at: string | number }> = Omit<T, "at"> & { readonly at?: InstantInput };

/** A lead event as a host gives it: `at` may be any instant input, and defaults to now. */
export type LeadEventInput =
  | WithOptionalAt<OutcomeRecord>
  | WithOptionalAt<InboundRecord>
  | WithOptionalAt<StatusRecord>
  | WithOptionalAt<MeetingRecord>
  | WithOptionalAt<EventRecord>;

/** The record types a host records (`engine.record`): every history record's but `touch` and `skip`, which a cadence writes. */
const LEAD_EVENT_TYPES: readonly string[] = ["outcome", "inbound", "status", "meeting", "event"];

/**
 * Validates a lead event given by a host and returns it as a history record, `at` written as ISO-8601
 * UTC (`defaultAt` when absent).
 * @throws {ArgumentError} `event.type` for a type that is none of outcome, inbound, status, meeting or event (a touch
 * or skip: a cadence writes those itself; a `reply`: the message names `inbound`); `event` for a malformed record,
 * its message listing every field missing or wrong with what it expects (`touchId: Missing required field …`);
 * `event.at` for an instant without Z or an offset.
 */
export function parseLeadEvent(event: unknown, defaultAt: number): LeadEvent {
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw new ArgumentError("event", `Expected an event object, got ${describeValue(event)}`);
  }
  const { type, at } = event as { type?: unknown; at?: unknown };
  if (typeof type !== "string" || !LEAD_EVENT_TYPES.includes(type))
    throw new ArgumentError(
      "event.type",
      `Expected \`event.type\` to be one of ${LEAD_EVENT_TYPES.map((t) => JSON.stringify(t)).join(" | ")}, got ${describeValue(type)}${typeHint(type)}`,
    );
  const atIso = isoInstant(at === undefined ? defaultAt : instantArgument(at, "event.at"));
  // Before the schema, which recurses: a cycle or deep nesting in `data` fails here, not in a copy of the stored lead.
  const tooDeep = nestingIssue(event);
  const parsed = tooDeep === undefined ? HistoryEntry.safeParse({ ...event, at: atIso }, { reportInput: true }) : undefined;
  if (parsed === undefined || !parsed.success) {
    const issues = tooDeep !== undefined ? [tooDeep] : parsed === undefined || parsed.success ? [] : leadIssues(parsed.error.issues);
    const listed = issues.length === 1 ? `: ${formatIssues(issues)}` : ` (${issues.length} issues):\n${formatIssues(issues)}`;
    throw new ArgumentError("event", `Expected a valid ${type} record${listed}`);
  }
  return parsed.data as LeadEvent;
}

/** Why a type a host may mean is none: the record it is written as, or the writer. */
function typeHint(type: unknown): string {
  if (type === "touch" || type === "skip") return " (the engine writes those itself)";
  if (type === "reply" || type === "message") return ' (a message from the lead is an "inbound" record: { type: "inbound", channel, text })';
  return "";
}
