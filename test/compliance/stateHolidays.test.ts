import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type LeadInput } from "../../src/index.js";
import { closureDays } from "../../src/policy/datedClosures.js";
import { COMPLIANCE_PRESETS } from "../../src/policy/index.js";
import type { DatedClosure } from "../../src/policy/presets/index.js";
import { leadAt, presetPlan } from "./helpers.js";

// Golden cases for the holidays in the presets: each statute's named days, a floating weekday,
// a weekend date's substitute, and the day after (open again). Local noon unless said otherwise.
const due = (ids: string[], lead: LeadInput, now: string, channel = "call") => evaluate(presetPlan(ids, channel), { ...lead, enrolledAt: now }, now);
const at = (timezone: string) => leadAt("2026-01-01T00:00:00Z", { timezone });
const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const days = (closure: DatedClosure, year: number) => closureDays(closure, year).map(iso);

describe("us-la — La. R.S. 45:811 with the legal holidays of La. R.S. 1:55(A)(1)", () => {
  const nola = at("America/Chicago"); // CST (UTC−6) in winter, CDT (UTC−5) in summer
  it("Mardi Gras (47 days before Easter: Tuesday 9 February 2027) is closed all day; Wednesday 08:00 opens", () => {
    const mardiGras = due(["us-la"], nola, "2027-02-09T18:00:00Z");
    expect(mardiGras.due).toEqual([]);
    expect(mardiGras.trace[0]).toMatchObject({ state: "waiting", until: "2027-02-10T14:00:00.000Z" });
  });
  it("Battle of New Orleans (8 January), Huey P. Long Day (30 August), All Saints' Day (1 November) are closed", () => {
    expect(due(["us-la"], nola, "2027-01-08T18:00:00Z").due).toEqual([]); // Fri 8 Jan 2027
    expect(due(["us-la"], nola, "2027-08-30T17:00:00Z").due).toEqual([]); // Mon 30 Aug 2027
    expect(due(["us-la"], nola, "2027-11-01T17:00:00Z").due).toEqual([]); // Mon 1 Nov 2027
    expect(due(["us-la"], nola, "2027-08-31T17:00:00Z").due).toHaveLength(1); // Tue 31 Aug: open
  });
  it("a holiday on a Saturday closes the Saturday (calls are otherwise allowed on Saturdays); the statute moves none", () => {
    expect(due(["us-la"], nola, "2027-12-25T18:00:00Z").due).toEqual([]); // Sat 25 Dec 2027
    expect(due(["us-la"], nola, "2027-12-24T18:00:00Z").due).toHaveLength(1); // Fri 24 Dec 2027: open
    expect(due(["us-la"], nola, "2027-12-27T18:00:00Z").due).toHaveLength(1); // Mon 27 Dec 2027: open
  });
  it("texts are not narrowed", () => {
    expect(due(["us-la"], nola, "2027-02-09T18:00:00Z", "sms").due).toHaveLength(1);
  });
});

describe("us-ri — R.I. Gen. Laws § 5-61-2 (weekday hours exclude state and federal holidays), § 25-1-1, 5 U.S.C. § 6103", () => {
  const providence = at("America/New_York");
  it("Victory Day (second Monday of August: 9 August 2027) is closed; Tuesday 09:00 opens", () => {
    const victory = due(["us-ri"], providence, "2027-08-09T16:00:00Z");
    expect(victory.due).toEqual([]);
    expect(victory.trace[0]).toMatchObject({ until: "2027-08-10T13:00:00.000Z" });
  });
  it("election day, the Tuesday after the first Monday in November, only in even years", () => {
    expect(due(["us-ri"], providence, "2026-11-03T17:00:00Z").due).toEqual([]); // Tue 3 Nov 2026
    expect(due(["us-ri"], providence, "2027-11-02T17:00:00Z").due).toHaveLength(1); // Tue 2 Nov 2027
  });
  it("4 July 2026 on a Saturday: Saturday hours stay; Friday 3 (federal observed) and Monday 6 (state) close", () => {
    expect(due(["us-ri"], providence, "2026-07-04T16:00:00Z").due).toHaveLength(1); // Sat 12:00 EDT
    expect(due(["us-ri"], providence, "2026-07-03T16:00:00Z").due).toEqual([]);
    expect(due(["us-ri"], providence, "2026-07-06T16:00:00Z").due).toEqual([]);
    expect(due(["us-ri"], providence, "2026-07-07T16:00:00Z").due).toHaveLength(1);
  });
  it("federal-only holidays close too: Juneteenth (Friday 19 June 2026), Thanksgiving (26 November 2026)", () => {
    expect(due(["us-ri"], providence, "2026-06-19T16:00:00Z").due).toEqual([]);
    expect(due(["us-ri"], providence, "2026-11-26T17:00:00Z").due).toEqual([]);
    expect(due(["us-ri"], providence, "2026-11-27T17:00:00Z").due).toHaveLength(1);
  });
});

