import { ArgumentError, describeValue, formatPath } from "../errors/index.js";
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

/**
 * Validates a lead event given by a host and returns it as a history record, `at` written as ISO-8601
 * UTC (`defaultAt` when absent).
 * @throws {ArgumentError} `event` for a malformed record, `event.type` for a touch or skip (a cadence
 * writes those itself), `event.at` for an instant without Z or an offset.
 */
export function parseLeadEvent(event: unknown, defaultAt: number): LeadEvent {
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw new ArgumentError("event", `Expected an event object, got ${describeValue(event)}`);
  }
  const { type, at } = event as { type?: unknown; at?: unknown };
  if (type === "touch" || type === "skip")
    throw new ArgumentError(
      "event.type",
      `Expected an outcome, inbound, status, meeting or event record, got ${describeValue(type)} (the engine writes those itself)`,
    );
  const atIso = isoInstant(at === undefined ? defaultAt : instantArgument(at, "event.at"));
  // Before the schema, which recurses: a cycle or deep nesting in `data` fails here, not in a copy of the stored lead.
  const tooDeep = nestingIssue(event);
  const parsed = tooDeep === undefined ? HistoryEntry.safeParse({ ...event, at: atIso }, { reportInput: true }) : undefined;
  const first = tooDeep ?? (parsed === undefined || parsed.success ? undefined : leadIssues(parsed.error.issues)[0]);
  if (parsed === undefined || !parsed.success) {
    const where = first === undefined ? "(root)" : formatPath(first.path);
    throw new ArgumentError("event", `Expected a valid ${typeof type === "string" ? `${type} ` : ""}record: ${where}: ${first?.message ?? "invalid"}`);
  }
  return parsed.data as LeadEvent;
}
