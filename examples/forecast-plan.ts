/**
 * Forecast the dealer plan, then the same plan with the first call 30 minutes late; lint it and
 * diff the two versions; then fit the response model to a CRM's own call outcomes and forecast
 * the plan under it. Run: npx tsx examples/forecast-plan.ts
 */
import { readFileSync } from "node:fs";
import { diffPlans, fitResponseModel, forecast, formatForecast, formatLintReport, formatPlanDiff, lintPlan, type TouchOutcome } from "../src/analyze/index.js";
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

// A CRM's call log (here made up, the same every run): calls in the first 5 minutes reach 40 % of
// leads, later ones 8 %. Fitted, the model replaces the defaults' placeholder rates.
let seed = 7;
const chance = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
const rows: TouchOutcome[] = Array.from({ length: 3000 }, (_, i) => {
  const minutesSinceArrival = [0.5, 3, 20, 90, 600, 1500][i % 6] as number;
  return {
    channel: "call",
    minutesSinceArrival,
    attempt: 1 + (i % 3),
    localHour: 9 + (i % 9),
    weekday: i % 5,
    reached: chance() < (minutesSinceArrival < 5 ? 0.4 : 0.08),
  };
});
const { model, report } = fitResponseModel(rows);
const call = report.channels["call"];
console.log(
  `\nfitted on ${report.rows} calls, ${call?.reached} reached; held-out log loss ${call?.heldOut.logLoss.toFixed(3)} (defaults ${call?.heldOut.priorLogLoss.toFixed(3)})`,
);
console.log(formatForecast(forecast(plan, { ...options, model })));
