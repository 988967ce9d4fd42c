import * as z from "zod";
import { ChannelName, HistoryInstant, Identifier, Outcome } from "../primitives/index.js";

/** A touch that was performed (sent by an adapter, or done by a person), with its outcome when known. */
export const TouchRecord = z.strictObject({
  type: z.literal("touch"),
  /** The touch id from the decision: the idempotency key. */
  touchId: z.string().min(1),
  /** The plan the touch belongs to; absent means any plan with this step id. */
  planId: Identifier.optional(),
  stepId: Identifier,
  channel: ChannelName,
  attempt: z.int().min(1),
  /** When it was performed: ISO-8601 with `Z` or an offset, or epoch milliseconds. */
  at: HistoryInstant,
  outcome: Outcome.optional(),
});
/** A touch that was performed. */
export type TouchRecord = z.infer<typeof TouchRecord>;

/** An outcome learnt after the touch (a call result, a delivery receipt, a bounce). */
export const OutcomeRecord = z.strictObject({
  type: z.literal("outcome"),
  touchId: z.string().min(1),
  outcome: Outcome,
  at: HistoryInstant,
});
/** An outcome learnt after the touch. */
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

/** A message from the lead. `automatic` marks out-of-office and similar replies that are not a reply. */
export const InboundRecord = z.strictObject({
  type: z.literal("inbound"),
  channel: ChannelName,
  at: HistoryInstant,
  text: z.string().optional(),
  automatic: z.boolean().optional(),
});
/** A message from the lead. */
export type InboundRecord = z.infer<typeof InboundRecord>;

/** The lead's CRM status changed (`won`, `lost`, `contacted`...). */
export const StatusRecord = z.strictObject({
  type: z.literal("status"),
  status: z.string().min(1),
  at: HistoryInstant,
});
/** A status change. */
export type StatusRecord = z.infer<typeof StatusRecord>;

/** A meeting or appointment was booked (a test drive, a demo). */
export const MeetingRecord = z.strictObject({
  type: z.literal("meeting"),
  at: HistoryInstant,
  note: z.string().optional(),
});
/** A booked meeting. */
export type MeetingRecord = z.infer<typeof MeetingRecord>;

/** A custom event the host names (`financing_approved`). */
export const EventRecord = z.strictObject({
  type: z.literal("event"),
  name: z.string().min(1),
  at: HistoryInstant,
  data: z.record(z.string(), z.unknown()).optional(),
});
/** A custom event. */
export type EventRecord = z.infer<typeof EventRecord>;

/** A step (or one attempt of it) settled as skipped, copied from a decision's `skipped`. */
export const SkipRecord = z.strictObject({
  type: z.literal("skip"),
  planId: Identifier.optional(),
  stepId: Identifier,
  reason: z.string().min(1),
  at: HistoryInstant,
  detail: z.string().optional(),
});
/** A skipped step. */
export type SkipRecord = z.infer<typeof SkipRecord>;

/**
 * One thing that happened to a lead. History is append-only and the single source of truth.
 * Every record's `at` is a {@link HistoryInstant}: an ISO-8601 instant with `Z` or an offset, or
 * epoch milliseconds (an integer), kept as given; a history of numbers is read without parsing.
 */
export const HistoryEntry = z.discriminatedUnion("type", [TouchRecord, OutcomeRecord, InboundRecord, StatusRecord, MeetingRecord, EventRecord, SkipRecord]);
/** One thing that happened to a lead. */
export type HistoryEntry = z.infer<typeof HistoryEntry>;
