import type { LearntOutcome } from "../primitives/index.js";

/*
 * A touch recorded twice (a host's retried write, a webhook delivered twice): two records are the
 * same touch when they have the same `touchId` for the same step, attempt and plan (what the id names;
 * a record reusing an id for another step, attempt or plan is a touch of its own). `indexLeadFacts` says
 * when a history is searched: never per record of a long history's common reading.
 */

/** A touch record as the search reads it. */
type TouchFields = {
  readonly touchId: string;
  readonly stepId: string;
  readonly attempt: number;
  readonly planId: string | undefined;
  readonly outcome: string | undefined;
};

/** What makes a touch record that touch again: its id, step, attempt and plan. */
type TouchIdentity = Pick<TouchFields, "touchId" | "stepId" | "attempt"> & { readonly planId?: string | undefined };

/** A history's touch records with every repeated one folded into the earliest record of its touch. */
export interface OneRecordPerTouch<R> {
  /** The earliest record of each touch (of several at its instant, the first listed), in the order of each touch's first record. */
  readonly records: R[];
  /** Each touch's instant: the earliest of its records'. */
  readonly at: number[];
  /**
   * By touch index, for a touch recorded more than once: the outcomes its records carry, each learnt
   * at its own record's instant, in history order.
   */
  readonly carried: ReadonlyMap<number, readonly LearntOutcome[]>;
}

/** Whether two records are one touch: the same id, step, attempt and plan (a record naming another plan is a touch of its own). */
export function sameTouch(a: TouchIdentity, b: TouchIdentity): boolean {
  return a.attempt === b.attempt && a.stepId === b.stepId && a.touchId === b.touchId && a.planId === b.planId;
}

/** Buckets of {@link hasRepeatedTouch}'s search (a power of two). */
const BUCKETS = 64;

/**
 * Its scratch, kept between searches (numbers only, no record): each bucket's latest touch index
 * (-1: none), then each touch's key and the index before it in its bucket. A search nested in another
 * (a record's getter that evaluates) may make the outer one miss a repeat, never find a false one.
 */
let scratch = new Int32Array(BUCKETS + 2 * 64);

/**
 * Whether a touch is recorded twice among `touches` (for a short history, after its reading): each
 * touch compared only with the earlier ones of its bucket whose key (the lengths of the id and the
 * step id, the attempt) is its own, so few ids are compared. The key reads no character: a touch id
 * a host built by concatenation (as the engine does) is a rope, and `charCodeAt` on one costs more
 * than the whole comparison it would spare.
 */
export function hasRepeatedTouch(touches: readonly TouchFields[]): boolean {
  const n = touches.length;
  if (scratch.length < BUCKETS + 2 * n) scratch = new Int32Array(BUCKETS + 2 * n);
  const s = scratch.fill(-1, 0, BUCKETS);
  for (let k = 0; k < n; k++) {
    const t = touches[k] as TouchFields;
    const key = ((t.touchId.length * 131 + t.stepId.length) * 8 + t.attempt) | 0;
    const bucket = Math.imul(key, 0x9e3779b1) >>> 26;
    // Each earlier touch of the bucket, latest first (descending: bounded, whatever a nested search left).
    for (let j = s[bucket] as number, before = k; j >= 0 && j < before; before = j, j = s[BUCKETS + 2 * j + 1] as number) {
      if (s[BUCKETS + 2 * j] === key && sameTouch(touches[j] as TouchFields, t)) return true;
    }
    s[BUCKETS + 2 * k] = key;
    s[BUCKETS + 2 * k + 1] = s[bucket] as number;
    s[bucket] = k;
  }
  return false;
}

/**
 * The touches of `records` (instants `at`) once each, found by id (one map entry per id); `undefined`
 * when no touch is recorded twice. A touch is its earliest record (of several at its instant, the
 * first listed): its fields and instant; the outcome each record carries is learnt at that record's
 * instant, as an outcome record's would be.
 */
export function oneRecordPerTouch<R extends TouchFields>(records: readonly R[], at: readonly number[]): OneRecordPerTouch<R> | undefined {
  const out: R[] = [];
  const outAt: number[] = [];
  // Each touch's first record's index in `records`.
  const first: number[] = [];
  // Each id → the touches under it (more than one only when an id is reused for another step, attempt or plan).
  const byId = new Map<string, number[]>();
  let carried: Map<number, LearntOutcome[]> | undefined;
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as R;
    const recordAt = at[k] as number;
    let touches = byId.get(r.touchId);
    const t = touches?.find((i) => sameTouch(out[i] as R, r));
    if (t === undefined) {
      if (touches === undefined) byId.set(r.touchId, (touches = []));
      touches.push(out.length);
      first.push(k);
      out.push(r);
      outAt.push(recordAt);
      continue;
    }
    // The earliest record is the touch: the history's order decides only between records at one instant (the first listed).
    if (recordAt < (outAt[t] as number)) {
      outAt[t] = recordAt;
      out[t] = r;
    }
    let learnt = carried?.get(t);
    if (learnt === undefined) {
      // The touch's first record's own outcome, at its own instant, comes first.
      const own = (records[first[t] as number] as R).outcome;
      learnt = own === undefined ? [] : [{ outcome: own, at: at[first[t] as number] as number }];
      (carried ??= new Map()).set(t, learnt);
    }
    if (r.outcome !== undefined) learnt.push({ outcome: r.outcome, at: recordAt });
  }
  return carried === undefined ? undefined : { records: out, at: outAt, carried };
}
