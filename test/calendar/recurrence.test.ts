import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as rruleModule from "rrule";
import {
  DAY_MS,
  compileRecurrence,
  expandRecurrence,
  formatLocal,
  fromLocalMs,
  localDayNumber,
  nextOccurrenceAt,
  offsetMinutes,
  recurrenceCanMatch,
  toLocalMs,
  transitionBetween,
  type CompiledRecurrence,
  type RecurrenceRule,
} from "../../src/calendar/index.js";
import { CadenceError } from "../../src/errors/index.js";
import { parseRecurrenceRule } from "../../src/primitives/index.js";

type RRuleCtor = typeof import("rrule").RRule;
const ns = rruleModule as unknown as { RRule?: RRuleCtor; default?: { RRule: RRuleCtor } };
const RRule = (ns.RRule ?? ns.default?.RRule) as RRuleCtor;

const U = (s: string) => Date.parse(s);
function rec(text: string): CompiledRecurrence {
  const parsed = parseRecurrenceRule(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return compileRecurrence(parsed.rule);
}
/** The first `n` occurrences from `anchor`, each a minute after the previous one, as local text. */
function series(zone: string, text: string, anchor: string, n: number): string[] {
  const r = rec(text);
  const out: string[] = [];
  let from = U(anchor);
  for (let i = 0; i < n; i++) {
    const at = nextOccurrenceAt(zone, r, U(anchor), from);
    if (at === Infinity) break;
    out.push(formatLocal(zone, at));
    from = at + 60_000;
  }
  return out;
}

describe("expandRecurrence agrees with rrule on satisfiable rules", () => {
  const day = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  const rule = fc.record({
    freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY"),
    interval: fc.integer({ min: 1, max: 3 }),
    days: fc.uniqueArray(day, { minLength: 1, maxLength: 4 }),
    nth: fc.constantFrom(0, 1, 2, -1),
    hours: fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 3 }),
    minutes: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    setpos: fc.option(fc.constantFrom(1, -1), { nil: undefined }),
    startDay: fc.integer({ min: 19_700, max: 22_000 }),
  });
  it("same occurrences over 120 days", () => {
    fc.assert(
      fc.property(rule, (r) => {
        const byday = r.freq === "MONTHLY" && r.nth !== 0 ? r.days.map((d) => `${r.nth}${d}`) : r.days;
        const setpos = r.freq === "DAILY" ? undefined : r.setpos;
        // rrule orders a period's set by BYHOUR as written, RFC 5545 by time: give them sorted.
        r.hours.sort((a, b) => a - b);
        r.minutes?.sort((a, b) => a - b);
        const text = `FREQ=${r.freq};INTERVAL=${r.interval};BYDAY=${byday.join(",")};BYHOUR=${r.hours.join(",")}${r.minutes === undefined ? "" : `;BYMINUTE=${r.minutes.join(",")}`}${setpos === undefined ? "" : `;BYSETPOS=${setpos}`};COUNT=1000`;
        const parsed = parseRecurrenceRule(text);
        if (!parsed.ok) throw new Error(text);
        const ours = expandRecurrence(parsed.rule, r.startDay, r.startDay, r.startDay + 120);
        const theirs = new RRule({ ...RRule.parseString(text.replace(";COUNT=1000", "")), bysecond: [0], dtstart: new Date(r.startDay * DAY_MS) })
          .between(new Date(r.startDay * DAY_MS), new Date((r.startDay + 120) * DAY_MS - 1), true)
          .map((d) => d.getTime())
          .sort((a, b) => a - b);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 150 },
    );
  });
});

