import { ArgumentError, checkShape, describeValue } from "../errors/index.js";
import { checkOutcome, instantArgument, isoInstant, type InstantInput, type Outcome } from "../primitives/index.js";
import type { OutcomeRecord, TouchRecord } from "../lead/index.js";
import type { Touch } from "./decision.js";

/**
 * Whether `to` can be recorded as the address a touch went to: a string that is not blank. A blank
 * one names no address, so a bounce of its touch could block none.
 */
export function isAddress(to: unknown): to is string {
  return typeof to === "string" && to.trim() !== "";
}

/**
 * The history record for a touch that was performed: append it to the lead's history. `to`, the
 * address it went to, lets a later bounce block that address only (see `TouchRecord.to`).
 * @throws {ArgumentError} when `touch` is not a touch, `performed.at` not an instant in the accepted range,
 *   `performed.outcome` not an outcome or `performed.to` not an address ({@link isAddress}).
 * @example lead.history.push(touchRecord(touch, { at: new Date(), outcome: "sent", to: lead.contacts.email }));
 */
export function touchRecord(touch: Touch, performed: { readonly at: InstantInput; readonly outcome?: Outcome; readonly to?: string }): TouchRecord {
  checkShape(touch, "touch", "a touch from a decision's due", { id: "string", stepId: "string", channel: "string", attempt: "number" });
  checkShape(performed, "performed", "an object with `at` (and `outcome`, `to`)");
  if (performed.outcome !== undefined) checkOutcome(performed.outcome, "performed.outcome");
  const to = performed.to;
  if (to !== undefined && !isAddress(to))
    throw new ArgumentError(
      "performed.to",
      `Expected \`performed.to\` to be the address the touch went to (a string that is not blank), got ${describeValue(to)}`,
    );
  return performedTouchRecord(touch, instantArgument(performed.at, "performed.at"), performed.outcome, to);
}

/**
 * Internal (the engine's own touches, whose fields it checked): the record of `touch` performed at
 * `at` (epoch ms in the accepted range), unchecked; keys in the order {@link touchRecord} gives them.
 */
export function performedTouchRecord(touch: Touch, at: number, outcome: Outcome | undefined, to: string | undefined): TouchRecord {
  const record: { -readonly [K in keyof TouchRecord]: TouchRecord[K] } = {
    type: "touch",
    touchId: touch.id,
    planId: touch.planId,
    stepId: touch.stepId,
    channel: touch.channel,
    attempt: touch.attempt,
    at: isoInstant(at),
  };
  if (outcome !== undefined) record.outcome = outcome;
  if (to !== undefined) record.to = to;
  return record;
}

/**
 * The history record for an outcome learnt after the touch (a call result, a bounce).
 * @throws {ArgumentError} when `at` is not an instant in the accepted range, or `outcome` not an outcome.
 */
export function outcomeRecord(touchIdOf: string | Touch, outcome: Outcome, at: InstantInput): OutcomeRecord {
  if (typeof touchIdOf !== "string") checkShape(touchIdOf, "touch", "a touch id or a touch from a decision's due", { id: "string" });
  checkOutcome(outcome, "outcome");
  return {
    type: "outcome",
    touchId: typeof touchIdOf === "string" ? touchIdOf : touchIdOf.id,
    outcome,
    at: isoInstant(instantArgument(at, "at")),
  };
}
