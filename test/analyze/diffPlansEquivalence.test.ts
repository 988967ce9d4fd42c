import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPlanDiff, diffPlans, formatPlanDiff, previewMigration } from "../../src/analyze/index.js";
import { parsePlan, safeParsePlan, type PlanInput } from "../../src/index.js";
import { changingEditArb, equivalentDuration, preservingRewriteArb, PRESERVING } from "../support/planRewrites.js";
import { drive } from "../support/drive.js";
import { enrolledAtArb, planArb, ZONES } from "../support/randomPlans.js";
import { dealerPlan } from "../testing/fixtures.js";

type Json = Record<string, unknown>;

/** The dealer plan with `edit` applied to a copy of it. */
function dealer(edit: (plan: Json & { steps: Json[]; policies: Json }) => void): PlanInput {
  const plan = structuredClone(dealerPlan()) as unknown as Json & { steps: Json[]; policies: Json };
  edit(plan);
  return plan as unknown as PlanInput;
}
const step = (plan: { steps: Json[] }, id: string): Json => plan.steps.find((s) => s["id"] === id) as Json;

/** The diff has no change, says so, and applied to the first plan gives the second as written. */
function expectSameMeaning(a: PlanInput, b: PlanInput): void {
  const diff = diffPlans(a, b);
  expect(diff.changes, formatPlanDiff(diff)).toBe(0);
  expect(diff.steps).toEqual({ added: [], removed: [], changed: [] });
  expect(diff.plan).toEqual([]);
  expect(formatPlanDiff(diff)).toMatch(/: no changes$/);
  expect(applyPlanDiff(a, JSON.parse(JSON.stringify(diff)))).toEqual(parsePlan(b));
  expect(diffPlans(b, a).changes).toBe(0);
}

