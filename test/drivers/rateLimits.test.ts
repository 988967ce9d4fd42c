import fc from "fast-check";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBullmqRunner, type BullmqRunner } from "../../src/drivers/bullmq/index.js";
import { resolveLimits } from "../../src/drivers/bullmq/limits.js";
import { IDLE_WINDOW_MS, rateLimitGate, reserveSlot } from "../../src/drivers/bullmq/rateLimitGate.js";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import { createEngine, type ChannelAdapter, type TouchDeferredEvent } from "../../src/engine/index.js";
import { lead, quickPlan } from "../engine/fixtures.js";
import { REDIS_URL, serviceAvailable, uniqueName } from "../support/services.js";

describe("limits option", () => {
  it("reads ISO windows and refuses what is not a limit, naming the entry", () => {
    expect(resolveLimits({ sms: { max: 1, per: "PT1S", key: "from-number" }, email: { max: 100, per: "PT1M" } })).toEqual(
      new Map([
        ["sms", { max: 1, per: "PT1S", perMs: 1000, key: "from-number" }],
        ["email", { max: 100, per: "PT1M", perMs: 60_000 }],
      ]),
    );
    expect(resolveLimits({ call: { max: 500, per: "P1D" } }).get("call")?.perMs).toBe(86_400_000);
    expect(() => resolveLimits({ sms: { max: 0, per: "PT1S" } })).toThrow(/Expected limits.sms.max to be a positive integer, got 0/);
    expect(() => resolveLimits({ sms: { max: 1, per: "1s" } })).toThrow(/ISO-8601 duration/);
    expect(() => resolveLimits({ sms: { max: 1, per: "P1M" } })).toThrow(/limits.sms.per to be a positive duration without months or years/);
    expect(() => resolveLimits({ sms: { max: 1, per: "PT1S", key: "" } })).toThrow(/limits.sms.key to be a lead attribute name/);
    expect(() => resolveLimits([])).toThrow(/Expected limits to be an object/);
    // A Map has no own entries, a misspelt key limits the whole channel: both refused, never read as no limit.
    expect(() => resolveLimits(new Map([["sms", { max: 1, per: "PT1S" }]]))).toThrow(/Expected limits to be an object of channel limits/);
    expect(() => resolveLimits({ sms: { max: 1, per: "PT1S", kye: "from-number" } })).toThrow(/Expected limits.sms to hold only max, per and key, got "kye"/);
  });
});

const up = await serviceAvailable("redis");
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };

