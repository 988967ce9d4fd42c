import { afterEach, describe, expect, it, vi } from "vitest";
import "../../src/testing/vitest.js";
import { ArgumentError, LeadValidationError, PlanValidationError, parsePlan } from "../../src/index.js";
import { SimulationLimitError, formatTimeline, respond, simulate } from "../../src/testing/index.js";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import type { HistoryEntry } from "../../src/lead/index.js";
import type { Touch } from "../../src/schedule/index.js";
import { lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";
import { dealerPlan, newYorkLead, quietSmsPlan } from "./fixtures.js";

const plan = parsePlan(dealerPlan());

describe("simulate: the dealer speed-to-lead plan, specified with its own testing kit", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a custom channel named constructor is a channel like any other in byChannel; a channel without touches reads undefined", () => {
    const dealer = dealerPlan();
    const custom = parsePlan({
      ...dealer,
      steps: [{ id: "c", channel: "constructor", mode: "task", at: { after: "PT0S" } }],
      policies: { ...dealer.policies, channels: { constructor: { contact: ["phone"] } } },
    });
    const timeline = simulate(custom, newYorkLead(), { until: "P1D", responder: respond.never() });
    expect(timeline.byChannel["constructor"]?.map((t) => t.stepId)).toEqual(["c"]);
    expect(simulate(plan, newYorkLead(), { until: "P1D", responder: respond.never() }).byChannel["constructor"]).toBeUndefined();
  });

  it("a lead who never answers gets the whole cadence, in order, on the lead's clock", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.never() });
    expect(timeline.firstTouch).toMatchObject({
      channel: "call",
      stepId: "call-now",
      attempt: 1,
      mode: "task",
      outcome: "no_answer",
      at: "2026-03-09T14:00:00.000Z",
      local: "Mon 2026-03-09 10:00 EDT",
    });
    expect(timeline).toHaveTouch({ channel: "sms", step: "sms-intro", at: "PT5M" });
    expect(timeline).toHaveTouch({ channel: "email", step: "email-intro", at: "PT10M" });
    expect(timeline).toHaveTouchCount(10);
    expect(timeline).toHaveTouchCount(4, { channel: "call" });
    expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
    expect(timeline).toExitWith("completed");
    expect(timeline.touches.map((t) => `${t.stepId}#${t.attempt}`)).toEqual([
      "call-now#1",
      "sms-intro#1",
      "email-intro#1",
      "call-day-1#1",
      "call-day-1#2",
      "call-day-1#3",
      "whatsapp-day-2#1",
      "video-day-2#1",
      "email-day-3#1",
      "email-day-7#1",
    ]);
    expect(Object.keys(timeline.byChannel).sort()).toEqual(["call", "email", "sms", "video"]);
    expect(timeline.byChannel["call"]?.map((t) => t.local)).toEqual([
      "Mon 2026-03-09 10:00 EDT",
      "Mon 2026-03-09 11:00 EDT",
      "Mon 2026-03-09 13:00 EDT",
      "Tue 2026-03-10 08:00 EDT",
    ]);
    expect(timeline.end.reason).toBe("done");
  });

  it("records the third day-1 call as deferred by the daily call cap, with the release time", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.never() });
    expect(timeline.deferrals).toEqual([
      expect.objectContaining({
        kind: "deferral",
        stepId: "call-day-1",
        attempt: 3,
        reason: "cap",
        channel: "call",
        local: "Mon 2026-03-09 15:00 EDT",
        untilLocal: "Tue 2026-03-10 08:00 EDT",
        detail: "cap 3 per day on call",
      }),
    ]);
  });

  it("without WhatsApp consent the next-morning message goes by SMS, marked as a fallback", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.never() });
    expect(timeline).toHaveTouch({ step: "whatsapp-day-2", channel: "sms", at: "P1D" });
    expect(timeline.touches.find((t) => t.stepId === "whatsapp-day-2")?.fallbackFrom).toBe("whatsapp");
  });

  it("a connected first call ends the cadence at once", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.byChannel({ call: "connected" }) });
    expect(timeline).toHaveTouchCount(1);
    expect(timeline).toExitWith("connected");
    expect(timeline.exit?.local).toBe("Mon 2026-03-09 10:00 EDT");
  });

  it("respond.sequence: the third call connects, so the SMS goes (call-now missed) and day-1 calls stop", () => {
    const timeline = simulate(plan, newYorkLead(), {
      until: "P14D",
      responder: respond.sequence(["no_answer", "no_answer", "connected"], { channel: "call" }),
    });
    expect(timeline.byChannel["call"]?.map((t) => t.outcome)).toEqual(["no_answer", "no_answer", "connected"]);
    expect(timeline).toHaveTouch({ channel: "sms", at: "PT5M" });
    expect(timeline).toExitWith("connected");
    expect(timeline.exit?.at).toBe("2026-03-09T17:00:00.000Z");
  });

  it("a lead enrolled at 21:30 is held by quiet hours and windows; every hold is in the timeline", () => {
    const lead = { ...newYorkLead(), enrolledAt: "2026-03-14T01:30:00Z" }; // Fri 21:30 EDT
    const timeline = simulate(plan, lead, { until: "P14D", responder: respond.never() });
    expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
    expect(timeline.deferrals.map((d) => [d.stepId, d.reason, d.local, d.untilLocal])).toEqual([
      ["call-now", "window", "Fri 2026-03-13 21:30 EDT", "Sat 2026-03-14 09:00 EDT"],
      ["email-intro", "window", "Fri 2026-03-13 21:40 EDT", "Sat 2026-03-14 08:00 EDT"],
      ["call-day-1", "window", "Sat 2026-03-14 14:00 EDT", "Mon 2026-03-16 08:00 EDT"],
    ]);
    expect(timeline.firstTouch?.local).toBe("Sat 2026-03-14 08:00 EDT");
    // The SMS waits for the call's outcome, not for the window: 5 minutes after the morning's first call.
    expect(timeline).toHaveTouch({ step: "sms-intro", at: "2026-03-14T13:05:00Z" });
  });

  it("the SMS goes 5 minutes after the first call's outcome: after a late no answer, never after a late connected call", () => {
    const rep = (outcome: "no_answer" | "connected") =>
      Object.assign((touch: { stepId: string }) => (touch.stepId === "call-now" ? { outcome, performedAfter: "PT7M" } : undefined), {});
    const missed = simulate(plan, newYorkLead(), { until: "P1D", responder: rep("no_answer") });
    expect(missed.touches.slice(0, 3).map((t) => [t.stepId, t.local])).toEqual([
      ["call-now", "Mon 2026-03-09 10:07 EDT"],
      ["email-intro", "Mon 2026-03-09 10:10 EDT"],
      ["sms-intro", "Mon 2026-03-09 10:12 EDT"],
    ]);
    const connected = simulate(plan, newYorkLead(), { until: "P1D", responder: rep("connected") });
    expect(connected.touches.map((t) => t.stepId)).toEqual(["call-now"]);
    expect(connected).toExitWith("connected");
  });

  it("a step settled before its time comes was never held: no deferral, only its skip", () => {
    const quiet = parsePlan(quietSmsPlan("p"));
    const lead = (enrolledAt: string) => ({ id: "L1", enrolledAt, timezone: "UTC", contacts: { phone: "+12125550142", email: "a@example.com" } });
    const responder = respond.byChannel({ call: "connected" });
    // At 19:45 the SMS would wait for quiet hours, but the connected call settles it before 20:15.
    const late = simulate(quiet, lead("2026-03-09T19:45:00Z"), { until: "P2D", responder });
    expect(late.deferrals).toEqual([]);
    expect(late.skips.map((s) => [s.stepId, s.reason, s.at])).toEqual([["sms", "condition_false", "2026-03-09T20:15:00.000Z"]]);
    // Not connected: the SMS is held at 20:15 until 08:30.
    const held = simulate(quiet, lead("2026-03-09T19:45:00Z"), { until: "P2D", responder: respond.never() });
    expect(held.deferrals.map((d) => [d.stepId, d.at, d.until])).toEqual([["sms", "2026-03-09T20:15:00.000Z", "2026-03-10T08:30:00.000Z"]]);
    expect(held).toHaveTouch({ step: "sms", at: "2026-03-10T08:30:00.000Z" });
  });

  it("respond.at: a STOP reply on day 1 is a reply and an opt-out, and ends the cadence there as the opt-out", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.at("P1DT2H", { type: "inbound", channel: "sms", text: "STOP" }) });
    expect(timeline).toExitWith("opted_out", "sms");
    expect(timeline.exit?.local).toBe("Tue 2026-03-10 12:00 EDT");
    expect(timeline.entries.at(-2)).toMatchObject({ kind: "lead", event: { type: "inbound", channel: "sms", text: "STOP" } });
    expect(timeline.touches.every((t) => t.at <= "2026-03-10T16:00:00.000Z")).toBe(true);
  });

  it("an opt-out recorded by the host ends the cadence (opt_out exit)", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.at("PT30M", { type: "opt_out", channel: "sms" }) });
    expect(timeline).toExitWith("opted_out", "sms");
    expect(timeline.lead.optOuts).toEqual([{ channel: "sms", at: "2026-03-09T14:30:00.000Z", source: "simulation" }]);
  });

  it("an SMS reply (outcome replied) ends the cadence with the reply recorded as inbound", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.byChannel({ sms: "replied" }) });
    expect(timeline).toExitWith("replied", "sms");
    expect(timeline).toHaveTouchCount(2);
    expect(timeline.lead.history.some((h) => h.type === "inbound" && h.channel === "sms")).toBe(true);
  });

  it("meetings, status changes and events from a responder", () => {
    const booked = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.always("delivered") });
    expect(booked).toExitWith("completed");
    const meeting = simulate(plan, newYorkLead(), {
      until: "P14D",
      responder: (touch) =>
        touch.stepId === "email-intro" ? { outcome: "opened", events: [{ after: "PT1H", event: { type: "meeting", note: "test drive" } }] } : undefined,
    });
    expect(meeting).toExitWith("meeting_booked");
    expect(meeting.exit?.local).toBe("Mon 2026-03-09 11:10 EDT");
    const won = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.at("P2D", { type: "status", status: "won" }) });
    expect(won).toExitWith("status", "won");
    const event = simulate(plan, newYorkLead(), {
      until: "P3D",
      responder: respond.at("PT1H", { type: "event", name: "financing_requested", data: { amount: 1 } }),
    });
    expect(event.entries.some((e) => e.kind === "lead" && e.event.type === "event")).toBe(true);
  });

  it("an outcome learnt later appears as its own entry, and a bounce makes the channel unavailable", () => {
    const timeline = simulate(plan, newYorkLead(), { until: "P14D", responder: respond.byChannel({ email: { outcome: "bounced", outcomeAfter: "PT3M" } }) });
    const outcome = timeline.entries.find((e) => e.kind === "outcome");
    expect(outcome).toMatchObject({ stepId: "email-intro", outcome: "bounced", local: "Mon 2026-03-09 10:13 EDT" });
    expect(timeline.touches.find((t) => t.stepId === "email-intro")).toMatchObject({ outcome: "bounced", outcomeAt: "2026-03-09T14:13:00.000Z" });
    expect(timeline.skips.map((s) => [s.stepId, s.reason])).toEqual([
      ["email-day-3", "channel_bounced"],
      ["email-day-7", "channel_bounced"],
    ]);
    expect(timeline).toHaveTouchCount(1, { channel: "email" });
  });

  it("stops at `until` (a duration or an instant) without an exit", () => {
    const short = simulate(plan, newYorkLead(), { until: "PT2H", responder: respond.never() });
    expect(short.exit).toBeNull();
    expect(short.end).toEqual({ reason: "until", at: "2026-03-09T16:00:00.000Z" });
    expect(short).toHaveTouchCount(4);
    const instant = simulate(plan, newYorkLead(), { until: "2026-03-09T16:00:00Z", responder: respond.never() });
    expect(instant.entries).toEqual(short.entries);
    expect(formatTimeline(short)).toContain("Still running at Mon 2026-03-09 12:00 EDT");
  });

  it("starts at `from` when given, else at enrolment or the latest history record", () => {
    const later = simulate(plan, newYorkLead(), { from: "2026-03-09T15:30:00Z", until: "PT1H", responder: respond.never() });
    expect(later.from).toBe("2026-03-09T15:30:00.000Z");
    expect(later.firstTouch?.at).toBe("2026-03-09T15:30:00.000Z");
    const withHistory = { ...newYorkLead(), history: [{ type: "status" as const, status: "new", at: "2026-03-09T14:20:00Z" }] };
    expect(simulate(plan, withHistory, { until: "PT1M", responder: respond.never() }).from).toBe("2026-03-09T14:20:00.000Z");
  });

  it("never reads the clock, never sleeps, never uses Math.random", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("Date.now called");
    });
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    vi.spyOn(globalThis, "setTimeout").mockImplementation((() => {
      throw new Error("setTimeout called");
    }) as never);
    const timeline = simulate(plan, newYorkLead(), { until: "P30D", responder: respond.random({ seed: 3, rates: { connected: 0.1, replied: 0.05 } }) });
    expect(timeline.touches.length).toBeGreaterThan(0);
  });

  it("does not mutate the plan or the lead it is given", () => {
    const planInput = dealerPlan();
    const lead = newYorkLead();
    const before = JSON.stringify([planInput, lead]);
    simulate(planInput, lead, { until: "P14D", responder: respond.byChannel({ sms: "replied" }) });
    expect(JSON.stringify([planInput, lead])).toBe(before);
  });

  it("a plain function responder sees the lead, the touch and its position", () => {
    const seen: string[] = [];
    simulate(plan, newYorkLead(), {
      until: "PT15M",
      responder: (touch, lead, context) => {
        seen.push(`${context.touchIndex}/${context.channelIndex} ${touch.channel} ${lead.id} ${context.zone} ${context.now}`);
        return undefined;
      },
    });
    expect(seen).toEqual([
      "0/0 call lead-ny-1042 America/New_York 2026-03-09T14:00:00.000Z",
      "1/0 sms lead-ny-1042 America/New_York 2026-03-09T14:05:00.000Z",
      "2/0 email lead-ny-1042 America/New_York 2026-03-09T14:10:00.000Z",
    ]);
  });

  it("bounds the loop: maxIterations gives a SimulationLimitError", () => {
    const run = (): unknown => simulate(plan, newYorkLead(), { until: "P14D", responder: respond.never(), maxIterations: 3 });
    expect(run).toThrow(SimulationLimitError);
    expect(run).toThrow(/maxIterations|3 evaluations/);
  });

  it("bad input gives typed errors that say what was expected", () => {
    const lead = newYorkLead();
    expect(() => simulate(plan, lead, { until: "P14X", responder: respond.never() })).toThrow(ArgumentError);
    expect(() => simulate(plan, lead, { until: "P14X", responder: respond.never() })).toThrow(/options\.until.*P14X/);
    expect(() => simulate(plan, lead, { until: "2026-03-01T00:00:00Z", responder: respond.never() })).toThrow(/at or after the start/);
    expect(() => simulate(plan, lead, { until: "P1D", responder: "never" as never })).toThrow(/options\.responder/);
    expect(() => simulate(plan, lead, { until: "P1D", responder: () => "picked_up" as never })).toThrow(/responder result/);
    expect(() => simulate(plan, lead, { until: "P1D", responder: respond.never(), maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => simulate({ id: "x" } as never, lead, { until: "P1D", responder: respond.never() })).toThrow(PlanValidationError);
    expect(() => simulate(plan, { id: "x" } as never, { until: "P1D", responder: respond.never() })).toThrow(LeadValidationError);
    expect(() => simulate(plan, lead, null as never)).toThrow(ArgumentError);
  });

  it("custom rules are passed through to evaluate", () => {
    const ruled = { ...dealerPlan(), steps: [...(dealerPlan().steps ?? [])].map((s) => (s.id === "sms-intro" ? { ...s, when: { rule: "isHotLead" } } : s)) };
    const hot = simulate(ruled, newYorkLead(), { until: "PT15M", responder: respond.never(), rules: { isHotLead: () => true } });
    const cold = simulate(ruled, newYorkLead(), { until: "PT15M", responder: respond.never(), rules: { isHotLead: () => false } });
    expect(hot).toHaveTouch({ step: "sms-intro" });
    expect(cold).not.toHaveTouch({ step: "sms-intro" });
    expect(cold.skips[0]).toMatchObject({ stepId: "sms-intro", reason: "condition_false" });
  });
});

