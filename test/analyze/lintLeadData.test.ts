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
