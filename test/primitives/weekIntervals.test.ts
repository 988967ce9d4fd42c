import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALWAYS_OPEN,
  MINUTES_PER_WEEK,
  intersectIntervals,
  isAlwaysOpen,
  mergeIntervals,
  subtractIntervals,
  type WeekIntervals,
} from "../../src/primitives/index.js";

/** Any intervals within the week: unsorted, overlapping, touching. */
const raw = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: MINUTES_PER_WEEK - 1 }), fc.integer({ min: 1, max: 900 }))
    .map(([s, l]) => [s, Math.min(MINUTES_PER_WEEK, s + l)] as const),
  { maxLength: 8 },
);
const merged = raw.map(mergeIntervals);
const minute = fc.integer({ min: 0, max: MINUTES_PER_WEEK - 1 });
const inside = (xs: WeekIntervals, m: number) => xs.some(([s, e]) => m >= s && m < e);
/** Sorted, non-empty, non-overlapping and non-adjacent. */
const wellFormed = (xs: WeekIntervals) => xs.every(([s, e], i) => s < e && (i === 0 || s > (xs[i - 1] as readonly [number, number])[1]));

describe("week intervals", () => {
  it("merge keeps every minute and yields sorted, disjoint, non-adjacent intervals (property)", () => {
    fc.assert(
      fc.property(raw, minute, (xs, m) => {
        const out = mergeIntervals(xs);
        expect(wellFormed(out)).toBe(true);
        expect(inside(out, m)).toBe(inside(xs, m));
      }),
      { numRuns: 300 },
    );
  });

  it("merge does not modify its input", () => {
    const input = [
      [300, 400],
      [0, 100],
      [100, 200],
    ] as const;
    expect(mergeIntervals(input)).toEqual([
      [0, 200],
      [300, 400],
    ]);
    expect(input[0]).toEqual([300, 400]);
  });

  it("subtract is the pointwise AND NOT (property)", () => {
    fc.assert(
      fc.property(merged, merged, minute, (a, b, m) => {
        const out = subtractIntervals(a, b);
        expect(out.every(([s, e]) => s < e)).toBe(true);
        expect(inside(out, m)).toBe(inside(a, m) && !inside(b, m));
      }),
      { numRuns: 300 },
    );
  });

  it("intersect keeps only minutes open in both", () => {
    expect(
      intersectIntervals(
        [
          [0, 100],
          [200, 300],
        ],
        [[50, 250]],
      ),
    ).toEqual([
      [50, 100],
      [200, 250],
    ]);
    expect(intersectIntervals([[0, 100]], [])).toEqual([]);
  });

  it("intersect is the pointwise AND (property)", () => {
    fc.assert(
      fc.property(merged, merged, minute, (a, b, m) => {
        expect(inside(intersectIntervals(a, b), m)).toBe(inside(a, m) && inside(b, m));
      }),
      { numRuns: 300 },
    );
  });

  it("always open is exactly the whole week", () => {
    expect(isAlwaysOpen(ALWAYS_OPEN)).toBe(true);
    expect(isAlwaysOpen([[0, MINUTES_PER_WEEK - 1]])).toBe(false);
    expect(isAlwaysOpen([])).toBe(false);
    expect(
      isAlwaysOpen([
        [0, 100],
        [100, MINUTES_PER_WEEK],
      ]),
    ).toBe(false);
    expect(isAlwaysOpen(subtractIntervals(ALWAYS_OPEN, []))).toBe(true);
  });
});