describe("simulate: late tasks and SLA escalations", () => {
  const slaPlan = parsePlan({
    ...dealerPlan(),
    steps: dealerPlan().steps.map((s) =>
      s.id === "call-now"
        ? {
            ...s,
            sla: {
              within: "PT5M",
              escalate: [
                { channel: "email", template: "manager-alert" },
                { after: "PT10M", channel: "sms" },
              ],
            },
          }
        : s,
    ),
  });
  const late = (after: string) => Object.assign((touch: { stepId: string }) => (touch.stepId === "call-now" ? { performedAfter: after } : undefined), {});

  it("a task performed past its SLA fires each escalation level at the deadline plus its delay, as the engine does", () => {
    const timeline = simulate(slaPlan, newYorkLead(), { until: "P1D", responder: late("PT20M") });
    expect(timeline.escalations.map((e) => [e.level, e.channel, e.local, e.deadline, e.template])).toEqual([
      [1, "email", "Mon 2026-03-09 10:05 EDT", "2026-03-09T14:05:00.000Z", "manager-alert"],
      [2, "sms", "Mon 2026-03-09 10:15 EDT", "2026-03-09T14:05:00.000Z", undefined],
    ]);
    expect(timeline.touches.find((t) => t.stepId === "call-now")).toMatchObject({ local: "Mon 2026-03-09 10:20 EDT", dueAt: "2026-03-09T14:00:00.000Z" });
    expect(timeline.touches.filter((t) => t.stepId === "call-now")).toHaveLength(1);
    expect(timeline.lead.history.filter((h) => h.type === "event" && h.name === "sla_breached")).toHaveLength(2);
    expect(formatTimeline(timeline)).toMatch(/\+5m +Mon 2026-03-09 10:05 EDT +escalation +email +call-now #1 +SLA missed, level 1 \(manager-alert\)/);
    expect(formatTimeline(timeline)).toMatch(/call-now #1 +no_answer \(task, 20m after due\)/);
  });

  it("a task performed within its SLA, or at once, escalates nothing", () => {
    for (const after of ["PT4M", "PT0S"]) {
      const timeline = simulate(slaPlan, newYorkLead(), { until: "P1D", responder: late(after) });
      expect(timeline.escalations, after).toEqual([]);
      expect(
        timeline.touches.filter((t) => t.stepId === "call-now"),
        after,
      ).toHaveLength(1);
    }
  });

  it("a task its plan's cap held is due when the cap lets it go: performed at once, it escalates nowhere, in simulate as in the engine", async () => {
    // One call a day: the second call, scheduled an hour in, waits for the next day; its 5-minute SLA counts from then (its dueAt).
    const capped = quickPlan({
      timezone: "UTC",
      steps: [
        { id: "call-1", channel: "call", mode: "task", at: { after: "PT0S" } },
        {
          id: "call-2",
          channel: "call",
          mode: "task",
          at: { after: "PT1H" },
          sla: { within: "PT5M", escalate: [{ channel: "manager" }, { channel: "manager", after: "P2D" }] },
        },
      ],
      policies: { caps: [{ max: 1, per: "day", channels: ["call"] }] },
    } as never);
    const utcLead = { ...lead("L1"), timezone: "UTC" };
    const simulated = simulate(capped, { ...utcLead, enrolledAt: START }, { until: "P2D", responder: respond.never() });
    const breaches = (history: readonly HistoryEntry[]) =>
      history.filter((h) => h.type === "event" && h.name === "sla_breached").map((h) => [h.at, (h as { data?: { level?: number } }).data?.level]);

    const clock = createManualClock(START);
    const engine = createEngine({ plans: [capped], adapters: { manager: recordingAdapter() }, clock });
    const opened: Touch[] = [];
    const dueAts: string[][] = [];
    engine.on("touch:due", ({ touch }) => {
      opened.push(touch);
      dueAts.push([touch.stepId, touch.dueAt]);
    });
    await engine.enroll(utcLead, "quick");
    for (const at of ["2026-03-09T14:00:00Z", "2026-03-10T00:00:00Z"]) {
      clock.set(at);
      await engine.runDue();
      for (const touch of opened.splice(0)) await engine.complete(touch.id, "no_answer");
    }
    const stored = (await engine.get("L1"))?.record.lead.history ?? [];

    expect(breaches(stored)).toEqual([]);
    expect(breaches(simulated.lead.history)).toEqual(breaches(stored));
    expect(simulated.escalations).toEqual([]);
    expect(dueAts).toEqual([
      ["call-1", "2026-03-09T14:00:00.000Z"],
      ["call-2", "2026-03-10T00:00:00.000Z"],
    ]);
    expect(simulated.touches.map((t) => [t.stepId, t.at])).toEqual([
      ["call-1", "2026-03-09T14:00:00.000Z"],
      ["call-2", "2026-03-10T00:00:00.000Z"],
    ]);
  });

  it("a lead who replies while the task waits ends the cadence; the late task is not performed", () => {
    const responder = Object.assign(late("PT2H"), {
      scheduled: [{ at: "PT30M", event: { type: "inbound" as const, channel: "sms", text: "call me tomorrow" } }],
    });
    const timeline = simulate(slaPlan, newYorkLead(), { until: "P1D", responder });
    expect(timeline.exit?.reason).toBe("replied");
    expect(timeline.escalations.map((e) => e.level)).toEqual([1, 2]);
    expect(timeline.touches.some((t) => t.stepId === "call-now")).toBe(false);
  });
});

describe("simulate decides as the engine does between a send and what is learnt of it", () => {
  it("a reply to the cadence's last auto touch comes after it completed, as in the engine, whose adapter only says sent", async () => {
    const last = quickPlan({ timezone: "UTC" });
    const utcLead = { ...lead("L1"), timezone: "UTC" };
    const simulated = simulate(last, { ...utcLead, enrolledAt: START }, { until: "P1D", responder: respond.byChannel({ email: "replied" }) });

    const clock = createManualClock(START);
    const engine = createEngine({ plans: [last], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    const done: string[] = [];
    engine.on("lead:done", ({ done: d }) => done.push(d.reason));
    const replies: Touch[] = [];
    engine.on("touch:sent", ({ touch }) => {
      if (touch.channel === "email") replies.push(touch);
    });
    await engine.enroll(utcLead, "quick");
    clock.set("2026-03-09T14:05:00Z");
    await engine.runDue();
    // The reply comes in the instant the email went out: the host records what it learnt.
    for (const touch of replies) {
      await engine.record("L1", { type: "outcome", touchId: touch.id, outcome: "replied" });
      await engine.record("L1", { type: "inbound", channel: "email" });
    }

    expect(done).toEqual(["completed"]);
    expect(simulated.exit?.reason).toBe(done[0]);
    expect(simulated.touches.map((t) => [t.stepId, t.outcome])).toEqual([
      ["sms-now", "sent"],
      ["email-5m", "replied"],
    ]);
    // The reply is still recorded, after the end, as the host records it.
    expect(simulated.entries.slice(-2).map((e) => e.kind)).toEqual(["exit", "lead"]);
    const stored = (await engine.get("L1"))?.record.lead.history ?? [];
    const shape = (history: readonly HistoryEntry[]) => history.map((h) => [h.type, h.at, "outcome" in h ? h.outcome : undefined]);
    expect(shape(simulated.lead.history)).toEqual(shape(stored));
  });

  it("a reply to a touch with more to come ends the cadence as replied, in both", () => {
    const timeline = simulate(
      quickPlan({ timezone: "UTC" }),
      { ...lead("L1"), timezone: "UTC", enrolledAt: START },
      { until: "P1D", responder: respond.byChannel({ sms: "replied" }) },
    );
    expect(timeline.exit?.reason).toBe("replied");
    expect(timeline.touches).toHaveLength(1);
  });
});

describe("simulate records inbound opt-outs as the engine does", () => {
  it("a STOP text ends the SMS channel; ordinary texts do not", () => {
    const plan = {
      id: "p",
      version: 1,
      name: "p",
      timezone: "UTC",
      steps: [
        { id: "sms-1", channel: "sms", at: { after: "PT0S" } },
        { id: "sms-2", channel: "sms", at: { after: "PT2H" } },
        { id: "email-2", channel: "email", at: { after: "PT2H" } },
      ],
    };
    const lead = { id: "l", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+12125550100", email: "l@example.com" } };
    const stopped = simulate(plan, lead, { until: "P1D", responder: respond.at("PT1H", { type: "inbound", channel: "sms", text: "STOP" }) });
    expect(stopped.touches.map((t) => t.stepId)).toEqual(["sms-1", "email-2"]);
    expect(stopped.lead.optOuts).toMatchObject([{ channel: "sms" }]);
    const chatty = simulate(plan, lead, { until: "P1D", responder: respond.at("PT1H", { type: "inbound", channel: "sms", text: "I'll stop by tomorrow" }) });
    expect(chatty.touches.map((t) => t.stepId)).toEqual(["sms-1", "sms-2", "email-2"]);
  });
});

describe("simulate with presets", () => {
  it("adds compliance presets for the simulation without editing the plan", () => {
    const plan = {
      id: "late",
      version: 1,
      name: "late call",
      timezone: "America/New_York",
      steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }],
    };
    // 20:30 in Florida: allowed by the plan alone, not under us-states (Florida: calls until 20:00).
    const lead = {
      id: "fl",
      enrolledAt: "2026-03-10T00:30:00Z",
      timezone: "America/New_York",
      contacts: { phone: "+13055550100" },
      address: { country: "US", region: "FL" },
    };
    const plain = simulate(plan, lead, { until: "P2D", responder: respond.never() });
    const strict = simulate(plan, lead, { until: "P2D", responder: respond.never(), presets: ["us-federal", "us-states"] });
    expect(plain.touches[0]?.at).toBe("2026-03-10T00:30:00.000Z");
    expect(strict.touches[0]?.at).toBe("2026-03-10T12:00:00.000Z");
    expect(plan).not.toHaveProperty("compliance");
    expect(() => simulate(plan, lead, { until: "P1D", responder: respond.never(), presets: ["us-mars"] as never })).toThrow(PlanValidationError);
  });
});
