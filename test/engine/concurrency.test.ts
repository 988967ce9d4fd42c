import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type ChannelAdapter } from "../../src/engine/index.js";
import { flush, HOUR, lead, MINUTE, quickPlan, recordingAdapter, skewedRunners } from "./fixtures.js";

/** An adapter that records, per touch id, every owner that sent it (after a tick, so sends interleave). */
function recordingOwner(sends: Map<string, string[]>, owner: string): ChannelAdapter {
  return {
    async send(touch) {
      await flush();
      sends.set(touch.id, [...(sends.get(touch.id) ?? []), owner]);
      return { status: "sent" };
    },
  };
}

describe("several runners on one store", () => {
  it("two engines running runDue concurrently never send the same touch twice", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const store = createMemoryStore();
    const sends = new Map<string, string[]>();
    const adapter = (owner: string): ChannelAdapter => recordingOwner(sends, owner);
    const plan = quickPlan({
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-2m", channel: "email", at: { after: "PT2M" } },
      ],
    });
    const make = (owner: string) =>
      createEngine({ plans: [plan], adapters: { sms: adapter(owner), email: adapter(owner) }, store, clock, owner, concurrency: 16, batchSize: 50 });
    const a = make("A");
    const b = make("B");
    const N = 1500;
    for (let i = 0; i < N; i++) await (i % 2 === 0 ? a : b).enroll(lead(`L${i}`), "quick");
    for (let step = 0; step < 4; step++) {
      clock.advance(MINUTE);
      await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    }
    expect(sends.size).toBe(2 * N);
    expect([...sends.values()].filter((owners) => owners.length !== 1)).toEqual([]);
    const owners = new Set([...sends.values()].flat());
    expect(owners).toEqual(new Set(["A", "B"]));
  });

  it("two engines, leads enrolled in several plans (and again in one): never the same touch twice", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const store = createMemoryStore();
    const sends = new Map<string, string[]>();
    const adapter = (owner: string): ChannelAdapter => recordingOwner(sends, owner);
    const alpha = quickPlan({
      id: "alpha",
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-2m", channel: "email", at: { after: "PT2M" } },
      ],
    });
    const beta = quickPlan({ id: "beta", steps: [{ id: "email-1m", channel: "email", at: { after: "PT1M" } }] });
    const gamma = quickPlan({ id: "gamma", steps: [{ id: "sms-3m", channel: "sms", at: { after: "PT3M" } }] });
    const make = (owner: string) =>
      createEngine({
        plans: [alpha, beta, gamma],
        adapters: { sms: adapter(owner), email: adapter(owner) },
        store,
        clock,
        owner,
        concurrency: 8,
        batchSize: 40,
      });
    const engines = [make("A"), make("B")] as const;
    const pick = (i: number) => (i % 2 === 0 ? engines[0] : engines[1]);
    const N = 300;
    for (let i = 0; i < N; i++) {
      await pick(i).enroll(lead(`L${i}`), "alpha");
      await pick(i + 1).enroll(lead(`L${i}`), "beta");
      if (i % 3 === 0) await pick(i).enroll(lead(`L${i}`), "gamma");
    }
    for (let step = 0; step < 6; step++) {
      clock.advance(MINUTE);
      await Promise.all([engines[0].runDue(), engines[1].runDue(), engines[0].runDue(), engines[1].runDue()]);
    }
    // Enrolled again in alpha once the first enrolment ended, from either engine, while both run.
    await Promise.all(Array.from({ length: N }, (_, i) => pick(i + 1).enroll(lead(`L${i}`), "alpha")));
    for (let step = 0; step < 6; step++) {
      clock.advance(MINUTE);
      await Promise.all([engines[0].runDue(), engines[1].runDue(), engines[1].runDue(), engines[0].runDue()]);
    }
    expect(sends.size).toBe(N * (2 + 1 + 2) + Math.ceil(N / 3));
    expect([...sends.values()].filter((owners) => owners.length !== 1)).toEqual([]);
    expect([...sends.keys()].filter((k) => k.includes("/alpha:2@"))).toHaveLength(2 * N);
  });

  it("events recorded while a runner is sending are never lost (compare-and-set retries from a fresh read)", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const store = createMemoryStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const engine = createEngine({
      plans: [quickPlan({ exits: [] })],
      adapters: { sms: { send: async () => (await gate, { status: "sent" }) }, email: { send: () => ({ status: "sent" }) } },
      store,
      clock,
    });
    const enrolled = engine.enroll(lead("a"), "quick");
    await flush();
    await Promise.all([
      engine.record("a", { type: "event", name: "one" }),
      engine.record("a", { type: "status", status: "contacted" }),
      engine.record("a", { type: "inbound", channel: "email", text: "hi" }),
    ]);
    release();
    await enrolled;
    const types = (await engine.get("a"))?.record.lead.history.map((h) => h.type).sort();
    expect(types).toEqual(["event", "inbound", "status", "touch"]);
  });
});

