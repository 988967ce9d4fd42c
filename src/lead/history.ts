import * as z from "zod/mini";
import {
  CHANNEL_NAME_ERROR,
  ChannelName,
  HistoryInstant,
  Identifier,
  JsonData,
  Outcome,
  lazySchema,
  nonEmptyString,
  unwrapSchema,
} from "../primitives/index.js";

/** A touch that was performed (sent by an adapter, or done by a person), with its outcome when known. */
export const TouchRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("touch"),
    /** The touch id from the decision: the idempotency key. */
    touchId: nonEmptyString(),
    /** The plan the touch belongs to; absent means any plan with this step id. */
    planId: z.optional(unwrapSchema(Identifier)),
    stepId: unwrapSchema(Identifier),
    channel: unwrapSchema(ChannelName),
    attempt: z.int().check(z.gte(1)),
    /** When it was performed: ISO-8601 with `Z` or an offset, or epoch milliseconds. */
    at: unwrapSchema(HistoryInstant),
    outcome: z.optional(unwrapSchema(Outcome)),
    /**
     * The address the touch went to (an e-mail address, a phone number), when known: a bounce then
     * blocks that address only, and the channel is usable again once the lead's contact changes.
     * Without it (or with a blank one) a bounce blocks the channel for good.
     */
    to: z.optional(nonEmptyString()),
  }),
);
/** A touch that was performed. */
export type TouchRecord = z.infer<typeof TouchRecord>;

/** An outcome learnt after the touch (a call result, a delivery receipt, a bounce). */
export const OutcomeRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("outcome"),
    touchId: nonEmptyString(),
    outcome: unwrapSchema(Outcome),
    at: unwrapSchema(HistoryInstant),
  }),
);
/** An outcome learnt after the touch. */
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

/** A message from the lead. `automatic` marks out-of-office and similar replies that are not a reply. */
export const InboundRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("inbound"),
    channel: unwrapSchema(ChannelName),
    at: unwrapSchema(HistoryInstant),
    text: z.optional(z.string()),
    automatic: z.optional(z.boolean()),
  }),
);
/** A message from the lead. */
export type InboundRecord = z.infer<typeof InboundRecord>;

/** The lead's CRM status changed (`won`, `lost`, `contacted`...). */
export const StatusRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("status"),
    status: nonEmptyString(),
    at: unwrapSchema(HistoryInstant),
  }),
);
/** A status change. */
export type StatusRecord = z.infer<typeof StatusRecord>;

/** A meeting or appointment was booked (a test drive, a demo). */
export const MeetingRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("meeting"),
    at: unwrapSchema(HistoryInstant),
    note: z.optional(z.string()),
  }),
);
/** A booked meeting. */
export type MeetingRecord = z.infer<typeof MeetingRecord>;

/** The history event naming an uncertain opt-out: touches on its `data.channel` are held until it is resolved (policy/optOut/optOutReview.ts writes it). */
export const OPT_OUT_REVIEW_EVENT = "optout_review";
/** The history event resolving a review: `data.decision` is `opt_out` (an opt-out was recorded too) or `continue`. */
export const OPT_OUT_REVIEW_RESOLVED_EVENT = "optout_review_resolved";

/**
 * A custom event the host names (`financing_approved`). An {@link OPT_OUT_REVIEW_EVENT} and an
 * {@link OPT_OUT_REVIEW_RESOLVED_EVENT} name a channel name (or `all`) in `data.channel`: any other value would hold
 * or release no channel, so it is refused with ChannelName's issue, as `evaluate` refuses it where it reads the review.
 */
export const EventRecord = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      type: z.literal("event"),
      name: nonEmptyString(),
      at: unwrapSchema(HistoryInstant),
      data: z.optional(unwrapSchema(JsonData)),
    })
    .check(
      z.superRefine((record, ctx) => {
        if (record.name !== OPT_OUT_REVIEW_EVENT && record.name !== OPT_OUT_REVIEW_RESOLVED_EVENT) return;
        const channel = record.data?.["channel"];
        // ChannelName's own issue, for any value (a number, none): what `evaluate`'s check says (formatIssue).
        if (!unwrapSchema(ChannelName).safeParse(channel).success)
          ctx.issues.push({ code: "invalid_format", format: "regex", message: CHANNEL_NAME_ERROR, input: channel as string, path: ["data", "channel"] });
      }),
    ),
);
/** A custom event. */
export type EventRecord = z.infer<typeof EventRecord>;

/** A step (or one attempt of it) settled as skipped, copied from a decision's `skipped`. */
export const SkipRecord = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    type: z.literal("skip"),
    planId: z.optional(unwrapSchema(Identifier)),
    stepId: unwrapSchema(Identifier),
    reason: nonEmptyString(),
    at: unwrapSchema(HistoryInstant),
    detail: z.optional(z.string()),
  }),
);
/** A skipped step. */
export type SkipRecord = z.infer<typeof SkipRecord>;

/**
 * One thing that happened to a lead. History is append-only and the single source of truth.
 * Every record's `at` is a {@link HistoryInstant}: an ISO-8601 instant with `Z` or an offset, or
 * epoch milliseconds (an integer), kept as given; a history of numbers is read without parsing.
 */
export const HistoryEntry = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion("type", [
    unwrapSchema(TouchRecord),
    unwrapSchema(OutcomeRecord),
    unwrapSchema(InboundRecord),
    unwrapSchema(StatusRecord),
    unwrapSchema(MeetingRecord),
    unwrapSchema(EventRecord),
    unwrapSchema(SkipRecord),
  ]),
);
/** One thing that happened to a lead. */
export type HistoryEntry = z.infer<typeof HistoryEntry>;
