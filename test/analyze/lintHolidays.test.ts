import { describe, expect, it } from "vitest";
import { LINT_RULES, lintPlan, type LintOptions } from "../../src/analyze/index.js";
import type { LintSeverity, PlanInput } from "../../src/index.js";
import { cleanPlan } from "./lintFixtures.js";

/** A B2B plan that keeps to weekdays: only public holidays can put a touch on a day off. */
function weekdayB2b(holidays?: PlanInput["holidays"]): PlanInput {
  const plan = cleanPlan();
  plan.lint = { b2b: true };
  plan.policies = { windows: { "*": [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "20:00" }] }, caps: [{ max: 4, per: "day" }] };
  if (holidays !== undefined) plan.holidays = holidays;
  return plan;
}

function weekendRule(plan: PlanInput, options: LintOptions = {}) {
  const rules: Record<string, LintSeverity> = Object.fromEntries(LINT_RULES.map((r) => [r.id, r.id === "weekend-touches" ? "warn" : "off"]));
  return lintPlan(plan, { grid: { hours: [13] }, ...options, rules }).findings;
}

describe("weekend-touches simulates the public holidays of the leads' countries", () => {
  it("a plan without holidays touches US leads on US public holidays: the finding names them", () => {
    const findings = weekendRule(weekdayB2b(), { countries: ["US"] });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/Business leads in US are touched on public holidays \(2026-06-19 Juneteenth; 2026-07-03 Independence Day/);
    expect(findings[0]?.evidence.cases).toBeGreaterThan(0);
    expect(findings[0]?.evidence.example?.lines.join("\n")).toMatch(/Fri 2026-06-19 .* touch call-1/);
  });

  it("closures that miss the country's holidays are reported too, at the plan's holidays", () => {
    const findings = weekendRule(weekdayB2b({ closures: [{ date: "2026-12-25" }] }), { countries: ["US"] });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toEqual(["holidays"]);
    expect(findings[0]?.message).not.toMatch(/2026-12-25/);
  });

  it("the country's calendar (in the plan or from the lead) clears the finding", () => {
    expect(weekendRule(weekdayB2b({ country: "US" }), { countries: ["US"] })).toEqual([]);
    expect(weekendRule(weekdayB2b({ fromLead: true, country: "US" }), { countries: ["US", "BE"] })).toEqual([]);
  });

  it("each country is simulated: a US calendar does not cover Belgian leads", () => {
    const findings = weekendRule(weekdayB2b({ country: "US" }), { countries: ["US", "BE"] });
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/Business leads in BE are touched on public holidays/)]);
  });

  it("without a known country, a plan with no holidays at all is reported as such", () => {
    const findings = weekendRule(weekdayB2b());
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/names no holidays.*lint setting `countries`/)]);
  });
});
