/**
 * Engine benchmarks: enroll-to-adapter latency of the immediate touch (p50, p99), dispatch
 * throughput with no-op adapters over 100k leads, and heap per idle enrolled lead at 1M leads.
 * Run: node --expose-gc --max-old-space-size=8192 --import tsx bench/engine.ts [leadsForHeap]
 * Targets (issue 11): p99 enroll-to-adapter < 5 ms; >= 60,000 touches/s sync, >= 50,000 async; <= 1 KiB per idle enrolled lead.
 */
import { pathToFileURL } from "node:url";
import type { ChannelAdapter, PlanInput } from "../src/index.js";
import { lib } from "./target.js";

const { createEngine, createManualClock, createMemoryStore } = lib;
const plan = (first: string): PlanInput => ({
  id: "bench",
  version: 1,
  name: "Bench",
  timezone: "UTC",
  steps: [
    { id: "sms", channel: "sms", at: { after: first } },
    { id: "email", channel: "email", at: { after: "P2D" } },
  ],
  exits: [{ on: "reply" }],
});
const lead = (i: number) => ({ id: `lead-${i}`, contacts: { phone: `+1212555${String(i % 10_000).padStart(4, "0")}`, email: `l${i}@example.com` } });
const noop: ChannelAdapter = { send: () => ({ status: "sent" }) };

/** Enroll-to-adapter latency of the immediate touch, on the system clock and the memory store. */
export async function enrollLatency(n = 20_000): Promise<{ p50Ms: number; p99Ms: number }> {
  let reached = 0;
  const sms: ChannelAdapter = { send: () => ((reached = performance.now()), { status: "sent" }) };
  const engine = createEngine({ plans: [plan("PT0S")], adapters: { sms, email: noop } });
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await engine.enroll(lead(i), "bench");
    if (i >= n / 10) samples.push(reached - t0); // the first 10 % warm the JIT
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] as number;
  return { p50Ms: q(0.5), p99Ms: q(0.99) };
}

/** Touches per second `runDue` dispatches to no-op adapters, `n` leads due at once. */
export async function dispatchThroughput(n = 100_000, asyncAdapter = false): Promise<{ leads: number; touchesPerSecond: number; seconds: number }> {
  const clock = createManualClock("2026-03-09T14:00:00Z");
  let sent = 0;
  // A synchronous no-op answers in place; an async one goes through the timeout and abort machinery.
  const sms: ChannelAdapter = asyncAdapter ? { send: async () => (sent++, { status: "sent" }) } : { send: () => (sent++, { status: "sent" }) };
  const engine = createEngine({
    plans: [plan("PT1M")],
    adapters: { sms, email: noop },
    clock,
    concurrency: Number(process.env["BENCH_CONCURRENCY"] ?? 64),
    batchSize: 1000,
  });
  for (let i = 0; i < n; i++) await engine.enroll(lead(i), "bench");
  clock.advance(60_000);
  const t0 = performance.now();
  await engine.runDue();
  const seconds = (performance.now() - t0) / 1000;
  if (sent !== n) throw new Error(`expected ${n} touches, sent ${sent}`);
  return { leads: n, touchesPerSecond: Math.round(n / seconds), seconds };
}

/** Heap bytes per idle enrolled lead (memory store), with `n` leads; needs --expose-gc. */
export async function heapPerLead(n = 1_000_000): Promise<{ leads: number; bytesPerLead: number } | undefined> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  const clock = createManualClock("2026-03-09T14:00:00Z");
  const store = createMemoryStore();
  const engine = createEngine({ plans: [plan("P1D")], adapters: { sms: noop, email: noop }, clock, store });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) await engine.enroll(lead(i), "bench");
  gc();
  const after = process.memoryUsage().heapUsed;
  if (store.size !== n) throw new Error(`expected ${n} leads stored, got ${store.size}`);
  return { leads: n, bytesPerLead: Math.round((after - before) / n) };
}

/** Runs the three and prints their figures. */
export async function runEngineBench(heapLeads = 1_000_000): Promise<void> {
  const latency = await enrollLatency();
  console.log(`enroll-to-adapter        p50 ${latency.p50Ms.toFixed(3)} ms   p99 ${latency.p99Ms.toFixed(3)} ms   (target p99 < 5 ms)`);
  const fmt = (n: number) => n.toLocaleString("en-US");
  for (const asyncAdapter of [false, true]) {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) runs.push((await dispatchThroughput(100_000, asyncAdapter)).touchesPerSecond);
    const [low, median, best] = [...runs].sort((a, b) => a - b) as [number, number, number];
    const label = asyncAdapter ? "dispatch (async no-op)  " : "dispatch (no-op adapter)";
    console.log(
      `${label} median ${fmt(median)} touches/s (best ${fmt(best)}, worst ${fmt(low)}) over 100,000 leads, 3 runs (target >= ${asyncAdapter ? "50,000" : "60,000"})`,
    );
  }
  const heap = await heapPerLead(heapLeads);
  if (heap === undefined) console.log("heap per idle lead       skipped: run node with --expose-gc");
  else console.log(`heap per idle lead       ${heap.bytesPerLead} B at ${heap.leads.toLocaleString("en-US")} leads (target <= 1024 B)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runEngineBench(process.argv[2] === undefined ? undefined : Number(process.argv[2]));
}
