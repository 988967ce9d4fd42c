import { describe, expect, it } from "vitest";
import {
  describeTiming,
  diffPlans,
  fitResponseModel,
  forecast,
  formatForecast,
  formatLintReport,
  formatMigrationPreview,
  formatPlanDiff,
  lintPlan,
  lintSarif,
  previewMigration,
} from "../../src/analyze/index.js";
import { ArgumentError } from "../../src/index.js";
import { findTouches, respond, simulate, touchesBetween } from "../../src/testing/index.js";
import { caught } from "../support/caught.js";
import { b2bPlan, dealerPlan, newYorkLead } from "../testing/fixtures.js";

const garbage: [string, unknown][] = [
  ["a number", 5],
  ["null", null],
  ["a symbol", Symbol("s")],
  ["a prototype-less object", Object.create(null)],
  ["an array", []],
];

// Each was a TypeError from inside (reading a field of undefined, iterating a number, `in` on a primitive).
const calls: [string, (v: unknown) => unknown, string][] = [
  ["formatLintReport", (v) => formatLintReport(v as never), "report"],
  ["lintSarif (report)", (v) => lintSarif(v as never, { file: "plan.json" }), "report"],
  ["formatPlanDiff", (v) => formatPlanDiff(v as never), "diff"],
  ["describeTiming", (v) => describeTiming(v as never), "at"],
  ["formatMigrationPreview", (v) => formatMigrationPreview(v as never), "preview"],
  ["formatForecast", (v) => formatForecast(v as never), "forecast"],
  ["findTouches", (v) => findTouches(v as never), "timeline"],
  ["touchesBetween", (v) => touchesBetween(v as never, "08:00", "21:00"), "timeline"],
  ["fitResponseModel (outcomes)", (v) => fitResponseModel(v as never), "outcomes"],
];

describe("the analyze and testing functions that read a value the library returned refuse anything else", () => {
  for (const [name, call, argument] of calls) {
    for (const [kind, value] of garbage) {
      if (kind === "an array" && argument === "outcomes") continue; // an empty list of outcomes is a list
      it(`${name} of ${kind} is an ArgumentError naming ${argument}`, () => {
        const error = caught(() => call(value));
        expect(error).toBeInstanceOf(ArgumentError);
        expect(error).toMatchObject({ argument });
        expect((error as Error).message).toMatch(new RegExp(`^Expected \`${argument}\` to be .*, got `));
      });
    }
  }

  it("options that are not what they say are ArgumentErrors too", () => {
    const report = lintPlan(b2bPlan());
    for (const [call, argument] of [
      [() => lintSarif(report, 5 as never), "options"],
      [() => fitResponseModel([], 5 as never), "options"],
      [() => fitResponseModel([], { shrinkage: Object.create(null) as never }), "options.shrinkage"],
      [() => fitResponseModel([], { prior: 5 as never }), "options.prior"],
      [() => lintPlan(b2bPlan(), { grid: 5 as never }), "options.grid"],
      [() => lintPlan(b2bPlan(), { grid: "P90D" as never }), "options.grid"],
    ] as const) {
      const error = caught(call);
      expect(error, argument).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
    }
  });

  it("the values the library returns, and their JSON copies, are still read", () => {
    const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
    const report = lintPlan(b2bPlan());
    const diff = diffPlans(dealerPlan(), b2bPlan());
    const timeline = simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: respond.never() });
    const f = forecast(dealerPlan(), { leads: [newYorkLead()], runs: 2 });
    const preview = previewMigration(dealerPlan(), { ...dealerPlan(), version: 2 }, [], "2026-03-09T14:00:00Z", "pin");
    for (const c of [<T>(v: T): T => v, copy]) {
      expect(formatLintReport(c(report))).toContain(report.planId);
      expect(lintSarif(c(report), { file: "plan.json" })).toMatchObject({ version: "2.1.0" });
      expect(formatPlanDiff(c(diff))).toContain("→");
      expect(describeTiming(c(dealerPlan().steps[0]?.at) as never)).toBe("after PT0S");
      expect(formatForecast(c(f))).toContain("Forecast");
      expect(formatMigrationPreview(c(preview))).toContain("Migration");
      expect(findTouches(c(timeline)).length).toBe(timeline.touches.length);
      expect(touchesBetween(c(timeline), "00:00", "23:59").length).toBeGreaterThan(0);
    }
  });
});
