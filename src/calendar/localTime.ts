import { dateParts, type DateParts } from "../primitives/index.js";
import { offsetMinutes, steadyOffsetMinutes, transitionBetween } from "./zone.js";

/**
 * Local wall-clock time, encoded as "local ms": the wall-clock reading of a zone expressed as if
 * it were a UTC instant (`epochMs + offset * 60_000`). Arithmetic on local ms is plain UTC
 * calendar arithmetic and never depends on the host time zone.
 *
 * DST policy (the project's, documented in docs/time-rules.md): a wall-clock time that exists
 * twice (fall back) resolves to the earlier of its two instants. A wall-clock time that does not
 * exist (spring-forward gap) resolves by {@link NonexistentTime}: a scheduled touch time is shifted
 * by the gap's length (`"shift"`, as RFC 5545, Temporal's `"compatible"` and luxon do) unless the
 * plan asks for `"gap-end"`; a boundary (a window edge, the start of a day) is always the first
 * valid instant at or after it (`"gap-end"`), so no open minute is lost or invented.
 */

/**
 * How a wall-clock time inside a spring-forward gap resolves: `"shift"` moves it forward by the
 * gap's length (New York 2026-03-08 02:30 → 03:30 EDT), `"gap-end"` to the instant the gap ends
 * (→ 03:00 EDT).
 */
export type NonexistentTime = "shift" | "gap-end";

/** Milliseconds in a (UTC/local-ms) calendar day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/**
 * The wall-clock time of `zone` at instant `epochMs`, as local ms.
 *
 * @param zone a canonical zone name
 */
export function toLocalMs(zone: string, epochMs: number): number {
  return epochMs + offsetMinutes(zone, epochMs) * MINUTE_MS;
}

/**
 * The instant at which `zone`'s wall clock reads `localMs`, under the DST policy: a time in an
 * overlap gives the earlier instant (New York 2026-11-01 01:30 → 05:30Z, EDT); a time in a gap
 * gives, by `nonexistent`, the transition instant (`"gap-end"`, the default here, for boundaries:
 * 2026-03-08 02:30 → 07:00Z = 03:00 EDT) or the time shifted by the gap's length (`"shift"`:
 * → 07:30Z = 03:30 EDT).
 *
 * @param zone a canonical zone name
 */
export function fromLocalMs(zone: string, localMs: number, nonexistent: NonexistentTime = "gap-end"): number {
  return resolveLocal(zone, localMs, false, nonexistent);
}

/**
 * Like {@link fromLocalMs}, but a time in an overlap gives the later of its two instants.
 * Gap and unambiguous times resolve exactly as in {@link fromLocalMs}.
 *
 * @param zone a canonical zone name
 */
export function fromLocalMsLater(zone: string, localMs: number): number {
  return resolveLocal(zone, localMs, true, "gap-end");
}

function resolveLocal(zone: string, localMs: number, later: boolean, nonexistent: NonexistentTime): number {
  // Offsets never exceed ±24 h, so every instant showing `localMs` lies within a day of it.
  const steady = steadyOffsetMinutes(zone, localMs - DAY_MS, localMs + DAY_MS);
  if (!Number.isNaN(steady)) return localMs - steady * MINUTE_MS;
  const o1 = offsetMinutes(zone, localMs - DAY_MS);
  const o2 = offsetMinutes(zone, localMs + DAY_MS);
  const t1 = localMs - o1 * MINUTE_MS;
  if (o1 === o2 && offsetMinutes(zone, t1) === o1) return t1;
  const t2 = localMs - o2 * MINUTE_MS;
  const v1 = offsetMinutes(zone, t1) === o1;
  const v2 = offsetMinutes(zone, t2) === o2;
  if (v1 && v2) return later ? Math.max(t1, t2) : Math.min(t1, t2);
  if (v1) return t1;
  if (v2) return t2;
  if (!Number.isFinite(localMs)) return NaN;
  // Gap: the wall clock jumps over `localMs` at a transition between the two candidates. The later
  // candidate reads `localMs` with the offset before the gap: the time shifted by the gap's length.
  const lo = Math.min(t1, t2);
  const hi = Math.max(t1, t2);
  if (nonexistent === "shift") return hi;
  const t = transitionBetween(zone, lo, hi) ?? transitionBetween(zone, localMs - 2 * DAY_MS, localMs + 2 * DAY_MS);
  return t ?? hi;
}

/** The local day number of local ms: whole days since 1970-01-01 (negative before). */
export function localDayNumber(localMs: number): number {
  return Math.floor(localMs / DAY_MS);
}

/** The weekday of local ms: 0 = Monday … 6 = Sunday. */
export function weekdayOfLocal(localMs: number): number {
  // Day 0 (1970-01-01) was a Thursday (3).
  const d = (Math.floor(localMs / DAY_MS) + 3) % 7;
  return d < 0 ? d + 7 : d;
}

/** The minute of the local day of local ms, 0 … 1439. */
export function minuteOfDay(localMs: number): number {
  return Math.floor((localMs - Math.floor(localMs / DAY_MS) * DAY_MS) / MINUTE_MS);
}

/** Calendar fields of a local ms value (proleptic Gregorian, month 1–12). */
export type LocalDateParts = DateParts;

/** The calendar fields of local ms (no Date object, no host time zone). */
export const localDateParts: (localMs: number) => LocalDateParts = dateParts;

const ERA_MS = 146_097 * DAY_MS;

/**
 * Local ms from calendar fields (month 1–12). Out-of-range fields overflow into the next unit as
 * with `Date.UTC` (month 13 → January of the next year, day 0 → last day of the previous month);
 * unlike `Date.UTC`, years 0–99 are taken literally.
 */
export function localMsFromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year >= 0 && year < 100) {
    // Date.UTC maps years 0–99 to 1900–1999; shift by one 400-year era (a whole number of days).
    return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - ERA_MS;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The ISO calendar date of local ms, `"2026-03-08"` (years outside 0–9999 get a sign). */
export function isoLocalDate(localMs: number): string {
  const p = localDateParts(localMs);
  const y = p.year >= 0 && p.year <= 9999 ? pad(p.year, 4) : (p.year < 0 ? "-" : "+") + pad(Math.abs(p.year), 6);
  return `${y}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}
