/**
 * A/B of `evaluate` between two builds: `node --expose-gc --import tsx bench/abEvaluate.ts <distA> <distB>`
 * (directories holding a `npm run build` output each, e.g. a copy of `dist/` before a change and
 * `dist/` after it; a copy outside the checkout needs `node_modules` and a copy of package.json beside it,
 * whose `imports` the ESM build resolves: `<dir>/{dist,package.json,node_modules}`).
 *
 * Each build runs in its own worker isolate (its own heap, JIT and caches) on the same dealer
 * leads (`dealerLeads.ts`). The two take turns on chunks of leads, each chunk timed in CPU time of
 * the process while the other isolate waits (so a busy machine slows both alike), the order
 * alternating chunk by chunk; every chunk decides fresh lead objects and history arrays, copied
 * before its clock starts. Before timing, both builds' decisions on every lead are compared as JSON:
 * a change that alters one decision stops the run. Prints each round's ratio (A's CPU time over
 * B's: above 1 means B is faster) and their median.
 *
 * Options (environment): `AB_LEADS` (default 40,000), `AB_CHUNK` (2,500), `AB_ROUNDS` (10),
 * `AB_HOT=1` to decide the same 1,000 leads again and again instead of fresh copies, `AB_SAME=0` to
 * skip the comparison of decisions.
 */
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";

const [dirA, dirB] = process.argv.slice(2);
if (dirA === undefined || dirB === undefined) throw new Error("usage: bench/abEvaluate.ts <distA> <distB>");
const leads = Number(process.env["AB_LEADS"] ?? 40_000);
const chunk = Number(process.env["AB_CHUNK"] ?? 2_500);
const rounds = Number(process.env["AB_ROUNDS"] ?? 10);
const hot = process.env["AB_HOT"] === "1";

interface Reply {
  readonly cpuMicros?: number;
  readonly decisions?: string[];
  readonly ready?: true;
}

/** One build in its own isolate, answering one request at a time. */
class Build {
  readonly #worker: Worker;
  #pending: ((reply: Reply) => void) | undefined;

  constructor(dir: string) {
    // A JavaScript entry that registers the TypeScript loader first (a worker does not inherit the
    // main thread's); V8 flags such as --expose-gc are the process's.
    const entry = new URL("./abEvaluateWorker.ts", import.meta.url).href;
    this.#worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
      eval: true,
      workerData: { dist: resolve(dir), leads, hot },
    });
    this.#worker.on("message", (reply: Reply) => this.#pending?.(reply));
    this.#worker.on("error", (error) => {
      throw error;
    });
  }

  ask(request: { kind: "ready" } | { kind: "decisions"; from: number; to: number } | { kind: "time"; from: number; to: number }): Promise<Reply> {
    return new Promise((answer) => {
      this.#pending = answer;
      this.#worker.postMessage(request);
    });
  }

  stop(): Promise<number> {
    return this.#worker.terminate();
  }
}

const a = new Build(dirA);
const b = new Build(dirB);
await a.ask({ kind: "ready" });
await b.ask({ kind: "ready" });

// Identical decisions first (a chunk at a time, so no isolate holds every decision's text), unless
// `AB_SAME=0` (measuring what a change that does alter decisions would save, as an experiment).
const compare = process.env["AB_SAME"] !== "0";
for (let from = 0; compare && from < leads; from += chunk) {
  const to = Math.min(leads, from + chunk);
  const [da, db] = [(await a.ask({ kind: "decisions", from, to })).decisions ?? [], (await b.ask({ kind: "decisions", from, to })).decisions ?? []];
  for (let i = 0; i < da.length; i++) {
    if (da[i] !== db[i]) throw new Error(`decision ${from + i} differs:\nA ${da[i]}\nB ${db[i]}`);
  }
}
console.log(compare ? `decisions identical on ${leads.toLocaleString("en-US")} leads` : "decisions not compared (AB_SAME=0)");

const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  let cpuA = 0;
  let cpuB = 0;
  let k = 0;
  for (let from = 0; from < leads; from += chunk, k++) {
    const request = { kind: "time", from, to: Math.min(leads, from + chunk) } as const;
    // Alternate who goes first, chunk by chunk and round by round.
    const [first, second] = (k + round) % 2 === 0 ? [a, b] : [b, a];
    const x = (await first.ask(request)).cpuMicros ?? 0;
    const y = (await second.ask(request)).cpuMicros ?? 0;
    if (first === a) {
      cpuA += x;
      cpuB += y;
    } else {
      cpuA += y;
      cpuB += x;
    }
  }
  const ratio = cpuA / cpuB;
  ratios.push(ratio);
  console.log(`round ${round + 1}: A ${(cpuA / leads).toFixed(3)} µs, B ${(cpuB / leads).toFixed(3)} µs per decision (CPU); A/B ${ratio.toFixed(3)}`);
}
const sorted = [...ratios].sort((x, y) => x - y);
console.log(
  `${hot ? "hot set" : "distinct leads"}: B is ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(3)}× A (median of ${rounds} rounds; range ${(sorted[0] as number).toFixed(3)}–${(sorted[sorted.length - 1] as number).toFixed(3)})`,
);
await a.stop();
await b.stop();
