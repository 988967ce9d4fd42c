import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { dealerPlan, lead, MINUTE, recordingAdapter, START } from "./fixtures.js";

describe("engine.metrics", () => {
  it("reports time to first touch, time to first connect, attempts per lead and outcome counts per plan and step", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({
      plans: [dealerPlan()],
      adapters: { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() },
      clock,
    });
    await engine.enroll(lead("fast", { timezone: "America/New_York" }), "dealer-speed-to-lead");
    await engine.enroll(lead("slow", { timezone: "America/New_York" }), "dealer-speed-to-lead");
    clock.advance(MINUTE);
    await engine.complete("fast/dealer-speed-to-lead@1/call-now#1", "connected");
    clock.advance(2 * MINUTE);
    await engine.complete("slow/dealer-speed-to-lead@1/call-now#1", "no_answer");
    clock.advance(5 * MINUTE);
    await engine.runDue();
    await engine.record("slow", { type: "outcome", touchId: "slow/dealer-speed-to-lead@1/sms-intro#1", outcome: "delivered" });

    const m = (await engine.metrics()).plans["dealer-speed-to-lead"];
    expect(m?.leads).toBe(2);
    expect(m?.states).toEqual({ done: 1, active: 1 });
    expect(m?.endedReasons).toEqual({ connected: 1 });
    expect(m?.timeToFirstTouch).toMatchObject({ count: 2, p50Ms: MINUTE, maxMs: 3 * MINUTE, meanMs: 2 * MINUTE });
    expect(m?.timeToFirstConnect).toMatchObject({ count: 1, p50Ms: MINUTE });
    expect(m?.attemptsPerLead).toEqual({ mean: 1.5, max: 2 });
    expect(m?.outcomes).toEqual({ connected: 1, no_answer: 1, delivered: 1 });
    expect(m?.steps["call-now"]).toMatchObject({ touches: 2, outcomes: { connected: 1, no_answer: 1 } });
    expect(m?.steps["sms-intro"]).toMatchObject({ touches: 1, outcomes: { delivered: 1 }, timeToFirstTouch: { p50Ms: 8 * MINUTE } });
  });

  it("counts each touch's settled outcome (a late delivery receipt does not undo read) and the first connect even when a later outcome followed it", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({
      plans: [dealerPlan()],
      adapters: { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() },
      clock,
    });
    await engine.enroll(lead("a", { timezone: "America/New_York" }), "dealer-speed-to-lead");
    clock.advance(MINUTE);
    await engine.complete("a/dealer-speed-to-lead@1/call-now#1", "no_answer");
    clock.advance(5 * MINUTE);
    await engine.runDue();
    const sms = "a/dealer-speed-to-lead@1/sms-intro#1";
    await engine.record("a", { type: "outcome", touchId: sms, outcome: "read", at: new Date(clock.now() + 2 * MINUTE).toISOString() });
    await engine.record("a", { type: "outcome", touchId: sms, outcome: "delivered", at: new Date(clock.now() + MINUTE).toISOString() });
    // The rep's corrected result, then the task closed.
    await engine.record("a", {
      type: "outcome",
      touchId: "a/dealer-speed-to-lead@1/call-now#1",
      outcome: "connected",
      at: new Date(clock.now()).toISOString(),
    });
    await engine.record("a", {
      type: "outcome",
      touchId: "a/dealer-speed-to-lead@1/call-now#1",
      outcome: "completed",
      at: new Date(clock.now() + MINUTE).toISOString(),
    });
    const m = (await engine.metrics()).plans["dealer-speed-to-lead"];
    expect(m?.steps["sms-intro"]?.outcomes).toEqual({ read: 1 });
    expect(m?.steps["call-now"]?.outcomes).toEqual({ connected: 1 });
    expect(m?.timeToFirstConnect).toMatchObject({ count: 1, p50Ms: 6 * MINUTE });
  });
});
