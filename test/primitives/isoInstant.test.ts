import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoInstant } from "../../src/primitives/index.js";

describe("isoInstant", () => {
  it("always equals Date#toISOString", () => {
    fc.assert(
      fc.property(fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
    // The range decisions write (years 1900–2200), where the fast path runs.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -2_208_988_800_000, max: 7_289_654_399_999 }),
          fc.integer({ min: 0, max: 7_289_654_399 }).map((s) => s * 1000),
        ),
        (ms) => {
          expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 5000 },
    );
    for (const ms of [0, -1, 253_402_300_799_999, -62_167_219_200_000, Date.parse("2024-02-29T23:59:59.999Z")]) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
    // Every millisecond of a second (the sub-second text comes from a table).
    for (let milli = 0; milli < 1000; milli++) {
      const ms = 1_773_064_859_000 + milli;
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
