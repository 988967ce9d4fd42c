import { DAY_MS, localDayNumber, startOfNextLocalDay, startOfNextLocalWeek, toLocalMs } from "../calendar/index.js";
import type { Cap } from "../plan/index.js";
import { firstIndexAbove } from "../primitives/index.js";

/** A touch counted by caps. */
export interface ContactTime {
  readonly channel: string;
  readonly at: number;
}

const ROLLING_MS: Readonly<Record<string, number>> = { "24h": DAY_MS, "7d": 7 * DAY_MS };

/** True when the cap counts touches on `channel`. */
export function capCovers(cap: Cap, channel: string): boolean {
  return cap.channels === undefined || cap.channels.includes(channel);
}

/** `3 per day on call` — how traces name a cap. */
export function describeCap(cap: Cap): string {
  return `${cap.max} per ${cap.per}${cap.channels === undefined ? "" : ` on ${cap.channels.join("+")}`}`;
}

/**
 * How far back from `t` a period can start: a local day lasts at most 26 hours and a local week
 * at most 7 days and 2 hours, so every touch of `t`'s day or week lies after `t` minus this.
 */
const LOOKBACK_MS: Readonly<Record<string, number>> = { day: 2 * DAY_MS, week: 8 * DAY_MS, "24h": DAY_MS, "7d": 7 * DAY_MS };

const atOf = (c: ContactTime): number => c.at;

/**
 * The earliest instant ≥ `t` at which one more touch on `channel` keeps `cap` respected, given the
 * touches already made (ascending by time, none after `t`). Returns `t` itself when the cap allows it.
 * Calendar periods (`day`, `week`) are the lead's local ones; rolling periods count `(t - length, t]`.
 * Cost: a binary search, then only the touches of the period (never the whole history).
 */
export function capReleaseAt(cap: Cap, zone: string, channel: string, t: number, contacts: readonly ContactTime[]): number {
  if (!capCovers(cap, channel)) return t;
  const first = firstIndexAbove(contacts, t - (LOOKBACK_MS[cap.per] ?? Infinity), atOf);
  const rolling = ROLLING_MS[cap.per];
  if (rolling !== undefined) {
    // From `first` on, the touches lie in (t - rolling, ...]: those up to `t` on the cap's channels
    // are counted in one pass; freeing one slot means waiting until the (count - max + 1)-th leaves.
    let count = 0;
    for (let i = first; i < contacts.length; i++) {
      const c = contacts[i] as ContactTime;
      if (c.at > t) break;
      if (capCovers(cap, c.channel)) count++;
    }
    if (count < cap.max) return t;
    let skip = count - cap.max;
    for (let i = first; i < contacts.length; i++) {
      const c = contacts[i] as ContactTime;
      if (c.at > t) break;
      if (capCovers(cap, c.channel)) {
        if (skip === 0) return c.at + rolling;
        skip--;
      }
    }
    return t;
  }
  const day = localDayNumber(toLocalMs(zone, t));
  const week = cap.per === "week" ? weekNumber(day) : 0;
  let count = 0;
  for (let i = first; i < contacts.length; i++) {
    const c = contacts[i] as ContactTime;
    if (c.at > t) break;
    if (!capCovers(cap, c.channel)) continue;
    const d = localDayNumber(toLocalMs(zone, c.at));
    if (cap.per === "day" ? d === day : weekNumber(d) === week) count++;
  }
  if (count < cap.max) return t;
  return cap.per === "day" ? startOfNextLocalDay(zone, t) : startOfNextLocalWeek(zone, t);
}

/** Monday-based week index of a local day number (day 0 = Thursday 1970-01-01). */
function weekNumber(localDay: number): number {
  return Math.floor((localDay + 3) / 7);
}
