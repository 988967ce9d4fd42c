import type { InboundRecord, OptOut } from "../../lead/index.js";
import { detectOptOut, type DetectOptOutOptions } from "./detectOptOut.js";

/**
 * The opt-out record to append to `lead.optOuts` for an inbound message, or `undefined` when the
 * message does not opt out. It covers what the message says (`STOP ALL` → every channel, `stop
 * calling me` → calls), else the channel the message came on; its `at` is the message's, so every
 * touch from that instant on is blocked; `source` names the matched rule.
 * @example
 * const optOut = optOutFromInbound(inbound, { locale: "de" });
 * if (optOut) lead.optOuts.push(optOut);
 */
export function optOutFromInbound(inbound: Pick<InboundRecord, "channel" | "at" | "text">, options: DetectOptOutOptions = {}): OptOut | undefined {
  if (inbound.text === undefined) return undefined;
  const detection = detectOptOut(inbound.text, options);
  if (!detection.optOut) return undefined;
  return { channel: detection.scope ?? inbound.channel, at: inbound.at, source: `inbound:${detection.rule ?? "unknown"}` };
}
