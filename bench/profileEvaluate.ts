/**
 * Where `bench/evaluate.ts`'s time and allocation go, for the timed loop only: the dealer leads are
 * built and `evaluate` warmed up first, then the inspector's CPU profiler samples four passes over
 * fresh copies of 100,000 leads (or, with `PROFILE_HOT=1`, the same 1,000 leads 400 times), and its
 * sampling heap profiler one pass (objects collected since included). Prints the functions and the
 * source lines with the most self time, and the bytes allocated per decision by function. A whole-run
 * profile (`node --cpu-prof`) mostly shows the leads being built and the script's own collections.
 *
 * `npm run build && LEAD_CADENCE_BENCH_TARGET=dist node --import tsx bench/profileEvaluate.ts [out.cpuprofile]`
 * (the CPU profile is written to `out.cpuprofile` when given, for a browser's developer tools).
 * Options (environment): `PROFILE_HOT=1`, `PROFILE_TOP` (rows per table, default 25).
 * Line numbers are the built chunks' (`dist/`) when measuring the build, the sources' otherwise.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import type { LeadInput } from "../src/index.js";
import { dealerLeads, dealerPlanInput, freshCopies } from "./dealerLeads.js";
import { lib, target, testing } from "./target.js";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface CpuNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
}
interface CpuProfile {
  readonly nodes: readonly CpuNode[];
  readonly samples: readonly number[];
}
interface HeapNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: readonly HeapNode[];
}

const { evaluate, parsePlan } = lib;
const top = Number(process.env["PROFILE_TOP"] ?? 25);
const hot = process.env["PROFILE_HOT"] === "1";

const plan = parsePlan(dealerPlanInput());
const leads = dealerLeads(plan, 100_000, testing.mulberry32(42));
for (let i = 0; i < 20_000; i++) evaluate(plan, leads[i]!.lead, leads[i]!.now);
const passes: { lead: LeadInput; now: number }[][] = [];
if (hot) for (let r = 0; r < 400; r++) passes.push(leads.slice(0, 1_000));
else for (let r = 0; r < 4; r++) passes.push(freshCopies(leads));
const decisions = passes.reduce((n, pass) => n + pass.length, 0);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
let due = 0;
for (const pass of passes) for (const { lead, now } of pass) due += evaluate(plan, lead, now).due.length;
const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
if (process.argv[2] !== undefined) writeFileSync(process.argv[2], JSON.stringify(profile));

const where = (frame: CallFrame): string => `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop() ?? ""}:${frame.lineNumber + 1}`;
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(2).padStart(6)} %`;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTicks = new Map<string, number>();
for (const id of profile.samples) {
  const node = byId.get(id);
  if (node !== undefined) selfTicks.set(where(node.callFrame), (selfTicks.get(where(node.callFrame)) ?? 0) + 1);
}
const lineTicks = new Map<string, { url: string; line: number; ticks: number }>();
for (const node of profile.nodes) {
  if (!node.callFrame.url.startsWith("file:")) continue;
  for (const { line, ticks } of node.positionTicks ?? []) {
    const key = `${node.callFrame.url}:${line}`;
    const entry = lineTicks.get(key) ?? { url: node.callFrame.url, line, ticks: 0 };
    entry.ticks += ticks;
    lineTicks.set(key, entry);
  }
}
const sources = new Map<string, readonly string[]>();
const sourceLine = (url: string, line: number): string => {
  let lines = sources.get(url);
  if (lines === undefined) sources.set(url, (lines = readFileSync(fileURLToPath(url), "utf8").split("\n")));
  return line > lines.length ? "(beyond this file: inlined from another)" : (lines[line - 1] ?? "").trim().slice(0, 110);
};

const samples = profile.samples.length;
console.log(
  `evaluate (${target}), ${hot ? "hot set of 1,000 leads" : "100,000 distinct leads"}: ${decisions.toLocaleString("en-US")} decisions, ${due} due; ${samples} samples`,
);
console.log("\nSelf time by function:");
for (const [name, ticks] of [...selfTicks].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${percent(ticks, samples)}  ${name}`);
console.log("\nSelf time by line (a line of a callee inlined from another file is reported with its caller's file: blank or unrelated text):");
for (const { url, line, ticks } of [...lineTicks.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top)) {
  console.log(`${percent(ticks, samples)}  ${url.split("/").pop()}:${line}  ${sourceLine(url, line)}`);
}

await session.post("HeapProfiler.enable");
const flags = { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
await session.post("HeapProfiler.startSampling", flags as { samplingInterval: number });
const sampled = passes[0] ?? [];
for (const { lead, now } of sampled) due += evaluate(plan, lead, now).due.length;
const { profile: heap } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: HeapNode } };
const selfBytes = new Map<string, number>();
let bytes = 0;
const walk = (node: HeapNode): void => {
  selfBytes.set(where(node.callFrame), (selfBytes.get(where(node.callFrame)) ?? 0) + node.selfSize);
  bytes += node.selfSize;
  for (const child of node.children) walk(child);
};
walk(heap.head);
console.log(`\nAllocated per decision, sampled: ${Math.round(bytes / sampled.length)} bytes; by function:`);
for (const [name, size] of [...selfBytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${String(Math.round(size / sampled.length)).padStart(7)} B  ${name}`);
}
session.disconnect();
