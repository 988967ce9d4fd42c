import type { Lead } from "../lead/index.js";
import { instantMs, isoInstant as iso } from "../primitives/index.js";

/**
 * The lead as the engine decides for it at `now`: an opt-out stored with a later instant holds from
 * `now`. One dated within the clock-skew bound never gets here (`skewHold` waits for it, as for any
 * record a clock ahead wrote); this covers the ones dated further ahead, which only a host writes:
 * a STOP is honoured once it is known, whatever date it carries, while `evaluate` would ignore it
 * until then. Returns `lead` itself when no opt-out is ahead (most leads have none: nothing is read).
 */
export function withOptOutsInForce(lead: Lead, now: number): Lead {
  const optOuts = lead.optOuts;
  for (const o of optOuts) {
    if (instantMs(o.at) <= now) continue;
    const at = iso(now);
    return { ...lead, optOuts: optOuts.map((x) => (instantMs(x.at) > now ? { ...x, at } : x)) };
  }
  return lead;
}
