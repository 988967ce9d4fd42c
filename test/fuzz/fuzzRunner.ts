/**
 * The fuzz suite's body, run in a child process by `fuzz.test.ts` so that a call that hangs is
 * killed by the parent's watchdog instead of freezing the test run. Before every call it reports
 * the target to the parent; at the end it reports cases, the slowest call per target and failures.
 *
 *   node --import tsx test/fuzz/fuzzRunner.ts   (with FUZZ_RUNS, FUZZ_SEED, FUZZ_CALL_MS in the environment)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { stringify as toYaml } from "yaml";
import { runCli } from "../../src/cli/run.js";
import {
  createEngine,
  createManualClock,
  createMemoryStore,
  evaluate,
  evaluateAll,
  isCadenceError,
  parseLead,
  parsePlan,
  safeParseLead,
  safeParsePlan,
  type ChannelAdapter,
  type PlanInput,
} from "../../src/index.js";
import { detectOptOut } from "../../src/optOut.js";
import { simulate, respond } from "../../src/testing/index.js";
import { hostileInstant, hostileString, hostileValue, mutated } from "./hostileValues.js";

Error.stackTraceLimit = 50_000;
const runs = Number(process.env["FUZZ_RUNS"] ?? 10_000);
// A fixed default seed keeps `npm test` deterministic; a long run or a replay sets FUZZ_SEED.
const seed = Number(process.env["FUZZ_SEED"] ?? 20_261_129);
const callBoundMs = Number(process.env["FUZZ_CALL_MS"] ?? 5000);
const only = process.env["FUZZ_ONLY"];
/** A long run's wall-clock budget in ms, shared among targets by their share (none by default). */
const timeLimitMs = process.env["FUZZ_TIME_LIMIT_MS"] === undefined ? undefined : Number(process.env["FUZZ_TIME_LIMIT_MS"]);