describe.skipIf(!up)("per-channel rate limits on the Redis server", () => {
  const run = uniqueName("lc-limits");
  let redis: Redis;
  const runners: BullmqRunner[] = [];
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    for (const r of runners) await r.close(1000);
    for (const pattern of [`{${run}*`, `bull:${run}*`, `${run}*`]) {
      const keys = await redis.keys(pattern);
      if (keys.length > 0) await redis.del(...keys);
    }
    redis.disconnect();
  });

  it("never reserves more than max slots in any window of per, and refuses a slot past the horizon", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 1500 }), horizon: fc.integer({ min: 0, max: 5000 }) }), { minLength: 1, maxLength: 30 }),
        async (max, perMs, requests) => {
          const key = `${run}:window:${++n}`;
          let now = 1_000_000;
          const slots: number[] = [];
          for (const r of requests) {
            now += r.gap;
            const { reserved, waitMs } = await reserveSlot(redis, key, { max, perMs }, r.horizon, now);
            expect(waitMs).toBeGreaterThanOrEqual(0);
            if (!reserved) {
              expect(waitMs).toBeGreaterThan(r.horizon);
              continue;
            }
            expect(waitMs).toBeLessThanOrEqual(r.horizon);
            slots.push(now + waitMs);
          }
          for (const s of slots) expect(slots.filter((o) => o > s - perMs && o <= s).length).toBeLessThanOrEqual(max);
          // Nothing waits longer than the window asks: with fewer than max reserved in the last `per`, a slot is free now.
          await redis.del(key);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a slot stays reserved however long the next call takes: a window's expiry only collects idle keys", async () => {
    // The test's clock stands still while real time passes: only the window's own pruning may free a slot, never its key's expiry.
    const key = `${run}:slow-caller`;
    const first = await reserveSlot(redis, key, { max: 1, perMs: 5 }, 0, 1_000_000);
    expect(first).toEqual({ reserved: true, waitMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await reserveSlot(redis, key, { max: 1, perMs: 5 }, 0, 1_000_002)).toEqual({ reserved: false, waitMs: 3 });
    expect(await reserveSlot(redis, key, { max: 1, perMs: 5 }, 10, 1_000_002)).toEqual({ reserved: true, waitMs: 3 });
    // Idle keys still go: each lives a bounded time after its latest slot.
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(IDLE_WINDOW_MS + 5 + 3);
    await redis.del(key, `${key}:told`);
  });

  it("one SMS per second per sending number across two workers: sends are spaced, deferred past the wait, never dropped", async () => {
    const queue = `${run}-sms`;
    const store = createRedisStore({ redis, prefix: `${run}-sms` });
    const sent: { id: string; from: unknown; at: number }[] = [];
    const plan = quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] as never });
    const deferred: TouchDeferredEvent[] = [];
    const limits = { sms: { max: 1, per: "PT1S", key: "from-number" } };
    const make = async (worker: boolean) => {
      const adapter: ChannelAdapter = {
        send(touch, l) {
          sent.push({ id: touch.id, from: l.attributes["from-number"], at: Date.now() });
          return { status: "sent" };
        },
      };
      const engine = createEngine({ plans: [plan], adapters: { sms: adapter }, store });
      engine.on("touch:deferred", (e) => deferred.push(e));
      const runner = await createBullmqRunner({ engine, connection, queue, worker, limits, limitWaitMs: 300, reconcileEveryMs: 60_000, concurrency: 4 });
      runners.push(runner);
      return { engine, runner };
    };
    const web = await make(false);
    await make(true);
    await make(true);
    const leads = [0, 1, 2, 3].map((i) => lead(`s${i}`, { attributes: { "from-number": "+15550001" } }));
    leads.push(lead("t0", { attributes: { "from-number": "+15550002" } }));
    const started = Date.now();
    await Promise.all(
      leads.map(async (l) => {
        await web.engine.enroll(l, "quick");
        await web.runner.schedule(l.id as string);
      }),
    );
    const until = Date.now() + 20_000;
    while (sent.length < leads.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(sent.map((s) => s.id).sort()).toEqual(leads.map((l) => `${l.id}/quick@1/sms-now#1`).sort());
    const first = sent.filter((s) => s.from === "+15550001").map((s) => s.at);
    // Slots are a second apart; a send leaves a scheduler's delay after its slot, so one made late (a loaded machine: 14 ms seen) brings the next nearer.
    for (let i = 1; i < first.length; i++) expect((first[i] as number) - (first[i - 1] as number)).toBeGreaterThanOrEqual(950);
    // Another sending number has its own window.
    expect((sent.find((s) => s.from === "+15550002")?.at ?? Infinity) - started).toBeLessThan(1000);
    // Sends past the 300 ms wait were deferred through the engine, not dropped nor failed.
    expect(deferred.length).toBeGreaterThan(0);
    expect(deferred[0]?.reason).toBe("rate limit: 1 sms per PT1S per from-number");
    for (const l of leads) {
      const rec = (await store.get(l.id as string))?.record;
      expect(rec?.enrollments[0]?.state).toBe("done");
      expect(rec?.lead.history.filter((h) => h.type === "touch")).toHaveLength(1);
    }
    // The window's key names a hash of the number, never the number.
    expect((await redis.keys(`bull:${queue}:limit:*`)).some((k) => k.includes("5550001"))).toBe(false);
  });

  it("touches refused together are told retry times one slot apart, so they do not all come back at once and be refused again", async () => {
    // Every refused touch was told the same instant (the window's next free slot): N touches due together came back together,
    // one got the slot and the others were deferred again, N(N-1)/2 deferrals in all (5,000 SMS through one number: 12.5 million).
    const limits = resolveLimits({ sms: { max: 2, per: "PT1S" } });
    const gate = rateLimitGate({ client: redis, limits, keyPrefix: `${run}-herd`, maxWaitMs: 0, now: () => Date.now(), clockRate: 1 });
    const touch = { channel: "sms" } as never;
    const someone = { attributes: {} } as never;
    const signal = new AbortController().signal;
    const answers = await Promise.all(Array.from({ length: 10 }, () => gate(touch, someone, { signal } as never)));
    const retries = answers.flatMap((a) => (a === undefined ? [] : [a.retryAt])).sort((a, b) => a - b);
    expect(retries).toHaveLength(8);
    // One window's worth of slots, two per second: 500 ms apart (less the few ms the calls' server clocks differ by).
    for (let i = 1; i < retries.length; i++) expect((retries[i] as number) - (retries[i - 1] as number)).toBeGreaterThanOrEqual(400);
    expect((retries.at(-1) as number) - (retries[0] as number)).toBeLessThan(8 * 500);
  });

  it("twelve SMS due together through one number are deferred about once each, not again and again", async () => {
    const queue = `${run}-burst`;
    const store = createRedisStore({ redis, prefix: `${run}-burst` });
    const plan = quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] as never });
    const sent: number[] = [];
    const deferred: TouchDeferredEvent[] = [];
    const adapter: ChannelAdapter = { send: () => (sent.push(Date.now()), { status: "sent" }) };
    const engine = createEngine({ plans: [plan], adapters: { sms: adapter }, store });
    engine.on("touch:deferred", (e) => deferred.push(e));
    const limits = { sms: { max: 1, per: "PT0.25S" } };
    const runner = await createBullmqRunner({ engine, connection, queue, worker: true, limits, limitWaitMs: 20, reconcileEveryMs: 60_000, concurrency: 12 });
    runners.push(runner);
    const leads = Array.from({ length: 12 }, (_, i) => lead(`b${i}`));
    for (const l of leads) await engine.enroll(l, "quick");
    await Promise.all(leads.map((l) => runner.schedule(l.id as string)));
    const until = Date.now() + 30_000;
    while (sent.length < leads.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(sent).toHaveLength(12);
    // Slots are 250 ms apart on the Redis server's clock; the adapter reads this process's clock after a timer (a few ms either way).
    for (let i = 1; i < sent.length; i++) expect((sent[i] as number) - (sent[i - 1] as number)).toBeGreaterThanOrEqual(235);
    // Told one slot each, the eleven that could not go at once come back one by one: about one deferral each (a job
    // that fires late delays the slots after it, and past the 20 ms wait one is deferred again). Told the same instant,
    // they were refused again and again: 11 + 10 + … + 1 = 66 (57 measured).
    expect(deferred.length).toBeLessThanOrEqual(2 * 11);
  });

  it("a send aborted while it waits for its slot stops waiting at once, also when aborted before the wait began", async () => {
    // An abort that came while the slot was being reserved (engine.stop(0) at the runner's close timeout) left the wait to run
    // its full length: a live timer of up to limitWaitMs after close.
    const limits = resolveLimits({ sms: { max: 1, per: "PT2S" } });
    const gate = rateLimitGate({ client: redis, limits, keyPrefix: `${run}-abort`, maxWaitMs: 3000, now: () => Date.now(), clockRate: 1 });
    const touch = { channel: "sms" } as never;
    const someone = { attributes: {} } as never;
    expect(await gate(touch, someone, { signal: new AbortController().signal } as never)).toBeUndefined();
    const aborted = new AbortController();
    aborted.abort(new Error("engine stopped"));
    const started = Date.now();
    expect(await gate(touch, someone, { signal: aborted.signal } as never)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
  });
});
