import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, isArgumentError, type TouchDeferredEvent, type TouchFailedEvent } from "../../src/index.js";
import { lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

const plan = () => quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] as never });

describe("deferred sends (a rate limit): delayed, never dropped", () => {
  it("an adapter's deferral keeps the touch pending until retryAt, without spending an attempt or writing history", async () => {
    const clock = createManualClock(START);
    const at = Date.parse(START);
    const sms = recordingAdapter((_t, _c, n) => (n === 1 ? { status: "deferred", retryAt: at + 5 * MINUTE, reason: "429 Retry-After" } : { status: "sent" }));
    const engine = createEngine({ plans: [plan()], adapters: { sms }, clock });
    const deferred: TouchDeferredEvent[] = [];
    engine.on("touch:deferred", (e) => deferred.push(e));
    await engine.enroll(lead("a"), "quick");
    expect(deferred).toMatchObject([{ retryAt: at + 5 * MINUTE, reason: "429 Retry-After" }]);
    const rec = (await engine.get("a"))?.record;
    expect(rec?.dueAt).toBe(at + 5 * MINUTE);
    expect(rec?.enrollments[0]?.pending["a/quick@1/sms-now#1"]).toMatchObject({ attempts: 0, retryAt: at + 5 * MINUTE });
    expect(rec?.lead.history).toEqual([]);
    clock.advance(5 * MINUTE - 1);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    clock.advance(1);
    await engine.runDue();
    expect(sms.calls.map((c) => [c.key, c.attempt])).toEqual([
      ["a/quick@1/sms-now#1", 1],
      ["a/quick@1/sms-now#1", 1],
    ]);
    expect((await engine.get("a"))?.record.enrollments[0]?.state).toBe("done");
  });

  it("a deferral whose retryAt is not after the answer (Retry-After: 0, a date the provider's clock put in the past) waits a second, never re-sends at once", async () => {
    const clock = createManualClock(START);
    // The provider's clock is a second behind: its Retry-After date has already passed here.
    const sms = recordingAdapter(() => ({ status: "deferred", retryAt: clock.now() - 1000, reason: "429 Retry-After" }));
    const engine = createEngine({ plans: [plan()], adapters: { sms }, clock });
    const deferred: TouchDeferredEvent[] = [];
    engine.on("touch:deferred", (e) => deferred.push(e));
    await engine.enroll(lead("a"), "quick");
    expect(sms.calls).toHaveLength(1);
    expect(deferred).toMatchObject([{ retryAt: Date.parse(START) + 1000 }]);
    expect((await engine.get("a"))?.record.dueAt).toBe(Date.parse(START) + 1000);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    clock.advance(1000);
    await engine.runDue();
    expect(sms.calls).toHaveLength(2);
  });

  it("a gate defers or lets through before the adapter is called; a throwing gate is a retryable failure", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [plan()], adapters: { sms }, clock, retry: { attempts: 3, baseMs: MINUTE, jitter: 0 } });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    let verdicts = 0;
    engine.useSendGate(async () => {
      verdicts++;
      if (verdicts === 1) return { retryAt: clock.now() + MINUTE, reason: "limit" };
      if (verdicts === 2) throw new Error("redis down");
      return undefined;
    });
    await engine.enroll(lead("b"), "quick");
    expect(sms.calls).toHaveLength(0);
    clock.advance(MINUTE);
    await engine.runDue();
    expect(sms.calls).toHaveLength(0);
    expect(failed).toMatchObject([{ error: "redis down", willRetry: true }]);
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    engine.useSendGate(undefined);
    expect(() => engine.useSendGate(42 as never)).toThrow(/Expected a send gate function or undefined, got 42 \(number\)/);
    let thrown: unknown;
    try {
      engine.useSendGate("x" as never);
    } catch (e) {
      thrown = e;
    }
    expect(isArgumentError(thrown)).toBe(true);
  });

  it("the gate's wait does not eat into the adapter's timeout: a slot awaited longer than the timeout still sends (it counted, and every attempt timed out)", async () => {
    const clock = createManualClock(START);
    const sms = { ...recordingAdapter(), timeoutMs: 1000 };
    const engine = createEngine({ plans: [plan()], adapters: { sms }, clock });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    // A rate limiter's wait for its slot: 1.5 s, longer than the adapter's 1 s timeout.
    engine.useSendGate(() => new Promise((resolve) => clock.setTimeout(() => resolve(undefined), 1500)), { timeoutMs: 2000 });
    const enrolled = engine.enroll(lead("g"), "quick");
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(100);
    }
    await enrolled;
    expect(failed).toEqual([]);
    expect(sms.calls).toHaveLength(1);
    expect((await engine.get("g"))?.record.lead.history).toMatchObject([{ type: "touch", outcome: "sent" }]);
  });

  it("a gate that never answers is still bounded: the attempt fails as timed out after the timeout", async () => {
    const clock = createManualClock(START);
    const sms = { ...recordingAdapter(), timeoutMs: 1000 };
    const engine = createEngine({ plans: [plan()], adapters: { sms }, clock });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    engine.useSendGate(() => new Promise(() => {}));
    const enrolled = engine.enroll(lead("h"), "quick");
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(100);
    }
    await enrolled;
    expect(failed).toMatchObject([{ error: "the send gate gave no verdict within 1000 ms", willRetry: true }]);
    expect(sms.calls).toHaveLength(0);
    expect(() => engine.useSendGate(() => Promise.resolve(undefined), { timeoutMs: 0 })).toThrow(/options.timeoutMs|positive number/);
  });

  it("however often a send is deferred, the touch is sent once the deferrals stop, with its attempt budget whole", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 8 }), async (delaysMin) => {
        const clock = createManualClock(START);
        const sms = recordingAdapter((_t, _c, n) =>
          n <= delaysMin.length ? { status: "deferred", retryAt: clock.now() + (delaysMin[n - 1] as number) * MINUTE, reason: "limit" } : { status: "sent" },
        );
        const engine = createEngine({ plans: [plan()], adapters: { sms }, clock });
        await engine.enroll(lead("c"), "quick");
        for (const d of delaysMin) {
          clock.advance(d * MINUTE);
          await engine.runDue();
        }
        const rec = (await engine.get("c"))?.record;
        expect(rec?.enrollments[0]?.state).toBe("done");
        expect(sms.calls.every((c) => c.attempt === 1)).toBe(true);
        expect(rec?.lead.history.filter((h) => h.type === "touch")).toMatchObject([{ outcome: "sent", attempt: 1 }]);
      }),
      { numRuns: 30 },
    );
  });
});
