import type * as BullMQ from "bullmq";
import type { ConnectionOptions } from "bullmq";
import type { Engine } from "../../engine/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { resolveLimits, type ChannelLimit, type ResolvedLimit } from "./limits.js";

/**
 * What a runner reports about each job it processed, for metrics and tracing: enough to end an
 * OpenTelemetry span per job (`kind` as its name, `jobId`, `leadId`, `result` as attributes, `error`
 * recorded). Ids only: no personal data.
 */
export interface BullmqJobReport {
  readonly kind: "wake" | "reconcile";
  /** The BullMQ job id (`w-<hash>-<dueAt>` for a wake-up). */
  readonly jobId: string;
  /** 1 for the job's first attempt; a put-back job keeps its attempt. */
  readonly attempt: number;
  /** True when a wake-up was put back for `busyRetryMs` (its lead leased elsewhere, or still due at its instant). */
  readonly putBack?: true;
  /** The lead a wake-up job named. */
  readonly leadId?: string;
  /** `runLead`'s answer for a wake-up; for a reconcile, the number of overdue leads re-queued. */
  readonly result: string | number;
  /** Real milliseconds the job took. */
  readonly durationMs: number;
  /** Set when the job failed (BullMQ retries it). */
  readonly error?: unknown;
}

/** Options of {@link createBullmqRunner}. */
export interface BullmqRunnerOptions {
  /** The engine the workers drive (`engine.runLead`); its store is the source of truth. */
  readonly engine: Engine;
  /** BullMQ's connection: ioredis options (`{ host, port }`) or an ioredis instance with `maxRetriesPerRequest: null`. */
  readonly connection: ConnectionOptions;
  /** @default "lead-cadence" */
  readonly queue?: string;
  /** BullMQ's key prefix. @default "bull" */
  readonly prefix?: string;
  /** Wake-up jobs one worker processes at once. @default 16 */
  readonly concurrency?: number;
  /** Process jobs in this process; `false` for a process that only schedules wake-ups (a web service). @default true */
  readonly worker?: boolean;
  /** Real milliseconds between reconciler runs (a BullMQ job scheduler shared by every runner of the queue). @default 5000 */
  readonly reconcileEveryMs?: number;
  /** Engine-clock milliseconds a lead may be overdue before the reconciler re-queues it. @default 10000 */
  readonly reconcileGraceMs?: number;
  /** Overdue leads re-queued per reconciler run. @default 1000 */
  readonly reconcileBatch?: number;
  /**
   * Engine-clock milliseconds per real millisecond: 1 for the system clock; an accelerated clock
   * (demos, load tests) passes its rate so BullMQ's real delays match the engine's time.
   * @default 1
   */
  readonly clockRate?: number;
  /**
   * Real milliseconds before a wake-up that found its lead leased by another runner (or still due at
   * the job's own instant) runs again. The job is put back (BullMQ's `moveToDelayed`) rather than
   * dropped, so a wake-up is never lost to a busy lead.
   * @default 1000
   */
  readonly busyRetryMs?: number;
  /** BullMQ's job lock: a worker that dies loses its jobs to another after this long. @default 30000 */
  readonly lockDurationMs?: number;
  /** How often BullMQ looks for jobs of dead workers. @default 30000 */
  readonly stalledIntervalMs?: number;
  /**
   * Providers' send limits by channel, enforced across every runner of the queue (a sliding window
   * per channel, or per value of a lead attribute, in a Redis script). A send waits up to
   * `limitWaitMs` for its slot; past that the touch is deferred to its slot (event `touch:deferred`),
   * never dropped. Installed on the engine (`engine.useSendGate`) in every process that has a
   * runner, the enrolling web process included, since `enroll` sends immediate touches itself.
   * Each channel must be one the engine has an adapter for (`engine.channels`).
   * @example { sms: { max: 1, per: "PT1S", key: "from-number" }, email: { max: 100, per: "PT1M" } }
   */
  readonly limits?: Readonly<Record<string, ChannelLimit>>;
  /** Real milliseconds a rate-limited send may wait in process for its slot (keep it well under the send timeout). @default 1000 */
  readonly limitWaitMs?: number;
  /**
   * The BullMQ module to run on (5.x from 5.34, or 6.x): by default the installed `bullmq` peer. Pass
   * one when the application loads its own copy, or runs another major beside it.
   * @example { bullmq: await import("bullmq") }
   */
  readonly bullmq?: Pick<typeof BullMQ, "Queue" | "Worker" | "DelayedError">;
  /**
   * BullMQ's own tracing (its `telemetry` option, e.g. `new BullMQOtel("crm")` from `bullmq-otel`),
   * passed to the queue and the worker: their spans then carry the jobs across processes.
   */
  readonly telemetry?: BullMQ.QueueBaseOptions["telemetry"];
  /** Called after every job (success or failure). Exceptions thrown here are ignored. */
  readonly onJob?: (report: BullmqJobReport) => void;
}

