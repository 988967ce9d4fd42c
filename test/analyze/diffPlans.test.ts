import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPlanDiff, diffPlans, formatPlanDiff } from "../../src/analyze/index.js";
import { isArgumentError, parsePlan, type PlanInput } from "../../src/index.js";
import { planArb } from "../support/randomPlans.js";
import { dealerPlan } from "../testing/fixtures.js";

function v2(): PlanInput {
  const plan = structuredClone(dealerPlan()) as PlanInput & { steps: Record<string, unknown>[]; policies: Record<string, unknown> };
  plan.version = 2;
  plan.steps = plan.steps.filter((s) => s["id"] !== "video-day-2");
  const call = plan.steps.find((s) => s["id"] === "call-day-1") as Record<string, unknown>;
  call["at"] = { after: "PT30M", from: { step: "call-now" } };
  call["channel"] = "video";
  const sms = plan.steps.find((s) => s["id"] === "sms-intro") as Record<string, unknown>;
  sms["template"] = "sms-intro-v2";
  delete sms["when"];
  plan.steps.splice(2, 0, { id: "sms-reminder", channel: "sms", template: "reminder", at: { after: "PT2H", from: { step: "call-now" } } });
  plan.policies = { ...plan.policies, caps: [{ max: 3, per: "day" }] };
  plan.compliance = ["us-federal"];
  return plan;
}

