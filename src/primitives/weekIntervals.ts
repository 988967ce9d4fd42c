/** Minutes in a day; a minute-of-day lies in `[0, MINUTES_PER_DAY)`, and `MINUTES_PER_DAY` ends a day. */
export const MINUTES_PER_DAY = 1440;

/** Minutes in a week; minute-of-week 0 is Monday 00:00 local, and `MINUTES_PER_WEEK` ends Sunday. */
export const MINUTES_PER_WEEK = 10_080;

/**
 * Weekly opening hours as minute-of-week intervals `[start, end)`. Sorted, non-overlapping and
 * non-adjacent, within `[0, MINUTES_PER_WEEK]`; `[]` is never open, {@link ALWAYS_OPEN} always.
 * The operations below also serve minute-of-day intervals (closed hours of one local date).
 */
export type WeekIntervals = readonly (readonly [start: number, end: number])[];

/** The whole week. */
export const ALWAYS_OPEN: WeekIntervals = [[0, MINUTES_PER_WEEK]];

/** Whether `intervals` cover the whole week (no window, no quiet hours). */
export function isAlwaysOpen(intervals: WeekIntervals): boolean {
  const only = intervals[0];
  return intervals.length === 1 && only !== undefined && only[0] <= 0 && only[1] >= MINUTES_PER_WEEK;
}

/** `intervals` (any order, may overlap) sorted, with overlapping or touching ones merged. The input is not modified. */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The minutes of `open` not in `closed` (both sorted and merged). */
export function subtractIntervals(open: WeekIntervals, closed: WeekIntervals): [number, number][] {
  const out: [number, number][] = [];
  for (const [s0, e0] of open) {
    let s = s0;
    for (const [cs, ce] of closed) {
      if (ce <= s || cs >= e0) continue;
      if (cs > s) out.push([s, cs]);
      s = Math.max(s, ce);
      if (s >= e0) break;
    }
    if (s < e0) out.push([s, e0]);
  }
  return out;
}

/** The minutes open in both `a` and `b` (both sorted and merged). */
export function intersectIntervals(a: WeekIntervals, b: WeekIntervals): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as readonly [number, number];
    const y = b[j] as readonly [number, number];
    const s = Math.max(x[0], y[0]);
    const e = Math.min(x[1], y[1]);
    if (s < e) out.push([s, e]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}
