import type { Lead } from "../lead/index.js";
import { isoInstant as iso } from "../primitives/index.js";
import { attemptStandInId } from "../schedule/index.js";
import type { PendingTouch } from "./store.js";

/** What an unconfirmed attempt's stand-in is (its touch id's and step id's suffix after `#`: no plan step can carry it, ids exclude `#`). */
const UNCONFIRMED = "unconfirmed";

/**
 * The lead as `evaluate` must see it while touches are marked in flight (`sendingSince`) from an
 * earlier round (their runner died, or lost the lead, after starting the send and before storing
 * its result) or carry attempts whose answer was lost (`unconfirmed`: a throw, a timeout): the lead
 * may have been contacted then. Each such attempt is added as a contact at its start, under a step
 * id no plan has and a touch id that reads as an attempt of its touch (`attemptStandInId`): caps
 * count it (a re-send under the same key waits until one more contact fits, duplicates included),
 * and it keeps its channel busy for a minute for other touches, not for its own re-send, while the
 * step itself stays due. Returns `lead` itself when nothing is in flight.
 */
export function withUnconfirmedContacts(lead: Lead, pending: Readonly<Record<string, PendingTouch>>): Lead {
  let extra: Lead["history"][number][] | undefined;
  for (const id in pending) {
    const p = pending[id] as PendingTouch;
    if (p.touch.mode !== "auto" || (p.sendingSince === undefined && p.unconfirmed === undefined)) continue;
    const t = p.touch;
    for (const since of p.sendingSince === undefined ? (p.unconfirmed ?? []) : [...(p.unconfirmed ?? []), p.sendingSince]) {
      (extra ??= []).push({
        type: "touch",
        touchId: attemptStandInId(t.id, UNCONFIRMED),
        planId: t.planId,
        stepId: `${t.stepId}#${UNCONFIRMED}`,
        channel: t.channel,
        attempt: t.attempt,
        at: iso(since),
      });
    }
  }
  return extra === undefined ? lead : { ...lead, history: [...lead.history, ...extra] };
}
