import type * as BullMQ from "bullmq";
import { loadOptionalPeer } from "../../calendar/optionalPeer.js";
import { EngineError, systemClock, type LeadForgottenEvent, type StopResult } from "../../engine/index.js";
import { leadIdArgument } from "../../engine/engineArguments.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { wakeJobId } from "./jobId.js";
import { rateLimitGate, type EvalClient } from "./rateLimitGate.js";
import { resolveBullmqOptions, type BullmqJobReport, type BullmqRunnerOptions } from "./options.js";

/** A wake-up job's data: ids and an instant, never a name or a phone number. */
interface WakeData {
  readonly leadId: string;
  readonly dueAt: number;
}

const WAKE = "wake";
const RECONCILE = "reconcile";
const RECONCILER_ID = "lead-cadence-reconciler";
/** Leads a reconciler pass re-queues at once: few, so a pass leaves the connection pools to the wake-ups. */
const RECONCILE_PARALLEL = 8;
/** What the rate-limit gate may take beyond its wait for a slot (`limitWaitMs`): its Redis round trips. */
const GATE_ROUND_TRIPS_MS = 5_000;

/** A running BullMQ runner. */
export interface BullmqRunner {
  /** The queue wake-ups go to. */
  readonly queue: BullMQ.Queue;
  /** This process's worker (absent with `worker: false`). */
  readonly worker: BullMQ.Worker | undefined;
  /**
   * Adds the wake-up job for the lead's current `dueAt` (nothing when it has none). Call it after
   * every engine call made outside a job that changes a lead (`enroll`, `record`, `updateLead`,
   * `complete`, `pause`, `resume`, `unenroll`, `resolveOptOutReview`), in a process with a worker
   * too: a worker schedules the next wake-up itself only after the jobs it runs, and the reconciler
   * catches a wake-up never added only once the lead is overdue by `reconcileGraceMs`.
   * @throws {ArgumentError} (as a rejection) when `leadId` cannot be a lead id.
   * @throws {EngineError} (as a rejection) `engine_stopped` once `close` was called.
   */
  schedule(leadId: string): Promise<void>;
  /** One reconciler pass now: re-queues leads overdue by more than `reconcileGraceMs`; resolves with their number. @throws {EngineError} (as a rejection) `engine_stopped` once `close` was called. */
  reconcile(): Promise<number>;
  /**
   * Stops taking jobs and waits up to `timeoutMs` for the jobs in hand (their sends are recorded
   * before this resolves); past it the engine stops at once, aborting the sends still running
   * (recorded as retryable failures), and the jobs end. The job scheduler stays for the other runners.
   * `Infinity` waits for the jobs however long they take. Recording the aborted sends is bounded by
   * the engine's `stopTimeoutMs` (see `engine.stop`): a job whose store never answers is abandoned
   * (it fails with `engine_stopped`, and BullMQ retries it elsewhere); resolves with the leads abandoned.
   * @throws {ArgumentError} (as a rejection) when `timeoutMs` is not a non-negative number.
   */
  close(timeoutMs?: number): Promise<StopResult>;
}

/**
 * Runs an engine on BullMQ: one delayed wake-up job per (lead, due instant) with a deterministic
 * id, workers that call `engine.runLead` and schedule the lead's next wake-up, and a reconciler on
 * a job scheduler that re-queues overdue leads from the store's due index, so a lost or late job
 * costs seconds, not a lead. The store stays the source of truth: a job delivered twice or late is
 * harmless (lease, compare-and-set and the touch's idempotency key decide). Jobs are removed when
 * they complete or fail, never moved with `changeDelay` or removed and re-added.
 * @throws {ArgumentError} for bad options.
 * @throws {MissingDependencyError} when `bullmq` is not installed.
 * @example
 * const engine = createEngine({ plans, adapters, store: createPostgresStore({ pool }) });
 * const runner = await createBullmqRunner({ engine, connection: { host: "127.0.0.1", port: 6379 } });
 * process.on("SIGTERM", () => void runner.close(10_000).then(() => process.exit(0)));
 */
