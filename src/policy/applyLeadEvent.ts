import { ArgumentError } from "../errors/index.js";
import type { Lead, LeadEvent } from "../lead/index.js";
import type { InboundOptOut, readInboundOptOut } from "./optOut/readInboundOptOut.js";

/** The parts of a lead a lead event changes. */
export type LeadEventTarget = Pick<Lead, "history" | "optOuts" | "status">;

/** Options for {@link applyLeadEvent}. */
export interface ApplyLeadEventOptions {
  /**
   * How an inbound message is read for an opt-out: `readInboundOptOut`. A parameter, not an import: the detector and
   * its tables are most of the package's code and no decision needs them, so the main entry leaves them to
   * `lead-cadence/opt-out` and the engine loads that when it is made (`engine/inboundReader.ts`).
   * Needed only for an inbound message.
   */
  readonly readInbound?: typeof readInboundOptOut;
  /**
   * What an inbound message that may be an opt-out does: `"hold"` appends its `optout_review`
   * records, so touches on that channel wait until the review is resolved; `"notify"` appends
   * nothing (the caller reports the returned reading).
   * @default "hold"
   */
  readonly optOutReview?: "hold" | "notify";
}

/**
 * Records a lead event on a lead, the one way the engine and `simulate` both do it: the record is
 * appended to `history`; a status change sets `status`; an inbound message is read with
 * `options.readInbound` (`readInboundOptOut`) — its opt-outs (`STOP`, "please stop texting me", `ABMELDEN`, ...) are
 * appended to `optOuts` and, for an uncertain one ("how do I stop these?"), its review records to
 * `history`. Returns that reading for an inbound message, so the caller can report a review.
 */
export function applyLeadEvent(lead: LeadEventTarget, event: LeadEvent, options: ApplyLeadEventOptions = {}): InboundOptOut | undefined {
  if (event.type === "inbound") {
    const read = options.readInbound;
    if (read === undefined)
      throw new ArgumentError(
        "options.readInbound",
        "Expected readInboundOptOut (lead-cadence/opt-out) to record an inbound message, got none; nothing was recorded",
      );
    const reading = read(event);
    lead.history.push(event);
    lead.optOuts.push(...reading.optOuts);
    if (options.optOutReview !== "notify") lead.history.push(...reading.reviews);
    return reading;
  }
  lead.history.push(event);
  if (event.type === "status") lead.status = event.status;
  return undefined;
}
