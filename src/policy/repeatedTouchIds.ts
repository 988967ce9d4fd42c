/**
 * Finding a touch recorded twice (a host's retried write, a webhook delivered twice) in one reading
 * of a history, without a set of ids per decision: two records are the same touch when they have the
 * same `touchId` for the same step and attempt (what the id names; a record reusing an id for
 * another step is counted as a touch of its own). Exact: a candidate is always confirmed by
 * comparing attempt, step id and id.
 *
 * A short history is searched after its reading, and only when two of its touches share a bit of
 * `touchBit` (every pair compared then). A long one enters each touch while it is read in an
 * open-addressing table of hashes and touch indices, kept between readings (numbers only, no
 * reference to a record; up to `MAX_KEPT_SLOTS` slots) and cleared as each reading starts. A
 * reading nested in another (a record's getter that evaluates) clears it too: the outer reading may
 * then miss a repeat, never find a false one (every match is compared with its own earlier touch).
 */

/** A touch as the search reads it. */
type TouchFields = { readonly touchId: string; readonly stepId: string; readonly attempt: number };

/**
 * Histories of at most this many records are searched after their reading, every pair of touches
 * compared (attempt, then step id, then id: the common pair differs in the first or second, the
 * memory the reading has just read); longer ones enter each touch in the table while they are read.
 */
export const SHORT_HISTORY = 12;

/**
 * One of 32 bits for a touch's step and attempt (the step id's length and last character): two
 * records of one touch always have the same bit; touches of a short history rarely share one.
 */
export function touchBit(stepId: string, attempt: number): number {
  const n = stepId.length;
  return 1 << ((n * 5 + attempt * 7 + (n === 0 ? 0 : stepId.charCodeAt(n - 1))) & 31);
}

/**
 * The touches among the first `count` of `touches` that repeat an earlier one (the same `touchId` for
 * the same step and attempt), as pairs of indices: the repeat's, then its touch's first record's;
 * `undefined` when there is none.
 */
export function repeatsAmong(touches: readonly TouchFields[], count: number): number[] | undefined {
  let repeats: number[] | undefined;
  for (let k = 1; k < count; k++) {
    const t = touches[k] as TouchFields;
    const attempt = t.attempt;
    const stepId = t.stepId;
    for (let j = 0; j < k; j++) {
      const e = touches[j] as TouchFields;
      // The first match is the touch's first record: a repeat of it would have matched it first.
      if (e.attempt === attempt && e.stepId === stepId && e.touchId === t.touchId) {
        (repeats ??= []).push(k, j);
        break;
      }
    }
  }
  return repeats;
}

/** The largest table kept between readings (slots; a power of two): a longer history gets a table for its reading only. */
const MAX_KEPT_SLOTS = 1 << 14;

/**
 * The table: slots of two int32s, the hash of an id entered (never 0: 0 marks a free slot) and its
 * touch index. A reading uses the first `mask + 1` slots (at least four times its records, a power
 * of two: a probe ends at a free slot after about one and a half), cleared when it starts.
 */
let kept = new Int32Array(2 * 64);
let slots = kept;
let mask = 63;

/** Starts a reading of at most `records` touches: every id entered before is forgotten. */
export function beginTouchIds(records: number): void {
  let size = 64;
  while (size < 4 * records) size *= 2;
  if (size > MAX_KEPT_SLOTS) slots = new Int32Array(2 * size);
  else {
    if (2 * size > kept.length) kept = new Int32Array(2 * size);
    else kept.fill(0, 0, 2 * size);
    slots = kept;
  }
  mask = size - 1;
}

/**
 * The index `j` (below `k`) of an earlier touch of this reading that is the same touch: the same
 * `touchId` for the same step and attempt (`touches[j]`); -1 when there is none, and the touch `k`
 * is then entered.
 */
export function earlierTouch(touchId: string, stepId: string, attempt: number, k: number, touches: readonly TouchFields[]): number {
  const hash = touchHash(touchId, attempt) | 1;
  const table = slots;
  const m = mask;
  let slot = hash & m;
  // Bounded: a reading nested in this one (see above) may have left a smaller table in use.
  for (let probes = 0; probes <= m; probes++) {
    const at = 2 * slot;
    const entered = table[at] as number;
    if (entered === 0) {
      table[at] = hash;
      table[at + 1] = k;
      return -1;
    }
    if (entered === hash && sameTouch(touches, table[at + 1] as number, k, touchId, stepId, attempt)) return table[at + 1] as number;
    slot = (slot + 1) & m;
  }
  return -1;
}

/** Whether `touches[j]`, an earlier touch than `k`, has this id, step and attempt (read only when the hashes match). */
function sameTouch(touches: readonly TouchFields[], j: number, k: number, touchId: string, stepId: string, attempt: number): boolean {
  const t = j < k ? touches[j] : undefined;
  return t !== undefined && t.attempt === attempt && t.stepId === stepId && t.touchId === touchId;
}

/**
 * The attempt, the id's length and four of its characters (the last three: the attempt and the end
 * of the step id in the engine's ids, the last digits of a number; the middle one: in the plan id or
 * version), mixed (a multiply, its high half folded into the low). Each character read costs about
 * as much as a probe: ids that differ only elsewhere share a hash, told apart by comparing them.
 */
function touchHash(touchId: string, attempt: number): number {
  const n = touchId.length;
  let h = Math.imul(attempt, 0x01000193) ^ n;
  if (n >= 4) h ^= touchId.charCodeAt(n - 1) ^ (touchId.charCodeAt(n - 2) << 7) ^ (touchId.charCodeAt(n - 3) << 14) ^ (touchId.charCodeAt(n >> 1) << 21);
  else for (let i = 0; i < n; i++) h = Math.imul(h, 31) + touchId.charCodeAt(i);
  const m = Math.imul(h, 0x9e3779b1);
  return m ^ (m >>> 16);
}
