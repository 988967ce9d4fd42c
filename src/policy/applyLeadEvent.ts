import type { Lead, LeadEvent } from "../lead/index.js";
import { optOutFromInbound } from "./optOut/index.js";

/** The parts of a lead a lead event changes. */
export type LeadEventTarget = Pick<Lead, "history" | "optOuts" | "status">;

/**
 * Records a lead event on a lead, the one way the engine and `simulate` both do it: the record is
 * appended to `history`; a status change sets `status`; an inbound message that is not an automatic
 * reply and expresses an opt-out (`STOP`, `STOP ALL`, "please stop texting me", `ABMELDEN`, ...)
 * appends that opt-out to `optOuts`. Outcomes and meetings are appended as they are.
 */
export function applyLeadEvent(lead: LeadEventTarget, event: LeadEvent): void {
  lead.history.push(event);
  switch (event.type) {
    case "status":
      lead.status = event.status;
      return;
    case "inbound": {
      const optOut = event.automatic === true ? undefined : optOutFromInbound(event);
      if (optOut !== undefined) lead.optOuts.push(optOut);
      return;
    }
    default:
      return;
  }
}
