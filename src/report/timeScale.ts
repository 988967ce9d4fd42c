import type { LocalDay } from "./calendarBands.js";

/** One local day's column on the chart. */
export interface DayColumn {
  readonly day: LocalDay;
  readonly x: number;
  readonly width: number;
}

/** Lead-local days side by side, each linear inside; busy days are wider so close touches stay apart. */
export interface TimeScale {
  readonly columns: readonly DayColumn[];
  readonly width: number;
  /** The days at their narrowest need more than the width asked for: `width` is larger, and the chart scrolls rather than shrinks. */
  readonly overflows: boolean;
  /** The x of an instant (clamped to the chart). */
  x(ms: number): number;
}

/** Narrowest day column, in pixels (a 90-day plan scrolls rather than shrinks past this). */
const MIN_DAY = 18;
const DAY_MS = 86_400_000;
/** Extra weight per event on a day, and the most a day can weigh. */
const PER_EVENT = 1.6;
const MAX_WEIGHT = 12;

/**
 * A scale over `days` (consecutive local days, the first and last possibly cut short) for a plot
 * `width` pixels wide: each day weighs the share of a day it shows plus a share per instant in
 * `busy` that falls on it, so a speed-to-lead first day gets room.
 * Monotonic: a later instant never has a smaller x.
 */
export function timeScale(days: readonly LocalDay[], busy: readonly number[], width: number): TimeScale {
  const weights = days.map((d) => {
    let n = 0;
    for (const t of busy) if (t >= d.start && t < d.end) n++;
    return Math.min(MAX_WEIGHT, (d.end - d.start) / DAY_MS + PER_EVENT * n);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const fitted = total === 0 ? 0 : width / total;
  const unit = Math.max(fitted, MIN_DAY);
  // A cut-short day may be narrower than MIN_DAY: it holds only a few hours.
  const columns: DayColumn[] = [];
  let x = 0;
  for (const [i, day] of days.entries()) {
    const w = (weights[i] as number) * unit;
    columns.push({ day, x, width: w });
    x += w;
  }
  const scaleWidth = x;
  return {
    columns,
    width: scaleWidth,
    overflows: unit > fitted,
    x(ms: number): number {
      const first = columns[0];
      if (first === undefined || ms <= first.day.start) return 0;
      let lo = 0;
      let hi = columns.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((columns[mid] as DayColumn).day.start <= ms) lo = mid;
        else hi = mid - 1;
      }
      const c = columns[lo] as DayColumn;
      if (ms >= c.day.end) return c.x + c.width;
      return c.x + ((ms - c.day.start) / (c.day.end - c.day.start)) * c.width;
    },
  };
}
