import type { Lead } from "../lead/index.js";
import { instantMs, isoInstant as iso } from "../primitives/index.js";

/**
 * How far ahead of a runner's clock a record may be dated and still be taken for one written by a
 * clock that is ahead (another runner's, the host's): 10 s. Machines kept in NTP sync, as
 * docs/scaling.md asks, differ by milliseconds (tens at worst); a VM resumed from a pause or a host
 * without NTP drifts by seconds before anyone notices, so the bound leaves a wide margin over both.
 * It stays far below anything a host dates ahead on purpose (a status effective tomorrow, a meeting
 * next week: minutes to days), which keeps today's reading. A larger bound costs little: a lead
 * waits only until the record's own instant, never for the bound.
 */
export const MAX_CLOCK_SKEW_MS = 10_000;

/**
 * The instant a runner at `now` must wait for before deciding for the lead: the latest history
 * record, opt-out, consent, do-not-call request or registry listing dated after `now` by at most
 * {@link MAX_CLOCK_SKEW_MS}; `undefined` when there
 * is none (the common case). `evaluate` ignores records after its `now`, so a runner whose clock is
 * behind would decide without a reply, a review hold or a touch another runner already sent. Waiting
 * (nothing sent, the lead due again at that instant, when the record is in view) keeps every
 * decision on one runner's consistent reading of time: deciding ahead of its own clock instead
 * would judge windows, caps and SLAs at an instant the runner has not reached.
 */
export function skewHold(lead: Lead, now: number): number | undefined {
  // Written at the first history record with a text instant (a round on an empty history makes none).
  let nowIso: string | undefined;
  const bound = now + MAX_CLOCK_SKEW_MS;
  let latest = now;
  for (const h of lead.history) {
    const raw = h.at;
    if (typeof raw === "number") {
      if (raw > latest && raw <= bound) latest = raw;
    } else if (!(isCanonical(raw) && raw <= (nowIso ??= iso(now)))) {
      const at = instantMs(raw);
      if (at > latest && at <= bound) latest = at;
    }
  }
  for (const o of lead.optOuts) {
    const at = instantMs(o.at);
    if (at > latest && at <= bound) latest = at;
  }
  // The lead's own dated fields `evaluate` reads only once in force (consent, do-not-call requests
  // and listings): a CRM's clock ahead writes them through `updateLead` as it writes records.
  const consent = lead.consent;
  for (const channel in consent) {
    const raw = consent[channel]?.at;
    if (raw !== undefined) latest = laterWithin(raw, latest, bound);
  }
  if (lead.dncRequests !== undefined) for (const r of lead.dncRequests) latest = laterWithin(r.at, latest, bound);
  if (lead.dncRegistries !== undefined) for (const r of lead.dncRegistries) if (r.at !== undefined) latest = laterWithin(r.at, latest, bound);
  return latest > now ? latest : undefined;
}

/** `raw`'s instant when it is after `latest` and at most `bound`, else `latest`. */
function laterWithin(raw: string, latest: number, bound: number): number {
  const at = instantMs(raw);
  return at > latest && at <= bound ? at : latest;
}

/**
 * True for the form `isoInstant` writes, `YYYY-MM-DDTHH:MM:SS.sssZ`, whose text order is time order:
 * a record at or before `now` is passed over by comparing texts, without reading its instant (a
 * history holds thousands, and every round asks).
 */
function isCanonical(text: string): boolean {
  return text.length === 24 && text.charCodeAt(23) === 90 && text.charCodeAt(19) === 46 && text.charCodeAt(10) === 84;
}
