import type { InboundRecord, OptOut } from "../lead/index.js";
import * as policy from "../policy/index.js";

type Detector = (text: string, channel: string) => unknown;

/**
 * Opt-out detection for inbound messages: the engine's single call site for it (used by `record`).
 * It applies only when `src/policy` exports `detectOptOut(text, channel)`; until then nothing is
 * detected and inbound messages end cadences through the plan's `reply` exit only.
 * Accepted detector answers: `true` (opt out of the inbound channel), `"all"`, or an object with a
 * string `channel` (`"all"` or a channel name). Anything else detects nothing.
 * WIRE-UP: when the policy layer's detector lands, import it here directly and map its result.
 */
export function detectInboundOptOut(inbound: InboundRecord): OptOut | undefined {
  const detect = (policy as Record<string, unknown>)["detectOptOut"] as Detector | undefined;
  if (typeof detect !== "function" || inbound.text === undefined || inbound.automatic === true) return undefined;
  const hit = detect(inbound.text, inbound.channel);
  let channel: string | undefined;
  if (hit === true) channel = inbound.channel;
  else if (hit === "all") channel = "all";
  else if (hit !== null && typeof hit === "object" && typeof (hit as { channel?: unknown }).channel === "string") channel = (hit as { channel: string }).channel;
  return channel === undefined ? undefined : { channel, at: inbound.at, source: `inbound ${inbound.channel}` };
}
