import { ArgumentError, describeValue, formatPath, LeadValidationError } from "../errors/index.js";
import type { HistoryEntry, Lead, LeadEvent } from "../lead/index.js";
import { MAX_LEAD_ID_LENGTH, hasUnstorableText, storableText, unstorableTextIssue } from "../primitives/index.js";
import { parseTouchId } from "../schedule/index.js";
import type { Enrollment } from "./store.js";
import { EngineError } from "./errors.js";

/**
 * A lead id argument: a non-empty string of at most {@link MAX_LEAD_ID_LENGTH} characters without an
 * unpaired surrogate or a NUL, as a lead the engine stores has (`enroll` refuses both): such an id
 * names no lead, and a store keyed by text (a Postgres column) would refuse to look it up.
 * @throws {ArgumentError} naming `leadId`.
 */
export function leadIdArgument(value: unknown): asserts value is string {
  if (typeof value !== "string" || value === "" || value.length > MAX_LEAD_ID_LENGTH)
    throw new ArgumentError("leadId", `Expected a non-empty lead id of at most ${MAX_LEAD_ID_LENGTH} characters, got ${describeValue(value)}`);
  if (hasUnstorableText(value))
    throw new ArgumentError("leadId", `Expected a lead id of well-formed Unicode text (no NUL, no unpaired surrogate), got ${describeValue(value)}`);
}

/**
 * A plan id argument (`enroll`, `migrate`, and the optional one of `pause`, `resume`, `unenroll`): a non-empty string.
 * @throws {ArgumentError} naming `planId`.
 */
export function planIdArgument(value: unknown): asserts value is string {
  if (typeof value !== "string" || value === "") throw new ArgumentError("planId", `Expected a non-empty plan id, got ${describeValue(value)}`);
}

/**
 * A pause target (`pause`): an instant, or an object whose own keys are among `planId` and `until` (the values are
 * checked as those arguments). Any other key is refused: a misspelt `planID` or `untill` would pause every enrolment
 * until `resume`. @throws {ArgumentError} naming `target`.
 */
export function pauseTargetArgument(target: unknown): void {
  if (target === null || typeof target !== "object" || target instanceof Date) return;
  const other = Array.isArray(target) ? [] : Object.keys(target).filter((k) => k !== "planId" && k !== "until");
  if (Array.isArray(target) || other.length > 0)
    throw new ArgumentError(
      "target",
      `Expected \`target\` to be an instant or { planId, until } (either optional), got ${Array.isArray(target) ? describeValue(target) : `an object with ${other.map((k) => JSON.stringify(k)).join(", ")}`}`,
    );
}

/**
 * The parts of a touch id argument (`complete`, `skip`).
 * @throws {ArgumentError} `touchId` for a value that is no string; {@link EngineError} `unknown_touch` for a string that is no touch id.
 */
export function touchIdArgument(value: unknown): NonNullable<ReturnType<typeof parseTouchId>> {
  const expected = `Expected a touch id like lead/plan@1/step#1, got ${describeValue(value)}`;
  if (typeof value !== "string") throw new ArgumentError("touchId", expected);
  const parts = parseTouchId(value);
  if (parts === undefined) throw new EngineError("unknown_touch", expected);
  return parts;
}

/** The longest reason `skip` and `unenroll` keep. */
export const MAX_REASON_LENGTH = 200;

/**
 * A reason the engine stores (a skip's, an unenrolment's): a non-empty string of at most
 * {@link MAX_REASON_LENGTH} characters that every store can hold (no NUL, which a `jsonb` column
 * refuses, and no unpaired surrogate). @throws {ArgumentError} naming `reason`.
 */
export function reasonArgument(value: unknown): asserts value is string {
  if (typeof value !== "string" || value === "" || value.length > MAX_REASON_LENGTH || hasUnstorableText(value))
    throw new ArgumentError(
      "reason",
      `Expected a non-empty reason of at most ${MAX_REASON_LENGTH} characters without NUL or unpaired surrogates, got ${describeValue(value)}`,
    );
}

/**
 * An inbound message's text as every store can keep it: each NUL and unpaired surrogate replaced by
 * U+FFFD ({@link storableText}), where other text holding one is refused. It is the lead's own words,
 * as a gateway delivered them: the host cannot correct them, and refusing the message would lose what
 * it says, an opt-out above all (its detection reads the text as stored, and reads a NUL and U+FFFD
 * alike: `STOP\u0000` opts out either way). Any other record is returned as it is.
 */
function storableInbound<T extends HistoryEntry>(entry: T): T {
  return entry.type === "inbound" && entry.text !== undefined && hasUnstorableText(entry.text) ? { ...entry, text: storableText(entry.text) } : entry;
}

/**
 * A lead (`enroll`) every store can hold: no NUL or unpaired surrogate in any text or key, which a
 * `jsonb` column refuses, but in an inbound message's text in its history, made storable in place
 * ({@link storableInbound}). Checked before anything is read or written, so every store refuses alike.
 * @throws {LeadValidationError} naming the path of the first such text.
 */
export function storableLead(lead: Lead): void {
  // In place: `lead` is parseLead's own copy, and a history with no such text is left as it is.
  const history = lead.history;
  for (let i = 0; i < history.length; i++) {
    const entry = history[i] as HistoryEntry;
    const kept = storableInbound(entry);
    if (kept !== entry) history[i] = kept;
  }
  const issue = unstorableTextIssue(lead);
  if (issue !== undefined) throw new LeadValidationError([issue]);
}

/**
 * A history record a host gives (`record`) as every store can hold it: an inbound message's text made
 * storable ({@link storableInbound}), any other NUL or unpaired surrogate refused, as {@link storableLead}.
 * @throws {ArgumentError} `event`, naming the path of the first such text, as `parseLeadEvent` names a malformed field.
 */
export function storableEvent(event: LeadEvent): LeadEvent {
  const entry = storableInbound(event);
  const issue = unstorableTextIssue(entry);
  if (issue !== undefined) throw new ArgumentError("event", `Expected a record every store can hold: ${formatPath(issue.path)}: ${issue.message}`);
  return entry;
}

/** A positive integer option, or its default. @throws {ArgumentError} naming it. */
export function positiveInt(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new ArgumentError(name, `Expected ${name} to be a positive integer, got ${describeValue(value)}`);
  return value;
}

/** `unknown_lead`. */
export function unknownLead(leadId: string): EngineError {
  return new EngineError("unknown_lead", `Unknown lead ${JSON.stringify(leadId)}: it was never enrolled in this store`);
}

/** `already_enrolled`, naming where the lead is when known. */
export function alreadyEnrolled(leadId: string, existing: Enrollment | undefined): EngineError {
  const where = existing === undefined ? "" : ` in plan ${existing.planId}@${existing.planVersion} (${existing.state}, enrolment ${existing.id})`;
  const hint = existing === undefined ? "" : `; pass { ifActive: "restart" } or { ifActive: "keep" } to enroll anyway`;
  return new EngineError("already_enrolled", `Lead ${JSON.stringify(leadId)} is already enrolled${where}${hint}`);
}
