import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBullmqRunner, wakeJobId, type BullmqJobReport, type BullmqRunner } from "../../src/drivers/bullmq/index.js";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import { createEngine, type ChannelAdapter, type Engine, type Store } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { lead, quickPlan } from "../engine/fixtures.js";
import * as bullmq5 from "bullmq";
import { REDIS_URL, serviceAvailable, servicesRequired, uniqueName } from "../support/services.js";

const up = await serviceAvailable("redis");
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };

/** Resolves when `check` holds; fails after `ms` (a hang guard, generous on a busy machine). */
async function eventually(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `store` whose calls never settle while `state.silent` (a database that stopped answering); its other members read through. */
function silenced(store: Store, state: { silent: boolean }): Store {
  const wrapped = Object.create(store) as Store;
  for (const name of ["get", "write", "remove", "due", "claim", "release"] as const) {
    const call = store[name] as (...args: unknown[]) => Promise<unknown>;
    Object.assign(wrapped, { [name]: (...args: unknown[]) => (state.silent ? new Promise(() => {}) : call.apply(store, args)) });
  }
  return wrapped;
}

/** A queue's ioredis client: `queue.client` on BullMQ 5, `queue.getBackend().client` on 6. */
function redisClientOf(queue: unknown): Promise<{ status: string } | undefined> {
  const q = queue as { client?: Promise<{ status: string }>; getBackend?: () => { client: Promise<{ status: string }> } };
  return q.getBackend !== undefined ? q.getBackend().client : (q.client ?? Promise.resolve(undefined));
}

/** The majors the runner is tested on: 5.x (`bullmq`) and 6.x (the dev dependency alias `bullmq6`). */
type BullmqModule = NonNullable<Parameters<typeof createBullmqRunner>[0]["bullmq"]>;
const majors: [string, BullmqModule][] = [["5.x", bullmq5]];
try {
  majors.push(["6.x", (await import("bullmq6" as string)) as BullmqModule]);
} catch (error) {
  if (servicesRequired) throw new Error(`bullmq6 (npm:bullmq@^6) is not installed: run npm ci (${String(error)})`);
  console.log("skipped: the BullMQ 6.x runs need the dev dependency bullmq6 (npm ci)");
}

describe.skipIf(!up).each(majors)("BullMQ runner on the Redis server, BullMQ %s", (major, bullmq) => {
  const run = uniqueName(`lc-bullmq${major[0]}`);
  let redis: Redis;
  const runners: BullmqRunner[] = [];
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    for (const r of runners) await r.close(1000);
    for (const pattern of [`{${run}*`, `bull:${run}*`]) {
      const keys = await redis.keys(pattern);
      if (keys.length > 0) await redis.del(...keys);
    }
    redis.disconnect();
  });

  let n = 0;
  async function setup(
    options: { sendMs?: number; steps?: unknown[]; worker?: boolean; onJob?: (r: BullmqJobReport) => void; silentStore?: { silent: boolean } } = {},
  ) {
    const sent: { id: string; at: number }[] = [];
    const adapter: ChannelAdapter = {
      async send(touch) {
        if (options.sendMs !== undefined) await new Promise((r) => setTimeout(r, options.sendMs));
        sent.push({ id: touch.id, at: Date.now() });
        return { status: "sent" };
      },
    };
    const plan = quickPlan({
      steps: (options.steps ?? [
        { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
        { id: "email-2s", channel: "email", at: { after: "PT2S" } },
      ]) as never,
    });
    const store = createRedisStore({ redis, prefix: `${run}-${++n}` });
    const engine: Engine = createEngine({
      plans: [plan],
      adapters: { sms: adapter, email: adapter },
      ...(options.silentStore === undefined ? { store } : { store: silenced(store, options.silentStore), stopTimeoutMs: 1000 }),
    });
    const runner = await createBullmqRunner({
      engine,
      connection,
      queue: `${run}-${n}`,
      reconcileEveryMs: 60_000,
      worker: options.worker ?? true,
      concurrency: 4,
      bullmq,
      ...(options.onJob === undefined ? {} : { onJob: options.onJob }),
    });
    runners.push(runner);
    return { engine, runner, sent, store };
  }

  it("a delayed wake-up with a deterministic id runs the lead at its due instant; completed jobs leave Redis", async () => {
    const { engine, runner, sent } = await setup({
      steps: [
        { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
        { id: "email-5s", channel: "email", at: { after: "PT5S" } },
      ],
    });
    await engine.enroll(lead("a"), "quick");
    expect(sent.map((s) => s.id)).toEqual(["a/quick@1/sms-now#1"]);
    const dueAt = (await engine.get("a"))?.record.dueAt as number;
    await runner.schedule("a");
    await runner.schedule("a");
    const delayed = (await runner.queue.getDelayed()).filter((j) => j.name === "wake");
    expect(delayed.map((j) => j.id)).toEqual([wakeJobId("a", dueAt)]);
    expect(delayed[0]?.data).toEqual({ leadId: "a", dueAt });
    expect(wakeJobId("a", dueAt)).toMatch(/^w-[0-9a-f]{32}-\d+$/);
    await eventually(() => sent.length === 2);
    expect(sent[1]?.id).toBe("a/quick@1/email-5s#1");
    expect(sent[1]?.at).toBeGreaterThanOrEqual(dueAt);
    await eventually(async () => (await engine.get("a"))?.record.enrollments[0]?.state === "done");
    await eventually(async () => {
      const jobs = await runner.queue.getJobs(["completed", "failed", "delayed", "waiting", "active"]);
      return jobs.every((j) => j.name !== "wake");
    });
  });

  it("the reconciler re-queues a lead whose wake-up was never added", async () => {
    const web = await setup({ worker: false });
    await web.engine.enroll(lead("b"), "quick");
    // The web process forgets runner.schedule("b"): only the reconciler can find the lead.
    const workerSide = createEngine({
      plans: [
        quickPlan({
          steps: [
            { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
            { id: "email-2s", channel: "email", at: { after: "PT2S" } },
          ] as never,
        }),
      ],
      adapters: { sms: { send: () => ({ status: "sent" }) }, email: { send: () => ({ status: "sent" }) } },
      store: web.store,
    });
    const worker = await createBullmqRunner({ engine: workerSide, connection, queue: `${run}-${n}`, reconcileEveryMs: 60_000, reconcileGraceMs: 1, bullmq });
    runners.push(worker);
    await new Promise((r) => setTimeout(r, 2100));
    expect(await worker.reconcile()).toBe(1);
    await eventually(async () => (await web.engine.get("b"))?.record.enrollments[0]?.state === "done");
    const history = (await web.engine.get("b"))?.record.lead.history.filter((h) => h.type === "touch").map((h) => (h as { touchId: string }).touchId);
    expect(history).toEqual(["b/quick@1/sms-now#1", "b/quick@1/email-2s#1"]);
  });

  it("a wake-up that finds its lead leased by another runner runs again once the lease is free, without the reconciler", async () => {
    const reports: BullmqJobReport[] = [];
    const { engine, runner, sent, store } = await setup({ steps: [{ id: "sms-1s", channel: "sms", at: { after: "PT1S" } }], onJob: (r) => reports.push(r) });
    await engine.enroll(lead("d"), "quick");
    const dueAt = (await engine.get("d"))?.record.dueAt as number;
    // Another runner holds the lead when its wake-up fires (it is killed before it schedules anything): the job must not just complete.
    const leaseUntil = Date.now() + 2500;
    expect(await store.claim("d", "killed-runner", leaseUntil, Date.now())).toBe(true);
    await runner.schedule("d");
    await eventually(() => sent.length === 1, 15_000);
    expect(sent[0]?.id).toBe("d/quick@1/sms-1s#1");
    expect(sent[0]?.at).toBeGreaterThanOrEqual(leaseUntil);
    // The onJob hook (for metrics or OpenTelemetry spans) saw the same job put back while busy, then run.
    // The hook reports a job once it has finished, which is after its send: wait for the report of the run.
    const ofWake = (): BullmqJobReport[] => reports.filter((r) => r.kind === "wake" && r.jobId === wakeJobId("d", dueAt));
    await eventually(() => ofWake().some((r) => r.result === "ran"));
    const wakes = ofWake();
    expect(wakes[0]).toMatchObject({ leadId: "d", result: "busy", putBack: true, attempt: 1 });
    expect(wakes.at(-1)).toMatchObject({ leadId: "d", result: "ran", attempt: 1 });
    expect(wakes.at(-1)?.putBack).toBeUndefined();
    await eventually(async () => (await engine.get("d"))?.record.enrollments[0]?.state === "done");
  });

  it("the reconciler runs on a job scheduler shared by the queue's runners", async () => {
    const { runner } = await setup();
    expect(runner.queue).toBeInstanceOf(bullmq.Queue);
    const schedulers = await runner.queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual(["lead-cadence-reconciler"]);
    expect(schedulers[0]?.every).toBe(60_000);
  });

  it("close waits for the job in hand: its send is recorded before close resolves", async () => {
    const { engine, runner, sent } = await setup({ sendMs: 400, steps: [{ id: "sms-1s", channel: "sms", at: { after: "PT1S" } }] });
    await engine.enroll(lead("c"), "quick");
    await runner.schedule("c");
    await eventually(async () => (await runner.queue.getActive()).some((j) => j.name === "wake"), 20_000);
    await runner.close(10_000);
    expect(sent.map((s) => s.id)).toEqual(["c/quick@1/sms-1s#1"]);
    const rec = (await engine.get("c"))?.record;
    expect(rec?.lead.history.some((h) => h.type === "touch" && h.touchId === "c/quick@1/sms-1s#1")).toBe(true);
    expect(rec?.enrollments[0]?.pending).toEqual({});
  });

  it("close past its timeout aborts the send in hand at once and records it as a retryable failure", async () => {
    // The adapter ignores its signal and answers after 6 s; the engine's own stopTimeoutMs is 10 s. close(300) used to wait for
    // the engine's stop timeout (its force-close of the worker was a no-op after the graceful one): 6 s here, recording "sent".
    const { engine, runner, sent } = await setup({ sendMs: 6000, steps: [{ id: "sms-1s", channel: "sms", at: { after: "PT1S" } }] });
    await engine.enroll(lead("e"), "quick");
    await runner.schedule("e");
    await eventually(async () => (await runner.queue.getActive()).some((j) => j.name === "wake"), 20_000);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    await runner.close(300);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sent).toEqual([]);
    const rec = (await engine.get("e"))?.record;
    expect(rec?.lead.history.some((h) => h.type === "touch")).toBe(false);
    expect(rec?.enrollments[0]?.pending["e/quick@1/sms-1s#1"]).toMatchObject({ attempts: 1 });
    expect(rec?.enrollments[0]?.pending["e/quick@1/sms-1s#1"]?.retryAt).toBeGreaterThan(0);
  });

  it("close is bounded when the store stops answering under the job in hand: it resolves naming the lead it abandoned", async () => {
    const silent = { silent: false };
    const { engine, runner } = await setup({ sendMs: 6000, steps: [{ id: "sms-1s", channel: "sms", at: { after: "PT1S" } }], silentStore: silent });
    await engine.enroll(lead("g"), "quick");
    await runner.schedule("g");
    await eventually(async () => (await runner.queue.getActive()).some((j) => j.name === "wake"), 20_000);
    await new Promise((r) => setTimeout(r, 200));
    // The send is in hand; from now on the store never answers: the aborted send's result cannot be written.
    silent.silent = true;
    const closed = runner.close(300);
    const hung = new Promise((r) => setTimeout(() => r("hung"), 30_000));
    expect(await Promise.race([closed, hung])).toEqual({ abandoned: ["g"] });
  });

  it("close(Infinity) waits for the job in hand however long it takes; a timeout that is no duration is an ArgumentError", async () => {
    // Node's setTimeout runs a delay it cannot hold (Infinity, NaN, a negative, above 2^31 - 1 ms) after 1 ms: close(Infinity) aborted the send.
    const { engine, runner, sent } = await setup({ sendMs: 1200, steps: [{ id: "sms-1s", channel: "sms", at: { after: "PT1S" } }] });
    for (const bad of [-1, Number.NaN, "10s", null]) {
      const error = await runner.close(bad as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "timeoutMs" });
    }
    await engine.enroll(lead("f"), "quick");
    await runner.schedule("f");
    await eventually(async () => (await runner.queue.getActive()).some((j) => j.name === "wake"), 20_000);
    await runner.close(Number.POSITIVE_INFINITY);
    expect(sent.map((s) => s.id)).toEqual(["f/quick@1/sms-1s#1"]);
    expect((await engine.get("f"))?.record.lead.history.some((h) => h.type === "touch" && h.touchId === "f/quick@1/sms-1s#1")).toBe(true);
  });

  it("schedule and reconcile after close reject with a typed error saying the runner is closed; close again resolves as the first", async () => {
    const { engine, runner } = await setup({ worker: false });
    await engine.enroll(lead("h"), "quick");
    const first = await runner.close(1000);
    expect(await runner.close(1000)).toEqual(first);
    for (const call of [() => runner.schedule("h"), () => runner.reconcile()]) {
      const error = await call().then(
        () => "resolved",
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: "EngineError", code: "engine_stopped" });
      expect((error as Error).message).toMatch(/closed/);
    }
  });

  it("a runner that fails to start closes what it opened and leaves the engine without its gate", async () => {
    // A key of the wrong type where the job scheduler goes (a queue name shared with something else) fails the start-up.
    const queue = `${run}-broken`;
    await redis.set(`bull:${queue}:repeat`, "not a hash");
    const opened: unknown[] = [];
    const Queue = class extends bullmq.Queue {
      constructor(...args: ConstructorParameters<typeof bullmq.Queue>) {
        super(...args);
        opened.push(this);
      }
    };
    const sent: string[] = [];
    const adapter: ChannelAdapter = { send: (touch) => (sent.push(touch.id), { status: "sent" }) };
    const plan = quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] as never });
    const engine = createEngine({ plans: [plan], adapters: { sms: adapter } });
    const failed = await createBullmqRunner({
      engine,
      connection,
      queue,
      limits: { sms: { max: 5, per: "PT1S" } },
      bullmq: { ...bullmq, Queue } as never,
    }).catch((e: unknown) => e);
    expect(String(failed)).toMatch(/WRONGTYPE/);
    // The queue's connection used to stay open (the process never exited), with the rate-limit gate on it installed on the engine.
    expect(opened).toHaveLength(1);
    await eventually(async () => (await redisClientOf(opened[0]))?.status === "end", 5000);
    await engine.enroll(lead("g"), "quick");
    expect(sent).toEqual(["g/quick@1/sms-now#1"]);
  });

  it("a channel limit spaces the sends it lets through", async () => {
    // BullMQ 6 has no Queue.client: the gate got no Redis client, and every rate-limited send failed ("reading 'eval'").
    const sent: { id: string; at: number }[] = [];
    const errors: string[] = [];
    const adapter: ChannelAdapter = { send: (touch) => (sent.push({ id: touch.id, at: Date.now() }), { status: "sent" }) };
    const plan = quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] as never });
    const engine = createEngine({ plans: [plan], adapters: { sms: adapter }, store: createRedisStore({ redis, prefix: `${run}-limited` }) });
    engine.on("touch:failed", (e) => errors.push(e.error));
    const runner = await createBullmqRunner({ engine, connection, queue: `${run}-limited`, worker: false, limits: { sms: { max: 1, per: "PT1S" } }, bullmq });
    runners.push(runner);
    await engine.enroll(lead("h1"), "quick");
    await engine.enroll(lead("h2"), "quick");
    expect(errors).toEqual([]);
    expect(sent.map((s) => s.id)).toEqual(["h1/quick@1/sms-now#1", "h2/quick@1/sms-now#1"]);
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("a wake-up that fires after the lead was forgotten elsewhere finds nothing and does nothing: reported absent, no send, no error, nothing written", async () => {
    const reports: BullmqJobReport[] = [];
    const { engine, runner, sent, store } = await setup({ onJob: (r) => reports.push(r) });
    const errors: unknown[] = [];
    engine.on("error", ({ error }) => errors.push(error));
    await engine.enroll(lead("gone"), "quick");
    await runner.schedule("gone");
    const dueAt = (await engine.get("gone"))?.record.dueAt as number;
    // The CRM's web process, an engine with no runner, erases the lead: the wake-up stays in the queue.
    const web = createEngine({
      plans: [quickPlan()],
      adapters: { sms: { send: () => ({ status: "sent" }) }, email: { send: () => ({ status: "sent" }) } },
      store,
    });
    expect(await web.forget("gone")).toBe(true);
    await eventually(() => reports.some((r) => r.kind === "wake" && r.leadId === "gone"));
    expect(reports.filter((r) => r.leadId === "gone").map((r) => ({ jobId: r.jobId, result: r.result }))).toEqual([
      { jobId: wakeJobId("gone", dueAt), result: "absent" },
    ]);
    expect(sent.map((s) => s.id)).toEqual(["gone/quick@1/sms-now#1"]);
    expect(errors).toEqual([]);
    expect(await store.get("gone")).toBeUndefined();
    expect(await redis.hget(store.keys.leases, "gone")).toBeNull();
    await eventually(async () => (await runner.queue.getJobs(["completed", "failed", "delayed", "waiting", "active"])).every((j) => j.name !== "wake"));
  });

  it("forget through the runner's engine drops the lead's wake-up: no job keeps its id in Redis", async () => {
    const { engine, runner, sent } = await setup({
      steps: [
        { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
        { id: "email-1h", channel: "email", at: { after: "PT1H" } },
      ],
    });
    await engine.enroll(lead("erased"), "quick");
    await runner.schedule("erased");
    const holding = async () => (await runner.queue.getJobs(["delayed", "waiting", "active"])).filter((j) => j.name === "wake" && j.data.leadId === "erased");
    expect(await holding()).toHaveLength(1);
    expect(await engine.forget("erased")).toBe(true);
    await eventually(async () => (await holding()).length === 0);
    expect(sent.map((s) => s.id)).toEqual(["erased/quick@1/sms-now#1"]);
  });

  it("rejects bad options with a typed error", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: { send: () => ({ status: "sent" }) }, email: { send: () => ({ status: "sent" }) } } });
    await expect(createBullmqRunner({ engine, connection, queue: "a:b" })).rejects.toThrow(/Expected queue to be a non-empty string without ":"/);
    await expect(createBullmqRunner({ engine: {} as never, connection })).rejects.toThrow(/Expected engine to be an Engine/);
    await expect(createBullmqRunner({ engine, connection, concurrency: 0 })).rejects.toThrow(/Expected concurrency to be a positive integer/);
    await expect(createBullmqRunner({ engine, connection, bullmq: {} as never })).rejects.toThrow(/Expected bullmq to be the bullmq module/);
    // A lead id that cannot be one scheduled nothing, silently: the caller's mistake (an id of the wrong type) went unseen.
    const web = await createBullmqRunner({ engine, connection, worker: false, queue: `${run}-args`, bullmq });
    runners.push(web);
    for (const bad of [42, "", undefined]) {
      const error = await web.schedule(bad as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "leadId" });
    }
    // Telemetry that is not BullMQ's ({ tracer, contextManager }) failed inside BullMQ with a TypeError on its first traced call.
    for (const telemetry of [{}, true, { tracer: {} }, { meter: {} }]) {
      const error = await createBullmqRunner({ engine, connection, queue: `${run}-telemetry`, telemetry: telemetry as never, bullmq }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "telemetry" });
      expect((error as Error).message).toMatch(
        /^Expected telemetry to be BullMQ's telemetry with tracing \(\{ tracer, contextManager \}, as bullmq-otel's BullMQOtel with traces\), got /,
      );
    }
    // A limit on a channel no adapter sends (a typo) was never enforced, silently.
    const typo = await createBullmqRunner({ engine, connection, queue: `${run}-typo`, limits: { smss: { max: 1, per: "PT1S" } }, bullmq }).catch(
      (e: unknown) => e,
    );
    expect(typo).toBeInstanceOf(ArgumentError);
    expect(typo).toMatchObject({ argument: "limits.smss", message: 'Expected limits for channels the engine has adapters for (email, sms), got "smss"' });
    // A string is not a boolean: "false" ran a worker in a process meant only to schedule.
    const worker = await createBullmqRunner({ engine, connection, worker: "false" as never }).catch((e: unknown) => e);
    expect(worker).toBeInstanceOf(ArgumentError);
    expect(worker).toMatchObject({ argument: "worker", message: 'Expected worker to be true or false, got "false" (string)' });
  });
});
