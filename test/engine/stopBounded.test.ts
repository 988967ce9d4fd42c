import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type ManualClock, type Store } from "../../src/engine/index.js";
import { flush, hang, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/**
 * A memory store seen through a wrapper (the engine's ordinary store path) whose calls, once `silence()` is called (or after
 * `answers` calls), never settle.
 */
function silentStore(answers = Number.POSITIVE_INFINITY): { store: Store; silence(): void } {
  const base = createMemoryStore();
  let silent = false;
  let left = answers;
  const never = <T>(call: () => Promise<T>): Promise<T> => (silent || left-- <= 0 ? new Promise<T>(() => {}) : call());
  const store: Store = {
    get: (id) => never(() => base.get(id)),
    write: (r, v) => never(() => base.write(r, v)),
    remove: (id, v) => never(() => base.remove(id, v)),
    due: (at, limit) => never(() => base.due(at, limit)),
    claim: (id, owner, until, now) => never(() => base.claim(id, owner, until, now)),
    release: (id, owner) => never(() => base.release(id, owner)),
    scan: () => base.scan(),
  };
  return { store, silence: () => (silent = true) };
}

/** Advances the manual clock a step at a time until `p` settles; fails after `steps` steps (a hang). */
async function settleWhileAdvancing<T>(clock: ManualClock, p: Promise<T>, stepMs: number, steps = 100): Promise<T> {
  let settled = false;
  const watched = p.finally(() => (settled = true));
  for (let i = 0; i < steps && !settled; i++) {
    await flush();
    if (!settled) clock.advance(stepMs);
  }
  await flush();
  if (!settled) throw new Error(`still pending after ${steps} steps of ${stepMs} ms: it hangs`);
  return watched;
}

/** A started engine (stopTimeoutMs 2 s) whose one SMS is in flight (it hangs until aborted) on a store that is about to stop answering. */
async function inFlightOnSilentStore() {
  const clock = createManualClock(START);
  const { store, silence } = silentStore();
  const sms = recordingAdapter((_t, ctx) => hang(ctx.signal));
  const engine = createEngine({
    plans: [quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] })],
    adapters: { sms },
    store,
    clock,
    stopTimeoutMs: 2000,
    sendTimeoutMs: 60_000,
    leaseMs: 300_000,
  });
  await engine.enroll(lead("a"), "quick");
  clock.advance(MINUTE);
  const run = engine.runLead("a");
  await flush();
  expect(sms.calls).toHaveLength(1);
  silence();
  return { clock, engine, store, run };
}

describe("stop when the store never answers", () => {
  it("resolves within its timeout and the engine's stopTimeoutMs after it, naming the leads whose work it abandoned", async () => {
    const { clock, engine, run } = await inFlightOnSilentStore();
    const ended = run.catch((e: unknown) => e);
    const result = await settleWhileAdvancing(clock, engine.stop(), 1000);
    expect(result).toEqual({ abandoned: ["a"] });
    // The call whose work was abandoned ends too, with a typed error saying why.
    expect(await ended).toMatchObject({ name: "EngineError", code: "engine_stopped" });
    expect(clock.pending()).toBe(0);
  });

  it("abandons a call waiting for the store (record), leaving what was written: its caller gets engine_stopped", async () => {
    const clock = createManualClock(START);
    const { store, silence } = silentStore();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, store, clock, stopTimeoutMs: 2000 });
    await engine.enroll(lead("a"), "quick");
    const before = await store.get("a");
    silence();
    const recorded = engine.record("a", { type: "status", status: "contacted" }).catch((e: unknown) => e);
    expect(await settleWhileAdvancing(clock, engine.stop(), 1000)).toEqual({ abandoned: ["a"] });
    expect(await recorded).toMatchObject({ name: "EngineError", code: "engine_stopped" });
    const kept = [];
    for await (const v of store.scan()) kept.push(v);
    expect(kept).toEqual([before]);
  });

  it("stop(0) aborts at once, then gives up on the store after stopTimeoutMs", async () => {
    const { clock, engine, run } = await inFlightOnSilentStore();
    const ended = run.catch((e: unknown) => e);
    const result = await settleWhileAdvancing(clock, engine.stop(0), 1000);
    expect(result).toEqual({ abandoned: ["a"] });
    expect(await ended).toMatchObject({ code: "engine_stopped" });
  });
});

