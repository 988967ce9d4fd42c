import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/analyze/index.js";
import type { PlanInput } from "../../src/index.js";

/** A generated plan: `n` steps half an hour apart, rotating email, SMS and call, with every exit. */
function generatedPlan(n: number): PlanInput {
  const channels = ["email", "sms", "call"] as const;
  return {
    id: "generated",
    version: 1,
    name: "Generated",
    timezone: "America/New_York",
    steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, channel: channels[i % 3] as string, at: { after: `PT${i * 30}M` } })),
    exits: [{ on: "reply" }, { on: "meeting" }, { on: "opt_out" }, { on: "connected" }],
    policies: {
      windows: { "*": [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "20:00" }] },
      caps: [{ max: 4, per: "day" }],
    },
  } as PlanInput;
}

describe("lintPlan on a generated plan", () => {
  it("1,000 steps lint within the watchdog, and the report says which simulated leads were left out", () => {
    const start = performance.now();
    const report = lintPlan(generatedPlan(1000));
    // A generous watchdog, not a timing: 70 simulated leads of a 1,000-step plan took minutes.
    expect(performance.now() - start).toBeLessThan(40_000);
    expect(report.notes.join("\n")).toMatch(/simulated \d+ of 70 leads/);
    expect(report.findings.some((f) => f.rule === "cap-starvation")).toBe(true);
  }, 300_000);

  it("a plan of ordinary size simulates the whole grid and has no notes", () => {
    expect(lintPlan(generatedPlan(12)).notes).toEqual([]);
  });
});
