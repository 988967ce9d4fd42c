import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import {
  fromLocalMs,
  fromLocalMsLater,
  isoLocalDate,
  localDateParts,
  localDayNumber,
  localMsFromParts,
  minuteOfDay,
  offsetMinutes,
  toLocalMs,
  transitionBetween,
  weekdayOfLocal,
} from "../../src/calendar/index.js";

const ZONES = Intl.supportedValuesOf("timeZone");
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2031, 0, 1);
const L = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const iso = (t: number) => new Date(t).toISOString();

describe("fromLocalMs (DST policy)", () => {
  const cases: [zone: string, local: number, expected: string, later: string][] = [
    // gap → transition instant; overlap → earlier instant (later variant → the second one)
    ["America/New_York", L(2026, 3, 8, 2, 30), "2026-03-08T07:00:00.000Z", "2026-03-08T07:00:00.000Z"],
    ["America/New_York", L(2026, 11, 1, 1, 30), "2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"],
    ["America/New_York", L(2026, 7, 1, 9, 0), "2026-07-01T13:00:00.000Z", "2026-07-01T13:00:00.000Z"],
    ["Europe/Brussels", L(2026, 3, 29, 2, 30), "2026-03-29T01:00:00.000Z", "2026-03-29T01:00:00.000Z"],
    ["Europe/Brussels", L(2026, 10, 25, 2, 30), "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
    ["Australia/Sydney", L(2026, 10, 4, 2, 30), "2026-10-03T16:00:00.000Z", "2026-10-03T16:00:00.000Z"],
    ["Australia/Sydney", L(2026, 4, 5, 2, 30), "2026-04-04T15:30:00.000Z", "2026-04-04T16:30:00.000Z"],
    ["America/Santiago", L(2026, 9, 6, 0, 0), "2026-09-06T04:00:00.000Z", "2026-09-06T04:00:00.000Z"],
    ["America/Santiago", L(2026, 9, 6, 0, 30), "2026-09-06T04:00:00.000Z", "2026-09-06T04:00:00.000Z"],
    ["America/Santiago", L(2026, 4, 4, 23, 30), "2026-04-05T02:30:00.000Z", "2026-04-05T03:30:00.000Z"],
    ["Asia/Kolkata", L(2026, 3, 8, 10, 0), "2026-03-08T04:30:00.000Z", "2026-03-08T04:30:00.000Z"],
    ["Pacific/Chatham", L(2026, 9, 27, 3, 0), "2026-09-26T14:00:00.000Z", "2026-09-26T14:00:00.000Z"],
    ["Pacific/Chatham", L(2026, 4, 5, 3, 0), "2026-04-04T13:15:00.000Z", "2026-04-04T14:15:00.000Z"],
  ];
  it.each(cases)("%s %#", (zone, local, expected, later) => {
    expect(iso(fromLocalMs(zone, local))).toBe(expected);
    expect(iso(fromLocalMsLater(zone, local))).toBe(later);
  });

  it("Santiago 2026-09-06 00:00 really does not exist (luxon agrees)", () => {
    const dt = DateTime.fromObject({ year: 2026, month: 9, day: 6, hour: 0 }, { zone: "America/Santiago" });
    expect(dt.hour).not.toBe(0);
    expect(dt.toMillis()).toBe(fromLocalMs("America/Santiago", L(2026, 9, 6)));
  });

  it("matches luxon for wall-clock times away from transitions", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, local) => {
        if (transitionBetween(zone, local - 2 * 86_400_000, local + 2 * 86_400_000) !== undefined) return;
        const p = localDateParts(local);
        const dt = DateTime.fromObject({ ...p }, { zone });
        expect(fromLocalMs(zone, local)).toBe(dt.toMillis());
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips instants (except the second occurrence of an overlap)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, t) => {
        const local = toLocalMs(zone, t);
        const back = fromLocalMs(zone, local);
        expect(toLocalMs(zone, back)).toBe(local);
        if (back !== t) {
          // t is the later occurrence: an earlier instant shows the same wall clock.
          expect(back).toBeLessThan(t);
          expect(offsetMinutes(zone, back)).toBeGreaterThan(offsetMinutes(zone, t));
          expect(fromLocalMsLater(zone, local)).toBe(t);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("resolves every wall-clock time: exists, or is skipped by a gap ending at the result", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, local) => {
        const t = fromLocalMs(zone, local);
        if (toLocalMs(zone, t) === local) return;
        expect(transitionBetween(zone, t - 1, t)).toBe(t);
        expect(toLocalMs(zone, t - 1)).toBeLessThan(local);
        expect(toLocalMs(zone, t)).toBeGreaterThan(local);
      }),
      { numRuns: 400 },
    );
  });

  it("near real transitions: every wall-clock time resolves by the policy, instants round-trip", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM, max: TO - 200 * 86_400_000 }),
        fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
        (zone, start, delta) => {
          const tr = transitionBetween(zone, start, start + 200 * 86_400_000);
          if (tr === undefined) return;
          const local = toLocalMs(zone, tr - 1) + 1 + delta;
          const t = fromLocalMs(zone, local);
          if (toLocalMs(zone, t) !== local) {
            // gap: the result is the transition, the wall clock jumps over `local` there
            expect(t).toBe(tr);
            expect(toLocalMs(zone, t - 1)).toBeLessThan(local);
            expect(toLocalMs(zone, t)).toBeGreaterThan(local);
          } else {
            // exists: the earliest instant showing it
            const later = fromLocalMsLater(zone, local);
            expect(toLocalMs(zone, later)).toBe(local);
            expect(t).toBeLessThanOrEqual(later);
          }
          const instant = tr + delta;
          const back = fromLocalMs(zone, toLocalMs(zone, instant));
          if (back !== instant) expect(fromLocalMsLater(zone, toLocalMs(zone, instant))).toBe(instant);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("does not depend on exactly-hitting gap boundaries", () => {
    const ny = "America/New_York";
    expect(iso(fromLocalMs(ny, L(2026, 3, 8, 2, 0)))).toBe("2026-03-08T07:00:00.000Z");
    expect(iso(fromLocalMs(ny, L(2026, 3, 8, 3, 0)))).toBe("2026-03-08T07:00:00.000Z");
    expect(iso(fromLocalMs(ny, L(2026, 3, 8, 1, 59)))).toBe("2026-03-08T06:59:00.000Z");
    expect(iso(fromLocalMs(ny, L(2026, 11, 1, 1, 0)))).toBe("2026-11-01T05:00:00.000Z");
    expect(iso(fromLocalMs(ny, L(2026, 11, 1, 2, 0)))).toBe("2026-11-01T07:00:00.000Z");
  });
});

