import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDayNumber, startOfNextLocalDay, startOfNextLocalWeek, toLocalMs } from "../../src/calendar/index.js";
import type { Cap } from "../../src/plan/index.js";
import { capCovers, capReleaseAt, contactLog, LONGEST_CAP_PERIOD_MS, MAX_CAP_LOOKBACK_MS, type ContactLog, type ContactTime } from "../../src/policy/index.js";

const DAY = 86_400_000;
const ZONES = ["UTC", "America/New_York", "Europe/Brussels", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Asia/Kolkata", "America/St_Johns"];
const CHANNELS = ["call", "sms", "email", "whatsapp"];

/** The straightforward reading of a cap: every touch of the history inspected. */
function reference(cap: Cap, zone: string, channel: string, t: number, contacts: readonly ContactTime[]): number {
  if (!capCovers(cap, channel)) return t;
  const counted = contacts.filter((c) => c.at <= t && capCovers(cap, c.channel));
  if (cap.per === "24h" || cap.per === "7d") {
    const length = cap.per === "24h" ? DAY : 7 * DAY;
    const inWindow = counted.filter((c) => c.at > t - length);
    return inWindow.length < cap.max ? t : (inWindow[inWindow.length - cap.max] as ContactTime).at + length;
  }
  const week = (d: number): number => Math.floor((d + 3) / 7);
  const day = localDayNumber(toLocalMs(zone, t));
  const same = counted.filter((c) => {
    const d = localDayNumber(toLocalMs(zone, c.at));
    return cap.per === "day" ? d === day : week(d) === week(day);
  });
  if (same.length < cap.max) return t;
  return cap.per === "day" ? startOfNextLocalDay(zone, t) : startOfNextLocalWeek(zone, t);
}

/** A cap on every channel or some, of any period. */
const capArb = fc
  .record({
    max: fc.integer({ min: 1, max: 6 }),
    per: fc.constantFrom("day", "24h", "week", "7d"),
    channels: fc.option(fc.subarray(CHANNELS, { minLength: 1 }), { nil: undefined }),
  })
  .map((c) => (c.channels === undefined ? { max: c.max, per: c.per } : c) as Cap);

/** A log of `contacts` whose instants count how many of them are read. */
function countingReads(contacts: readonly ContactTime[]): { log: ContactLog; reads: () => number } {
  let reads = 0;
  const log = contactLog(contacts);
  const at = new Proxy(log.at, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { log: { at, channel: log.channel }, reads: () => reads };
}

describe("capReleaseAt", () => {
  it("agrees with a full scan of the history for every period, zone and history (DST nights included)", () => {
    const start = Date.UTC(2026, 2, 1);
    fc.assert(
      fc.property(
        capArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...CHANNELS),
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.array(fc.record({ back: fc.integer({ min: 0, max: 20 * DAY }), channel: fc.constantFrom(...CHANNELS) }), { maxLength: 60 }),
        (cap, zone, channel, offset, touches) => {
          const t = start + offset;
          const contacts = touches.map((x) => ({ channel: x.channel, at: t - x.back })).sort((a, b) => a.at - b.at);
          expect(capReleaseAt(cap, zone, channel, t, contactLog(contacts))).toBe(reference(cap, zone, channel, t, contacts));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never needs a touch older than MAX_CAP_LOOKBACK_MS before the earliest instant it is asked about", () => {
    const start = Date.UTC(2026, 2, 1);
    fc.assert(
      fc.property(
        capArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...CHANNELS),
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.array(fc.record({ back: fc.integer({ min: 0, max: 30 * DAY }), channel: fc.constantFrom(...CHANNELS) }), { maxLength: 80 }),
        (cap, zone, channel, offset, later, touches) => {
          // `now` is the earliest instant asked about; the history ends at it, the question may come later.
          const now = start + offset;
          const t = now + later;
          const contacts = touches.map((x) => ({ channel: x.channel, at: now - x.back })).sort((a, b) => a.at - b.at);
          const recent = contacts.filter((c) => c.at > now - MAX_CAP_LOOKBACK_MS);
          expect(capReleaseAt(cap, zone, channel, t, contactLog(recent))).toBe(capReleaseAt(cap, zone, channel, t, contactLog(contacts)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("no local week is longer than LONGEST_CAP_PERIOD_MS, nor its lookback: Casey fell back 3 hours (2010–2023), Vostok 7 (1994)", () => {
    for (const [zone, before, weekStart] of [
      ["Antarctica/Casey", Date.UTC(2023, 2, 1), "2023-03-05T13:00:00Z"],
      ["Antarctica/Vostok", Date.UTC(1994, 0, 25), "1994-01-30T17:00:00Z"],
    ] as const) {
      const start = startOfNextLocalWeek(zone, before);
      expect(new Date(start).toISOString(), zone).toBe(new Date(weekStart).toISOString());
      const length = startOfNextLocalWeek(zone, start) - start;
      expect(length, zone).toBeGreaterThan(7 * DAY);
      expect(length, zone).toBeLessThanOrEqual(LONGEST_CAP_PERIOD_MS);
      expect(length, zone).toBeLessThanOrEqual(MAX_CAP_LOOKBACK_MS);
    }
  });

  it("looks at the period's touches only: a long history before it costs a binary search", () => {
    const t = Date.UTC(2026, 5, 10, 15);
    const long: ContactTime[] = [];
    for (let i = 0; i < 100_000; i++) long.push({ channel: "sms", at: t - 90 * DAY + i * 60_000 });
    const counted = countingReads(long);
    expect(capReleaseAt({ max: 3, per: "day" }, "America/Chicago", "sms", t, counted.log)).toBe(t);
    expect(counted.reads()).toBeLessThan(40);
  });

  it("counts a cap on every channel by binary search, however many touches its period holds", () => {
    const t = Date.UTC(2026, 5, 10, 15);
    // 20,000 touches within the last 20 hours, none on a day without an offset change.
    const busy: ContactTime[] = Array.from({ length: 20_000 }, (_, i) => ({ channel: CHANNELS[i % 4] as string, at: t - 72_000_000 + i * 3_600 }));
    for (const cap of [
      { max: 50_000, per: "day" },
      { max: 50_000, per: "week" },
      { max: 50_000, per: "24h" },
      { max: 10, per: "24h" },
      { max: 50_000, per: "7d" },
    ] as Cap[]) {
      const counted = countingReads(busy);
      expect(capReleaseAt(cap, "America/Chicago", "sms", t, counted.log), cap.per).toBe(reference(cap, "America/Chicago", "sms", t, busy));
      expect(counted.reads(), `${cap.max} per ${cap.per}`).toBeLessThan(80);
    }
  });
});
