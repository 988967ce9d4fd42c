import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLocalWithWeekday } from "../../src/calendar/index.js";
import { parsePlan } from "../../src/index.js";
import { localLabel } from "../../src/testing/localLabel.js";
import { respond, simulate, touchesBetween, type Timeline } from "../../src/testing/index.js";
import { dealerPlan, newYorkLead, quietSmsPlan } from "./fixtures.js";

const plan = parsePlan(dealerPlan());
const ZONES = ["America/New_York", "America/Los_Angeles", "Europe/Brussels", "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe"] as const;
const START = Date.UTC(2026, 0, 1);
const YEAR = 365 * 86_400_000;

const scenario = fc.record({
  enrolledAt: fc.integer({ min: 0, max: YEAR / 60_000 }).map((m) => new Date(START + m * 60_000).toISOString()),
  timezone: fc.constantFrom(...ZONES),
  seed: fc.integer(),
  connected: fc.double({ min: 0, max: 0.5, noNaN: true }),
  replied: fc.double({ min: 0, max: 0.3, noNaN: true }),
});

function run(s: { enrolledAt: string; timezone: string; seed: number; connected: number; replied: number }): Timeline {
  const lead = { ...newYorkLead(), enrolledAt: s.enrolledAt, timezone: s.timezone };
  return simulate(plan, lead, { until: "P10D", responder: respond.random({ seed: s.seed, rates: { connected: s.connected, replied: s.replied } }) });
}

describe("simulate: invariants of the dealer plan over random leads, zones and behaviours", () => {
  it("never a touch in quiet hours (21:00-08:00 on the lead's clock), never one after the exit", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = run(s);
        expect(touchesBetween(t, "21:00", "08:00")).toEqual([]);
        if (t.exit !== null) expect(t.touches.every((touch) => touch.at <= t.exit!.at)).toBe(true);
        expect(t.touches.every((touch) => touch.at >= t.from && touch.at <= t.until)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("caps always hold: at most 3 calls per local day and 6 touches in any 24 hours", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = run(s);
        const perDay = new Map<string, number>();
        for (const c of t.byChannel["call"] ?? []) perDay.set(c.local.slice(4, 14), (perDay.get(c.local.slice(4, 14)) ?? 0) + 1);
        expect(Math.max(0, ...perDay.values())).toBeLessThanOrEqual(3);
        const times = t.touches.map((x) => Date.parse(x.at));
        for (const [i, at] of times.entries()) expect(times.filter((u, j) => j <= i && u > at - 86_400_000).length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic: the same inputs always give the same timeline", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(run(s)).toEqual(run(s));
      }),
      { numRuns: 25 },
    );
  });

  it("a deferral is always a touch held: never of a step skipped by its time, its touch (if any) at its until or later, never past the end", () => {
    const quiet = parsePlan(quietSmsPlan("quiet"));
    const expectHeld = (t: Timeline): void => {
      for (const d of t.deferrals) {
        expect(d.at <= t.end.at).toBe(true);
        expect(t.skips.filter((s) => s.stepId === d.stepId && s.at <= d.at)).toEqual([]);
        const touch = t.touches.find((x) => x.stepId === d.stepId && x.attempt === d.attempt);
        if (touch !== undefined) expect(touch.at >= d.until).toBe(true);
      }
    };
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 7 * 24 * 12 }), fc.boolean(), (s, fiveMinutes, connects) => {
        expectHeld(run(s));
        const enrolledAt = new Date(START + fiveMinutes * 300_000).toISOString();
        const lead = { id: "L1", enrolledAt, timezone: s.timezone, contacts: { phone: "+12125550142", email: "a@example.com" } };
        expectHeld(simulate(quiet, lead, { until: "P2D", responder: respond.byChannel({ call: connects ? "connected" : "no_answer" }) }));
      }),
      { numRuns: 80 },
    );
  });

  it("a zone's name at one instant is never reused at another with the same offset: labels depend on no earlier label", () => {
    // Whitehorse: PDT at -07:00 in 2019, -07:00 since 2020; Chihuahua: -06:00 in summer 2022, CST since.
    const pairs = [
      ["America/Whitehorse", "2019-07-01T18:00:00Z", "2026-07-01T18:00:00Z"],
      ["America/Chihuahua", "2022-07-01T18:00:00Z", "2023-07-01T18:00:00Z"],
    ] as const;
    for (const [zone, a, b] of pairs)
      for (const order of [
        [a, b],
        [b, a],
      ])
        for (const at of order) expect(localLabel(zone, Date.parse(at))).toBe(formatLocalWithWeekday(zone, at));
    const sms = parsePlan({
      id: "p",
      version: 1,
      name: "P",
      timezone: "UTC",
      steps: [{ id: "sms", channel: "sms", at: { after: "PT5M" } }],
      exits: [{ on: "reply" }],
    });
    const yukon = (enrolledAt: string) => ({ id: "L1", enrolledAt, timezone: "America/Whitehorse", contacts: { phone: "+12125550142" } });
    simulate(sms, yukon("2019-07-01T18:00:00Z"), { until: "P1D", responder: respond.never() });
    const t = simulate(sms, yukon("2026-07-01T18:00:00Z"), { until: "P1D", responder: respond.never() });
    expect([t.fromLocal, t.firstTouch?.local]).toEqual(["Wed 2026-07-01 11:00 -07:00", "Wed 2026-07-01 11:05 -07:00"]);
  });

  it("local labels always equal formatLocalWithWeekday", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, "UTC", "Asia/Kathmandu", "America/St_Johns", "America/Whitehorse", "America/Chihuahua", "Africa/Monrovia"),
        fc.integer({ min: -70 * YEAR, max: 30 * YEAR }),
        (zone, offset) => {
          const ms = START + offset;
          expect(localLabel(zone, ms)).toBe(formatLocalWithWeekday(zone, ms));
        },
      ),
      { numRuns: 300 },
    );
  });
});
