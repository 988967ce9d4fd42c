import {
  DAY_MS,
  MINUTE_MS,
  localDayNumber,
  offsetMinutes,
  startOfNextLocalDay,
  startOfNextLocalWeek,
  toLocalMs,
  transitionBetween,
} from "../calendar/index.js";
import type { Cap } from "../plan/index.js";
import { firstNumberAbove } from "../primitives/index.js";

/** A touch counted by caps. */
export interface ContactTime {
  readonly channel: string;
  readonly at: number;
}

/**
 * The touches caps count, ascending by time, as parallel arrays (a history may hold thousands:
 * no object per touch).
 */
export interface ContactLog {
  readonly at: readonly number[];
  readonly channel: readonly string[];
}

/** A log of `contacts` (ascending by time). */
export function contactLog(contacts: readonly ContactTime[]): ContactLog {
  return { at: contacts.map((c) => c.at), channel: contacts.map((c) => c.channel) };
}

/** `log` followed by `more` (none of them before the last of `log`): a new log, `log` unchanged. */
export function withContacts(log: ContactLog, more: readonly ContactTime[]): ContactLog {
  if (more.length === 0) return log;
  const at = log.at.slice();
  const channel = log.channel.slice();
  for (const c of more) {
    at.push(c.at);
    channel.push(c.channel);
  }
  return { at, channel };
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
 * How far back from `t` a period can start: since 1970 a local day lasts at most 31 hours and a local
 * week at most 7 days and 7 hours (Antarctica/Vostok fell back 7 hours in 1994, Casey 3 hours in
 * 2010–2023), so every touch of `t`'s day or week lies after `t` minus this.
 */
const LOOKBACK_MS: Readonly<Record<Cap["per"], number>> = { day: 2 * DAY_MS, week: 8 * DAY_MS, "24h": DAY_MS, "7d": 7 * DAY_MS };

/**
 * No cap period asked about at `t` holds a touch at or before `t` minus this: a cap never needs
 * older touches than this before the earliest instant it is asked about (the lead's history keeps
 * only the touches after it, `LeadFacts.contactTimes`).
 */
export const MAX_CAP_LOOKBACK_MS = Math.max(...Object.values(LOOKBACK_MS));

/** No cap period holding an instant `t` starts before `t` minus this: a local week of 7 days and 7 hours is the longest (Vostok, 1994). */
export const LONGEST_CAP_PERIOD_MS = 7 * DAY_MS + 7 * 3_600_000;

/**
 * The earliest instant ≥ `t` at which one more touch on `channel` keeps `cap` respected, given the
 * touches already made (ascending by time; those after `t` are not counted). Returns `t` itself
 * when the cap allows it. Calendar periods (`day`, `week`) are the lead's local ones; rolling
 * periods count `(t - length, t]`.
 * Cost: nothing more than one binary search while fewer than `max` touches precede `t`; else binary searches for the period's bounds (computed once: the local day or week start, from
 * the zone's offset when it does not change within the period), then, for a cap on some channels
 * only, a pass over the period's touches; never the whole history. Across an offset change the
 * period's touches are read in local time one by one.
 */
export function capReleaseAt(cap: Cap, zone: string, channel: string, t: number, contacts: ContactLog): number {
  if (!capCovers(cap, channel)) return t;
  const at = contacts.at;
  const end = firstNumberAbove(at, t);
  // Fewer touches before `t` than the cap allows: no period can be full (most leads, most caps).
  if (end < cap.max) return t;
  const rolling = ROLLING_MS[cap.per];
  if (rolling !== undefined) {
    // Touches in (t - rolling, t] on the cap's channels; freeing one slot means waiting until the (count - max + 1)-th leaves.
    const first = firstNumberAbove(at, t - rolling);
    if (cap.channels === undefined) return end - first < cap.max ? t : (at[end - cap.max] as number) + rolling;
    let skip = countCovered(cap, contacts, first, end) - cap.max;
    if (skip < 0) return t;
    for (let i = first; i < end; i++) {
      if (capCovers(cap, contacts.channel[i] as string)) {
        if (skip === 0) return (at[i] as number) + rolling;
        skip--;
      }
    }
    return t;
  }
  const lookback = t - LOOKBACK_MS[cap.per];
  const from = firstNumberAbove(at, lookback);
  let count: number;
  if (from === end) count = 0;
  else if (transitionBetween(zone, lookback, t) === undefined) {
    // One offset over the whole lookback: local time is the instant shifted, so the period's touches are a contiguous run.
    const shift = offsetMinutes(zone, t) * MINUTE_MS;
    const day = localDayNumber(t + shift);
    const first = firstInPeriod(at, from, end, shift, cap.per === "day" ? day : weekNumber(day) * 7 - 3);
    count = cap.channels === undefined ? end - first : countCovered(cap, contacts, first, end);
  } else count = countByLocalDay(cap, zone, t, contacts, from, end);
  if (count < cap.max) return t;
  return cap.per === "day" ? startOfNextLocalDay(zone, t) : startOfNextLocalWeek(zone, t);
}

/** Touches of `contacts[from, end)` on the cap's channels. */
function countCovered(cap: Cap, contacts: ContactLog, from: number, end: number): number {
  let count = 0;
  for (let i = from; i < end; i++) if (capCovers(cap, contacts.channel[i] as string)) count++;
  return count;
}

/**
 * The first index in `[from, end)` whose local day (at the fixed `shift`) is `firstDay` or later:
 * a binary search with the same arithmetic as `toLocalMs`, so it agrees with reading each touch.
 */
function firstInPeriod(at: readonly number[], from: number, end: number, shift: number, firstDay: number): number {
  let lo = from;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (localDayNumber((at[mid] as number) + shift) < firstDay) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The period's touches in `contacts[from, end)` read one by one in local time (an offset change lies within the lookback). */
function countByLocalDay(cap: Cap, zone: string, t: number, contacts: ContactLog, from: number, end: number): number {
  const day = localDayNumber(toLocalMs(zone, t));
  const week = cap.per === "week" ? weekNumber(day) : 0;
  let count = 0;
  for (let i = from; i < end; i++) {
    if (!capCovers(cap, contacts.channel[i] as string)) continue;
    const d = localDayNumber(toLocalMs(zone, contacts.at[i] as number));
    if (cap.per === "day" ? d === day : weekNumber(d) === week) count++;
  }
  return count;
}

/** Monday-based week index of a local day number (day 0 = Thursday 1970-01-01); its Monday is day `7 * week - 3`. */
function weekNumber(localDay: number): number {
  return Math.floor((localDay + 3) / 7);
}
