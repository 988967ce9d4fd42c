import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import { REMOVE } from "../../src/drivers/redis/scripts.js";
import { conformanceLead, storeConformance } from "../../src/testing/index.js";
import { REDIS_URL, serviceAvailable, uniqueName } from "../support/services.js";
import { twoRunners } from "./twoRunners.js";
import { forgottenLeases } from "./forgottenLeases.js";
import { skewedReply } from "../engine/skewedReply.js";
import { hostileReplies } from "../engine/hostileReplies.js";
import { instantMs } from "../../src/primitives/index.js";
import { createEngine, createManualClock, type ChannelAdapter } from "../../src/engine/index.js";
import { LeadValidationError } from "../../src/errors/index.js";
import { lead, quickPlan, recordingAdapter } from "../engine/fixtures.js";
import { replyDroppingProxy } from "../support/replyDroppingProxy.js";

const T = instantMs("2026-01-05T14:00:00Z");
const up = await serviceAvailable("redis");

describe.skipIf(!up)("Redis store on the Redis server", () => {
  const run = uniqueName("lc-test");
  let redis: Redis;
  let n = 0;
  beforeAll(() => {
    redis = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`{${run}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });
  const fresh = () => createRedisStore({ redis, prefix: `${run}-${++n}`, scanPageSize: 2 });
  storeConformance("redis", fresh, { describe, it });

  it("forget leaves no lease naming the lead: a crashed runner's expired one is dropped, a live one is its holder's to release", async () => {
    const store = fresh();
    await forgottenLeases(store, async (id) => (await redis.hget(store.keys.leases, id))?.replace(/^\d+:/, "") ?? null);
  });

  it("keeps every key of a store under one Cluster hash tag", async () => {
    const store = fresh();
    await store.write(conformanceLead("a", T), 0);
    await store.claim("a", "one", T + 1000, T);
    const keys = (await redis.keys(`{${run}-${n}}*`)).sort();
    expect(keys).toEqual([store.keys.due, store.keys.leads, store.keys.leases].sort());
    expect(keys.every((k) => k.startsWith(`{${run}-${n}}:`))).toBe(true);
  });

  it("reloads its scripts after the server's script cache is flushed", async () => {
    const store = fresh();
    await store.write(conformanceLead("a", T), 0);
    await redis.script("FLUSH");
    expect(await store.write(conformanceLead("a", T + 1), 1)).toEqual({ ok: true, version: 2 });
    expect(await store.due(T + 1, 10)).toEqual(["a"]);
  });

  it("claimDue takes a batch for one owner; the next runner gets the rest; leases follow the instant passed in", async () => {
    const store = fresh();
    for (let i = 0; i < 6; i++) await store.write(conformanceLead(`l${i}`, T + i), 0);
    expect(await store.claimDue(T + 10, 4, "one", T + 1000)).toEqual(["l0", "l1", "l2", "l3"]);
    expect(await store.claimDue(T + 10, 4, "two", T + 1000)).toEqual(["l4", "l5"]);
    expect(await store.due(T + 10, 10)).toEqual([]);
    expect(await store.claim("l0", "two", T + 2000, T + 500)).toBe(false);
    expect(await store.claimDue(T + 1000, 10, "three", T + 5000)).toEqual(["l0", "l1", "l2", "l3", "l4", "l5"]);
    // An empty owner would list without leasing (the script's sign for `due`): refused, nothing leased.
    await expect(store.claimDue(T + 9000, 10, "", T + 20_000)).rejects.toMatchObject({ name: "ArgumentError", argument: "owner" });
    expect(await store.claim("l0", "four", T + 20_000, T + 9000)).toBe(true);
  });

  it("concurrent batch claims from several connections are disjoint", async () => {
    const store = fresh();
    const ids = Array.from({ length: 300 }, (_, i) => `lead-${i}`);
    await Promise.all(ids.map((id, i) => store.write(conformanceLead(id, T + (i % 40)), 0)));
    const clients = Array.from({ length: 4 }, () => new Redis(REDIS_URL));
    try {
      const stores = clients.map((c) => createRedisStore({ redis: c, prefix: `${run}-${n}` }));
      const batches = await Promise.all(stores.map((s, w) => s.claimDue(T + 100, 100, `w${w}`, T + 10_000)));
      const all = batches.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(300);
    } finally {
      for (const c of clients) c.disconnect();
    }
  });

  it("two engines polling together send every touch once, through the batch claim", async () => {
    await twoRunners(fresh());
  });

  it("a runner whose clock is behind sends nothing after a reply another runner recorded; the lead is due at the reply's instant", async () => {
    await skewedReply(fresh());
  });

  it("an inbound reply with a NUL or an unpaired surrogate is recorded with U+FFFD in their place, as on every store, and its opt-out is in force", async () => {
    await hostileReplies(fresh());
  });

  it("a lead id with an unpaired surrogate is refused: UTF-8 writes every one as U+FFFD, and two leads would share one hash field", async () => {
    const engine = createEngine({
      plans: [quickPlan()],
      adapters: { sms: recordingAdapter(), email: recordingAdapter() },
      store: fresh(),
      clock: createManualClock(T),
    });
    // Two ids a CRM could make by cutting a name with an emoji after its first half (JavaScript strings are UTF-16).
    for (const id of ["lead-\ud83d", "lead-\ud83e"]) await expect(engine.enroll(lead(id), "quick")).rejects.toBeInstanceOf(LeadValidationError);
    expect(await engine.store.get("lead-\ud83e")).toBeUndefined();
    expect((await engine.enroll(lead("lead-\ud83d\ude00"), "quick")).leadId).toBe("lead-\ud83d\ude00");
  });

  it("a write whose reply is lost after Redis ran it (ioredis sends it again on reconnect) is recognised: record appends its event once, forget says the lead was there", async () => {
    const proxy = await replyDroppingProxy(new URL(REDIS_URL).hostname, Number(new URL(REDIS_URL).port || 6379));
    const client = new Redis(proxy.port, "127.0.0.1");
    try {
      const store = createRedisStore({ redis: client, prefix: `${run}-${++n}` });
      const engine = createEngine({
        plans: [quickPlan()],
        adapters: { sms: recordingAdapter(), email: recordingAdapter() },
        store,
        clock: createManualClock(T),
      });
      await engine.enroll(lead("a"), "quick");
      proxy.dropReplyTo("lost-reply-marker");
      await engine.record("a", { type: "inbound", channel: "sms", text: "lost-reply-marker: what time works?" });
      expect(proxy.dropped).toBe(1);
      const history = (await engine.get("a"))?.record.lead.history ?? [];
      expect(history.filter((h) => h.type === "inbound")).toHaveLength(1);

      // forget's remove, run twice the same way, finds the lead gone: it was there, and forget says so.
      await engine.enroll(lead("lost-remove-marker"), "quick");
      // The request to lose is the remove script's (forget reads the lead first, with the same id in it).
      proxy.dropReplyTo(String(await redis.script("LOAD", REMOVE)));
      expect(await engine.forget("lost-remove-marker")).toBe(true);
      expect(proxy.dropped).toBe(2);
      expect(await engine.get("lost-remove-marker")).toBeUndefined();
    } finally {
      client.disconnect();
      await proxy.close();
    }
  });

  it("a send a dead runner left in flight, in an enrolment then ended, is recorded without an outcome once its lease expires", async () => {
    const store = fresh();
    // The runner dies inside the adapter call: its answer never comes, its clock (and timeout) never moves again.
    const hang: ChannelAdapter = { send: () => new Promise(() => {}) };
    const dead = createEngine({ plans: [quickPlan()], adapters: { sms: hang, email: hang }, store, clock: createManualClock(T), owner: "dead" });
    void dead.enroll(lead("a"), "quick");
    for (let i = 0; i < 100 && (await store.get("a")) === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    const inFlight = (await store.get("a"))?.record.enrollments[0]?.pending["a/quick@1/sms-now#1"];
    expect(inFlight?.sendingSince).toBe(T);

    const clock = createManualClock(T + 1000);
    const live = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, store, clock, owner: "live" });
    await live.unenroll("a", "lost interest");
    clock.advance(2 * 60_000); // past the dead runner's lease
    await live.runDue();
    const rec = (await live.get("a"))?.record;
    expect(rec?.enrollments[0]?.pending).toEqual({});
    // Without an outcome: the provider may have taken it (caps and reports count it).
    const touch = {
      type: "touch",
      touchId: "a/quick@1/sms-now#1",
      planId: "quick",
      stepId: "sms-now",
      channel: "sms",
      attempt: 1,
      at: new Date(T).toISOString(),
    };
    expect(rec?.lead.history).toContainEqual(touch);
    expect(rec?.lead.history).toContainEqual(
      expect.objectContaining({ type: "event", name: "touch_unconfirmed", data: expect.objectContaining({ touchId: "a/quick@1/sms-now#1" }) }),
    );
    expect(rec?.dueAt).toBeNull();
  });

  it("rejects a prefix with braces and a client that is not ioredis", () => {
    expect(() => createRedisStore({ redis, prefix: "a{b}" })).toThrow(/Expected prefix to be a non-empty string without braces/);
    expect(() => createRedisStore({ redis: {} as never })).toThrow(/Expected redis to be an ioredis/);
  });
});