describe('fromLocalMs with nonexistent: "shift"', () => {
  it("a gap time moves forward by exactly the gap's length and lands after the gap's end; other times resolve as with gap-end (property)", () => {
    const zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Pacific/Chatham", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: FROM, max: TO }), (zone, raw) => {
        const local = Math.floor(raw / 60_000) * 60_000;
        const gapEnd = fromLocalMs(zone, local, "gap-end");
        const shifted = fromLocalMs(zone, local, "shift");
        if (toLocalMs(zone, gapEnd) === local) {
          expect(shifted).toBe(gapEnd);
          return;
        }
        // In a gap: the shift is the offset change across it.
        const gap = (offsetMinutes(zone, gapEnd) - offsetMinutes(zone, gapEnd - 1)) * 60_000;
        expect(gap).toBeGreaterThan(0);
        expect(toLocalMs(zone, shifted)).toBe(local + gap);
        expect(shifted).toBeGreaterThanOrEqual(gapEnd);
        expect(shifted - gapEnd).toBeLessThan(gap);
      }),
      { numRuns: 3000 },
    );
    for (const [zone, y, mo, d, h, mi, expected] of [
      ["America/New_York", 2026, 3, 8, 2, 30, "2026-03-08T07:30:00.000Z"],
      ["Europe/Berlin", 2026, 3, 29, 2, 30, "2026-03-29T01:30:00.000Z"],
      ["Australia/Lord_Howe", 2026, 10, 4, 2, 15, "2026-10-03T15:45:00.000Z"], // 30-minute gap: 02:45 +11:00,
    ] as const) {
      expect(iso(fromLocalMs(zone, L(y, mo, d, h, mi), "shift")), zone).toBe(expected);
    }
  });

  it("near every zone's transitions (1900–2199), to the millisecond: a gap time reads with the offset before the gap, as luxon reads it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2199, 0, 1) - 400 * 86_400_000 }),
        fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
        fc.boolean(),
        (zone, start, delta, wholeMinute) => {
          const tr = transitionBetween(zone, start, start + 400 * 86_400_000);
          if (tr === undefined) return;
          const raw = toLocalMs(zone, tr - 1) + 1 + delta;
          const local = wholeMinute ? Math.floor(raw / 60_000) * 60_000 : raw;
          const gapEnd = fromLocalMs(zone, local, "gap-end");
          const shifted = fromLocalMs(zone, local, "shift");
          if (toLocalMs(zone, gapEnd) === local) {
            expect(shifted).toBe(gapEnd);
            return;
          }
          expect(toLocalMs(zone, gapEnd - 1)).toBeLessThan(local);
          expect(toLocalMs(zone, gapEnd)).toBeGreaterThan(local);
          const before = offsetMinutes(zone, gapEnd - 1);
          expect(shifted).toBe(local - before * 60_000);
          expect(shifted).toBeGreaterThanOrEqual(gapEnd);
          const p = localDateParts(local);
          if (p.year >= 1970 && Number.isInteger(before)) expect(shifted).toBe(DateTime.fromObject({ ...p }, { zone }).toMillis());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("local-ms helpers", () => {
  it("day number, weekday (0 = Monday), minute of day", () => {
    expect(localDayNumber(0)).toBe(0);
    expect(localDayNumber(-1)).toBe(-1);
    expect(weekdayOfLocal(0)).toBe(3); // 1970-01-01 Thursday
    expect(weekdayOfLocal(-1)).toBe(2); // 1969-12-31 Wednesday
    expect(weekdayOfLocal(L(2026, 3, 9, 10))).toBe(0); // Monday
    expect(weekdayOfLocal(L(2026, 3, 8, 23, 59))).toBe(6); // Sunday
    expect(minuteOfDay(L(2026, 3, 9, 10, 7) + 59_999)).toBe(607);
    expect(minuteOfDay(-60_000)).toBe(1439);
  });

  it("localDateParts agrees with Date#getUTC* and inverts localMsFromParts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }), (ms) => {
        const d = new Date(ms);
        const p = localDateParts(ms);
        expect(p).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
          millisecond: d.getUTCMilliseconds(),
        });
        expect(localMsFromParts(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond)).toBe(ms);
      }),
      { numRuns: 500 },
    );
  });

  it("localMsFromParts overflows like Date.UTC but takes years 0–99 literally", () => {
    expect(localMsFromParts(2026, 13, 1)).toBe(L(2027, 1, 1));
    expect(localMsFromParts(2026, 3, 0)).toBe(L(2026, 2, 28));
    expect(localMsFromParts(2026, 1, 31, 24)).toBe(L(2026, 2, 1));
    expect(localDateParts(localMsFromParts(50, 6, 15)).year).toBe(50);
    expect(isoLocalDate(localMsFromParts(99, 13, 1))).toBe("0100-01-01");
  });

  it("isoLocalDate", () => {
    expect(isoLocalDate(L(2026, 3, 8, 23, 59))).toBe("2026-03-08");
    expect(isoLocalDate(0)).toBe("1970-01-01");
    expect(isoLocalDate(-1)).toBe("1969-12-31");
  });
});
