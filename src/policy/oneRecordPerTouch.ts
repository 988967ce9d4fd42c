import type { LearntOutcome } from "../primitives/index.js";

/** A history's touch records with every repeated one folded into the first record of its touch. */
export interface OneRecordPerTouch<R> {
  /** The first record of each touch, in history order. */
  readonly records: R[];
  /** Each touch's instant: the earliest of its records'. */
  readonly at: number[];
  /** Whether a touch's instant is before the one listed ahead of it. */
  readonly unsorted: boolean;
  /**
   * By touch index, for a touch recorded more than once: the outcomes its records carry, each learnt
   * at its own record's instant, in history order (`undefined` when none carries one).
   */
  readonly carried: ReadonlyMap<number, readonly LearntOutcome[]> | undefined;
}

/**
 * The touches of `records` (instants `at`) once each: a record whose touch id an earlier record
 * has is that touch again (a host's retried write, a webhook delivered twice). The touch keeps its
 * first record's fields and takes the earliest instant of its records; the outcome each record
 * carries is learnt at that record's instant, as an outcome record's would be. `repeats` pairs
 * the index of each repeated record with its touch's first record, ascending.
 */
export function oneRecordPerTouch<R extends { readonly outcome: string | undefined }>(
  records: readonly R[],
  at: readonly number[],
  repeats: readonly number[],
): OneRecordPerTouch<R> {
  const n = records.length;
  // For a repeated record, its touch's first record (-1: a first record); for a first record, its touch's index.
  const firstOf = new Int32Array(n).fill(-1);
  const repeated = new Uint8Array(n);
  for (let p = 0; p < repeats.length; p += 2) {
    firstOf[repeats[p] as number] = repeats[p + 1] as number;
    repeated[repeats[p + 1] as number] = 1;
  }
  const touchOf = new Int32Array(n);
  const out: R[] = [];
  const outAt: number[] = [];
  let carried: Map<number, LearntOutcome[]> | undefined;
  for (let k = 0; k < n; k++) {
    const first = firstOf[k] as number;
    const t = first < 0 ? out.length : (touchOf[first] as number);
    touchOf[k] = t;
    const recordAt = at[k] as number;
    if (first < 0) {
      out.push(records[k] as R);
      outAt.push(recordAt);
    } else if (recordAt < (outAt[t] as number)) outAt[t] = recordAt;
    const outcome = (records[k] as R).outcome;
    if (outcome === undefined || (first < 0 && repeated[k] === 0)) continue;
    const list = (carried ??= new Map()).get(t);
    if (list === undefined) carried.set(t, [{ outcome, at: recordAt }]);
    else list.push({ outcome, at: recordAt });
  }
  let unsorted = false;
  for (let t = 1; t < outAt.length && !unsorted; t++) unsorted = (outAt[t] as number) < (outAt[t - 1] as number);
  return { records: out, at: outAt, unsorted, carried };
}
