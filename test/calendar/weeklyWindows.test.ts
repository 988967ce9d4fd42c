import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isOpenAt, nextCloseAt, nextOpenAt, normalizeWeeklyIntervals, toLocalMs, transitionBetween, type DateClosures } from "../../src/calendar/index.js";
import { MINUTES_PER_WEEK, type WeekIntervals } from "../../src/primitives/index.js";

const ZONES = Intl.supportedValuesOf("timeZone");
const DAY = 1440;
const U = (s: string) => Date.parse(s);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const at = (day: number, h: number, m = 0) => day * DAY + h * 60 + m; // day 0 = Monday

/** Mon–Fri 08:00–21:00, Sat 09:00–18:00. */
const BUSINESS = normalizeWeeklyIntervals([...[0, 1, 2, 3, 4].map((d) => [at(d, 8), at(d, 21)] as const), [at(5, 9), at(5, 18)]]);
/** Quiet hours 21:00–08:00 every night (crossing midnight and the Sunday→Monday wrap). */
const QUIET = normalizeWeeklyIntervals([0, 1, 2, 3, 4, 5, 6].map((d) => [at(d, 21), at(d + 1, 8)] as const));
const ALWAYS: WeekIntervals = [[0, MINUTES_PER_WEEK]];

describe("normalizeWeeklyIntervals", () => {
  it("sorts, merges, splits wraps, clips", () => {
    expect(
      normalizeWeeklyIntervals([
        [600, 700],
        [100, 200],
        [150, 300],
        [300, 350],
      ]),
    ).toEqual([
      [100, 350],
      [600, 700],
    ]);
    expect(normalizeWeeklyIntervals([[at(6, 22), at(7, 8)]])).toEqual([
      [0, 480],
      [at(6, 22), 10080],
    ]);
    expect(normalizeWeeklyIntervals([[at(6, 22), 480]])).toEqual([
      [0, 480],
      [at(6, 22), 10080],
    ]);
    expect(normalizeWeeklyIntervals([[10080 + 60, 10080 + 120]])).toEqual([[60, 120]]);
    expect(normalizeWeeklyIntervals([[5, 5]])).toEqual([]);
    expect(normalizeWeeklyIntervals([[0, 20000]])).toEqual([[0, 10080]]);
    expect(
      normalizeWeeklyIntervals([
        [0, 5000],
        [5000, 10080],
      ]),
    ).toEqual([[0, 10080]]);
    expect(QUIET).toEqual([[0, 480], ...[0, 1, 2, 3, 4, 5].map((d) => [at(d, 21), at(d + 1, 8)]), [at(6, 21), 10080]]);
    expect(() => normalizeWeeklyIntervals([[0, NaN]])).toThrow(/finite/);
  });
});

describe("isOpenAt", () => {
  const ny = "America/New_York";
  it("granularity is the local minute; end is exclusive", () => {
    expect(isOpenAt(ny, U("2026-03-06T01:59:59.999Z"), BUSINESS)).toBe(true); // Thu 20:59:59.999 EST
    expect(isOpenAt(ny, U("2026-03-06T02:00:00Z"), BUSINESS)).toBe(false); // Thu 21:00 EST
    expect(isOpenAt(ny, U("2026-03-09T12:00:00Z"), BUSINESS)).toBe(true); // Mon 08:00 EDT
    expect(isOpenAt(ny, U("2026-03-09T11:59:59Z"), BUSINESS)).toBe(false);
    expect(isOpenAt(ny, U("2026-03-08T16:00:00Z"), BUSINESS)).toBe(false); // Sunday
    expect(isOpenAt(ny, 0, [])).toBe(false);
    expect(isOpenAt("Not/AZone", 0, ALWAYS)).toBe(true); // fast path, no zone work
  });
  it("quiet hours across midnight", () => {
    expect(isOpenAt(ny, U("2026-03-09T03:00:00Z"), QUIET)).toBe(true); // Sun 23:00 EDT
    expect(isOpenAt(ny, U("2026-03-09T11:00:00Z"), QUIET)).toBe(true); // Mon 07:00 EDT
    expect(isOpenAt(ny, U("2026-03-09T12:00:00Z"), QUIET)).toBe(false); // Mon 08:00 EDT
  });
});

