import { describe, expect, it } from "vitest";
import { lintPlan, type LintGrid } from "../../src/analyze/index.js";
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
    // A generous watchdog, not a timing: 70 simulated leads of a 1,000-step plan took minutes. The bounded run took 41 s on
    // a slow host with two other suites running, so the bound is 120 s.
    expect(performance.now() - start).toBeLessThan(120_000);
    expect(report.notes.join("\n")).toMatch(/simulated \d+ of 70 leads/);
    expect(report.findings.some((f) => f.rule === "cap-starvation")).toBe(true);
  }, 300_000);

  it("a plan of ordinary size simulates the whole grid and has no notes", () => {
    expect(lintPlan(generatedPlan(12)).notes).toEqual([]);
  });
});

/** A plan whose last step needs two outcomes in a row (busy, then voicemail): lint finds it only by exploring two touches deep. */
function twoDeepPlan(): PlanInput {
  return {
    id: "two-deep",
    version: 1,
    name: "Two deep",
    timezone: "America/New_York",
    steps: [
      { id: "call-1", channel: "call", at: { after: "PT0S" } },
      { id: "call-2", channel: "call", at: { after: "PT1H", from: { step: "call-1" } } },
      {
        id: "email-after-voicemail",
        channel: "email",
        at: { after: "PT1H", from: { step: "call-2" } },
        when: { all: [{ outcome: { step: "call-1", in: ["busy"] } }, { outcome: { step: "call-2", in: ["voicemail"] } }] },
      },
    ],
    exits: [{ on: "reply" }, { on: "meeting" }, { on: "opt_out" }, { on: "connected" }],
    policies: { windows: { "*": [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "20:00" }] } },
  } as PlanInput;
}

describe("the simulation budget thins long plans only", () => {
  it("a small grid the caller chose keeps the outcome-path search of the default grid (unreachable-step)", () => {
    const unreachable = (grid: LintGrid) => lintPlan(twoDeepPlan(), { grid }).findings.filter((f) => f.rule === "unreachable-step");
    expect(unreachable({})).toEqual([]);
    // One zone at one hour: 7 leads, the whole grid simulated (nothing thinned), so the search is the same.
    expect(lintPlan(twoDeepPlan(), { grid: { zones: ["America/New_York"], hours: [13] } }).notes).toEqual([]);
    expect(unreachable({ zones: ["America/New_York"], hours: [13] })).toEqual([]);
  });
});
