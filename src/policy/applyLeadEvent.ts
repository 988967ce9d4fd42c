import type { Lead, LeadEvent } from "../lead/index.js";
import { readInboundOptOut, type InboundOptOut } from "./optOut/index.js";

/** The parts of a lead a lead event changes. */
export type LeadEventTarget = Pick<Lead, "history" | "optOuts" | "status">;

/** Options for {@link applyLeadEvent}. */
export interface ApplyLeadEventOptions {
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
 * `readInboundOptOut` — its opt-outs (`STOP`, "please stop texting me", `ABMELDEN`, ...) are
 * appended to `optOuts` and, for an uncertain one ("how do I stop these?"), its review records to
 * `history`. Returns that reading for an inbound message, so the caller can report a review.
 */
export function applyLeadEvent(lead: LeadEventTarget, event: LeadEvent, options: ApplyLeadEventOptions = {}): InboundOptOut | undefined {
  lead.history.push(event);
  switch (event.type) {
    case "status":
      lead.status = event.status;
      return undefined;
    case "inbound": {
      const reading = readInboundOptOut(event);
      lead.optOuts.push(...reading.optOuts);
      if (options.optOutReview !== "notify") lead.history.push(...reading.reviews);
      return reading;
    }
    default:
      return undefined;
  }
}
