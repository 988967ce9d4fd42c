import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { flush, hang, HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

function setup() {
  const clock = createManualClock(START);
  const sms = recordingAdapter();
  const email = recordingAdapter();
  const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email }, clock, pollIntervalMs: 1000 });
  return { clock, sms, email, engine };
}

describe("pause, resume, unenroll", () => {
  it("pause with a date defers the next touch to that date", async () => {
    const { clock, email, engine } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.pause("a", Date.parse(START) + HOUR);
    clock.advance(30 * MINUTE);
    await engine.runDue();
    expect(email.calls).toHaveLength(0);
    clock.advance(30 * MINUTE);
    await engine.runDue();
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
  });

  it("pause without a date holds the lead until resume", async () => {
    const { clock, email, engine } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.pause("a");
    expect((await engine.get("a"))?.record).toMatchObject({ enrollments: [{ state: "paused" }], dueAt: null });
    clock.advance(2 * HOUR);
    await engine.runDue();
    expect(email.calls).toHaveLength(0);
    await engine.resume("a");
    expect(email.calls).toHaveLength(1);
    expect((await engine.get("a"))?.record.enrollments[0]?.state).toBe("done");
  });

  it("a touch that fell due during a pause is due from the resume, not from its schedule (an SLA counts from then)", async () => {
    for (const resumeOf of ["indefinite", "dated, lifted early", "one plan's"] as const) {
      const { clock, email, engine } = setup();
      await engine.enroll(lead("a"), "quick");
      if (resumeOf === "indefinite") await engine.pause("a");
      else if (resumeOf === "dated, lifted early") await engine.pause("a", Date.parse(START) + 10 * HOUR);
      else await engine.pause("a", { planId: "quick" });
      clock.advance(2 * HOUR);
      await engine.runDue();
      expect(email.calls, resumeOf).toHaveLength(0);
      await engine.resume("a", resumeOf === "one plan's" ? "quick" : undefined);
      expect(
        email.calls.map((c) => c.touch.dueAt),
        resumeOf,
      ).toEqual([new Date(Date.parse(START) + 2 * HOUR).toISOString()]);
    }
  });

  it("unenroll ends the enrolment for good, with its reason in history", async () => {
    const { clock, email, engine } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.unenroll("a", "duplicate lead");
    clock.advance(HOUR);
    await engine.runDue();
    await engine.resume("a");
    expect(email.calls).toHaveLength(0);
    expect((await engine.get("a"))?.record).toMatchObject({ enrollments: [{ state: "unenrolled", endedReason: "duplicate lead" }] });
    await expect(engine.unenroll("a", "")).rejects.toBeInstanceOf(ArgumentError);
    await expect(engine.pause("ghost")).rejects.toMatchObject({ code: "unknown_lead" });
    await expect(engine.pause("a", "not a date")).rejects.toBeInstanceOf(ArgumentError);
  });
});

describe("start and stop", () => {
  it("start runs due work on timers; stop clears them", async () => {
    const { clock, email, engine } = setup();
    await engine.enroll(lead("a"), "quick");
    engine.start();
    engine.start();
    await flush();
    clock.advance(5 * MINUTE);
    await flush();
    expect(email.calls).toHaveLength(0);
    clock.advance(1000);
    await flush();
    expect(email.calls).toHaveLength(1);
    await engine.stop();
    expect(clock.pending()).toBe(0);
  });

  /** A started engine (stopTimeoutMs 2 s) whose one send hangs until aborted. */
  async function sendInFlight() {
    const clock = createManualClock(START);
    const sms = recordingAdapter((_t, ctx) => hang(ctx.signal));
    const engine = createEngine({
      plans: [quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] })],
      adapters: { sms },
      clock,
      stopTimeoutMs: 2000,
      sendTimeoutMs: 60_000,
      leaseMs: 300_000,
    });
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    engine.start();
    await flush();
    expect(sms.calls).toHaveLength(1);
    return { clock, engine };
  }

  it("stop waits for in-flight sends, aborts them after its timeout, and records them as retryable failures", async () => {
    const { clock, engine } = await sendInFlight();
    const stopped = engine.stop();
    await flush();
    clock.advance(2000);
    await stopped;
    const rec = (await engine.get("a"))?.record;
    const pending = Object.values(rec?.enrollments[0]?.pending ?? {});
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ attempts: 1, lastError: "engine stopped" });
    expect(pending[0]?.sendingSince).toBeUndefined();
    expect(pending[0]?.retryAt).toBeGreaterThan(clock.now());
  });

  it("stop(0) aborts the sends in flight at once; a bad timeout is an ArgumentError", async () => {
    const { engine } = await sendInFlight();
    // No clock advance: stop(0) resolves without waiting for the engine's stopTimeoutMs.
    await engine.stop(0);
    const pending = Object.values((await engine.get("a"))?.record.enrollments[0]?.pending ?? {});
    expect(pending[0]).toMatchObject({ attempts: 1, lastError: "engine stopped" });
    for (const bad of [-1, Number.NaN, "10s"]) {
      const error = await engine.stop(bad as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "timeoutMs" });
    }
  });

  it("stop and forget abort every send in flight for a lead, several at once included", async () => {
    for (const how of ["stop", "forget"] as const) {
      const clock = createManualClock(START);
      let aborted = 0;
      const hangCounted = (_t: unknown, ctx: { signal: AbortSignal }) => {
        ctx.signal.addEventListener("abort", () => aborted++);
        return hang(ctx.signal);
      };
      const sms = recordingAdapter(hangCounted);
      const email = recordingAdapter(hangCounted);
      const engine = createEngine({
        plans: [
          quickPlan({
            steps: [
              { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
              { id: "email-1m", channel: "email", at: { after: "PT1M" } },
            ],
          }),
        ],
        adapters: { sms, email },
        clock,
        stopTimeoutMs: 2000,
        sendTimeoutMs: 60_000,
        leaseMs: 300_000,
      });
      await engine.enroll(lead("a"), "quick");
      clock.advance(MINUTE);
      const running = engine.runDue();
      await flush();
      expect([sms.calls.length, email.calls.length]).toEqual([1, 1]);
      if (how === "forget") {
        expect(await engine.forget("a")).toBe(true);
        await running;
        expect(await engine.get("a")).toBeUndefined();
      } else {
        const stopped = engine.stop();
        await flush();
        clock.advance(2000);
        await stopped;
        await running;
        const pending = Object.values((await engine.get("a"))?.record.enrollments[0]?.pending ?? {});
        expect(pending.map((p) => [p.touch.stepId, p.lastError, p.sendingSince])).toEqual([
          ["sms-1m", "engine stopped", undefined],
          ["email-1m", "engine stopped", undefined],
        ]);
      }
      expect(aborted).toBe(2);
      expect(clock.pending()).toBe(0);
    }
  });
});