export async function createBullmqRunner(options: BullmqRunnerOptions): Promise<BullmqRunner> {
  const o = resolveBullmqOptions(options);
  const { Queue, Worker, DelayedError } = o.bullmq ?? loadOptionalPeer<typeof BullMQ>("bullmq", "lead-cadence/bullmq");
  const { engine } = o;
  const telemetry = o.telemetry === undefined ? {} : { telemetry: o.telemetry };
  const queue = new Queue<WakeData>(o.queue, { connection: o.connection, prefix: o.prefix, ...telemetry });
  queue.on("error", (error) => engine.emit("error", { error }));
  const jobOptions = { removeOnComplete: true, removeOnFail: true, attempts: 5, backoff: { type: "exponential", delay: 1000 } } as const;

  /** Real epoch ms at which BullMQ should run the wake-up for the engine instant `dueAt`. */
  const fireAt = (dueAt: number): number => Date.now() + Math.max(0, Math.ceil((dueAt - engine.clock.now()) / o.clockRate));
  const wake = async (leadId: string, dueAt: number): Promise<void> => {
    const delay = fireAt(dueAt) - Date.now();
    await queue.add(WAKE, { leadId, dueAt }, { ...jobOptions, jobId: wakeJobId(leadId, dueAt), delay });
  };
  const dueAtOf = async (leadId: string): Promise<number | null> => (await engine.store.get(leadId))?.record.dueAt ?? null;
  const wakeStored = async (leadId: string): Promise<void> => {
    const dueAt = await dueAtOf(leadId);
    if (dueAt !== null) await wake(leadId, dueAt);
  };
  // Set when `close` is called: the queue is closing, so public calls are refused with a typed error (the jobs in hand still schedule their wake-ups).
  let closed: Promise<StopResult> | undefined;
  const refuseClosed = (call: string): void => {
    if (closed !== undefined)
      throw new EngineError(
        "engine_stopped",
        `The BullMQ runner is closed: ${call} after close adds nothing to the queue (the reconciler of the runners still open re-queues overdue leads)`,
      );
  };
  const schedule = async (leadId: string): Promise<void> => {
    leadIdArgument(leadId);
    refuseClosed("schedule");
    await wakeStored(leadId);
  };
  // A forgotten lead's wake-up leaves the queue (its data names the lead). One left behind (a superseded one, one running) finds nothing: `absent`.
  const dropWake = ({ leadId, dueAt }: LeadForgottenEvent): void => {
    if (dueAt === null) return;
    queue.remove(wakeJobId(leadId, dueAt)).catch((error: unknown) => engine.emit("error", { error, leadId }));
  };
  engine.on("lead:forgotten", dropWake);
  // One pass at a time in this process: a pass that outlasts the interval is not joined by more (under a backlog they would crowd out the wake-ups).
  let reconciling: Promise<number> | undefined;
  const reconcile = (): Promise<number> => {
    reconciling ??= (async () => {
      try {
        const ids = await engine.store.due(engine.clock.now() - o.reconcileGraceMs, o.reconcileBatch);
        for (let i = 0; i < ids.length; i += RECONCILE_PARALLEL) await Promise.all(ids.slice(i, i + RECONCILE_PARALLEL).map(wakeStored));
        return ids.length;
      } finally {
        reconciling = undefined;
      }
    })();
    return reconciling;
  };
  const report = (r: BullmqJobReport): void => {
    try {
      o.onJob?.(r);
    } catch {
      // A reporting hook never fails a job.
    }
  };

  /** This process's worker, taking jobs from now on. */
  const startWorker = (): BullMQ.Worker<WakeData> => {
    const w = new Worker<WakeData>(
      o.queue,
      async (job, token) => {
        const started = performance.now();
        const kind = job.name === RECONCILE ? "reconcile" : "wake";
        const ids = { jobId: job.id ?? "", attempt: job.attemptsMade + 1 };
        try {
          if (kind === "reconcile") {
            const n = await reconcile();
            report({ kind, ...ids, result: n, durationMs: performance.now() - started });
            return;
          }
          const { leadId } = job.data;
          const result = await engine.runLead(leadId);
          const dueAt = await dueAtOf(leadId);
          if (dueAt !== null) {
            // The next wake-up has this job's own id (the lead was busy, or its run left it due at this instant): adding it would
            // be ignored while this job exists and the wake-up lost once it completes, so this job is put back instead.
            if (wakeJobId(leadId, dueAt) === job.id) {
              report({ kind, ...ids, leadId, result, durationMs: performance.now() - started, putBack: true });
              await job.moveToDelayed(Math.max(fireAt(dueAt), Date.now() + o.busyRetryMs), token);
              throw new DelayedError();
            }
            await wake(leadId, dueAt);
          }
          report({ kind, ...ids, leadId, result, durationMs: performance.now() - started });
        } catch (error) {
          if (error instanceof DelayedError) throw error;
          report({ kind, ...ids, ...(kind === "wake" ? { leadId: job.data.leadId } : {}), result: "error", durationMs: performance.now() - started, error });
          throw error;
        }
      },
      {
        connection: o.connection,
        prefix: o.prefix,
        concurrency: o.concurrency,
        lockDuration: o.lockDurationMs,
        stalledInterval: o.stalledIntervalMs,
        ...telemetry,
      },
    );
    w.on("error", (error) => engine.emit("error", { error }));
    w.on("failed", (job, error) => engine.emit("error", { error, ...(job?.data.leadId ? { leadId: job.data.leadId } : {}) }));
    return w;
  };

  let worker: BullMQ.Worker<WakeData> | undefined;
  let gated = false;
  try {
    if (o.limits.size > 0) {
      const client = await redisClientOf(queue);
      engine.useSendGate(
        rateLimitGate({
          client,
          limits: o.limits,
          keyPrefix: `${o.prefix}:${o.queue}`,
          maxWaitMs: o.limitWaitMs,
          now: () => engine.clock.now(),
          clockRate: o.clockRate,
        }),
        // The wait for a slot, plus Redis round trips; the adapter's timeout starts after it.
        { timeoutMs: o.limitWaitMs + GATE_ROUND_TRIPS_MS },
      );
      gated = true;
    }
    await queue.upsertJobScheduler(
      RECONCILER_ID,
      { every: o.reconcileEveryMs },
      { name: RECONCILE, data: { leadId: "", dueAt: 0 }, opts: { removeOnComplete: true, removeOnFail: true } },
    );
    if (o.worker) {
      worker = startWorker();
      await worker.waitUntilReady();
    }
  } catch (error) {
    // A runner that did not start leaves nothing behind: an open connection would keep the process alive, a gate would reserve slots on it.
    if (gated) engine.useSendGate(undefined);
    engine.off("lead:forgotten", dropWake);
    await Promise.allSettled([worker?.close(true), queue.close()]);
    throw error;
  }

  const close = (timeoutMs = 10_000): Promise<StopResult> => {
    if (typeof timeoutMs !== "number" || !(timeoutMs >= 0))
      return Promise.reject(
        new ArgumentError(
          "timeoutMs",
          `Expected timeoutMs to be a non-negative number of milliseconds (Infinity waits for the jobs), got ${describeValue(timeoutMs)}`,
        ),
      );
    closed ??= (async () => {
      const abandoned: string[] = [];
      if (worker !== undefined) {
        // BullMQ's close is started once (a later `close(true)` answers the graceful one): past the timeout, the jobs in hand
        // are ended by aborting their sends now, and the graceful close then completes with their results recorded.
        const graceful = worker.close();
        let timer: unknown;
        // The system clock's timers hold any delay (Node's own run one above 2^31 - 1 ms at once); Infinity never fires.
        const timeout = new Promise<boolean>((r) => {
          timer = systemClock.setTimeout(() => r(true), timeoutMs);
        });
        const timedOut = await Promise.race([graceful.then(() => false), timeout]);
        systemClock.clearTimeout(timer);
        if (timedOut) {
          // A job whose store never answers is abandoned by the engine (its runLead rejects), so the graceful close ends.
          abandoned.push(...(await engine.stop(0)).abandoned);
          await graceful;
        }
      }
      abandoned.push(...(await engine.stop()).abandoned);
      if (o.limits.size > 0) engine.useSendGate(undefined);
      engine.off("lead:forgotten", dropWake);
      await queue.close();
      return { abandoned: [...new Set(abandoned)].sort() };
    })();
    return closed;
  };

  const reconcileOpen = async (): Promise<number> => {
    refuseClosed("reconcile");
    return reconcile();
  };
  return { queue: queue as unknown as BullMQ.Queue, worker: worker as unknown as BullMQ.Worker | undefined, schedule, reconcile: reconcileOpen, close };
}

/**
 * The queue's ioredis client, which the rate-limit gate runs its script on: `Queue.client` on
 * BullMQ 5; BullMQ 6 has no `Queue.client` and keeps it on its Redis backend (`getBackend().client`).
 * @throws {ArgumentError} naming `limits` when the queue has no Redis client to run them on.
 */
async function redisClientOf(queue: BullMQ.Queue): Promise<EvalClient> {
  const q = queue as unknown as { readonly client?: Promise<unknown>; getBackend?: () => { readonly client?: Promise<unknown> } };
  const client = await (q.getBackend === undefined ? q.client : q.getBackend().client);
  if (client === null || typeof client !== "object" || typeof (client as Partial<EvalClient>).eval !== "function")
    throw new ArgumentError("limits", `Expected a queue backed by Redis to keep the limits' windows in, got a queue whose client is ${describeValue(client)}`);
  return client as EvalClient;
}
