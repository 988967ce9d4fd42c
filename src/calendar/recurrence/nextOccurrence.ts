import { BoundedMemo, recurrenceContradiction } from "../../primitives/index.js";
import { CadenceError } from "../../errors/index.js";
import { firstIndexAtLeast } from "../../primitives/sortedSearch.js";
import { DAY_MS, fromLocalMs, localDayNumber, toLocalMs, type NonexistentTime } from "../localTime.js";
import { transitionBetween } from "../zone.js";
import { expandRecurrence } from "./expandRecurrence.js";
import type { RecurrenceRule } from "./recurrenceRule.js";

/** A rule with a stable cache key (one per plan step; see {@link compileRecurrence}). */
export interface CompiledRecurrence {
  readonly rule: RecurrenceRule;
  readonly key: string;
  /** The rule contradicts itself (it can never match, whatever its start). */
  readonly impossible: boolean;
  /** Expanded blocks by numeric key (start day and block index); bounded, oldest entries go first. */
  readonly blocks: BoundedMemo<number, readonly number[]>;
  /** Occurrences held in `blocks` since they were last cleared (an upper bound: evictions are not subtracted). */
  cachedOccurrences: number;
}

/** Days expanded per cached block, per frequency: a few dozen occurrences each. */
const BLOCK_DAYS: Readonly<Record<RecurrenceRule["freq"], number>> = { HOURLY: 7, DAILY: 56, WEEKLY: 84, MONTHLY: 366, YEARLY: 4 * 366 };
/** A rule with no occurrence within this many days of the searched instant is treated as never matching. */
export const RECURRENCE_HORIZON_DAYS = 40 * 366;
/** Most expanded blocks kept per rule. */
const MAX_CACHED = 4096;
/** Most occurrences kept in a rule's blocks (8 bytes each): a dense rule (every minute) holds millions per block. */
const MAX_CACHED_OCCURRENCES = 1 << 20;
/** Block keys: start day × this + block index (or -1 for a COUNT rule's whole list). */
const KEY_STRIDE = 1 << 16;
/**
 * The longest spring-forward gap in tzdata plus a margin: a whole skipped day (Pacific/Apia on
 * 2011-12-30, Pacific/Kwajalein on 1993-08-21). An occurrence inside a gap resolves forward, past
 * its own wall-clock time, so the search for the next occurrence at or after an instant looks back
 * on the wall clock by this much when a transition lies that close before the instant.
 */
const MAX_GAP_MS = 26 * 3_600_000;

/** Wraps a rule with its cache key. */
export function compileRecurrence(rule: RecurrenceRule): CompiledRecurrence {
  return { rule, key: JSON.stringify(rule), impossible: staticallyImpossible(rule), blocks: new BoundedMemo(MAX_CACHED), cachedOccurrences: 0 };
}

function remember(rec: CompiledRecurrence, key: number, list: readonly number[]): readonly number[] {
  if (rec.cachedOccurrences + list.length > MAX_CACHED_OCCURRENCES) {
    rec.blocks.clear();
    rec.cachedOccurrences = 0;
  }
  rec.cachedOccurrences += list.length;
  return rec.blocks.set(key, list);
}

function neverMatches(rec: CompiledRecurrence): CadenceError {
  return new CadenceError(
    "rrule_never_matches",
    `The recurrence ${rec.key} has no occurrence within ${RECURRENCE_HORIZON_DAYS / 366} years of its start: it can never be due`,
  );
}

/**
 * The occurrences of a COUNT rule started on `dtDay`: every one of that day, then COUNT more (so
 * COUNT from any start within the day are there: see {@link nextOccurrenceLocal}).
 */
function countedOccurrences(rec: CompiledRecurrence, dtDay: number): readonly number[] {
  const key = dtDay * KEY_STRIDE - 1;
  const hit = rec.blocks.get(key);
  if (hit !== undefined) return hit;
  const count = rec.rule.count ?? 0;
  const block = BLOCK_DAYS[rec.rule.freq];
  const nextDay = (dtDay + 1) * DAY_MS;
  const out: number[] = [];
  let later = 0;
  for (let day = dtDay; later < count && day < dtDay + RECURRENCE_HORIZON_DAYS; day += block) {
    for (const v of expandRecurrence(rec.rule, dtDay, day, day + block)) {
      if (v < nextDay) out.push(v);
      else if (later < count) {
        out.push(v);
        later++;
      }
    }
  }
  if (out.length === 0) throw neverMatches(rec);
  return remember(rec, key, out);
}

/**
 * The first occurrence (local ms) at or after local time `fromLocal` of `rec` started on local
 * day `dtDay` (at local time `startLocal` of that day, which COUNT counts from; its midnight when
 * not given); `Infinity` when the rule has ended (COUNT reached, UNTIL passed).
 * @throws {CadenceError} `rrule_never_matches` when an unbounded rule has no occurrence within
 *   {@link RECURRENCE_HORIZON_DAYS}; the search is bounded by that horizon.
 */
