import { ArgumentError } from "../errors/index.js";
import { MINUTES_PER_WEEK, isAlwaysOpen, mergeIntervals, type WeekIntervals } from "../primitives/index.js";
import { transitionBetween } from "./zone.js";
import { DAY_MS, MINUTE_MS, fromLocalMs, fromLocalMsLater, localDayNumber, toLocalMs } from "./localTime.js";

const WEEK_MS = 7 * DAY_MS;
/** How far ahead the searches look: three local weeks of candidates, so they always terminate. */
const SEARCH_WEEKS = 3;

/**
 * Normalise raw minute-of-week intervals: an interval whose end is before its start, or past
 * `MINUTES_PER_WEEK`, wraps over Sunday→Monday and is split in two; starts are taken modulo a week; intervals
 * of a week or longer cover the whole week; empty ones are dropped; the rest are sorted and
 * overlapping or touching ones merged. Run once when a plan is compiled, not per evaluation.
 *
 * @throws ArgumentError when a bound is not a finite number
 */
export function normalizeWeeklyIntervals(raw: readonly (readonly [number, number])[]): WeekIntervals {
  const pieces: [number, number][] = [];
  for (let i = 0; i < raw.length; i++) {
    const [start, end] = raw[i] as readonly [number, number];
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      throw new ArgumentError(`intervals[${i}]`, `weekly interval bounds must be finite numbers, got [${start}, ${end}]`);
    }
    let length = end - start;
    if (length < 0) length += MINUTES_PER_WEEK;
    if (length === 0) continue;
    if (length >= MINUTES_PER_WEEK) return [[0, MINUTES_PER_WEEK]];
    const s = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const e = s + length;
    if (e <= MINUTES_PER_WEEK) pieces.push([s, e]);
    else pieces.push([s, MINUTES_PER_WEEK], [0, e - MINUTES_PER_WEEK]);
  }
  return mergeIntervals(pieces);
}

/**
 * The minute of the week (0 = Monday 00:00) of a local ms; 1970-01-05 (day 4) was a Monday.
 * Floor division, not `%`: the minute count is a double and `%` on doubles is a call to `fmod`.
 */