const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${rel}`, import.meta.url), "utf8"));
const plans = [readJson("plans/dealer-speed-to-lead.json"), readJson("plans/b2b-outbound.json")] as PlanInput[];
const leads = ["new-york-fresh", "brussels-whatsapp", "chatham-opted-out", "kolkata-replied"].map((n) => readJson(`leads/${n}.json`));
const NOW = "2026-03-09T14:00:00Z";
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Per target: cases run, the slowest call in ms, and failures (with the counterexample). */
const stats = new Map<string, { cases: number; slowestMs: number; failure?: string }>();

/**
 * Runs one call: only the library's own errors may escape, it must finish within the bound, and
 * `Object.prototype` must be untouched afterwards. Returns the call's result (or `undefined` when it threw).
 */
async function guarded<T>(target: string, call: () => T | Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  process.send?.({ kind: "call", target });
  const start = performance.now();
  let outcome: { ok: true; value: T } | { ok: false };
  try {
    outcome = { ok: true, value: await call() };
  } catch (error) {
    if (!isCadenceError(error))
      throw new Error(
        `${target} let a non-library error escape: ${
          error instanceof Error
            ? `${error.name}: ${error.message}\n${(error.stack ?? "")
                .split("\n")
                .slice(1)
                .filter((l) => !l.includes("(<anonymous>)"))
                .slice(0, 5)
                .join("\n")}`
            : String(error)
        }`,
      );
    outcome = { ok: false };
  }
  const ms = performance.now() - start;
  const s = stats.get(target) ?? { cases: 0, slowestMs: 0 };
  s.cases++;
  s.slowestMs = Math.max(s.slowestMs, ms);
  stats.set(target, s);
  if (ms > callBoundMs) throw new Error(`${target} took ${ms.toFixed(0)} ms (bound ${callBoundMs} ms)`);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys || ({} as Record<string, unknown>)["polluted"] !== undefined) {
    throw new Error(`${target} changed Object.prototype`);
  }
  return outcome;
}

/** True when JSON carries `value` exactly (no NaN, undefined, Dates, own `__proto__` keys...). */
function jsonExact(value: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
  } catch {
    return false;
  }
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const planArb = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...plans) }, { weight: 4, arbitrary: fc.constantFrom(...plans).chain((p) => mutated(p)) });
const leadArb = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...leads) }, { weight: 4, arbitrary: fc.constantFrom(...leads).chain((l) => mutated(l)) });
const nowArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
  },
  { weight: 1, arbitrary: hostileInstant },
);

interface Target {
  readonly name: string;
  /** Share of the runs. */
  readonly share: number;
  readonly property: () => fc.IAsyncProperty<never>;
}

const engineAdapter: ChannelAdapter = { send: () => ({ status: "sent" }) };

const targets: Target[] = [
  {
    name: "safeParsePlan/parsePlan",
    share: 0.18,
    property: () =>
      fc.asyncProperty(planArb, async (plan) => {
        const safe = await guarded("safeParsePlan", () => safeParsePlan(plan));
        if (!safe.ok) throw new Error("safeParsePlan threw for bad input");
        const parsed = await guarded("parsePlan", () => parsePlan(plan));
        if (parsed.ok !== safe.value.success) throw new Error("parsePlan and safeParsePlan disagree");
      }) as never,
  },
  {
    name: "safeParseLead/parseLead",
    share: 0.18,
    property: () =>
      fc.asyncProperty(leadArb, async (lead) => {
        const safe = await guarded("safeParseLead", () => safeParseLead(lead));
        if (!safe.ok) throw new Error("safeParseLead threw for bad input");
        const parsed = await guarded("parseLead", () => parseLead(lead));
        if (parsed.ok !== safe.value.success) throw new Error("parseLead and safeParseLead disagree");
      }) as never,
  },
  {
    name: "evaluate",
    share: 0.25,
    property: () =>
      fc.asyncProperty(planArb, leadArb, nowArb, async (plan, lead, now) => {
        const decided = await guarded("evaluate", () => evaluate(plan as never, lead as never, now as never));
        // A valid input decides the same after a round trip through JSON.
        if (decided.ok && jsonExact(plan) && jsonExact(lead) && safeParsePlan(plan).success && safeParseLead(lead).success) {
          const again = await guarded("evaluate", () => evaluate(roundTrip(plan) as never, roundTrip(lead) as never, now as never));
          if (!again.ok || !isDeepStrictEqual(again.value, decided.value)) throw new Error("a valid input decided differently after a JSON round trip");
        }
      }) as never,
  },
  {
    name: "evaluateAll",
    share: 0.08,
    property: () =>
      fc.asyncProperty(fc.array(planArb, { minLength: 1, maxLength: 3 }), leadArb, nowArb, async (list, lead, now) => {
        await guarded("evaluateAll", () => evaluateAll(list as never, lead as never, now as never));
      }) as never,
  },
  {
    name: "simulate",
    share: 0.02,
    property: () =>
      fc.asyncProperty(planArb, leadArb, fc.oneof(fc.constantFrom("P3D", "P14D", "PT1H"), hostileValue), async (plan, lead, until) => {
        await guarded("simulate", () => simulate(plan as never, lead as never, { until: until as never, responder: respond.never() }));
      }) as never,
  },
  {
    name: "detectOptOut",
    share: 0.15,
    property: () =>
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue }),
        fc.option(hostileValue, { freq: 3 }),
        async (text, options) => {
          await guarded("detectOptOut", () => detectOptOut(text as never, (options ?? undefined) as never));
        },
      ) as never,
  },
  {
    name: "engine",
    share: 0.12,
    property: () =>
      fc.asyncProperty(
        fc.constantFrom("enroll", "record", "complete", "pause", "resume", "unenroll", "get", "openTasks", "runLead", "migrate"),
        fc.oneof(fc.constantFrom("known", "dealer-speed-to-lead"), hostileValue),
        leadArb,
        fc.oneof(
          hostileValue,
          hostileInstant,
          fc.constantFrom(
            { type: "status", status: "won" },
            { type: "inbound", channel: "sms", text: "STOP" },
            { type: "outcome", touchId: "x", outcome: "connected" },
          ),
        ),
        async (method, id, lead, arg) => {
          const clock = createManualClock(NOW);
          const engine = createEngine({
            plans,
            adapters: { call: engineAdapter, sms: engineAdapter, email: engineAdapter, whatsapp: engineAdapter, video: engineAdapter, linkedin: engineAdapter },
            store: createMemoryStore(),
            clock,
          });
          await engine.enroll({ ...(leads[0] as object), id: "known" } as never, "dealer-speed-to-lead");
          const e = engine as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
          const args: Record<string, unknown[]> = {
            enroll: [lead, id],
            record: [id, arg],
            complete: [id, arg],
            pause: [id, arg],
            resume: [id],
            unenroll: [id, arg],
            get: [id],
            openTasks: [id],
            runLead: [id],
            migrate: [id, arg, arg, { mode: arg }],
          };
          await guarded(`engine.${method}`, () => (e[method] as (...a: unknown[]) => Promise<unknown>).apply(engine, args[method] as unknown[]));
          await guarded("engine.runDue", () => engine.runDue());
        },
      ) as never,
  },
  {
    name: "cli",
    share: 0.02,
    property: () =>
      fc.asyncProperty(
        planArb,
        leadArb,
        fc.constantFrom("json", "yaml", "bytes"),
        fc.uint8Array({ maxLength: 64 }),
        nowArb,
        async (plan, lead, format, bytes, at) => {
          const dir = mkdtempSync(join(tmpdir(), "lead-cadence-fuzz-"));
          try {
            const text = (v: unknown): string | Uint8Array => {
              try {
                if (format === "bytes") return Buffer.concat([Buffer.from(JSON.stringify(v) ?? "null").subarray(0, 200), bytes]);
                return (format === "json" ? JSON.stringify(v) : (toYaml(v) as string | undefined)) ?? "null";
              } catch {
                return "{";
              }
            };
            writeFileSync(join(dir, `plan.${format === "yaml" ? "yaml" : "json"}`), text(plan));
            writeFileSync(join(dir, "lead.json"), text(lead));
            const errors: string[] = [];
            const io = { stdout: () => undefined, stderr: (t: string) => void errors.push(t), color: false, stderrIsTTY: false, cwd: dir };
            const planFile = `plan.${format === "yaml" ? "yaml" : "json"}`;
            for (const argv of [
              ["validate", planFile],
              ["explain", planFile, "--lead", "lead.json", "--at", String(at)],
              ["simulate", planFile, "--lead", "lead.json", "--until", "P2D"],
            ]) {
              const code = await guarded(`cli ${argv[0]}`, () => runCli(argv, io, "0.0.0"));
              if (!code.ok || ![0, 1, 2].includes(code.value)) throw new Error(`cli ${argv[0]} exited ${code.ok ? code.value : "by throwing"}`);
              const unexpected = errors.find((t) => t.includes("unexpected error"));
              if (unexpected !== undefined) throw new Error(`cli ${argv[0]}: ${unexpected.slice(0, 300)}`);
            }
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ) as never,
  },
];

function printable(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 500);
  } catch {
    return "(nested too deeply to print; replay with the seed)";
  }
}

const failures: string[] = [];
for (const target of targets) {
  if (only !== undefined && !only.split(",").includes(target.name)) continue;
  const numRuns = Math.max(1, Math.round(runs * target.share));
  process.send?.({ kind: "target", target: target.name, numRuns });
  const budget = timeLimitMs === undefined ? {} : { interruptAfterTimeLimit: Math.round(timeLimitMs * target.share), markInterruptAsFailure: false };
  const result = await fc.check(target.property(), { numRuns, seed, endOnFailure: true, ...budget });
  if (result.failed)
    failures.push(
      `${target.name}: ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n  seed ${seed}, path ${result.counterexamplePath ?? ""}\n  counterexample: ${printable(result.counterexample)}`,
    );
}
const report = { seed, failures, stats: Object.fromEntries(stats) };
process.send?.({ kind: "done", report });
if (process.send === undefined) console.log(JSON.stringify(report, null, 2));