/** A memory store whose next `due` query waits until `release()` (a slow due-index read). */
function slowDueStore(): { store: Store; holdNextDue(): void; release(): void } {
  const base = createMemoryStore();
  let hold: Promise<void> | undefined;
  let release: () => void = () => {};
  const store: Store = {
    get: (id) => base.get(id),
    write: (r, v) => base.write(r, v),
    remove: (id, v) => base.remove(id, v),
    due: async (at, limit) => {
      const wait = hold;
      hold = undefined;
      if (wait !== undefined) await wait;
      return base.due(at, limit);
    },
    claim: (id, owner, until, now) => base.claim(id, owner, until, now),
    release: (id, owner) => base.release(id, owner),
    scan: () => base.scan(),
  };
  return {
    store,
    holdNextDue: () => {
      hold = new Promise((r) => (release = r));
    },
    release: () => release(),
  };
}

describe("stop during a polling pass", () => {
  it("the pass a timer started takes no lead once stop is called, and leaves no timer behind, also when start is called again", async () => {
    const clock = createManualClock(START);
    const { store, holdNextDue, release } = slowDueStore();
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] })], adapters: { sms }, store, clock });
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    holdNextDue();
    engine.start();
    await flush();
    // The pass waits for its due query; stop finds no call in hand and resolves.
    expect(await engine.stop()).toEqual({ abandoned: [] });
    release();
    await flush();
    await flush();
    // The lead was due before stop, but the stopped pass did not take it: nothing is sent after stop resolved.
    expect(sms.calls).toHaveLength(0);
    expect(clock.pending()).toBe(0);

    // Started again while the first pass is still waiting: one polling timer, not two.
    holdNextDue();
    engine.start();
    await flush();
    await engine.stop();
    engine.start();
    await flush();
    release();
    await flush();
    await flush();
    expect(sms.calls).toHaveLength(1);
    expect(clock.pending()).toBe(1);
    await engine.stop();
    expect(clock.pending()).toBe(0);
  });
});

describe("stop while a drive is in hand", () => {
  it("no new send starts once stop is called: the send in hand is recorded and the next step is left due for the next runner", async () => {
    const clock = createManualClock(START);
    let answer: (r: { status: "sent" }) => void = () => {};
    const sms = recordingAdapter(() => new Promise((resolve) => (answer = resolve)));
    const email = recordingAdapter();
    const plan = quickPlan({
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-after-sms", channel: "email", at: { after: "PT0S", from: { step: "sms-1m" } } },
      ],
    });
    const engine = createEngine({ plans: [plan], adapters: { sms, email }, clock, stopTimeoutMs: 2000 });
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    const run = engine.runLead("a");
    await flush();
    expect(sms.calls).toHaveLength(1);
    const stopped = engine.stop();
    answer({ status: "sent" });
    expect(await stopped).toEqual({ abandoned: [] });
    expect(await run).toBe("ran");
    expect(email.calls).toHaveLength(0);
    const rec = (await engine.get("a"))?.record;
    expect(rec?.lead.history.filter((h) => h.type === "touch").map((h) => h.type === "touch" && h.touchId)).toEqual(["a/quick@1/sms-1m#1"]);
    expect(rec?.dueAt).toBe(clock.now());
    // The next runner (or this one started again) sends it.
    await engine.runDue();
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-after-sms#1"]);
  });
});

describe("stop never hangs (property)", () => {
  it("whenever the store stops answering, stop resolves, every call in hand ends, and no timer is left", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(40), fc.constantFrom(0, 1000, undefined), fc.boolean(), async (answers, timeoutMs, hangingSend) => {
        const clock = createManualClock(START);
        const { store } = silentStore(answers);
        const sms = recordingAdapter((_t, ctx) => (hangingSend ? hang(ctx.signal) : { status: "sent" }));
        const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, store, clock, stopTimeoutMs: 2000 });
        const ended: unknown[] = [];
        const calls = [engine.enroll(lead("a"), "quick"), engine.enroll(lead("b"), "quick"), engine.record("a", { type: "status", status: "contacted" })];
        for (const c of calls)
          c.then(
            () => ended.push("ok"),
            (e: unknown) => ended.push(e),
          );
        await flush();
        clock.advance(5 * MINUTE);
        engine.start();
        await flush();
        const result = await settleWhileAdvancing(clock, engine.stop(timeoutMs), 1000);
        await flush();
        expect(result.abandoned.every((id) => id === "a" || id === "b")).toBe(true);
        // Every call ends: done, abandoned (engine_stopped), or refused for what it is (a record before the lead is stored).
        expect(ended).toHaveLength(calls.length);
        for (const e of ended) if (e !== "ok") expect(e).toMatchObject({ name: "EngineError", code: expect.stringMatching(/^(engine_stopped|unknown_lead)$/) });
        expect(clock.pending()).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
