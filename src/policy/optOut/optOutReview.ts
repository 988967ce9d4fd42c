import { ArgumentError, checkShape, describeValue } from "../../errors/index.js";
import type { EventRecord } from "../../lead/index.js";
import { OPT_OUT_REVIEW_EVENT, OPT_OUT_REVIEW_RESOLVED_EVENT } from "../../lead/index.js";
import { instantArgument, isChannelName } from "../../primitives/index.js";
import type { OptOutDetection } from "./detectOptOut.js";

export { OPT_OUT_REVIEW_EVENT, OPT_OUT_REVIEW_RESOLVED_EVENT };

/** How a person resolved an opt-out review. */
export type OptOutReviewDecision = "opt_out" | "continue";

/**
 * The history record that holds touches on `channel` (`all`: every channel) from `at` until a
 * {@link optOutReviewResolution} for the same channel: a fact `evaluate` reads, so it stays pure.
 * @throws {ArgumentError} for a channel that is not a channel name (`parseLead` refuses a review on one), an `at` that is not an ISO instant in range, or no detection with a `rule`.
 */
export function optOutReviewRecord(channel: string, at: string, detection: Pick<OptOutDetection, "rule" | "reason">): EventRecord {
  checkReviewChannel(channel);
  if (typeof at !== "string") throw new ArgumentError("at", `Expected \`at\` to be an ISO-8601 instant, got ${describeValue(at)}`);
  instantArgument(at, "at");
  checkShape(detection, "detection", "an opt-out detection ({ rule, reason? })", { rule: "string" });
  return { type: "event", name: OPT_OUT_REVIEW_EVENT, at, data: { channel, rule: detection.rule, reason: detection.reason ?? null } };
}

/**
 * The history record ending the hold on `channel` that an {@link optOutReviewRecord} started.
 * @throws {ArgumentError} for a channel that is not a channel name (`parseLead` refuses a resolution on one: it would end no hold).
 */
export function optOutReviewResolution(channel: string, at: string, decision: OptOutReviewDecision): EventRecord {
  checkReviewChannel(channel);
  return { type: "event", name: OPT_OUT_REVIEW_RESOLVED_EVENT, at, data: { channel, decision } };
}

/**
 * Refuses a review's or resolution's channel that is not a channel name (or `all`): it would hold, or end the
 * hold on, no channel a plan names.
 * @throws {ArgumentError} naming what came.
 */
function checkReviewChannel(channel: unknown): asserts channel is string {
  if (typeof channel !== "string" || !isChannelName(channel))
    throw new ArgumentError("channel", `Expected \`channel\` to be a channel name or "all", got ${describeValue(channel)}`);
}

/** The channel a review or resolution record names, or `undefined` for any other event. */
export function reviewChannel(record: { readonly name: string; readonly data?: Readonly<Record<string, unknown>> | undefined }): string | undefined {
  if (record.name !== OPT_OUT_REVIEW_EVENT && record.name !== OPT_OUT_REVIEW_RESOLVED_EVENT) return undefined;
  const channel = record.data?.["channel"];
  return typeof channel === "string" && channel !== "" ? channel : undefined;
}
