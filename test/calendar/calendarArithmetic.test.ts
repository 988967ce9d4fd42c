import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import {
  addCalendarDuration,
  atLocalTimeAfterDays,
  startOfLocalDay,
  startOfNextLocalDay,
  startOfNextLocalWeek,
  transitionBetween,
} from "../../src/calendar/index.js";
import type { DurationParts } from "../../src/primitives/index.js";

const ZONES = Intl.supportedValuesOf("timeZone");
const iso = (t: number) => new Date(t).toISOString();
const U = (s: string) => Date.parse(s);
const dur = (d: Partial<DurationParts>): DurationParts => ({ years: 0, months: 0, weeks: 0, days: 0, exactMs: 0, ...d });
const HOUR = 3_600_000;

describe("addCalendarDuration", () => {
  it("P1D keeps the wall clock across DST, PT24H is exact", () => {
    const ny = "America/New_York";
    const satMorning = U("2026-03-07T15:00:00Z"); // 10:00 EST
    expect(iso(addCalendarDuration(ny, satMorning, dur({ days: 1 })))).toBe("2026-03-08T14:00:00.000Z"); // 10:00 EDT
    expect(iso(addCalendarDuration(ny, satMorning, dur({ exactMs: 24 * HOUR })))).toBe("2026-03-08T15:00:00.000Z"); // 11:00 EDT

    const br = "Europe/Brussels";
    const before = U("2026-10-24T08:00:00Z"); // 10:00 CEST
    expect(iso(addCalendarDuration(br, before, dur({ days: 1 })))).toBe("2026-10-25T09:00:00.000Z"); // 10:00 CET
    expect(iso(addCalendarDuration(br, before, dur({ exactMs: 24 * HOUR })))).toBe("2026-10-25T08:00:00.000Z"); // 09:00 CET

    const syd = "Australia/Sydney";
    const sat = U("2026-10-02T23:00:00Z"); // Sat 09:00 AEST
    expect(iso(addCalendarDuration(syd, sat, dur({ days: 1 })))).toBe("2026-10-03T22:00:00.000Z"); // Sun 09:00 AEDT
    expect(iso(addCalendarDuration(syd, sat, dur({ weeks: 1 })))).toBe("2026-10-09T22:00:00.000Z");

    const ch = "Pacific/Chatham";
    const chSat = U("2026-09-25T21:15:00Z"); // Sat 10:00 +12:45
    expect(iso(addCalendarDuration(ch, chSat, dur({ days: 1 })))).toBe("2026-09-26T20:15:00.000Z"); // Sun 10:00 +13:45
  });

  it("calendar part lands in a gap → shifted by the gap (or its end with gap-end); then exact part is added", () => {
    const ny = "America/New_York";
    const t = U("2026-03-07T07:30:00Z"); // Sat 02:30 EST
    expect(iso(addCalendarDuration(ny, t, dur({ days: 1 })))).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(iso(addCalendarDuration(ny, t, dur({ days: 1 }), "gap-end"))).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
    expect(iso(addCalendarDuration(ny, t, dur({ days: 1, exactMs: 30 * 60_000 })))).toBe("2026-03-08T08:00:00.000Z");
    expect(iso(addCalendarDuration(ny, t, dur({ days: 1, exactMs: 30 * 60_000 }), "gap-end"))).toBe("2026-03-08T07:30:00.000Z");
    const sant = "America/Santiago";
    expect(iso(addCalendarDuration(sant, U("2026-09-05T04:00:00Z"), dur({ days: 1 })))).toBe("2026-09-06T04:00:00.000Z");
  });

  it("months clamp to the end of the month like luxon", () => {
    const br = "Europe/Brussels";
    const jan31 = DateTime.fromISO("2026-01-31T10:00", { zone: br }).toMillis();
    expect(iso(addCalendarDuration(br, jan31, dur({ months: 1 })))).toBe("2026-02-28T09:00:00.000Z");
    const jan31Leap = DateTime.fromISO("2028-01-31T10:00", { zone: br }).toMillis();
    expect(iso(addCalendarDuration(br, jan31Leap, dur({ months: 1 })))).toBe("2028-02-29T09:00:00.000Z");
    expect(iso(addCalendarDuration(br, jan31Leap, dur({ years: 1, months: 1 })))).toBe("2029-02-28T09:00:00.000Z");
    const mar31 = DateTime.fromISO("2026-03-31T10:00", { zone: br }).toMillis();
    expect(iso(addCalendarDuration(br, mar31, dur({ months: -1 })))).toBe("2026-02-28T09:00:00.000Z");
    expect(iso(addCalendarDuration(br, mar31, dur({ months: -15 })))).toBe("2024-12-31T09:00:00.000Z");
  });

  it("only exactMs: no zone work (even for an unknown zone name)", () => {
    expect(addCalendarDuration("Not/AZone", 1000, dur({ exactMs: 500 }))).toBe(1500);
  });

  it("equals luxon's plus away from DST transitions", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.record({
          years: fc.integer({ min: -1, max: 1 }),
          months: fc.integer({ min: -14, max: 14 }),
          weeks: fc.integer({ min: -3, max: 3 }),
          days: fc.integer({ min: -40, max: 40 }),
          exactMs: fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
        }),
        (zone, t, d) => {
          const ours = addCalendarDuration(zone, t, d);
          const calendarOnly = ours - d.exactMs;
          if (transitionBetween(zone, calendarOnly - 2 * 86_400_000, calendarOnly + 2 * 86_400_000) !== undefined) return;
          const { exactMs, ...cal } = d;
          const lux = DateTime.fromMillis(t, { zone }).plus(cal).toMillis() + exactMs;
          expect(ours).toBe(lux);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("atLocalTimeAfterDays and day/week starts", () => {
  it("clock time on a later local day, DST-resolved", () => {
    const ny = "America/New_York";
    const sat = U("2026-03-07T15:00:00Z"); // Sat 10:00 EST
    expect(iso(atLocalTimeAfterDays(ny, sat, 1, 10 * 60))).toBe("2026-03-08T14:00:00.000Z");
    expect(iso(atLocalTimeAfterDays(ny, sat, 1, 2 * 60 + 30))).toBe("2026-03-08T07:30:00.000Z"); // gap: shifted to 03:30 EDT
    expect(iso(atLocalTimeAfterDays(ny, sat, 1, 2 * 60 + 30, "gap-end"))).toBe("2026-03-08T07:00:00.000Z"); // gap end, 03:00 EDT
    expect(iso(atLocalTimeAfterDays(ny, sat, 0, 9 * 60))).toBe("2026-03-07T14:00:00.000Z");
    expect(iso(atLocalTimeAfterDays(ny, U("2026-10-31T16:00:00Z"), 1, 90))).toBe("2026-11-01T05:30:00.000Z"); // overlap → first
    // local date is the zone's, not UTC's: 23:00 EST Saturday is Sunday in UTC
    expect(iso(atLocalTimeAfterDays(ny, U("2026-03-08T04:00:00Z"), 0, 600))).toBe("2026-03-07T15:00:00.000Z");
    expect(iso(atLocalTimeAfterDays("Asia/Kolkata", U("2026-03-08T20:00:00Z"), 1, 600))).toBe("2026-03-10T04:30:00.000Z");
    expect(iso(atLocalTimeAfterDays("America/Santiago", U("2026-09-05T15:00:00Z"), 1, 0))).toBe("2026-09-06T04:00:00.000Z");
  });

  it("startOfLocalDay / startOfNextLocalDay handle days without midnight", () => {
    const sant = "America/Santiago";
    const noon = U("2026-09-06T15:00:00Z"); // 12:00 -03
    expect(iso(startOfLocalDay(sant, noon))).toBe("2026-09-06T04:00:00.000Z"); // 01:00 -03
    expect(iso(startOfNextLocalDay(sant, U("2026-09-05T15:00:00Z")))).toBe("2026-09-06T04:00:00.000Z");
    expect(iso(startOfNextLocalDay(sant, noon))).toBe("2026-09-07T03:00:00.000Z");
    const ny = "America/New_York";
    expect(iso(startOfLocalDay(ny, U("2026-03-08T20:00:00Z")))).toBe("2026-03-08T05:00:00.000Z"); // 00:00 EST
    expect(iso(startOfNextLocalDay(ny, U("2026-03-08T20:00:00Z")))).toBe("2026-03-09T04:00:00.000Z"); // 00:00 EDT
    expect(iso(startOfLocalDay("Asia/Kolkata", U("2026-03-08T20:00:00Z")))).toBe("2026-03-08T18:30:00.000Z");
  });

  it("startOfNextLocalWeek is the next Monday 00:00 local", () => {
    const ny = "America/New_York";
    expect(iso(startOfNextLocalWeek(ny, U("2026-03-04T12:00:00Z")))).toBe("2026-03-09T04:00:00.000Z");
    expect(iso(startOfNextLocalWeek(ny, U("2026-03-09T04:00:00Z")))).toBe("2026-03-16T04:00:00.000Z");
    expect(iso(startOfNextLocalWeek(ny, U("2026-03-09T03:59:59Z")))).toBe("2026-03-09T04:00:00.000Z"); // Sunday 23:59 EDT
    expect(iso(startOfNextLocalWeek("UTC", U("2026-03-08T23:59:59Z")))).toBe("2026-03-09T00:00:00.000Z");
  });
});