function minuteOfWeek(localMs: number): number {
  const minutes = Math.floor((localMs - 4 * DAY_MS) / MINUTE_MS);
  return minutes - Math.floor(minutes / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
}

function openAtLocal(localMs: number, intervals: WeekIntervals): boolean {
  const m = minuteOfWeek(localMs);
  for (let i = 0; i < intervals.length; i++) {
    const iv = intervals[i] as readonly [number, number];
    if (m < iv[0]) return false;
    if (m < iv[1]) return true;
  }
  return false;
}

/**
 * Whether the wall-clock minute of `epochMs` in `zone` lies in one of `intervals` (with a window
 * ending 21:00, 20:59:59.999 is open and 21:00:00 is not), and outside the dated closures `closed`.
 *
 * @param zone a canonical zone name
 */
export function isOpenAt(zone: string, epochMs: number, intervals: WeekIntervals, closed?: DateClosures): boolean {
  if (intervals.length === 0) return false;
  if (closed !== undefined) {
    const local = toLocalMs(zone, epochMs);
    return openAtLocal(local, intervals) && closureEnd(local, closed) === undefined;
  }
  if (isAlwaysOpen(intervals)) return true;
  return openAtLocal(toLocalMs(zone, epochMs), intervals);
}

/**
 * The earliest instant ≥ `epochMs` at which {@link isOpenAt} is true (`epochMs` itself when it is
 * open, even mid-minute), or `null` when `intervals` is empty. DST-correct: a window starting in
 * a gap opens at the first valid instant after its start, a window reached again after a fall
 * back reopens, and a jump of the clock into a window opens it at the transition. Looks at most
 * three local weeks ahead. With `closed`, also skips the dated closures (`null` after a year of them).
 *
 * @param zone a canonical zone name
 */
export function nextOpenAt(zone: string, epochMs: number, intervals: WeekIntervals, closed?: DateClosures): number | null {
  if (intervals.length === 0) return null;
  if (closed !== undefined) return nextOpenOutsideClosures(zone, epochMs, intervals, closed);
  if (isAlwaysOpen(intervals)) return epochMs;
  return nextStateAt(zone, epochMs, intervals, true);
}

/**
 * Closed minute-of-day intervals `[from, to)` for one local date (`localDay` = days since
 * 1970-01-01 of the lead-local date), on top of the weekly hours: public holidays, a short day.
 * `to` may be 1440 (closed to midnight). Must be pure; `undefined` or `[]` means no closure.
 */
export type DateClosures = (localDay: number) => readonly (readonly [from: number, to: number])[] | undefined;

/** Dated closures met in a row before giving up (a year of closed days). */
const MAX_CLOSURE_HOPS = 400;

/** The local ms at which the closure covering local instant `local` ends, or `undefined` when none covers it. */
function closureEnd(local: number, closed: DateClosures): number | undefined {
  const day = localDayNumber(local);
  const minute = (local - day * DAY_MS) / MINUTE_MS;
  for (const [from, to] of closed(day) ?? []) if (minute >= from && minute < to) return day * DAY_MS + to * MINUTE_MS;
  return undefined;
}

/** {@link nextOpenAt} that also skips the dated closures: each hop moves strictly forward. */
function nextOpenOutsideClosures(zone: string, epochMs: number, intervals: WeekIntervals, closed: DateClosures): number | null {
  let t = epochMs;
  for (let hop = 0; hop < MAX_CLOSURE_HOPS; hop++) {
    const open = isAlwaysOpen(intervals) ? t : nextStateAt(zone, t, intervals, true);
    if (open === null) return null;
    const end = closureEnd(toLocalMs(zone, open), closed);
    if (end === undefined) return open;
    // An end the clock shows twice (a fall back) is its later instant when the opening lies after its first.
    const after = fromLocalMs(zone, end);
    const until = after > open ? after : fromLocalMsLater(zone, end);
    // A fall back before the end shows the date's earlier minutes again, which the closure may leave open: look there first.
    t = Math.max(transitionBetween(zone, open, until) ?? until, open + 1);
  }
  return null;
}

/**
 * The earliest instant ≥ `epochMs` at which {@link isOpenAt} is false (`epochMs` itself when it
 * is closed), or `null` when the schedule never closes. Same DST handling and bound as
 * {@link nextOpenAt}.
 *
 * @param zone a canonical zone name
 */
export function nextCloseAt(zone: string, epochMs: number, intervals: WeekIntervals): number | null {
  if (intervals.length === 0) return epochMs;
  if (isAlwaysOpen(intervals)) return null;
  return nextStateAt(zone, epochMs, intervals, false);
}

/**
 * The first instant ≥ `epochMs` with the wanted state. The common case costs one offset lookup, one
 * pass over the intervals and one transition check: the minute of the week of `epochMs` is placed
 * among the intervals, the next boundary with the wanted state is read off (this week's or the
 * next's), and when the zone's offset does not change between `epochMs` and that boundary the
 * answer is the boundary's instant at that offset. Otherwise (a transition in between, or bounds
 * that are not whole minutes) {@link nextStateAcrossTransitions} searches candidate by candidate.
 */
function nextStateAt(zone: string, epochMs: number, intervals: WeekIntervals, open: boolean): number | null {
  const local = toLocalMs(zone, epochMs);
  const m = minuteOfWeek(local);
  const n = intervals.length;
  let i = 0;
  while (i < n && m >= (intervals[i] as readonly [number, number])[1]) i++;
  const inside = i < n && m >= (intervals[i] as readonly [number, number])[0];
  if (inside === open) return epochMs;
  // Closed before interval i (its start opens), or open inside it (its end closes, unless the end
  // is the week's and the first interval starts at the week's first minute: then the first
  // interval's end of the next week closes).
  let weeks = 0;
  let bound: number;
  if (open) {
    if (i === n) {
      i = 0;
      weeks = 1;
    }
    bound = (intervals[i] as readonly [number, number])[0];
  } else {
    bound = (intervals[i] as readonly [number, number])[1];
    if (bound === MINUTES_PER_WEEK && (intervals[0] as readonly [number, number])[0] === 0) {
      bound = (intervals[0] as readonly [number, number])[1];
      weeks = 1;
    }
  }
  if (Number.isInteger(bound)) {
    const weekStart = Math.floor((local - 4 * DAY_MS) / WEEK_MS) * WEEK_MS + 4 * DAY_MS;
    // The offset taken as `local - epochMs`, the same bits the search across transitions uses.
    const at = weekStart + weeks * WEEK_MS + bound * MINUTE_MS - (local - epochMs);
    if (transitionBetween(zone, epochMs, at) === undefined) return at;
  }
  return nextStateAcrossTransitions(zone, epochMs, intervals, open);
}

/**
 * The state (open or closed) can only change at an instant whose wall clock reads an interval
 * boundary, or at an offset transition (the clock jumps). The answer is the earliest such
 * candidate after `epochMs` that has the wanted state.
 */
function nextStateAcrossTransitions(zone: string, epochMs: number, intervals: WeekIntervals, open: boolean): number | null {
  const local = toLocalMs(zone, epochMs);
  if (openAtLocal(local, intervals) === open) return epochMs;
  // Monday 00:00 of the current local week (day 4 of the epoch was a Monday).
  const weekStart = Math.floor((local - 4 * DAY_MS) / WEEK_MS) * WEEK_MS + 4 * DAY_MS;
  const b = open ? 0 : 1;
  const horizon = weekStart + SEARCH_WEEKS * WEEK_MS + DAY_MS;
  if (transitionBetween(zone, epochMs, horizon) === undefined) {
    // Fixed offset from epochMs on: the wall clock moves with the instant, no DST cases.
    const offsetMs = local - epochMs;
    for (let w = 0; w < SEARCH_WEEKS; w++) {
      for (let i = 0; i < intervals.length; i++) {
        const cl = weekStart + w * WEEK_MS + (intervals[i] as readonly [number, number])[b] * MINUTE_MS;
        if (cl > local && openAtLocal(cl, intervals) === open) return cl - offsetMs;
      }
    }
    return null;
  }
  let best = Infinity;
  let bestLocal = Infinity;
  outer: for (let w = 0; w < SEARCH_WEEKS; w++) {
    for (let i = 0; i < intervals.length; i++) {
      const cl = weekStart + w * WEEK_MS + (intervals[i] as readonly [number, number])[b] * MINUTE_MS;
      // Instants showing `cl` lie within a day of it; earlier boundaries cannot be after epochMs.
      if (cl < local - 2 * DAY_MS) continue;
      if (cl > bestLocal + 2 * DAY_MS) break outer;
      const first = fromLocalMs(zone, cl);
      if (first > epochMs && first < best && openAtLocal(toLocalMs(zone, first), intervals) === open) {
        best = first;
        bestLocal = cl;
        continue;
      }
      const second = fromLocalMsLater(zone, cl);
      if (second !== first && second > epochMs && second < best && openAtLocal(toLocalMs(zone, second), intervals) === open) {
        best = second;
        bestLocal = cl;
      }
    }
  }
  const until = Math.min(best, horizon);
  for (let t = transitionBetween(zone, epochMs, until); t !== undefined && t < best; t = transitionBetween(zone, t, until)) {
    if (openAtLocal(toLocalMs(zone, t), intervals) === open) best = t;
  }
  return best === Infinity ? null : best;
}
