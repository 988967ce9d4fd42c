/**
 * One build's side of `bench/abEvaluate.ts`, in a worker isolate: imports `evaluate` from the
 * build's directory, makes the dealer leads, and answers requests one at a time (see there).
 */
import { parentPort, workerData } from "node:worker_threads";
import type * as Library from "../src/index.js";
import type * as Testing from "../src/testing/index.js";
import { type BenchLead, dealerLeads, dealerPlanInput, freshCopies } from "./dealerLeads.js";

const { dist, leads: count, hot } = workerData as { dist: string; leads: number; hot: boolean };
const lib = (await import(`${dist}/index.js`)) as typeof Library;
const testing = (await import(`${dist}/testing.js`)) as typeof Testing;
const plan = lib.parsePlan(dealerPlanInput());
const leads = dealerLeads(plan, count, testing.mulberry32(42));
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
// Warm-up: JIT and the per-zone offset tables.
for (const { lead, now } of leads) lib.evaluate(plan, lead, now);

function time(batch: readonly BenchLead[], repeat: number): number {
  // The copies are the harness's garbage, not evaluate's.
  gc?.({ type: "minor" });
  const start = process.cpuUsage();
  let due = 0;
  for (let r = 0; r < repeat; r++) for (const { lead, now } of batch) due += lib.evaluate(plan, lead, now).due.length;
  const used = process.cpuUsage(start);
  if (due < 0) throw new Error("unreachable");
  return used.user + used.system;
}

parentPort?.on("message", (request: { kind: "ready" | "decisions" | "time"; from: number; to: number }) => {
  if (request.kind === "ready") parentPort?.postMessage({ ready: true });
  else if (request.kind === "decisions") {
    const decisions = leads.slice(request.from, request.to).map(({ lead, now }) => JSON.stringify(lib.evaluate(plan, lead, now)));
    parentPort?.postMessage({ decisions });
  } else if (hot) {
    // The same 1,000 leads again, at least as many decisions as the chunk holds; the CPU time is
    // scaled to the chunk's count, so the caller's per-decision figure holds in both modes.
    const batch = leads.slice(0, 1_000);
    const repeat = Math.ceil((request.to - request.from) / batch.length);
    parentPort?.postMessage({ cpuMicros: (time(batch, repeat) * (request.to - request.from)) / (repeat * batch.length) });
  } else parentPort?.postMessage({ cpuMicros: time(freshCopies(leads.slice(request.from, request.to)), 1) });
});
