import { describe, expect, it } from "vitest";
import { evaluate, evaluateAll, type PlanInput } from "../../src/index.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

const NOW = "2026-03-09T14:00:00Z";

describe("evaluateAll over many plans with the same quiet hours", () => {
  it("1,500 plans decide within the watchdog (each plan's variant was compiled with every plan's copy of the rules: n², 23 s for 1,000)", () => {
    const plans: PlanInput[] = Array.from({ length: 1500 }, (_, i) => ({ ...dealerPlan(), id: `p${i}` }));
    const start = performance.now();
    const merged = evaluateAll(plans, newYorkLead(), NOW);
    // A generous watchdog, not a timing: the quadratic path took minutes at this size.
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(merged.plans).toHaveLength(1500);
    // The first plan decides as it does alone: the shared rules are the plan's own.
    const first = merged.plans.find((d) => d.planId === "p0");
    expect(first?.due.map((t) => t.stepId)).toEqual(evaluate({ ...dealerPlan(), id: "p0" }, newYorkLead(), NOW).due.map((t) => t.stepId));
  }, 120_000);
});