describe("several runners, any interleaving", () => {
  it("never delivers a touch twice, whatever the number of runners, their schedule and the adapters' latency", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 3 })), { minLength: 4, maxLength: 24 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }),
        async (runners, schedule, yields) => {
          const clock = createManualClock("2026-03-09T14:00:00Z");
          const store = createMemoryStore();
          const sends = new Map<string, number>();
          let n = 0;
          const adapter: ChannelAdapter = {
            async send(touch) {
              for (let i = 0; i < (yields[n++ % yields.length] as number); i++) await Promise.resolve();
              sends.set(touch.id, (sends.get(touch.id) ?? 0) + 1);
              return { status: "sent" };
            },
          };
          const plan = quickPlan({
            steps: [
              { id: "a", channel: "sms", at: { after: "PT1M" } },
              { id: "b", channel: "email", at: { after: "PT2M" } },
            ],
          });
          const engines = Array.from({ length: runners }, (_, i) =>
            createEngine({ plans: [plan], adapters: { sms: adapter, email: adapter }, store, clock, owner: `r${i}`, concurrency: 3, batchSize: 4 }),
          );
          for (let i = 0; i < 12; i++) await (engines[0] as (typeof engines)[number]).enroll(lead(`L${i}`), "quick");
          const passes: Promise<unknown>[] = [];
          for (const [who, advance] of schedule) {
            clock.advance(advance * 30_000);
            passes.push((engines[who % runners] as (typeof engines)[number]).runDue());
            if (advance === 0) await flush();
          }
          await Promise.all(passes);
          clock.advance(10 * MINUTE);
          await Promise.all(engines.map((e) => e.runDue()));
          expect([...sends.values()].every((c) => c === 1)).toBe(true);
          expect(sends.size).toBe(24);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("lease renewal", () => {
  it("a runner that lost its lease does not send; the lead stays due for the new owner", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const inner = createMemoryStore();
    let slowWrites = false;
    const store = {
      ...inner,
      get: inner.get,
      due: inner.due,
      release: inner.release,
      scan: inner.scan,
      async write(record: Parameters<typeof inner.write>[0], version: number) {
        const r = await inner.write(record, version);
        if (slowWrites) {
          clock.advance(40_000);
          await inner.claim(record.lead.id, "intruder", clock.now() + 60_000, Number.MAX_SAFE_INTEGER);
        }
        return r;
      },
      claim: inner.claim,
    };
    const calls: string[] = [];
    const sms: ChannelAdapter = { send: (t) => (calls.push(t.id), { status: "sent" }) };
    const plan = quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] });
    const a = createEngine({ plans: [plan], adapters: { sms }, store, clock, owner: "A", leaseMs: 60_000 });
    await a.enroll(lead("x"), "quick");
    clock.advance(MINUTE);
    slowWrites = true;
    await a.runDue();
    slowWrites = false;
    expect(calls).toEqual([]);
    const b = createEngine({ plans: [plan], adapters: { sms }, store: inner, clock, owner: "B" });
    clock.advance(61_000);
    await b.runDue();
    expect(calls).toEqual(["x/quick@1/sms-1m#1"]);
  });

  it("a runner that stalled past its lease and wrote a new attempt's marker does not make the new owner's sent touch go out again", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const store = createMemoryStore();
    let stall: Promise<void> | undefined;
    // B's store is the same data through another object: its first read waits until the test lets it go (a long GC pause).
    const stalled: typeof store = Object.assign(Object.create(store) as typeof store, {
      async get(id: string) {
        if (stall !== undefined) await stall;
        return store.get(id);
      },
    });
    const calls: string[] = [];
    let answer: () => void = () => undefined;
    const sms: ChannelAdapter = {
      send: (t) => {
        calls.push(t.id);
        if (calls.length > 1) return { status: "sent" };
        return new Promise((resolve) => (answer = () => resolve({ status: "sent" })));
      },
    };
    const plan = quickPlan({
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-1h", channel: "email", at: { after: "PT1H" } },
      ],
    });
    const a = createEngine({ plans: [plan], adapters: { sms, email: recordingAdapter() }, store, clock, owner: "A", leaseMs: 60_000 });
    const b = createEngine({ plans: [plan], adapters: { sms, email: recordingAdapter() }, store: stalled, clock, owner: "B", leaseMs: 60_000 });
    await a.enroll(lead("x"), "quick");
    clock.advance(MINUTE);
    let resume: () => void = () => undefined;
    stall = new Promise((r) => (resume = r));
    const bRun = b.runLead("x");
    await flush();
    // B holds the lease and stalls past it; A takes the lead over and starts the send.
    clock.advance(61_000);
    const aRun = a.runLead("x");
    await flush();
    expect(calls).toEqual(["x/quick@1/sms-1m#1"]);
    // B wakes up, reads the lead with A's send in flight and marks a new attempt, then finds its lease gone.
    stall = undefined;
    resume();
    await bRun;
    answer();
    await aRun;
    expect(calls).toEqual(["x/quick@1/sms-1m#1"]);
    const rec = (await a.get("x"))?.record;
    expect(rec?.enrollments[0]?.pending).toEqual({});
    expect(rec?.lead.history.filter((h) => h.type === "touch")).toEqual([expect.objectContaining({ touchId: "x/quick@1/sms-1m#1", outcome: "sent" })]);
  });

  it("a runner 5 ms behind the one that sent a touch does not send it again when an event makes it look at the lead", async () => {
    const store = createMemoryStore();
    const { a, b, ahead, behind, smsA, smsB } = skewedRunners(5, store);
    await b.enroll(lead("x"), "quick");
    ahead.advance(MINUTE);
    behind.advance(MINUTE);
    await a.runDue();
    await b.record("x", { type: "event", name: "opened" });
    expect([...smsA.calls, ...smsB.calls].map((c) => c.key)).toEqual(["x/quick@1/sms-1m#1"]);
    // The lead is looked at again once B's clock reaches the touch it did not send, and goes on.
    behind.advance(HOUR);
    await b.runDue();
    expect((await b.get("x"))?.record.lead.history.filter((h) => h.type === "touch").map((h) => (h as { touchId: string }).touchId)).toEqual([
      "x/quick@1/sms-1m#1",
      "x/quick@1/email-1h#1",
    ]);
  });
});