/** The options with every default applied. */
export type ResolvedBullmqOptions = Required<Omit<BullmqRunnerOptions, "onJob" | "limits" | "bullmq" | "telemetry">> & {
  readonly telemetry: BullmqRunnerOptions["telemetry"] | undefined;
  readonly onJob: BullmqRunnerOptions["onJob"] | undefined;
  readonly bullmq: BullmqRunnerOptions["bullmq"] | undefined;
  readonly limits: ReadonlyMap<string, ResolvedLimit>;
};

/** Limits only on channels the engine sends: a limit on another (a typo) would never be enforced. @throws {ArgumentError} naming the entry. */
function limitsOfAdapters<T>(limits: ReadonlyMap<string, T>, channels: readonly string[]): ReadonlyMap<string, T> {
  for (const channel of limits.keys())
    if (!channels.includes(channel))
      throw new ArgumentError(
        `limits.${channel}`,
        `Expected limits for channels the engine has adapters for (${channels.join(", ")}), got ${JSON.stringify(channel)}`,
      );
  return limits;
}

/** @throws {ArgumentError} naming the bad option. */
export function resolveBullmqOptions(options: BullmqRunnerOptions): ResolvedBullmqOptions {
  if (options === null || typeof options !== "object") throw new ArgumentError("options", `Expected BullMQ runner options, got ${describeValue(options)}`);
  const { engine } = options;
  if (engine === null || typeof engine !== "object" || typeof engine.runLead !== "function" || typeof engine.store?.due !== "function") {
    throw new ArgumentError("engine", `Expected engine to be an Engine from createEngine, got ${describeValue(engine)}`);
  }
  if (options.connection === null || typeof options.connection !== "object")
    throw new ArgumentError("connection", `Expected connection to be ioredis options or an ioredis instance, got ${describeValue(options.connection)}`);
  const positive = (name: keyof BullmqRunnerOptions, value: unknown, fallback: number, integer = true): number => {
    const v = value ?? fallback;
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      throw new ArgumentError(name, `Expected ${name} to be a positive ${integer ? "integer" : "number"}, got ${describeValue(v)}`);
    }
    return v;
  };
  const name = (option: "queue" | "prefix", value: unknown, fallback: string): string => {
    const v = value ?? fallback;
    if (typeof v !== "string" || v === "" || v.includes(":"))
      throw new ArgumentError(option, `Expected ${option} to be a non-empty string without ":", got ${describeValue(v)}`);
    return v;
  };
  if (options.worker !== undefined && typeof options.worker !== "boolean")
    throw new ArgumentError("worker", `Expected worker to be true or false, got ${describeValue(options.worker)}`);
  const { telemetry } = options;
  if (telemetry !== undefined && !isTelemetry(telemetry))
    throw new ArgumentError(
      "telemetry",
      `Expected telemetry to be BullMQ's telemetry with tracing ({ tracer, contextManager }, as bullmq-otel's BullMQOtel with traces), got ${describeValue(telemetry)}`,
    );
  if (options.onJob !== undefined && typeof options.onJob !== "function")
    throw new ArgumentError("onJob", `Expected onJob to be a function, got ${describeValue(options.onJob)}`);
  return {
    engine,
    connection: options.connection,
    queue: name("queue", options.queue, "lead-cadence"),
    prefix: name("prefix", options.prefix, "bull"),
    concurrency: positive("concurrency", options.concurrency, 16),
    worker: options.worker ?? true,
    reconcileEveryMs: positive("reconcileEveryMs", options.reconcileEveryMs, 5000),
    reconcileGraceMs: positive("reconcileGraceMs", options.reconcileGraceMs, 10_000),
    reconcileBatch: positive("reconcileBatch", options.reconcileBatch, 1000),
    clockRate: positive("clockRate", options.clockRate, 1, false),
    busyRetryMs: positive("busyRetryMs", options.busyRetryMs, 1000),
    limits: limitsOfAdapters(resolveLimits(options.limits), engine.channels),
    limitWaitMs: positive("limitWaitMs", options.limitWaitMs, 1000),
    bullmq: bullmqModule(options.bullmq),
    telemetry: options.telemetry,
    lockDurationMs: positive("lockDurationMs", options.lockDurationMs, 30_000),
    stalledIntervalMs: positive("stalledIntervalMs", options.stalledIntervalMs, 30_000),
    onJob: options.onJob,
  };
}

function bullmqModule(m: BullmqRunnerOptions["bullmq"]): BullmqRunnerOptions["bullmq"] {
  if (m === undefined) return undefined;
  if (m === null || typeof m !== "object" || typeof m.Queue !== "function" || typeof m.Worker !== "function" || typeof m.DelayedError !== "function")
    throw new ArgumentError("bullmq", `Expected bullmq to be the bullmq module (with Queue, Worker and DelayedError), got ${describeValue(m)}`);
  return m;
}

/** Whether `t` has what BullMQ's tracing calls: a tracer that starts spans and a context manager. */
function isTelemetry(t: unknown): boolean {
  if (t === null || typeof t !== "object") return false;
  const { tracer, contextManager } = t as { tracer?: { startSpan?: unknown }; contextManager?: unknown };
  return (
    tracer !== null && typeof tracer === "object" && typeof tracer.startSpan === "function" && contextManager !== null && typeof contextManager === "object"
  );
}
