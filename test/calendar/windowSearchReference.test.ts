import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DAY_MS,
  MINUTE_MS,
  fromLocalMs,
  fromLocalMsLater,
  nextCloseAt,
  nextOpenAt,
  normalizeWeeklyIntervals,
  toLocalMs,
  transitionBetween,
} from "../../src/calendar/index.js";
import { MINUTES_PER_WEEK, isAlwaysOpen, type WeekIntervals } from "../../src/primitives/index.js";

/**
 * The window search as it was before its fast path (one offset lookup and one pass over the
 * intervals): every boundary of three local weeks is a candidate, resolved in the zone, and every
 * offset transition before the best one too. `nextOpenAt`/`nextCloseAt` must answer exactly as it does.
 */
const WEEK_MS = 7 * DAY_MS;

function openAtLocal(localMs: number, intervals: WeekIntervals): boolean {
  let m = Math.floor((localMs - 4 * DAY_MS) / MINUTE_MS) % MINUTES_PER_WEEK;
  if (m < 0) m += MINUTES_PER_WEEK;
  for (const [s, e] of intervals) {
    if (m < s) return false;
    if (m < e) return true;
  }
  return false;
}

function referenceNextState(zone: string, epochMs: number, intervals: WeekIntervals, open: boolean): number | null {
  if (intervals.length === 0) return open ? null : epochMs;
  if (isAlwaysOpen(intervals)) return open ? epochMs : null;
  const local = toLocalMs(zone, epochMs);
  if (openAtLocal(local, intervals) === open) return epochMs;
  const weekStart = Math.floor((local - 4 * DAY_MS) / WEEK_MS) * WEEK_MS + 4 * DAY_MS;
  const b = open ? 0 : 1;
  const horizon = weekStart + 3 * WEEK_MS + DAY_MS;
  if (transitionBetween(zone, epochMs, horizon) === undefined) {
    const offsetMs = local - epochMs;
    for (let w = 0; w < 3; w++) {
      for (const iv of intervals) {
        const cl = weekStart + w * WEEK_MS + iv[b] * MINUTE_MS;
        if (cl > local && openAtLocal(cl, intervals) === open) return cl - offsetMs;
      }
    }
    return null;
  }
  let best = Infinity;
  let bestLocal = Infinity;
  outer: for (let w = 0; w < 3; w++) {
    for (const iv of intervals) {
      const cl = weekStart + w * WEEK_MS + iv[b] * MINUTE_MS;
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

const ZONES = Intl.supportedValuesOf("timeZone");
const DST_ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Santiago",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Sao_Paulo",
  "Asia/Tehran",
];
const DAY = 1440;

/** Schedules as plans make them: whole minutes, wrapped and merged; sometimes one starting at the week's first minute or ending at its last. */
const arbSchedule = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: MINUTES_PER_WEEK - 1 }), fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 8 }),
    fc.constantFrom("plain", "from-monday", "to-sunday", "both"),
  )
  .map(([xs, edge]) => {
    const raw: [number, number][] = xs.map(([s, len]) => [s, s + len]);
    if (edge === "from-monday" || edge === "both") raw.push([0, 30]);
    if (edge === "to-sunday" || edge === "both") raw.push([MINUTES_PER_WEEK - 45, MINUTES_PER_WEEK]);
    return normalizeWeeklyIntervals(raw);
  });
/** Years 1900–2200, where zones had local-mean-time offsets, odd transitions, and none planned. */
const arbInstant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });

describe("window search: the fast path answers as the candidate-by-candidate search", () => {
  it("any zone, instant (1900–2200) and schedule", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), arbInstant, arbSchedule, (zone, t, iv) => {
        expect(nextOpenAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, true));
        expect(nextCloseAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, false));
      }),
      { numRuns: 1000 },
    );
  });

  it("around offset transitions, with daily windows placed near their wall-clock time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DST_ZONES, ...ZONES.slice(0, 40)),
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: -3 * DAY, max: 2 * DAY }),
        fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
        (zone, start, offsetMin, len, fromMin, days) => {
          const tr = transitionBetween(zone, start, start + 400 * DAY_MS);
          if (tr === undefined) return;
          const trLocalMinute = Math.floor((((toLocalMs(zone, tr) % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
          const s = (((trLocalMinute + offsetMin) % DAY) + DAY) % DAY;
          const iv = normalizeWeeklyIntervals(days.map((d) => [d * DAY + s, d * DAY + s + len] as const));
          const t = tr + fromMin * MINUTE_MS;
          expect(nextOpenAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, true));
          expect(nextCloseAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, false));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("from instants near the schedule's own boundaries (the week's end and start included)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DST_ZONES, "UTC", "Asia/Kolkata", "Asia/Tokyo", "Africa/Johannesburg"),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        arbSchedule,
        fc.nat(),
        fc.integer({ min: -90, max: 90 }),
        fc.integer({ min: 0, max: MINUTE_MS - 1 }),
        (zone, base, iv, pick, deltaMin, ms) => {
          const bounds = iv.flat();
          const bound = bounds[pick % bounds.length] as number;
          const local = toLocalMs(zone, base);
          const weekStart = Math.floor((local - 4 * DAY_MS) / (7 * DAY_MS)) * 7 * DAY_MS + 4 * DAY_MS;
          const t = fromLocalMs(zone, weekStart + (bound + deltaMin) * MINUTE_MS + ms);
          expect(nextOpenAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, true));
          expect(nextCloseAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, false));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("fractional bounds take the search across transitions and still agree", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DST_ZONES),
        arbInstant,
        fc.array(fc.tuple(fc.double({ min: 0, max: MINUTES_PER_WEEK - 1, noNaN: true }), fc.double({ min: 0.5, max: 2000, noNaN: true })), {
          minLength: 1,
          maxLength: 5,
        }),
        (zone, t, xs) => {
          const iv = normalizeWeeklyIntervals(xs.map(([s, len]) => [s, s + len] as const));
          expect(nextOpenAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, true));
          expect(nextCloseAt(zone, t, iv)).toBe(referenceNextState(zone, t, iv, false));
        },
      ),
      { numRuns: 500 },
    );
  });
});