describe("runDue over a long pass", () => {
  it("claims each batch with a lease from the clock at the claim, not from the pass's start", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const inner = createMemoryStore();
    const leaseMs = 60_000;
    // A store that claims in batches (as Postgres and Redis do), recording how much lease each claim gave.
    const leaseLeft: number[] = [];
    const store = Object.assign(Object.create(inner) as typeof inner, {
      async claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]> {
        leaseLeft.push(until - clock.now());
        const out: string[] = [];
        for (const id of await inner.due(at, limit)) if (await inner.claim(id, owner, until, clock.now())) out.push(id);
        return out;
      },
    });
    // Each send takes two leases' time on the runner's clock (a slow provider).
    const slow: ChannelAdapter = {
      async send() {
        clock.advance(2 * leaseMs);
        return { status: "sent" };
      },
    };
    const plan = quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] });
    const engine = createEngine({ plans: [plan], adapters: { sms: slow, email: recordingAdapter() }, store, clock, concurrency: 1, batchSize: 1, leaseMs });
    for (const id of ["L1", "L2", "L3"]) await engine.enroll(lead(id), "quick");
    clock.advance(MINUTE);
    expect(await engine.runDue()).toBe(3);
    expect(leaseLeft.length).toBeGreaterThanOrEqual(3);
    for (const left of leaseLeft) expect(left).toBe(leaseMs);
  });
});