export function nextOccurrenceLocal(rec: CompiledRecurrence, dtDay: number, fromLocal: number, startLocal = dtDay * DAY_MS): number {
  if (rec.impossible) throw neverMatches(rec);
  if (rec.rule.count !== undefined) {
    // COUNT occurrences from the start's: one earlier on its day is not one of them.
    const list = countedOccurrences(rec, dtDay);
    const first = firstIndexAtLeast(list, startLocal);
    const i = Math.max(first, firstIndexAtLeast(list, fromLocal));
    return i < first + rec.rule.count ? (list[i] ?? Infinity) : Infinity;
  }
  const block = BLOCK_DAYS[rec.rule.freq];
  const firstBlock = Math.max(0, Math.floor((localDayNumber(fromLocal) - dtDay) / block));
  const searchStart = dtDay + firstBlock * block;
  for (let k = firstBlock; ; k++) {
    const blockDay = dtDay + k * block;
    const until = rec.rule.untilLocal;
    if (until !== undefined && blockDay * DAY_MS > until) return Infinity;
    if (blockDay - searchStart > RECURRENCE_HORIZON_DAYS) throw neverMatches(rec);
    const key = dtDay * KEY_STRIDE + k;
    const list = rec.blocks.get(key) ?? remember(rec, key, expandRecurrence(rec.rule, dtDay, blockDay, blockDay + block));
    const v = list[firstIndexAtLeast(list, fromLocal)];
    if (v !== undefined) return v;
  }
}

/**
 * The first occurrence instant ≥ `max(anchorMs, fromMs)` of `rec`, read on `zone`'s wall clock
 * and started at the anchor (its local date's days, weeks and months; COUNT from the anchor's local
 * time, so occurrences before the anchor are not counted); `Infinity` when the rule has ended
 * (COUNT reached, UNTIL passed: a floating UNTIL on the wall clock, one in UTC as an instant).
 * Occurrences are local wall-clock times converted with the DST policy of {@link fromLocalMs}:
 * one in a spring-forward gap is shifted by the gap's length (`nonexistent`, default `"shift"`) or
 * happens at the transition (`"gap-end"`), one in a repeated hour happens once, at its first instant. Cost does not depend on how far `fromMs` is from `anchorMs`.
 *
 * @param zone a canonical zone name
 * @throws {CadenceError} `rrule_never_matches` (see {@link nextOccurrenceLocal}).
 */
export function nextOccurrenceAt(zone: string, rec: CompiledRecurrence, anchorMs: number, fromMs: number, nonexistent: NonexistentTime = "shift"): number {
  const target = Math.max(anchorMs, fromMs);
  const startLocal = toLocalMs(zone, anchorMs);
  const dtDay = localDayNumber(startLocal);
  // Only a gap ending at or before `target` moves an earlier wall-clock occurrence to `target` or later.
  const slack = transitionBetween(zone, target - MAX_GAP_MS, target) === undefined ? 0 : MAX_GAP_MS;
  let local = toLocalMs(zone, target) - slack;
  // Each round moves past one occurrence; occurrences within the slack are few.
  for (let round = 0; round < 10_000; round++) {
    const occurrence = nextOccurrenceLocal(rec, dtDay, local, startLocal);
    if (occurrence === Infinity) return Infinity;
    const at = fromLocalMs(zone, occurrence, nonexistent);
    if (at >= target) {
      const first = earliestBeforeShifted(zone, rec, dtDay, startLocal, occurrence, at, target, nonexistent);
      // An UNTIL in UTC is an instant: the expansion stopped at a local time no zone reads it past.
      return first > (rec.rule.untilUtc ?? Infinity) ? Infinity : first;
    }
    local = occurrence + 1;
  }
  throw neverMatches(rec);
}

/**
 * `at`, the instant of a gap `occurrence` moved forward (to the gap's end, or by its length), or an
 * earlier one ≥ `target`: the occurrences after the gap that local time `at` passed over (Chatham
 * 03:00 shifted to 04:00 passes 03:50). Reads nothing more for an occurrence that exists.
 */
function earliestBeforeShifted(
  zone: string,
  rec: CompiledRecurrence,
  dtDay: number,
  startLocal: number,
  occurrence: number,
  at: number,
  target: number,
  nonexistent: NonexistentTime,
): number {
  const shifted = toLocalMs(zone, at);
  if (shifted <= occurrence) return at;
  let best = at;
  for (let o = nextOccurrenceLocal(rec, dtDay, occurrence + 1, startLocal); o < shifted; o = nextOccurrenceLocal(rec, dtDay, o + 1, startLocal)) {
    const t = fromLocalMs(zone, o, nonexistent);
    if (t >= target && t < best) best = t;
  }
  return best;
}

/** Contradictions visible without expanding: hours an HOURLY interval never reaches, month days no listed month has. */
function staticallyImpossible(rule: RecurrenceRule): boolean {
  return recurrenceContradiction(rule) !== undefined;
}

/**
 * Whether `rule` (ignoring COUNT and UNTIL) has an occurrence within the horizon when started on
 * a reference date; a bounded check for plan validation (static contradictions first, then at
 * most {@link RECURRENCE_HORIZON_DAYS} days of expansion, stopping at the first occurrence).
 */
export function recurrenceCanMatch(rule: RecurrenceRule): boolean {
  if (staticallyImpossible(rule)) return false;
  const open = { ...rule, count: undefined, untilLocal: undefined };
  // Reference start: Monday 2026-01-05.
  const dtDay = 20_458;
  const chunk = rule.freq === "HOURLY" ? 28 : 366;
  for (let day = dtDay; day < dtDay + RECURRENCE_HORIZON_DAYS; day += chunk) {
    if (expandRecurrence(open, dtDay, day, day + chunk).length > 0) return true;
  }
  return false;
}