describe("nextOpenAt / nextCloseAt golden cases", () => {
  const ny = "America/New_York";
  it("Saturday evening → Monday 08:00 (across the spring-forward weekend)", () => {
    expect(iso(nextOpenAt(ny, U("2026-03-08T00:00:00Z"), BUSINESS))).toBe("2026-03-09T12:00:00.000Z"); // Sat 19:00 EST
    expect(iso(nextOpenAt(ny, U("2026-03-06T02:00:00Z"), BUSINESS))).toBe("2026-03-06T13:00:00.000Z"); // Thu 21:00 → Fri 08:00 EST
    expect(iso(nextOpenAt(ny, U("2026-03-07T02:30:00Z"), BUSINESS))).toBe("2026-03-07T14:00:00.000Z"); // Fri 21:30 → Sat 09:00 EST
  });
  it("open instant (even mid-minute) is returned as is", () => {
    const t = U("2026-03-07T15:00:30.5Z"); // Sat 10:00:30.5 EST
    expect(nextOpenAt(ny, t, BUSINESS)).toBe(t);
    expect(nextOpenAt(ny, t, ALWAYS)).toBe(t);
    expect(nextOpenAt(ny, t, [])).toBeNull();
  });
  it("quiet hours: when do they end, when do they start", () => {
    expect(iso(nextCloseAt(ny, U("2026-03-09T02:00:00Z"), QUIET))).toBe("2026-03-09T12:00:00.000Z"); // Sun 22:00 → Mon 08:00 EDT
    expect(iso(nextOpenAt(ny, U("2026-03-09T16:00:00Z"), QUIET))).toBe("2026-03-10T01:00:00.000Z"); // Mon 12:00 → 21:00 EDT
    expect(nextCloseAt(ny, 0, ALWAYS)).toBeNull();
    expect(nextCloseAt(ny, 5, [])).toBe(5);
    expect(iso(nextCloseAt(ny, U("2026-03-07T15:00:00Z"), BUSINESS))).toBe("2026-03-07T23:00:00.000Z"); // Sat 18:00 EST
  });
  it("a window starting inside a DST gap opens at the first valid instant", () => {
    const sunday = (from: number, to: number) => normalizeWeeklyIntervals([[at(6, 0, from), at(6, 0, to)]]);
    // Sunday 02:15–04:00 in New York, 2026-03-08: 02:15 does not exist → 03:00 EDT (07:00Z)
    expect(iso(nextOpenAt(ny, U("2026-03-08T06:00:00Z"), sunday(135, 240)))).toBe("2026-03-08T07:00:00.000Z");
    // Sunday 02:10–02:50 lies wholly in the gap: next opening is a week later
    expect(iso(nextOpenAt(ny, U("2026-03-08T06:00:00Z"), sunday(130, 170)))).toBe("2026-03-15T06:10:00.000Z");
    // Santiago: a window starting at Sunday 00:00 on 2026-09-06 opens at 01:00 -03 (04:00Z)
    expect(iso(nextOpenAt("America/Santiago", U("2026-09-05T20:00:00Z"), sunday(0, 600)))).toBe("2026-09-06T04:00:00.000Z");
    // Chatham, gap 02:45 → 03:45 on Sunday 2026-09-27
    expect(iso(nextOpenAt("Pacific/Chatham", U("2026-09-26T10:00:00Z"), sunday(170, 600)))).toBe("2026-09-26T14:00:00.000Z");
  });
  it("after a fall back, an earlier-looking window reopens", () => {
    const win = (from: number, to: number) => normalizeWeeklyIntervals([[at(6, 0, from), at(6, 0, to)]]);
    const t = U("2026-11-01T05:45:00Z"); // Sun 01:45 EDT; 01:00 EST follows at 06:00Z
    expect(iso(nextOpenAt(ny, t, win(60, 90)))).toBe("2026-11-01T06:00:00.000Z");
    expect(iso(nextOpenAt(ny, t, win(30, 90)))).toBe("2026-11-01T06:00:00.000Z"); // clock jumps into the window
    expect(iso(nextOpenAt(ny, t, win(75, 90)))).toBe("2026-11-01T06:15:00.000Z");
  });
  it("Brussels, Sydney, Kolkata", () => {
    expect(iso(nextOpenAt("Europe/Brussels", U("2026-03-28T18:00:00Z"), BUSINESS))).toBe("2026-03-30T06:00:00.000Z");
    expect(iso(nextOpenAt("Australia/Sydney", U("2026-10-03T08:00:00Z"), BUSINESS))).toBe("2026-10-04T21:00:00.000Z");
    expect(iso(nextOpenAt("Asia/Kolkata", U("2026-03-07T13:00:00Z"), BUSINESS))).toBe("2026-03-09T02:30:00.000Z");
  });
});

const arbSchedule = fc
  .array(fc.tuple(fc.integer({ min: 0, max: MINUTES_PER_WEEK - 1 }), fc.integer({ min: 1, max: 1500 })), { minLength: 1, maxLength: 6 })
  .map((xs) => normalizeWeeklyIntervals(xs.map(([s, len]) => [s, s + len] as const)));
const arbInstant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) });

/** Whether any instant in [from, to) is open (outside `closed`): checks `from` and every whole UTC minute after it. */
function firstOpenMinute(zone: string, from: number, to: number, iv: WeekIntervals, closed?: DateClosures): number | undefined {
  if (from < to && isOpenAt(zone, from, iv, closed)) return from;
  for (let t = Math.ceil(from / 60_000) * 60_000; t < to; t += 60_000) if (isOpenAt(zone, t, iv, closed)) return t;
  return undefined;
}