describe("golden cases across DST", () => {
  it("America/New_York: weekdays 11:00 and 16:00 across the March change", () => {
    expect(series("America/New_York", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0", "2026-03-06T17:00:00Z", 4)).toEqual([
      "2026-03-06 16:00 EST",
      "2026-03-09 11:00 EDT",
      "2026-03-09 16:00 EDT",
      "2026-03-10 11:00 EDT",
    ]);
  });
  it("America/New_York: 02:30 does not exist on 2026-03-08 (shifted by the gap; gap-end on request), 01:30 exists twice on 2026-11-01 (first)", () => {
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "2026-03-07T12:00:00Z", 3)).toEqual([
      "2026-03-08 03:30 EDT",
      "2026-03-09 02:30 EDT",
      "2026-03-10 02:30 EDT",
    ]);
    const gapEnd = nextOccurrenceAt(
      "America/New_York",
      rec("FREQ=DAILY;BYHOUR=2;BYMINUTE=30"),
      U("2026-03-07T12:00:00Z"),
      U("2026-03-08T00:00:00Z"),
      "gap-end",
    );
    expect(formatLocal("America/New_York", gapEnd)).toBe("2026-03-08 03:00 EDT");
    const r = rec("FREQ=DAILY;BYHOUR=1;BYMINUTE=30");
    const at = nextOccurrenceAt("America/New_York", r, U("2026-10-31T12:00:00Z"), U("2026-11-01T00:00:00Z"));
    expect(new Date(at).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    // From inside the second 01:xx hour, the day's occurrence has passed: the next is the following day.
    const after = nextOccurrenceAt("America/New_York", r, U("2026-10-31T12:00:00Z"), U("2026-11-01T06:10:00Z"));
    expect(formatLocal("America/New_York", after)).toBe("2026-11-02 01:30 EST");
  });
  it("Europe/Brussels and Europe/Berlin: 02:30 on the last Sunday of March and October", () => {
    for (const zone of ["Europe/Brussels", "Europe/Berlin"]) {
      expect(series(zone, "FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "2026-03-28T12:00:00Z", 2)).toEqual(["2026-03-29 03:30 +02:00", "2026-03-30 02:30 +02:00"]);
      expect(series(zone, "FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "2026-10-24T12:00:00Z", 2)).toEqual(["2026-10-25 02:30 +02:00", "2026-10-26 02:30 +01:00"]);
    }
  });
  it("Australia/Sydney (southern hemisphere): April fall-back and October spring-forward", () => {
    expect(series("Australia/Sydney", "FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "2026-04-04T00:00:00Z", 2)).toEqual([
      "2026-04-05 02:30 +11:00",
      "2026-04-06 02:30 +10:00",
    ]);
    expect(series("Australia/Sydney", "FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "2026-10-03T00:00:00Z", 2)).toEqual([
      "2026-10-04 03:30 +11:00",
      "2026-10-05 02:30 +11:00",
    ]);
  });
  it("America/Santiago: midnight does not exist on 2026-09-06", () => {
    const out = series("America/Santiago", "FREQ=DAILY;BYHOUR=0", "2026-09-04T12:00:00Z", 3);
    expect(out[0]).toMatch(/^2026-09-05 00:00/);
    expect(out[1]).toMatch(/^2026-09-06 01:00/);
    expect(out[2]).toMatch(/^2026-09-07 00:00/);
  });
  it("Asia/Kolkata (no DST, half-hour offset)", () => {
    expect(series("Asia/Kolkata", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=30", "2026-03-04T00:00:00Z", 2)).toEqual([
      "2026-03-09 10:30 +05:30",
      "2026-03-16 10:30 +05:30",
    ]);
  });
  it("Pacific/Chatham (+12:45/+13:45): 02:45–03:45 skipped in September", () => {
    const out = series("Pacific/Chatham", "FREQ=DAILY;BYHOUR=3;BYMINUTE=0", "2026-09-26T00:00:00Z", 2);
    expect(out[0]).toMatch(/^2026-09-27 04:00/); // 03:00 shifted by the one-hour gap
    expect(out[1]).toMatch(/^2026-09-28 03:00/);
  });
  it("a time shifted past the gap does not pass the occurrences after the gap (Chatham, Lord Howe)", () => {
    // 03:00 lies in Chatham's 02:45–03:45 gap and is shifted to 04:00; 03:50 exists and comes first.
    expect(series("Pacific/Chatham", "FREQ=DAILY;BYHOUR=3;BYMINUTE=0,50", "2026-09-26T00:00:00Z", 4)).toEqual([
      "2026-09-27 03:50 +13:45",
      "2026-09-27 04:00 +13:45",
      "2026-09-28 03:00 +13:45",
      "2026-09-28 03:50 +13:45",
    ]);
    // Lord Howe's 30-minute gap (02:00–02:30): 02:15 is shifted to 02:45, after 02:30.
    expect(series("Australia/Lord_Howe", "FREQ=DAILY;BYHOUR=2;BYMINUTE=15,30", "2026-10-03T03:00:00Z", 3)).toEqual([
      "2026-10-04 02:30 +11:00",
      "2026-10-04 02:45 +11:00",
      "2026-10-05 02:15 +11:00",
    ]);
  });
  it("a whole skipped day (Samoa 2011, Kwajalein 1993): an occurrence on it is found from the day after", () => {
    // Pacific/Apia went from -10:00 to +14:00 at 2011-12-30T10:00Z: Friday 30 December never happened there.
    const friday = rec("FREQ=WEEKLY;BYDAY=FR;BYHOUR=10;BYMINUTE=0");
    const dayAfter = U("2011-12-30T10:00:00Z"); // Saturday 31 December, 00:00 +14:00
    expect(formatLocal("Pacific/Apia", nextOccurrenceAt("Pacific/Apia", friday, U("2011-12-01T00:00:00Z"), dayAfter, "shift"))).toBe("2011-12-31 10:00 +14:00");
    expect(nextOccurrenceAt("Pacific/Apia", friday, U("2011-12-01T00:00:00Z"), dayAfter, "gap-end")).toBe(dayAfter);
    // Pacific/Kwajalein went from -12:00 to +12:00 at 1993-08-21T12:00Z: Saturday 21 August never happened there.
    const saturday = rec("FREQ=WEEKLY;BYDAY=SA;BYHOUR=9;BYMINUTE=30");
    const sunday = U("1993-08-21T12:00:00Z");
    expect(formatLocal("Pacific/Kwajalein", nextOccurrenceAt("Pacific/Kwajalein", saturday, U("1993-08-01T00:00:00Z"), sunday + 3_600_000, "shift"))).toBe(
      "1993-08-22 09:30 +12:00",
    );
  });
  it("UNTIL ending in Z is a UTC instant (RFC 5545), without Z a floating local time", () => {
    // 09:00 EST is 14:00Z: an UNTIL a minute before it ends the rule before Friday's occurrence.
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9;UNTIL=20260306T135900Z", "2026-03-04T12:00:00Z", 5)).toEqual([
      "2026-03-04 09:00 EST",
      "2026-03-05 09:00 EST",
    ]);
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9;UNTIL=20260306T140000Z", "2026-03-04T12:00:00Z", 5)).toHaveLength(3);
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9;UNTIL=20260306T135900", "2026-03-04T12:00:00Z", 5)).toHaveLength(3);
    // East of UTC: 09:00 in Auckland (+13:00) on 5 March is 20:00Z on the 4th.
    expect(series("Pacific/Auckland", "FREQ=DAILY;BYHOUR=9;UNTIL=20260304T200000Z", "2026-03-02T00:00:00Z", 5)).toEqual([
      "2026-03-03 09:00 +13:00",
      "2026-03-04 09:00 +13:00",
      "2026-03-05 09:00 +13:00",
    ]);
  });
  it("ends: COUNT, UNTIL", () => {
    expect(series("Europe/Brussels", "FREQ=DAILY;BYHOUR=9;COUNT=2", "2026-05-04T05:00:00Z", 5)).toHaveLength(2);
    // COUNT counts from the anchor (DTSTART): an occurrence earlier on the anchor's day is not one of them. Counted from
    // midnight, the 09:00 before a noon enrolment used one of the three and the step sent two ("for 3 times", it said).
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9;COUNT=3", "2026-03-02T17:00:00Z", 5)).toEqual([
      "2026-03-03 09:00 EST",
      "2026-03-04 09:00 EST",
      "2026-03-05 09:00 EST",
    ]);
    // An occurrence at the anchor's very minute is the first.
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9;COUNT=2", "2026-03-02T14:00:00Z", 5)).toEqual(["2026-03-02 09:00 EST", "2026-03-03 09:00 EST"]);
    // Two leads anchored on one day at different times have lists of their own.
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9,18;COUNT=2", "2026-03-02T13:00:00Z", 5)).toEqual(["2026-03-02 09:00 EST", "2026-03-02 18:00 EST"]);
    expect(series("America/New_York", "FREQ=DAILY;BYHOUR=9,18;COUNT=2", "2026-03-02T15:00:00Z", 5)).toEqual(["2026-03-02 18:00 EST", "2026-03-03 09:00 EST"]);
    expect(series("Europe/Brussels", "FREQ=DAILY;BYHOUR=9;UNTIL=20260506", "2026-05-04T05:00:00Z", 5)).toEqual([
      "2026-05-04 09:00 +02:00",
      "2026-05-05 09:00 +02:00",
      "2026-05-06 09:00 +02:00",
    ]);
  });
});