describe("us-ut — Utah Code § 13-25a-103(3) with the legal holidays of § 63G-1-301", () => {
  const slc = at("America/Denver"); // MDT (UTC−6) in summer, MST (UTC−7) in winter
  it("Pioneer Day 24 July 2027 on a Saturday: the Saturday and the Friday before close", () => {
    expect(due(["us-ut"], slc, "2027-07-24T18:00:00Z").due).toEqual([]);
    expect(due(["us-ut"], slc, "2027-07-23T18:00:00Z").due).toEqual([]);
    expect(due(["us-ut"], slc, "2027-07-22T18:00:00Z").due).toHaveLength(1);
  });
  it("Juneteenth on a Friday (19 June 2026) is observed on Monday 15 June; the Friday stays open", () => {
    expect(due(["us-ut"], slc, "2026-06-15T18:00:00Z").due).toEqual([]);
    expect(due(["us-ut"], slc, "2026-06-19T18:00:00Z").due).toHaveLength(1);
  });
  it("1 January 2028 on a Saturday closes Friday 31 December 2027 (across the year)", () => {
    expect(due(["us-ut"], slc, "2027-12-31T19:00:00Z").due).toEqual([]);
    expect(due(["us-ut"], slc, "2027-12-30T19:00:00Z").due).toHaveLength(1);
  });
  it("Thanksgiving, the fourth Thursday of November (26 November 2026), is closed", () => {
    expect(due(["us-ut"], slc, "2026-11-26T19:00:00Z").due).toEqual([]);
  });
});

describe("au — substitute public holidays", () => {
  const sydney = at("Australia/Sydney"); // AEDT (UTC+11) in summer
  it("Christmas 2027 on a Saturday, Boxing Day on the Sunday: Monday 27 and Tuesday 28 close, Wednesday 29 opens", () => {
    expect(due(["au"], sydney, "2027-12-26T23:00:00Z").due).toEqual([]); // Mon 27 10:00 AEDT
    const tuesday = due(["au"], sydney, "2027-12-27T23:00:00Z"); // Tue 28 10:00
    expect(tuesday.due).toEqual([]);
    expect(tuesday.trace[0]).toMatchObject({ until: "2027-12-28T22:00:00.000Z" }); // Wed 29 09:00 AEDT
  });
  it("Christmas 2022 on a Sunday: Boxing Day is Monday 26, the substitute Tuesday 27", () => {
    expect(days(auHolidays(), 2022)).toEqual(expect.arrayContaining(["2022-12-25", "2022-12-26", "2022-12-27"]));
    expect(days(auHolidays(), 2022)).not.toContain("2022-12-28");
  });
  it("Australia Day on a Sunday (26 January 2025) closes Monday 27 January", () => {
    expect(due(["au"], sydney, "2025-01-26T23:00:00Z").due).toEqual([]); // Mon 27 10:00 AEDT
  });
  it("Anzac Day's substitute is not national: Monday 27 April 2026 stays open", () => {
    expect(due(["au"], sydney, "2026-04-27T00:00:00Z").due).toHaveLength(1); // Mon 10:00 AEST
  });
});

function auHolidays(): DatedClosure {
  const closure = COMPLIANCE_PRESETS.au?.closures?.[0];
  if (closure === undefined) throw new Error("au has a holiday closure");
  return closure;
}

describe("closure dates", () => {
  const only = (dates: DatedClosure["dates"], extra: Partial<DatedClosure> = {}): DatedClosure => ({
    channels: ["call"],
    from: "00:00",
    label: "t",
    dates,
    ...extra,
  });
  it("weekday rules: third Monday, last Monday, the Tuesday after the first Monday, every other year", () => {
    expect(days(only([{ month: 1, weekday: "mon", onOrAfter: 15 }]), 2026)).toEqual(["2026-01-19"]);
    expect(days(only([{ month: 5, weekday: "mon", last: true }]), 2026)).toEqual(["2026-05-25"]);
    expect(days(only([{ month: 11, weekday: "tue", onOrAfter: 2 }]), 2027)).toEqual(["2027-11-02"]); // 1 Nov 2027 is a Monday
    expect(days(only([{ month: 11, weekday: "tue", onOrAfter: 2, years: "even" }]), 2027)).toEqual([]);
    expect(days(only([{ month: 11, weekday: "thu", onOrAfter: 22 }]), 2026)).toEqual(["2026-11-26"]);
  });
  it("substitutes: nearest weekday (Saturday → Friday, Sunday → Monday); next free weekday", () => {
    expect(days(only([{ month: 7, day: 4, substitute: "nearest-weekday" }]), 2026)).toEqual(["2026-07-03", "2026-07-04"]);
    expect(days(only([{ month: 7, day: 4, substitute: "nearest-weekday" }]), 2027)).toEqual(["2027-07-04", "2027-07-05"]);
    expect(days(only([{ month: 7, day: 4, substitute: "nearest-weekday" }]), 2028)).toEqual(["2028-07-04"]);
    expect(days(only([{ month: 7, day: 4, substitute: "next-weekday" }]), 2026)).toEqual(["2026-07-04", "2026-07-06"]);
  });
  it("a closure limited to weekdays drops weekend dates", () => {
    expect(days(only([{ month: 7, day: 4, substitute: "next-weekday" }], { weekdays: ["mon", "tue", "wed", "thu", "fri"] }), 2026)).toEqual(["2026-07-06"]);
  });
  it("property: a weekend date with a substitute always brings exactly one extra weekday closure, never on a weekend", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1971, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom("nearest-weekday" as const, "next-weekday" as const),
        (year, month, day, substitute) => {
          const closed = closureDays(only([{ month, day, substitute }]), year);
          const named = Date.UTC(year, month - 1, day) / DAY_MS;
          const weekend = [5, 6].includes((((named + 3) % 7) + 7) % 7);
          expect(closed).toContain(named);
          expect(closed).toHaveLength(weekend ? 2 : 1);
          for (const d of closed) if (d !== named) expect([5, 6]).not.toContain((((d + 3) % 7) + 7) % 7);
        },
      ),
      { numRuns: 300 },
    );
  });
});
