import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The fuzz suite: fast-check properties over parsePlan, safeParsePlan, parseLead, evaluate,
 * evaluateAll, simulate, every engine method's arguments, detectOptOut and the CLI, on mutated
 * example plans and leads. Properties: only the library's own errors escape; every call finishes
 * (a watchdog kills a call that makes no progress); Object.prototype is untouched; a valid input
 * decides the same after a JSON round trip.
 *
 * LEAD_CADENCE_FUZZ_RUNS raises the case count (10,000 by default; 1000000 for a long run),
 * LEAD_CADENCE_FUZZ_SEED replays a run, LEAD_CADENCE_FUZZ_CALL_MS bounds one call (default 5000 ms),
 * LEAD_CADENCE_FUZZ_TIME_LIMIT_MS bounds a long run's wall-clock time (the case count is then what fits).
 */
const runs = Number(process.env["LEAD_CADENCE_FUZZ_RUNS"] ?? 10_000);
/** A call with no progress for this long is a hang: generous, so a loaded machine never trips it. */
const WATCHDOG_MS = 60_000;

interface Report {
  readonly seed: number;
  readonly failures: readonly string[];
  readonly stats: Readonly<Record<string, { cases: number; slowestMs: number }>>;
}

function runFuzz(): Promise<Report> {
  const runner = fileURLToPath(new URL("./fuzzRunner.ts", import.meta.url));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), FUZZ_RUNS: String(runs) };
  if (process.env["LEAD_CADENCE_FUZZ_SEED"] !== undefined) env["FUZZ_SEED"] = process.env["LEAD_CADENCE_FUZZ_SEED"];
  if (process.env["LEAD_CADENCE_FUZZ_CALL_MS"] !== undefined) env["FUZZ_CALL_MS"] = process.env["LEAD_CADENCE_FUZZ_CALL_MS"];
  if (process.env["LEAD_CADENCE_FUZZ_TIME_LIMIT_MS"] !== undefined) env["FUZZ_TIME_LIMIT_MS"] = process.env["LEAD_CADENCE_FUZZ_TIME_LIMIT_MS"];
  const child = fork(runner, [], { execArgv: ["--import", "tsx"], env, stdio: ["ignore", "inherit", "pipe", "ipc"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let current = "(starting)";
    let lastProgress = Date.now();
    let report: Report | undefined;
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress > WATCHDOG_MS) {
        clearInterval(watchdog);
        child.kill("SIGKILL");
        reject(new Error(`a call to ${current} made no progress for ${WATCHDOG_MS / 1000} s: it hangs`));
      }
    }, 1000);
    child.on("message", (m: { kind: string; target?: string; report?: Report }) => {
      lastProgress = Date.now();
      if (m.kind === "call" || m.kind === "target") current = m.target ?? current;
      if (m.kind === "done") report = m.report;
    });
    child.on("exit", (code) => {
      clearInterval(watchdog);
      if (report !== undefined) resolve(report);
      else reject(new Error(`the fuzz runner exited with ${code} during ${current} without a report\n${stderr.slice(-2000)}`));
    });
  });
}

describe("fuzz: hostile plans, leads, messages, arguments and files", () => {
  it(
    `${runs} cases: only library errors escape, every call ends, Object.prototype is untouched, JSON round trips decide the same`,
    async () => {
      const report = await runFuzz();
      const cases = Object.values(report.stats).reduce((n, s) => n + s.cases, 0);
      const slowest = Object.entries(report.stats).sort((a, b) => b[1].slowestMs - a[1].slowestMs)[0];
      console.log(`fuzz: ${cases} calls, seed ${report.seed}, slowest ${slowest?.[0]} ${slowest?.[1].slowestMs.toFixed(0)} ms`);
      expect(report.failures).toEqual([]);
      if (process.env["LEAD_CADENCE_FUZZ_TIME_LIMIT_MS"] === undefined) expect(cases).toBeGreaterThanOrEqual(runs);
      for (const name of [
        "safeParsePlan",
        "parsePlan",
        "safeParseLead",
        "parseLead",
        "evaluate",
        "evaluateAll",
        "simulate",
        "detectOptOut",
        "engine.runDue",
        "cli validate",
        "cli explain",
        "cli simulate",
      ]) {
        expect(report.stats[name]?.cases ?? 0, name).toBeGreaterThan(0);
      }
    },
    Math.max(300_000, runs * 50),
  );
});