describe("diffPlans: rewrites that keep the plan's meaning are not changes", () => {
  it("durations in other units: PT0S as PT0M or P0D, PT1H as PT60M or PT3600S, P1W as P7D, P1Y as P12M", () => {
    const b = dealer((p) => {
      (step(p, "call-now")["at"] as Json)["after"] = "PT0M";
      (step(p, "sms-intro")["at"] as Json)["after"] = "PT300S";
      (step(p, "call-day-1")["at"] as Json)["after"] = "PT60M";
      (step(p, "call-day-1")["attempts"] as Json)["every"] = "PT1H60M";
    });
    expectSameMeaning(dealerPlan(), b);
    const days = (after: string, every: string) =>
      dealer((p) => {
        (step(p, "email-intro")["at"] as Json)["after"] = after;
        (step(p, "call-day-1")["attempts"] as Json)["every"] = every;
      });
    expectSameMeaning(days("P1W", "P1Y"), days("P7D", "P12M"));
    expectSameMeaning(days("P0D", "P1Y2W"), days("PT0S", "P12M14D"));
  });

  it("a day is not 24 hours: P1D and PT24H differ on a step (a local day across DST), and so do P1M and P30D", () => {
    const at = (after: string) => dealer((p) => ((step(p, "email-intro")["at"] as Json)["after"] = after));
    const diff = diffPlans(at("P1D"), at("PT24H"));
    expect(diff.changes).toBe(1);
    expect(diff.steps.changed).toEqual([
      { id: "email-intro", changes: [{ field: "at", kind: "timing", before: { after: "P1D" }, after: { after: "PT24H" } }] },
    ]);
    expect(diffPlans(at("P1M"), at("P30D")).changes).toBe(1);
    expect(diffPlans(at("PT1H"), at("PT61M")).changes).toBe(1);
  });

  it("an SLA counts calendar units as fixed lengths: P1D and PT24H are the same SLA, one escalation is a ladder of one; P1Y and P12M are not", () => {
    const sla = (within: string, escalate: unknown) => dealer((p) => (step(p, "call-now")["sla"] = { within, escalate }));
    expectSameMeaning(sla("P1D", { channel: "email" }), sla("PT24H", [{ channel: "email", after: "PT0M" }]));
    expectSameMeaning(sla("PT5M", [{ channel: "sms", after: "P1W" }]), sla("PT300S", [{ after: "PT168H", channel: "sms" }]));
    expect(diffPlans(sla("P1Y", { channel: "email" }), sla("P12M", { channel: "email" })).changes).toBe(1);
    expect(diffPlans(sla("PT5M", { channel: "email" }), sla("PT5M", { channel: "sms" })).changes).toBe(1);
  });

  it("window days in another order or listed twice, spans split or joined, a span to midnight as 00:00 or 24:00, a channel's window equal to the `*` one", () => {
    const b = dealer((p) => {
      p.policies["windows"] = {
        whatsapp: [{ days: ["sat", "fri", "thu", "wed", "tue", "mon", "mon"], from: "09:00", to: "20:00" }],
        sms: [
          { days: ["mon", "tue", "wed"], from: "09:00", to: "12:00" },
          { days: ["thu", "fri", "sat"], from: "09:00", to: "20:00" },
          { days: ["wed", "tue", "mon"], from: "11:00", to: "20:00" },
        ],
        call: [
          { days: ["sat"], from: "09:00", to: "18:00" },
          { days: ["fri", "thu", "wed", "tue", "mon"], from: "08:00", to: "21:00" },
        ],
      };
    });
    expectSameMeaning(dealerPlan(), b);
    const windows = (rules: unknown) =>
      dealer((p) => {
        p.policies["windows"] = rules;
        delete p.policies["quietHours"];
      });
    expectSameMeaning(
      windows({ "*": [{ days: ["fri"], from: "18:00", to: "00:00" }] }),
      windows({
        "*": [{ days: ["fri"], from: "18:00", to: "24:00" }],
        email: [
          { days: ["fri"], from: "18:00", to: "20:00" },
          { days: ["fri"], from: "20:00", to: "24:00" },
        ],
      }),
    );
    expectSameMeaning(
      windows({ call: [{ days: ["sun"], from: "22:00", to: "02:00" }] }),
      windows({
        call: [
          { days: ["mon"], from: "00:00", to: "02:00" },
          { days: ["sun"], from: "22:00", to: "24:00" },
        ],
      }),
    );
  });

  it("quiet hours split differently over the same minutes, in another order, or empty", () => {
    const quiet = (rules: unknown) => dealer((p) => (p.policies["quietHours"] = rules));
    expectSameMeaning(
      quiet([{ from: "21:00", to: "08:00" }]),
      quiet([
        { from: "00:00", to: "08:00" },
        { from: "12:00", to: "12:00" },
        { from: "21:00", to: "24:00" },
      ]),
    );
    expectSameMeaning(
      quiet([
        { from: "20:00", to: "22:00", channels: ["sms", "call"] },
        { from: "21:00", to: "08:00" },
      ]),
      quiet([
        { from: "21:00", to: "08:00" },
        { from: "20:00", to: "21:00", channels: ["call", "sms", "call"] },
      ]),
    );
    expectSameMeaning(quiet([]), quiet([{ from: "10:00", to: "10:00" }]));
    expectSameMeaning(
      dealer((p) => delete p.policies["quietHours"]),
      quiet([]),
    );
  });

  it("defaults written out: mode, anchor, a single attempt, attempts without spacing, opt-out scope, zone policies, business days, consent, presets, holidays, re-enrolment", () => {
    const b = dealer((p) => {
      step(p, "email-intro")["mode"] = "auto";
      step(p, "email-intro")["attempts"] = { max: 1 };
      (step(p, "call-day-1")["at"] as Json)["from"] = { step: "call-now", on: "touch" };
      (step(p, "call-day-1")["attempts"] as Json)["until"] = ["connected", "connected"];
      p["unknownZone"] = "fallback";
      p["nonexistentTime"] = "shift";
      p["businessDays"] = ["fri", "thu", "wed", "tue", "mon", "mon"];
      p["compliance"] = [];
      p["reenrollment"] = { allowed: true };
      p.policies["consentRequired"] = ["whatsapp", "whatsapp"];
    });
    expectSameMeaning(dealerPlan(), b);
    const every = (attempts: unknown) => dealer((p) => (step(p, "sms-intro")["attempts"] = attempts));
    expectSameMeaning(every({ max: 1 }), every({ max: 1, every: "PT0S", until: [] }));
    const optOut = (o: Json) => dealer((p) => Object.assign(p.policies, o));
    expectSameMeaning(optOut({ optOut: undefined }), optOut({ optOut: "channel" }));
    const holidays = (h: Json) => dealer((p) => (p["holidays"] = { closures: [{ date: "2026-12-24", from: "14:00" }], ...h }));
    expectSameMeaning(holidays({}), holidays({ fromLead: false }));
    expect(diffPlans(holidays({}), holidays({ fromLead: true })).changes).toBe(1);
    const presets = (c: string[]) => dealer((p) => (p["compliance"] = c));
    expectSameMeaning(presets(["us-federal", "us-fl"]), presets(["us-fl", "us-federal", "us-fl"]));
  });

  it("a recurring step's attempts are bounded by its rule: `attempts: { max: 1 }` is a change there", () => {
    const rrule = (attempts: unknown) =>
      dealer((p) => {
        const s = step(p, "email-day-7");
        s["at"] = { rrule: "FREQ=DAILY;BYHOUR=10;BYMINUTE=0", count: 3 };
        if (attempts !== undefined) s["attempts"] = attempts;
      });
    expect(diffPlans(rrule(undefined), rrule({ max: 1 })).changes).toBe(1);
  });

  it("a day timing at 24:00 is the next day at 00:00", () => {
    const at = (days: number, time: string) => dealer((p) => (step(p, "email-day-3")["at"] = { days, time }));
    expectSameMeaning(at(2, "24:00"), at(3, "00:00"));
    expect(diffPlans(at(2, "23:45"), at(3, "00:00")).changes).toBe(1);
  });

  it("keys in another order", () => {
    const reversed = JSON.parse(JSON.stringify(dealerPlan()), (_k, v: unknown) =>
      v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as PlanInput;
    expectSameMeaning(dealerPlan(), reversed);
  });

  it("a version bump over rewrites is the one change", () => {
    const b = dealer((p) => {
      p["version"] = 2;
      (step(p, "call-now")["at"] as Json)["after"] = "PT0M";
      p.policies["quietHours"] = [
        { from: "00:00", to: "08:00" },
        { from: "21:00", to: "24:00" },
      ];
    });
    const diff = diffPlans(dealerPlan(), b);
    expect(diff.changes).toBe(1);
    expect(diff.plan.map((c) => c.field)).toEqual(["version"]);
    expect(applyPlanDiff(dealerPlan(), JSON.parse(JSON.stringify(diff)))).toEqual(parsePlan(b));
  });

  it("real changes to windows and quiet hours are still reported, as written", () => {
    const quiet = (to: string) => dealer((p) => (p.policies["quietHours"] = [{ from: "21:00", to }]));
    const diff = diffPlans(quiet("08:00"), quiet("08:15"));
    expect(diff.plan).toEqual([
      { field: "policies.quietHours", kind: "windows", before: [{ from: "21:00", to: "08:00" }], after: [{ from: "21:00", to: "08:15" }] },
    ]);
    const days = (d: string[]) => dealer((p) => (p.policies["windows"] = { call: [{ days: d, from: "08:00", to: "21:00" }] }));
    expect(diffPlans(days(["mon", "tue"]), days(["tue", "wed"])).changes).toBe(1);
    const star = (w: Json) => dealer((p) => (p.policies["windows"] = w));
    const rule = [{ days: ["mon"], from: "08:00", to: "21:00" }];
    expect(diffPlans(star({ sms: rule }), star({ sms: rule, "*": rule })).changes).toBe(1);
    expect(
      diffPlans(
        quiet("08:00"),
        dealer((p) => (p.policies["quietHours"] = [{ from: "21:00", to: "08:00", channels: ["call"] }])),
      ).changes,
    ).toBe(1);
  });

  it("a migration preview of a rewrite moves no lead", () => {
    const b = PRESERVING["splitSpans"]?.(PRESERVING["rewriteDurations"]?.(dealerPlan()) as PlanInput) as PlanInput;
    const leads = [0, 1, 2].map((i) => ({
      id: `l${i}`,
      enrolledAt: "2026-03-06T13:00:00Z",
      timezone: "America/Chicago",
      contacts: { phone: "+13125550100", email: "l@x.com" },
    }));
    const preview = previewMigration(dealerPlan(), b, leads, "2026-03-09T15:00:00Z", "by-step-id");
    expect(preview.totals.changed).toBe(0);
    expect(diffPlans(dealerPlan(), b).changes).toBe(0);
  });
});

describe("diffPlans properties", () => {
  it("a meaning-preserving rewrite of a random plan has no change, and the diff applied gives it as written", () => {
    fc.assert(
      fc.property(planArb, preservingRewriteArb, (plan, { rewrite }) => {
        const b = rewrite(plan);
        expect(safeParsePlan(b).success).toBe(true);
        const diff = diffPlans(plan, b);
        expect(diff.changes, formatPlanDiff(diff)).toBe(0);
        expect(applyPlanDiff(plan, JSON.parse(JSON.stringify(diff)))).toEqual(parsePlan(b));
      }),
      { numRuns: 300 },
    );
  });

  it("a meaning-changing edit of a random plan, after rewrites, has at least one change", () => {
    fc.assert(
      fc.property(planArb, changingEditArb, preservingRewriteArb, (plan, { edit }, { rewrite }) => {
        const b = rewrite(edit(plan));
        fc.pre(safeParsePlan(b).success);
        expect(diffPlans(plan, b).changes).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("the rewrites keep the meaning: the engine drives a lead through a plan and its rewrite to the same touches at the same instants", () => {
    fc.assert(
      fc.property(planArb, preservingRewriteArb, enrolledAtArb, fc.constantFrom(...ZONES), (plan, { rewrite }, enrolledAt, timezone) => {
        const lead = { id: "L1", enrolledAt: new Date(enrolledAt).toISOString(), timezone, contacts: { phone: "+15555550100", email: "l1@example.com" } };
        const run = (p: PlanInput) => {
          const r = drive(p, lead, { until: enrolledAt + 10 * 86_400_000 });
          return { touches: r.touches.map((t) => [t.touch.id, t.touch.channel, t.touch.dueAt, t.at]), done: r.done };
        };
        expect(run(rewrite(plan))).toEqual(run(plan));
      }),
      { numRuns: 100 },
    );
  });

  it("the test's own duration rewrite changes the text", () => {
    expect(["PT0S", "PT5M", "PT1H", "P1D", "P1DT2H", "P1W", "P1Y"].map(equivalentDuration)).toEqual([
      "PT0M",
      "PT300S",
      "PT3600S",
      "P1D",
      "P1DT7200S",
      "P7D",
      "P12M",
    ]);
  });
});
