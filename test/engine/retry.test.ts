import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffDelay, createEngine, createManualClock, type TouchFailedEvent } from "../../src/engine/index.js";
import { resolveRetry } from "../../src/engine/retry.js";
import { flush, hang, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

const smsOnly = () => quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }] });

describe("backoffDelay", () => {
  it("always lies in [(1 - jitter) * d, d] with d = min(maxMs, base * factor^(n-1)): never above the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (baseMs, factor, extra, jitter, r, failed) => {
          const retry = resolveRetry({ baseMs, factor, maxMs: baseMs + extra, jitter, random: () => r });
          const d = Math.min(baseMs + extra, baseMs * factor ** (failed - 1));
          const got = backoffDelay(retry, failed);
          expect(got).toBeLessThanOrEqual(Math.round(d));
          expect(got).toBeLessThanOrEqual(baseMs + extra);
          expect(got).toBeGreaterThanOrEqual(Math.floor((1 - jitter) * d));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic with injected randomness", () => {
    const retry = resolveRetry({ baseMs: 1000, random: () => 0.5, jitter: 0.5 });
    expect([1, 2, 3].map((n) => backoffDelay(retry, n))).toEqual([750, 1500, 3000]);
  });
});

describe("engine retries", () => {
  it("retries a thrown error with backoff and the same key, then records the send", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter((_t, _c, n) => {
      if (n < 3) throw new Error(`provider 503 #${n}`);
      return { status: "sent", providerId: "SM1" };
    });
    const engine = createEngine({ plans: [smsOnly()], adapters: { sms }, clock, retry: { baseMs: 1000, jitter: 0, random: () => 0 } });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    await engine.enroll(lead("a"), "quick");
    expect(failed).toMatchObject([{ attempt: 1, error: "provider 503 #1", willRetry: true, retryAt: Date.parse(START) + 1000 }]);
    clock.advance(999);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    clock.advance(1);
    await engine.runDue();
    clock.advance(2000);
    await engine.runDue();
    expect(sms.calls.map((c) => [c.key, c.attempt])).toEqual([
      ["a/quick@1/sms-now#1", 1],
      ["a/quick@1/sms-now#1", 2],
      ["a/quick@1/sms-now#1", 3],
    ]);
    const rec = (await engine.get("a"))?.record;
    expect(rec?.lead.history).toMatchObject([{ type: "touch", outcome: "sent", at: "2026-03-09T14:00:03.000Z" }]);
    expect(rec?.enrollments[0]?.state).toBe("done");
  });

  it("after the last attempt records the touch as failed with the cause", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter(() => ({ status: "failed", retryable: true, error: "carrier down" }));
    const engine = createEngine({ plans: [smsOnly()], adapters: { sms }, clock, retry: { attempts: 3, baseMs: 10, random: () => 0 } });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    await engine.enroll(lead("a"), "quick");
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      await engine.runDue();
    }
    expect(sms.calls).toHaveLength(3);
    expect(failed.map((f) => f.willRetry)).toEqual([true, true, false]);
    const h = (await engine.get("a"))?.record.lead.history;
    expect(h).toMatchObject([
      { type: "touch", touchId: "a/quick@1/sms-now#1", outcome: "failed" },
      { type: "event", name: "touch_failed", data: { touchId: "a/quick@1/sms-now#1", attempts: 3, error: "carrier down" } },
    ]);
  });

  it("does not retry a non-retryable failure", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter(() => ({ status: "failed", retryable: false, error: "invalid number" }));
    const engine = createEngine({ plans: [smsOnly()], adapters: { sms }, clock });
    await engine.enroll(lead("a"), "quick");
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    expect((await engine.get("a"))?.record.lead.history[0]).toMatchObject({ outcome: "failed" });
  });

  it("aborts a send that hangs past its timeout through the signal, and retries it", async () => {
    const clock = createManualClock(START);
    const signals: AbortSignal[] = [];
    const sms = recordingAdapter((_t, ctx, n) => {
      signals.push(ctx.signal);
      return n === 1 ? hang(ctx.signal) : { status: "sent" };
    });
    const engine = createEngine({
      plans: [smsOnly()],
      adapters: { sms: { ...sms, send: sms.send, timeoutMs: 5000 } },
      clock,
      retry: { baseMs: 1000, jitter: 0 },
    });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    const enrolled = engine.enroll(lead("a"), "quick");
    await flush();
    clock.advance(5000);
    await enrolled;
    expect(signals[0]?.aborted).toBe(true);
    expect(failed[0]).toMatchObject({ error: "timed out after 5000 ms", willRetry: true });
    clock.advance(1000);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/quick@1/sms-now#1"]);
    expect((await engine.get("a"))?.record.lead.history[0]).toMatchObject({ outcome: "sent" });
  });

  it("treats a malformed adapter answer as a retryable failure", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter((_t, _c, n) => (n === 1 ? ({ ok: true } as never) : { status: "sent" }));
    const engine = createEngine({ plans: [smsOnly()], adapters: { sms }, clock, retry: { baseMs: 10 } });
    await engine.enroll(lead("a"), "quick");
    clock.advance(1000);
    await engine.runDue();
    expect(sms.calls).toHaveLength(2);
  });

  it("never sends a retry outside the channel's window", async () => {
    const plan = quickPlan({
      steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" } }],
      policies: { windows: { sms: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }] } },
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 600 }),
        async (startMinute, fails, baseSec) => {
          const clock = createManualClock(Date.parse(START) + startMinute * MINUTE);
          const callTimes: number[] = [];
          const sms = recordingAdapter((_t, _c, n) => {
            callTimes.push(clock.now());
            return fails[n - 1] === true ? { status: "failed", retryable: true, error: "x" } : { status: "sent" };
          });
          const engine = createEngine({
            plans: [plan],
            adapters: { sms },
            clock,
            retry: { attempts: 7, baseMs: baseSec * 1000, maxMs: 3_600_000, random: () => 0.3 },
          });
          // The window is checked in UTC below: say so (the fixture's New York phone would select New York).
          await engine.enroll(lead("a", { timezone: "UTC" }), "quick");
          for (let i = 0; i < 24 * 8 && (await engine.get("a"))?.record.enrollments[0]?.state === "active"; i++) {
            clock.advance(20 * MINUTE);
            await engine.runDue();
          }
          expect(sms.calls.length).toBeGreaterThan(0);
          expect(new Set(sms.calls.map((x) => x.key)).size).toBe(1);
          for (const at of callTimes) {
            const d = new Date(at);
            const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
            expect(d.getUTCDay()).toBeGreaterThanOrEqual(1);
            expect(d.getUTCDay()).toBeLessThanOrEqual(5);
            expect(minutes).toBeGreaterThanOrEqual(9 * 60);
            expect(minutes).toBeLessThan(17 * 60);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
