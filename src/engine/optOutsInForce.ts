import type { Lead } from "../lead/index.js";
import { instantMs, isoInstant as iso } from "../primitives/index.js";

/**
 * The lead as the engine decides for it at `now`: an opt-out stored with a later instant (recorded by
 * a runner whose clock is ahead of this one, or given a future `at` by the host) holds from `now`.
 * `evaluate` ignores records after its `now`, so a runner a few milliseconds behind the one that
 * recorded a STOP would otherwise send to the lead. Returns `lead` itself when no opt-out is ahead
 * (most leads have none: nothing is read).
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
