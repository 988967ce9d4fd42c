import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type StoredLead } from "../../src/engine/index.js";
import { computeMetrics } from "../../src/engine/metrics.js";
import { parseLead, type HistoryEntry } from "../../src/index.js";
import { dealerPlan, HOUR, lead, MINUTE, recordingAdapter, START } from "./fixtures.js";

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

describe("engine metrics of a touch recorded twice", () => {
  it("count it once, at the earliest of its records, with the outcome a later copy carries learnt at that copy", () => {
    const T = Date.parse(START);
    const touch = (at: string, outcome?: "no_answer" | "connected") => ({
      type: "touch" as const,
      touchId: "L/dealer-speed-to-lead@1/call-now#1",
      planId: "dealer-speed-to-lead",
      stepId: "call-now",
      channel: "call",
      attempt: 1,
      at,
      ...(outcome === undefined ? {} : { outcome }),
    });
    const enrolledAt = new Date(T).toISOString();
    const stored = (history: HistoryEntry[]): StoredLead => ({
      format: 2,
      lead: parseLead({ id: "L", enrolledAt, history }),
      enrollments: [
        { id: "dealer-speed-to-lead", planId: "dealer-speed-to-lead", planVersion: 1, sequence: 1, state: "active", enrolledAt, historyStart: 0, pending: {} },
      ],
      dueAt: null,
    });
    const once = computeMetrics([stored([touch(new Date(T + MINUTE).toISOString(), "no_answer")])], T + HOUR);
    const twice = computeMetrics(
      [stored([touch(new Date(T + MINUTE).toISOString(), "no_answer"), touch(new Date(T + MINUTE).toISOString(), "no_answer")])],
      T + HOUR,
    );
    expect(twice).toEqual(once);
    const plan = once.plans["dealer-speed-to-lead"];
    expect(plan?.attemptsPerLead).toEqual({ mean: 1, max: 1 });
    expect(plan?.steps["call-now"]).toMatchObject({ touches: 1, outcomes: { no_answer: 1 } });
    // A copy carrying the call's result, and one dated earlier: the touch is at the earliest, connected when the copy says so.
    const later = computeMetrics(
      [
        stored([
          touch(new Date(T + 2 * MINUTE).toISOString()),
          touch(new Date(T + 5 * MINUTE).toISOString(), "connected"),
          touch(new Date(T + MINUTE).toISOString()),
        ]),
      ],
      T + HOUR,
    ).plans["dealer-speed-to-lead"];
    expect(later?.steps["call-now"]).toMatchObject({ touches: 1, outcomes: { connected: 1 } });
    expect(later?.timeToFirstTouch).toMatchObject({ count: 1, p50Ms: MINUTE });
    expect(later?.timeToFirstConnect).toMatchObject({ count: 1, p50Ms: 5 * MINUTE });
  });
});

describe("engine metrics of a history recorded in any order", () => {
  const T = Date.parse(START);
  const enrolledAt = new Date(T).toISOString();
  const touch = (step: string, attempt: number, minutes: number, outcome?: "no_answer" | "connected"): HistoryEntry => ({
    type: "touch",
    touchId: `L/dealer-speed-to-lead@1/${step}#${attempt}`,
    planId: "dealer-speed-to-lead",
    stepId: step,
    channel: step === "call-now" ? "call" : "sms",
    attempt,
    at: new Date(T + minutes * MINUTE).toISOString(),
    ...(outcome === undefined ? {} : { outcome }),
  });
  const stored = (history: readonly HistoryEntry[]): StoredLead => ({
    format: 2,
    lead: parseLead({ id: "L", enrolledAt, history: [...history] }),
    enrollments: [
      { id: "dealer-speed-to-lead", planId: "dealer-speed-to-lead", planVersion: 1, sequence: 1, state: "active", enrolledAt, historyStart: 0, pending: {} },
    ],
    dueAt: null,
  });

  it("time a step's first touch from its earliest record, not its first listed", () => {
    // The second attempt listed first, and a copy of the first attempt dated earlier listed last.
    const history = [touch("call-now", 2, 30, "no_answer"), touch("call-now", 1, 4, "no_answer"), touch("call-now", 1, 2)];
    const step = computeMetrics([stored(history)], T + HOUR).plans["dealer-speed-to-lead"]?.steps["call-now"];
    expect(step).toMatchObject({ touches: 2, timeToFirstTouch: { count: 1, p50Ms: 2 * MINUTE, maxMs: 2 * MINUTE } });
  });

  it("count a copy of a touch naming no plan and one naming it as two touches: the history reading's rule (sameTouch)", () => {
    const { planId: _, ...unnamed } = touch("call-now", 1, 2) as HistoryEntry & { planId?: string };
    const history = [unnamed as HistoryEntry, touch("call-now", 1, 3)];
    const plan = computeMetrics([stored(history)], T + HOUR).plans["dealer-speed-to-lead"];
    expect(plan?.attemptsPerLead).toEqual({ mean: 2, max: 2 });
    expect(plan?.steps["call-now"]).toMatchObject({ touches: 2 });
  });

  it("keep two touches under one id apart: each its own outcome, and a copy of the second folded into it", () => {
    const { planId: _, ...unnamed } = touch("call-now", 1, 2, "no_answer") as HistoryEntry & { planId?: string };
    // A copy of the named touch after it: the same touch (sameTouch), not a third.
    const history = [unnamed as HistoryEntry, touch("call-now", 1, 3, "connected"), touch("call-now", 1, 4)];
    const plan = computeMetrics([stored(history)], T + HOUR).plans["dealer-speed-to-lead"];
    expect(plan?.attemptsPerLead).toEqual({ mean: 2, max: 2 });
    expect(plan?.outcomes).toEqual({ no_answer: 1, connected: 1 });
    expect(plan?.steps["call-now"]).toMatchObject({ touches: 2, outcomes: { no_answer: 1, connected: 1 } });
  });

  it("are the same whatever the order of the records", () => {
    const records = fc.constantFrom<readonly [string, number]>(["call-now", 1], ["call-now", 2], ["sms-intro", 1], ["sms-intro", 2]);
    // Copies of a touch at one instant carry one outcome: where they differ, the one listed first is the touch (docs/concepts.md).
    const outcomes = [undefined, "no_answer", "connected"] as const;
    // Some name no plan: under one id, a touch apart from the one naming the plan (sameTouch).
    const record = fc.tuple(records, fc.integer({ min: 0, max: 600 }), fc.boolean()).map(([[step, attempt], minutes, named]) => {
      const { planId, ...rest } = touch(step, attempt, minutes, outcomes[minutes % outcomes.length]) as HistoryEntry & { planId?: string };
      return (named ? { ...rest, planId } : rest) as HistoryEntry;
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }).chain((history) => fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length }))),
        ([history, shuffled]) => {
          expect(computeMetrics([stored(shuffled)], T + 12 * HOUR)).toEqual(computeMetrics([stored(history)], T + 12 * HOUR));
        },
      ),
    );
  });
});