describe("a dated closure in a fall-back overlap", () => {
  it("ends at its end's second instant when the opening lies in the repeated hour: the window opens the next day, not never", () => {
    // Indiana (Vevay) falls back at 02:00 EDT on 2028-11-05: 01:00–02:00 is shown twice. A window 01:23–01:24 every day,
    // and that day closed 01:13–01:24 (both times round). Found by the property below; the search hopped a millisecond at a time.
    const zone = "America/Indiana/Vevay";
    const iv = normalizeWeeklyIntervals([0, 1, 2, 3, 4, 5, 6].map((d) => [d * DAY + 83, d * DAY + 84] as const));
    const closedDay = Math.floor(U("2028-11-05T00:00:00Z") / 86_400_000);
    const closed: DateClosures = (day) => (day === closedDay ? [[73, 84]] : undefined);
    expect(iso(nextOpenAt(zone, U("2028-11-05T06:00:00Z"), iv, closed))).toBe("2028-11-06T06:23:00.000Z");
    // Before the transition, the first 01:23 (EDT) is closed too.
    expect(iso(nextOpenAt(zone, U("2028-11-05T05:00:00Z"), iv, closed))).toBe("2028-11-06T06:23:00.000Z");
  });
});

describe("nextOpenAt / nextCloseAt properties", () => {
  it("nextOpenAt: ≥ input, open there, nothing open before (every minute checked)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), arbInstant, arbSchedule, (zone, t, iv) => {
        const r = nextOpenAt(zone, t, iv);
        expect(r).not.toBeNull();
        if (r === null) return;
        expect(r).toBeGreaterThanOrEqual(t);
        expect(r - t).toBeLessThan(15 * 86_400_000);
        expect(isOpenAt(zone, r, iv)).toBe(true);
        expect(firstOpenMinute(zone, t, r, iv)).toBeUndefined();
      }),
      { numRuns: 250 },
    );
  });

  it("nextCloseAt: ≥ input, closed there, open throughout before", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), arbInstant, arbSchedule, (zone, t, iv) => {
        const r = nextCloseAt(zone, t, iv);
        if (r === null) {
          expect(iv).toEqual([[0, MINUTES_PER_WEEK]]);
          return;
        }
        expect(r).toBeGreaterThanOrEqual(t);
        expect(isOpenAt(zone, r, iv)).toBe(false);
        for (let m = Math.ceil(t / 60_000) * 60_000; m < r; m += 60_000) {
          if (!isOpenAt(zone, m, iv)) expect.fail(`closed at ${new Date(m).toISOString()} before ${new Date(r).toISOString()}`);
        }
      }),
      { numRuns: 250 },
    );
  });

  it("near DST transitions, with short windows around them and a dated closure near them or none: nextOpenAt skips it; nextCloseAt's span is open throughout", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        arbInstant,
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: 1, max: 180 }),
        fc.integer({ min: -240, max: 90 }),
        fc.option(fc.tuple(fc.integer({ min: -1, max: 1 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 })), { nil: undefined }),
        (zone, start, offsetMin, len, fromMin, closure) => {
          const tr = transitionBetween(zone, start, start + 200 * 86_400_000);
          if (tr === undefined) return;
          // A window of `len` minutes placed around the transition's wall-clock time, every day.
          // The wall clock just before the transition (the instant's UTC time of day would miss it by the zone's offset).
          const local = toLocalMs(zone, tr - 1);
          const trLocalMinute = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
          const s = (((trLocalMinute + offsetMin) % DAY) + DAY) % DAY;
          const iv = normalizeWeeklyIntervals([0, 1, 2, 3, 4, 5, 6].map((d) => [d * DAY + s, d * DAY + s + len] as const));
          // Closed for a while on the local day before, of or after the transition.
          const closedDay = closure === undefined ? undefined : Math.floor(local / 86_400_000) + closure[0];
          const closed: DateClosures | undefined =
            closure === undefined ? undefined : (day) => (day === closedDay ? [[closure[1], Math.min(DAY, closure[1] + closure[2])]] : undefined);
          const t = tr + fromMin * 60_000;
          const r = nextOpenAt(zone, t, iv, closed);
          if (r === null) return expect.fail("null");
          expect(r).toBeGreaterThanOrEqual(t);
          expect(isOpenAt(zone, r, iv, closed)).toBe(true);
          expect(firstOpenMinute(zone, t, r, iv, closed)).toBeUndefined();
          const c = nextCloseAt(zone, r, iv);
          if (c === null) return expect.fail("null close");
          expect(isOpenAt(zone, c, iv)).toBe(false);
          expect(c).toBeGreaterThan(r);
          for (let m = Math.ceil(r / 60_000) * 60_000; m < c; m += 60_000) {
            if (!isOpenAt(zone, m, iv)) expect.fail(`closed at ${new Date(m).toISOString()} before ${new Date(c).toISOString()}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