describe("bounded evaluation", () => {
  it("parsing rejects rules arithmetic shows can never match", () => {
    expect(parseRecurrenceRule("FREQ=HOURLY;INTERVAL=2;BYHOUR=3;COUNT=2")).toMatchObject({ ok: false, issues: [{ code: "rrule_never_matches" }] });
    expect(parseRecurrenceRule("FREQ=HOURLY;INTERVAL=5;BYHOUR=3;COUNT=2").ok).toBe(true);
  });
  it("a never-matching rule is an error, fast (hourly BYHOUR outside its interval; Feb 30)", () => {
    const none = {
      count: undefined,
      untilLocal: undefined,
      byMonth: undefined,
      byMonthDay: undefined,
      byDay: undefined,
      byHour: undefined,
      byMinute: undefined,
      bySetPos: undefined,
      wkst: 0,
    };
    const rules: RecurrenceRule[] = [
      { ...none, freq: "HOURLY", interval: 2, byHour: [3] },
      { ...none, freq: "DAILY", interval: 1, byMonth: [2], byMonthDay: [30], byHour: [10] },
      // Not a contradiction arithmetic sees: the fifth Monday of February on its first day.
      { ...none, freq: "MONTHLY", interval: 1, byMonth: [2], byDay: [{ weekday: 0, n: 5 }], byMonthDay: [1], byHour: [9] },
    ];
    for (const rule of rules) {
      // The fastest of three runs, each on a fresh compiled rule; the bound is a generous hang guard.
      let error: unknown;
      let ms = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        expect(recurrenceCanMatch(rule)).toBe(false);
        try {
          nextOccurrenceAt("UTC", compileRecurrence(rule), U("2026-01-01T00:00:00Z"), U("2026-01-01T00:00:00Z"));
        } catch (e) {
          error = e;
        }
        ms = Math.min(ms, performance.now() - t0);
      }
      expect(ms).toBeLessThan(3_000);
      expect(error).toBeInstanceOf(CadenceError);
      expect((error as CadenceError).code).toBe("rrule_never_matches");
    }
  });
  it("a dense rule's cached blocks stay within a bounded number of occurrences, whatever the number of start dates", () => {
    // Every minute of every day: a YEARLY block (four years) holds 2.1 million occurrences.
    const all = (n: number) => Array.from({ length: n }, (_, i) => i).join(",");
    const r = rec(`FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=${all(24)};BYMINUTE=${all(60)}`);
    let cached = 0;
    for (let i = 0; i < 6; i++) {
      const anchor = Date.UTC(2026, 0, 1 + i * 3, 12);
      expect(nextOccurrenceAt("UTC", r, anchor, anchor)).toBe(anchor);
      cached = Math.max(cached, r.blocks.size);
    }
    // One block at a time (each is more than the bound alone); six start dates would keep six.
    expect(cached).toBe(1);
  });
  it("a lead enrolled years ago gets the same next occurrence as a fresh search would", () => {
    const r = rec("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=11,16");
    const anchor = U("2020-01-06T00:00:00Z");
    const at = nextOccurrenceAt("America/New_York", r, anchor, U("2026-03-10T12:00:00Z"));
    expect(formatLocal("America/New_York", at)).toBe("2026-03-12 11:00 EDT");
  });
});

