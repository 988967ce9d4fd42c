// How fast simulation is: `npx tsx examples/testing-speed.ts`. Prints figures; asserts nothing.
import { readFileSync } from "node:fs";
import { parsePlan, type LeadInput } from "../src/index.js";
import { explorePaths, respond, simulate } from "../src/testing/index.js";

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const plan = parsePlan(readJson("./plans/dealer-speed-to-lead.json"));
const lead = readJson("./leads/new-york-fresh.json") as LeadInput;

function measure(label: string, runs: number, body: (i: number) => number): void {
  for (let i = 0; i < Math.min(50, runs); i++) body(i); // warm up
  let evaluations = 0;
  const start = performance.now();
  for (let i = 0; i < runs; i++) evaluations += body(i);
  const ms = performance.now() - start;
  console.log(`${label}: ${(ms / runs).toFixed(3)} ms per run, ${Math.round((evaluations / ms) * 1000)} evaluations/s (${runs} runs)`);
}

measure("30-day simulation, lead never answers", 2000, () => simulate(plan, lead, { until: "P30D", responder: respond.never() }).evaluations);
measure(
  "30-day simulation, seeded random outcomes",
  2000,
  (i) =>
    simulate(plan, { ...lead, id: `lead-${i}` }, { until: "P30D", responder: respond.random({ seed: 1, rates: { connected: 0.2, replied: 0.1 } }) })
      .evaluations,
);
const start = performance.now();
const paths = explorePaths(plan, lead, { outcomes: ["no_answer", "busy", "connected"], maxDepth: 6, until: "P30D" });
console.log(`explorePaths, 3 outcomes x depth 6: ${paths.length} paths in ${(performance.now() - start).toFixed(0)} ms`);
