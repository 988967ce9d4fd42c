import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/primitives/index.js";

const HAS_ZONE = /:\d\d(?:\.\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)$/i;
const DATE_AND_HOUR = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)(?:T(\d\d))?/;
/** The definition the fast path must agree with: `Date.parse`, on real calendar dates and hours 00–23 only. */
function reference(text: string): number | undefined {
  if (!HAS_ZONE.test(text)) return undefined;
  const m = DATE_AND_HOUR.exec(text);
  if (m !== null) {
    const [y, mo, d, h] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 0 : Number(m[4])];
    if (h > 23 || mo < 1 || mo > 12 || d < 1 || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

describe("parseInstant", () => {
  it("always agrees with Date.parse on instants that carry a zone, and rejects local date-times", () => {
    const offset = fc.oneof(
      fc.constant("Z"),
      fc
        .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
        .map(([s, h, m]) => `${s}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    );
    const iso = fc
      .tuple(
        fc.integer({ min: 1960, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.stringMatching(/^\d{1,6}$/)),
        offset,
      )
      .map(
        ([y, mo, d, h, mi, s, frac, off]) =>
          `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}:${String(s).padStart(2, "0")}${frac === null ? "" : `.${frac}`}${off}`,
      );
    fc.assert(
      fc.property(
        fc.oneof(
          iso,
          fc.string(),
          iso.map((s) => s.slice(0, -1)),
          // A character of the canonical form replaced ("T-1:30", "14:-5"): a digit field read as a number must not take a sign.
          fc
            .tuple(iso, fc.nat(), fc.constantFrom("-", "+", " ", ":", "/", "a", "."))
            .map(([s, i, c]) => `${s.slice(0, i % s.length)}${c}${s.slice((i % s.length) + 1)}`),
        ),
        (text) => {
          expect(parseInstant(text)).toBe(reference(text));
        },
      ),
      { numRuns: 5000 },
    );
    expect(parseInstant("2026-03-10T14:00:00")).toBeUndefined();
    expect(parseInstant("2026-03-09T-1:30:00Z")).toBeUndefined();
    expect(parseInstant("2024-02-29T23:59:59.999+05:30")).toBe(Date.parse("2024-02-29T18:29:59.999Z"));
  });

  it("refuses dates and hours that do not exist, which Date.parse rolls over", () => {
    for (const text of [
      "2026-02-30T00:00:00Z",
      "2026-02-29T12:00:00Z",
      "2026-04-31T10:00:00+02:00",
      "2026-01-01T24:00:00Z",
      "2100-02-29T00:00Z",
      "2026-06-31T08:00:00.5-05:00",
    ])
      expect(parseInstant(text), text).toBeUndefined();
    expect(parseInstant("2000-02-29T00:00Z")).toBe(Date.UTC(2000, 1, 29));
    expect(parseInstant("2026-01-31T23:59+01:00")).toBe(Date.UTC(2026, 0, 31, 22, 59));
  });

  it("refuses a date, or a year and month, without a time: its last digits are no offset", () => {
    // `2026-03-09` ends in `-09` and `2026-03` in `-03`, which read as an offset let Date.parse take them as UTC midnight.
    for (const text of ["2026-03-09", "2026-03", "+002026-03-09", "2026-03-09Z", "2026-03-09+05:30"]) expect(parseInstant(text), text).toBeUndefined();
  });
});
