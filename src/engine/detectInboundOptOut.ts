import type { InboundRecord, OptOut } from "../lead/index.js";
import { optOutFromInbound } from "../policy/index.js";

/**
 * The opt-out an inbound message expresses (`STOP`, `STOP ALL`, "please stop texting me",
 * `ABMELDEN`, ...), as the record `engine.record` appends to `lead.optOuts`; `undefined` for an
 * ordinary message. Automatic replies never opt out. Every language's rules apply.
 */
export function detectInboundOptOut(inbound: InboundRecord): OptOut | undefined {
  if (inbound.automatic === true) return undefined;
  return optOutFromInbound(inbound);
}
