/**
 * Forecast the dealer plan, then the same plan with the first call 30 minutes late; lint it and
 * diff the two versions. Run: npx tsx examples/forecast-plan.ts
 */
import { readFileSync } from "node:fs";
import { diffPlans, forecast, formatForecast, formatLintReport, formatPlanDiff, lintPlan } from "../src/analyze/index.js";
import type { PlanInput } from "../src/index.js";

const plan = JSON.parse(readFileSync(new URL("./plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
const late = structuredClone(plan) as PlanInput & { steps: { id: string; at: unknown }[] };
late.version = 2;
(late.steps[0] as { at: unknown }).at = { after: "PT30M" };

console.log(formatLintReport(lintPlan(late, { grid: { hours: [9.5, 13, 22] } })));
console.log(`\n${formatPlanDiff(diffPlans(plan, late))}\n`);
const options = { population: { size: 40, zones: ["America/New_York", "America/Chicago"] }, runs: 20, seed: 7, until: "P14D" };
console.log(formatForecast(forecast(plan, options)));
console.log();
console.log(formatForecast(forecast(late, options)));