const ZONES = Intl.supportedValuesOf("timeZone");
describe("properties over every zone, 2024–2030", () => {
  it("occurrences are strictly increasing instants and never skip a local day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 1) }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        (zone, anchor, hour, minute) => {
          const r = rec(`FREQ=DAILY;BYHOUR=${hour};BYMINUTE=${minute}`);
          let from = anchor;
          let previous = -Infinity;
          let previousDay: number | undefined;
          for (let i = 0; i < 12; i++) {
            const at = nextOccurrenceAt(zone, r, anchor, from);
            expect(at).toBeGreaterThan(previous);
            expect(at).toBeGreaterThanOrEqual(from);
            const day = localDayNumber(toLocalMs(zone, at));
            if (previousDay !== undefined) expect(day).toBe(previousDay + 1);
            previous = at;
            previousDay = day;
            from = at + 60_000;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the next occurrence is the earliest resolved occurrence (near transitions, both gap policies)", () => {
  // Chatham's gap starts at :45 and Lord Howe's lasts 30 minutes: a shifted time can pass the occurrences after the gap.
  const zones = ["Pacific/Chatham", "Australia/Lord_Howe", "America/New_York", "Europe/Brussels", "America/Santiago", "America/Havana"];
  it("agrees with resolving every local occurrence around the searched instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: -26 * 3_600_000, max: 3 * 3_600_000 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.constantFrom(0, 15, 30, 45, 50), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("shift" as const, "gap-end" as const),
        (zone, start, delta, hours, minutes, policy) => {
          // The first spring-forward (a gap) in the year from `start`.
          let transition = transitionBetween(zone, start, start + 366 * DAY_MS);
          while (transition !== undefined && offsetMinutes(zone, transition) < offsetMinutes(zone, transition - 1))
            transition = transitionBetween(zone, transition, start + 366 * DAY_MS);
          if (transition === undefined) return;
          const r = rec(`FREQ=DAILY;BYHOUR=${hours.join(",")};BYMINUTE=${minutes.join(",")}`);
          const anchor = transition - 3 * DAY_MS;
          const from = transition + delta;
          const dtDay = localDayNumber(toLocalMs(zone, anchor));
          const day = localDayNumber(toLocalMs(zone, from));
          const resolved = expandRecurrence(r.rule, dtDay, day - 2, day + 3).map((local) => fromLocalMs(zone, local, policy));
          const expected = Math.min(...resolved.filter((t) => t >= from));
          expect(nextOccurrenceAt(zone, r, anchor, from, policy)).toBe(expected);
        },
      ),
      { numRuns: 500, examples: [["Pacific/Chatham", Date.UTC(2026, 6, 1), -3_600_000, [3], [0, 50], "shift"]] },
    );
  });
});