describe("diffPlans", () => {
  it("is empty for a plan and itself, and for a plan and its defaults written out", () => {
    const a = dealerPlan();
    const diff = diffPlans(a, a);
    expect(diff.changes).toBe(0);
    expect(diff.steps).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.plan).toEqual([]);
    expect(diffPlans(a, parsePlan(a)).changes).toBe(0);
    expect(formatPlanDiff(diff)).toBe("dealer-speed-to-lead v1 → v1: no changes");
  });

  it("reports added, removed and changed steps by id, with the kind of each change, and plan-level changes", () => {
    const diff = diffPlans(dealerPlan(), v2());
    expect(diff.steps.added.map((a) => [a.id, a.index])).toEqual([["sms-reminder", 2]]);
    expect(diff.steps.removed.map((r) => r.id)).toEqual(["video-day-2"]);
    const changed = Object.fromEntries(diff.steps.changed.map((c) => [c.id, c.changes.map((x) => `${x.field}:${x.kind}`)]));
    expect(changed).toEqual({ "sms-intro": ["template:template", "when:condition"], "call-day-1": ["channel:channel", "at:timing"] });
    expect(diff.plan.map((p) => `${p.field}:${p.kind}`).sort()).toEqual(["compliance:presets", "policies.caps:caps", "version:settings"]);
    const removedWhen = diff.steps.changed.find((c) => c.id === "sms-intro")?.changes.find((c) => c.field === "when");
    expect(removedWhen?.after).toBeUndefined();
    expect(diff.changes).toBe(1 + 1 + 4 + 3);
  });

  it("renders for people", () => {
    const text = formatPlanDiff(diffPlans(dealerPlan(), v2()));
    expect(text).toContain("dealer-speed-to-lead v1 → v2: 1 added, 1 removed, 2 changed steps, 3 plan changes");
    expect(text).toContain("  + sms-reminder  sms, after PT2H from call-now");
    expect(text).toContain("  - video-day-2  video, task");
    expect(text).toContain("      timing: after PT1H from call-now → after PT30M from call-now");
    expect(text).toContain('      channel: "call" → "video"');
    expect(text).toMatch(/when: removed \(was \{"not"/);
    expect(text).toContain('  ~ compliance: added ["us-federal"]');
  });

  it("a reordering is counted in the summary line, alone or with other changes", () => {
    const a = dealerPlan();
    const reversed = [...a.steps].reverse();
    expect(formatPlanDiff(diffPlans(a, { ...a, steps: reversed })).split("\n")[0]).toBe("dealer-speed-to-lead v1 → v1: steps reordered");
    expect(formatPlanDiff(diffPlans(a, { ...a, version: 2, steps: reversed })).split("\n")[0]).toBe(
      "dealer-speed-to-lead v1 → v2: steps reordered, 1 plan change",
    );
  });

  it("a diff written as JSON and read back applies: applyPlanDiff(a, diff) is b", () => {
    const a = dealerPlan();
    const b = v2();
    const diff = JSON.parse(JSON.stringify(diffPlans(a, b)));
    expect(applyPlanDiff(a, diff)).toEqual(parsePlan(b));
    expect(applyPlanDiff(b, diffPlans(b, a))).toEqual(parsePlan(a));
  });

  it("applies for any reordering, removal and insertion of steps", () => {
    const base = parsePlan(dealerPlan());
    fc.assert(
      fc.property(fc.shuffledSubarray(base.steps.map((s) => s.id)), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 }), (kept, extra, at) => {
        const steps = kept.map((id) => base.steps.find((s) => s.id === id) as (typeof base.steps)[number]);
        const withAnchors = steps.map((s) => (s.at.from !== undefined && !kept.includes(s.at.from.step) ? { ...s, at: { after: "PT1H" } } : s));
        for (let i = 0; i < extra; i++)
          withAnchors.splice(Math.min(at, withAnchors.length), 0, { id: `new-${i}`, channel: "email", mode: "auto", at: { after: `PT${i + 1}H` } });
        if (withAnchors.length === 0) return;
        const conditions = withAnchors.map((s) => (s.when !== undefined ? { ...s, when: undefined } : s));
        const b = parsePlan({ ...base, version: 2, steps: conditions });
        expect(applyPlanDiff(base, JSON.parse(JSON.stringify(diffPlans(base, b))))).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });

  it("applies both ways between any two plans (steps, timings, windows, quiet hours, caps, zone), written as JSON; a plan and itself differ in nothing", () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const b2: PlanInput = { ...b, version: 2 };
        expect(applyPlanDiff(a, JSON.parse(JSON.stringify(diffPlans(a, b2))))).toEqual(parsePlan(b2));
        expect(applyPlanDiff(b2, JSON.parse(JSON.stringify(diffPlans(b2, a))))).toEqual(parsePlan(a));
        expect(diffPlans(a, a).changes).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("a diff that does not fit the plan is a typed error", () => {
    const diff = diffPlans(dealerPlan(), v2());
    let caught: unknown;
    try {
      applyPlanDiff(v2(), diff);
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect(String((caught as Error).message)).toMatch(/video-day-2|sms-reminder/);
  });
});

describe("applyPlanDiff on a diff read from a file (untrusted)", () => {
  const stored = () =>
    JSON.parse(JSON.stringify(diffPlans(dealerPlan(), v2()))) as Record<string, unknown> & { plan: unknown[]; steps: Record<string, unknown> };

  it("refuses a field path that reaches past the plan (a prototype), leaving every object as it was", () => {
    const fields = ["__proto__.polluted", "constructor.prototype.polluted", "policies.__proto__", "prototype", "a.b.c", ""];
    for (const field of fields) {
      const diff = stored();
      diff.plan.push({ field, kind: "settings", after: true });
      const argument = `diff.plan[${diff.plan.length - 1}].field`;
      expect(() => applyPlanDiff(dealerPlan(), diff as never), field).toThrow(expect.objectContaining({ name: "ArgumentError", argument }));
      expect(({} as Record<string, unknown>)["polluted"], field).toBeUndefined();
    }
    for (const field of ["__proto__", "constructor", "toString"]) {
      const diff = stored();
      (diff.steps["changed"] as unknown[]).push({ id: "call-now", changes: [{ field, kind: "name", after: { polluted: true } }] });
      expect(() => applyPlanDiff(dealerPlan(), diff as never), field).toThrow(expect.objectContaining({ name: "ArgumentError" }));
    }
    // The plan is still read as it was (nothing global changed).
    expect(parsePlan(dealerPlan()).steps).toHaveLength(dealerPlan().steps.length);
  });

  it("answers a diff malformed inside with an ArgumentError naming the part, never a TypeError", () => {
    const base = { from: { id: "p", version: 1 }, to: { id: "p", version: 2 }, changes: 0 };
    const malformed: unknown[] = [
      { ...base, steps: {}, plan: [] },
      { ...base, steps: { added: [], removed: [], changed: [{ id: "call-now" }] }, plan: [] },
      { ...base, steps: { added: [], removed: [], changed: [] }, plan: [null] },
      { ...base, steps: { added: [], removed: [], changed: [] }, plan: [{ after: 1 }] },
      { ...base, steps: { added: [null], removed: [], changed: [] }, plan: [] },
      { ...base, steps: { added: [], removed: [{ id: 3 }], changed: [] }, plan: [] },
      { ...base, steps: { added: [], removed: [], changed: [], order: "call-now" }, plan: [] },
      { ...base, steps: { added: [], removed: [], changed: [] }, plan: [], rewritten: { steps: [{ id: "x", changes: [null] }], plan: [] } },
    ];
    for (const diff of malformed) {
      for (const apply of [() => applyPlanDiff(dealerPlan(), diff as never), () => formatPlanDiff(diff as never)]) {
        let caught: unknown;
        try {
          apply();
        } catch (error) {
          caught = error;
        }
        expect(isArgumentError(caught), JSON.stringify(diff)).toBe(true);
        expect((caught as Error).message).toMatch(/^Expected `diff/);
      }
    }
  });
});
