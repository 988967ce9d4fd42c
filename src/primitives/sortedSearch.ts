/**
 * The first index `i` of ascending `list` with `keyOf(list[i]) > value` (`list.length` when none):
 * binary search, so a lookup costs O(log n) whatever the length.
 */
export function firstIndexAbove<T>(list: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid] as T) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of ascending `list` whose number is ≥ `value` (`list.length` when none). */
export function firstIndexAtLeast(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of ascending `list` whose number is > `value` (`list.length` when none). */
export function firstNumberAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