describe("the next occurrence around a whole skipped day is the earliest resolved occurrence", () => {
  // Both days that never happened: Apia's 2011-12-30 and Kwajalein's 1993-08-21 (24-hour gaps).
  const skips = [
    ["Pacific/Apia", Date.UTC(2011, 11, 30, 10)],
    ["Pacific/Kwajalein", Date.UTC(1993, 7, 21, 12)],
  ] as const;
  const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
  it("agrees with resolving every local occurrence of a weekly rule around the searched instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...skips),
        fc.integer({ min: -30 * 3_600_000, max: 30 * 3_600_000 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("shift" as const, "gap-end" as const),
        ([zone, transition], delta, byDay, hours, policy) => {
          const r = rec(`FREQ=WEEKLY;BYDAY=${byDay.map((d) => days[d]).join(",")};BYHOUR=${hours.join(",")};BYMINUTE=0`);
          const anchor = transition - 20 * DAY_MS;
          const from = transition + delta;
          const dtDay = localDayNumber(toLocalMs(zone, anchor));
          const day = localDayNumber(toLocalMs(zone, from));
          const resolved = expandRecurrence(r.rule, dtDay, day - 3, day + 9).map((local) => fromLocalMs(zone, local, policy));
          const expected = Math.min(...resolved.filter((t) => t >= from));
          expect(nextOccurrenceAt(zone, r, anchor, from, policy)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("describeRecurrence", () => {
  it("reads a rule in words with its local clock times, independent of the host zone and clock", async () => {
    const { describeRecurrence } = await import("../../src/calendar/index.js");
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0;COUNT=6")).toBe(
      "every weekday for 6 times, at 11:00 and 16:00 (lead-local)",
    );
    expect(describeRecurrence("RRULE:FREQ=DAILY;BYHOUR=10,14;BYMINUTE=30;COUNT=5")).toBe("every day for 5 times, at 10:30 and 14:30 (lead-local)");
    expect(describeRecurrence("FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=9;UNTIL=20261231")).toBe(
      "every month on the last Friday until December 31, 2026, at 09:00 (lead-local)",
    );
    expect(describeRecurrence("FREQ=SOMETIMES")).toBeUndefined();
  });
  it("reads every rule the parser accepts: any case, empty parts", async () => {
    const { describeRecurrence } = await import("../../src/calendar/index.js");
    const words = "every week on Monday, Friday for 3 times, at 09:30 (lead-local)";
    for (const text of [
      "FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=9;BYMINUTE=30;COUNT=3",
      "freq=weekly;byday=mo,fr;byhour=9;byminute=30;count=3",
      "RRULE:FREQ=WEEKLY;;BYDAY=MO,FR;BYHOUR=9;BYMINUTE=30;COUNT=3;",
    ]) {
      expect(parseRecurrenceRule(text).ok).toBe(true);
      expect(describeRecurrence(text)).toBe(words);
    }
  });
  it("says which of a period's occurrences BYSETPOS keeps (rrule's words leave it out)", async () => {
    const { describeRecurrence } = await import("../../src/calendar/index.js");
    expect(describeRecurrence("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYHOUR=17;COUNT=3")).toBe(
      "every month on weekdays for 3 times, at 17:00 (lead-local); only the last of each month's occurrences",
    );
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1,-2;BYHOUR=9;COUNT=3")).toBe(
      "every week on Monday, Wednesday, Friday for 3 times, at 09:00 (lead-local); only the 1st and 2nd last of each week's occurrences",
    );
  });
});
