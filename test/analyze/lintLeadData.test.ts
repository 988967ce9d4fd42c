import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINT_RULES, lintPlan } from "../../src/analyze/index.js";
import type { LintSeverity, PlanInput } from "../../src/index.js";
import { withSteps } from "./lintFixtures.js";

/** Findings of unreachable-step alone. */
function unreachable(plan: PlanInput) {
  const rules: Record<string, LintSeverity> = Object.fromEntries(LINT_RULES.map((r) => [r.id, r.id === "unreachable-step" ? "warn" : "off"]));
  return lintPlan(plan, { grid: { hours: [9.5, 13] }, rules }).findings;
}

describe("unreachable-step varies the lead data conditions read", () => {
  it("a step anchored on a step for some leads only is reachable (no finding)", () => {
    const plan = withSteps((s) => [
      ...s,
      { id: "vip-call", channel: "call", at: { after: "PT1H" }, when: { attribute: "tier", eq: "gold" } },
      { id: "vip-email", channel: "email", at: { after: "PT30M", from: { step: "vip-call" } } },
    ]);
    expect(unreachable(plan)).toEqual([]);
  });

  it("consent and contact conditions are varied too", () => {
    const plan = withSteps((s) => [
      ...s,
      { id: "no-phone-email", channel: "email", at: { after: "PT1H" }, when: { not: { hasContact: "call" } } },
      { id: "ask-consent", channel: "email", at: { after: "PT2H" }, when: { consent: { channel: "sms", in: ["unknown"] } } },
    ]);
    expect(unreachable(plan)).toEqual([]);
  });

  it("a condition that holds for no lead is reported, with the reason", () => {
    const plan = withSteps((s) => [
      ...s,
      {
        id: "contradiction",
        channel: "email",
        at: { after: "PT1H" },
        when: {
          all: [
            { attribute: "score", gt: 80 },
            { attribute: "score", lt: 50 },
          ],
        },
      },
    ]);
    const findings = unreachable(plan);
    expect(findings.map((f) => f.stepId)).toEqual(["contradiction"]);
    expect(findings[0]?.message).toMatch(/its condition holds for no lead/);
  });

  it("a narrow numeric range holds for the leads inside it (no finding): between two bounds a value is tried, not only one either side of each", () => {
    const ranges = [
      [{ gt: 0.2 }, { lt: 1 }],
      [{ gt: 5 }, { lt: 6 }],
      [{ gte: 5 }, { lte: 5 }],
      [{ gt: 5 }, { lt: 5.000001 }],
    ];
    const plan = withSteps((s) => [
      ...s,
      ...ranges.map((bounds, i) => ({
        id: `range-${i}`,
        channel: "email" as const,
        at: { after: "PT1H" },
        when: { all: bounds.map((b) => ({ attribute: "propensity", ...b })) },
      })),
    ]);
    expect(unreachable(plan)).toEqual([]);
  });

  it("reports a conjunction of numeric bounds exactly when no number meets them all", () => {
    const bound = fc.record({
      op: fc.constantFrom("gt" as const, "gte" as const, "lt" as const, "lte" as const),
      value: fc.integer({ min: -12, max: 12 }).map((n) => n / 8),
    });
    fc.assert(
      fc.property(fc.array(bound, { minLength: 1, maxLength: 4 }), (bounds) => {
        // The numbers meeting every bound: above the greatest lower bound, below the least upper one.
        let low = -Infinity;
        let lowOpen = true;
        let high = Infinity;
        let highOpen = true;
        for (const { op, value } of bounds) {
          if ((op === "gt" || op === "gte") && (value > low || (value === low && op === "gt"))) [low, lowOpen] = [value, op === "gt"];
          if ((op === "lt" || op === "lte") && (value < high || (value === high && op === "lt"))) [high, highOpen] = [value, op === "lt"];
        }
        const satisfiable = low < high || (low === high && !lowOpen && !highOpen);
        const plan = withSteps((s) => [
          ...s,
          { id: "ranged", channel: "email", at: { after: "PT1H" }, when: { all: bounds.map(({ op, value }) => ({ attribute: "score", [op]: value })) } },
        ]);
        expect(unreachable(plan).map((f) => f.stepId)).toEqual(satisfiable ? [] : ["ranged"]);
      }),
      { numRuns: 100 },
    );
  });

  it("a condition on a __proto__ attribute holds for no lead (parseLead refuses the key): reported, where trying a lead with one threw a LeadValidationError", () => {
    const plan = withSteps((s) => [
      ...s,
      { id: "proto", channel: "email", at: { after: "PT1H" }, when: { attribute: "__proto__", eq: 1 } },
      { id: "proto-field", channel: "email", at: { after: "PT1H" }, when: { attribute: "__proto__.x", eq: 1 } },
      { id: "no-proto", channel: "email", at: { after: "PT2H" }, when: { attribute: "__proto__", exists: false } },
      { id: "deeper", channel: "email", at: { after: "PT2H" }, when: { attribute: "vehicle.__proto__", eq: 1 } },
    ]);
    const findings = unreachable(plan);
    expect(findings.map((f) => f.stepId)).toEqual(["proto", "proto-field"]);
    expect(findings[0]?.message).toMatch(/its condition holds for no lead/);
  });

  it("a step whose lead data can hold but whose outcome never comes is reported", () => {
    const plan = withSteps((s) => [
      ...s,
      {
        id: "gold-after-connect",
        channel: "sms",
        at: { after: "PT1H" },
        when: { all: [{ attribute: "tier", in: ["gold", "silver"] }, { outcome: { step: "email-1", in: ["connected"] } }] },
      },
    ]);
    const findings = unreachable(plan);
    expect(findings.map((f) => f.stepId)).toEqual(["gold-after-connect"]);
    expect(findings[0]?.message).toMatch(/never runs/);
    expect(findings[0]?.evidence.summary).toMatch(/tier = "gold"/);
  });

  it("steps that name custom rules are left alone (host code the linter cannot vary)", () => {
    const plan = withSteps((s) => [...s, { id: "ruled", channel: "email", at: { after: "PT1H" }, when: { rule: "isVip" } }]);
    expect(
      lintPlan(plan, { grid: { hours: [13] }, rules: { "unreachable-step": "warn" }, predicates: { isVip: () => false } }).findings.filter(
        (f) => f.rule === "unreachable-step",
      ),
    ).toEqual([]);
  });
});
