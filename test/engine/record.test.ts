import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, EngineError } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { dealerPlan, HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

function dealer() {
  const clock = createManualClock(START);
  const adapters = { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() };
  const engine = createEngine({ plans: [dealerPlan()], adapters, clock });
  return { clock, adapters, engine };
}

describe("engine.record and engine.complete", () => {
  it("a no-answer on the rep's call makes the SMS at 5 minutes go out, then the email at 10", async () => {
    const { clock, adapters, engine } = dealer();
    const due: string[] = [];
    engine.on("touch:due", (e) => due.push(e.touch.id));
    await engine.enroll(lead("L1", { timezone: "America/New_York" }), "dealer-speed-to-lead");
    await engine.complete(due[0] as string, "no_answer");
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(adapters.sms.calls.map((c) => c.key)).toEqual(["L1/dealer-speed-to-lead@1/sms-intro#1"]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(adapters.email.calls.map((c) => c.key)).toEqual(["L1/dealer-speed-to-lead@1/email-intro#1"]);
    const history = (await engine.get("L1"))?.record.lead.history ?? [];
    expect(history.filter((h) => h.type === "touch").map((h) => h.type === "touch" && `${h.stepId}:${h.outcome}`)).toEqual([
      "call-now:no_answer",
      "sms-intro:sent",
      "email-intro:sent",
    ]);
  });

  it("a connected call ends the cadence: lead:done, nothing sent later", async () => {
    const { clock, adapters, engine } = dealer();
    const done: string[] = [];
    engine.on("lead:done", (e) => done.push(`${e.leadId}:${e.done.reason}`));
    await engine.enroll(lead("L1"), "dealer-speed-to-lead");
    const [task] = await engine.openTasks("L1");
    await engine.record("L1", { type: "outcome", touchId: task?.id as string, outcome: "connected" });
    expect(done).toEqual(["L1:connected"]);
    clock.advance(10 * 24 * HOUR);
    await engine.runDue();
    expect(adapters.sms.calls.length + adapters.email.calls.length + adapters.whatsapp.calls.length).toBe(0);
    expect((await engine.get("L1"))?.record).toMatchObject({ enrollments: [{ state: "done", pending: {}, endedReason: "connected" }], dueAt: null });
  });

  it("an inbound reply exits; a status change to won exits; later records are still kept", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({
      plans: [quickPlan({ exits: [{ on: "reply" }, { on: "status", in: ["won"] }] })],
      adapters: { sms: recordingAdapter(), email: recordingAdapter() },
      clock,
    });
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("b"), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "yes please call me" });
    await engine.record("b", { type: "status", status: "won" });
    expect((await engine.get("a"))?.record.enrollments[0]?.endedReason).toBe("replied");
    expect((await engine.get("b"))?.record).toMatchObject({ enrollments: [{ endedReason: "status" }], lead: { status: "won" } });
    await engine.record("a", { type: "meeting", note: "test drive" });
    await engine.record("a", { type: "event", name: "financing_approved", data: { amount: 1 } });
    expect((await engine.get("a"))?.record.lead.history.map((h) => h.type)).toEqual(["touch", "inbound", "meeting", "event"]);
  });

  it("a late outcome for a sent touch is kept and drives conditions (delivered, bounced)", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.record("a", { type: "outcome", touchId: "a/quick@1/sms-now#1", outcome: "delivered", at: Date.parse(START) + 1000 });
    const h = (await engine.get("a"))?.record.lead.history;
    expect(h?.[1]).toEqual({ type: "outcome", touchId: "a/quick@1/sms-now#1", outcome: "delivered", at: "2026-03-09T14:00:01.000Z" });
  });

  it("unknown lead and unknown touch ids give typed errors and record nothing", async () => {
    const { engine } = dealer();
    await engine.enroll(lead("L1"), "dealer-speed-to-lead");
    const before = JSON.stringify(await engine.get("L1"));
    await expect(engine.record("ghost", { type: "status", status: "won" })).rejects.toMatchObject({ code: "unknown_lead" });
    await expect(engine.record("L1", { type: "outcome", touchId: "L1/x@1/y#1", outcome: "connected" })).rejects.toMatchObject({ code: "unknown_touch" });
    await expect(engine.complete("nonsense", "connected")).rejects.toBeInstanceOf(EngineError);
    await expect(engine.complete("L1/dealer-speed-to-lead@1/email-day-7#1", "completed")).rejects.toMatchObject({ code: "unknown_touch" });
    await expect(engine.complete("ghost/dealer-speed-to-lead@1/call-now#1", "completed")).rejects.toMatchObject({ code: "unknown_lead" });
    await expect(engine.record("L1", { type: "touch" } as never)).rejects.toBeInstanceOf(ArgumentError);
    await expect(engine.record("L1", { type: "status", status: "" })).rejects.toBeInstanceOf(ArgumentError);
    await expect(engine.record("L1", { type: "outcome", touchId: "L1/dealer-speed-to-lead@1/call-now#1", outcome: "maybe" } as never)).rejects.toBeInstanceOf(
      ArgumentError,
    );
    expect(JSON.stringify(await engine.get("L1"))).toBe(before);
  });

  it("an outcome naming an Object.prototype key (constructor, __proto__, toString) is an unknown touch, not a TypeError; nothing recorded", async () => {
    const { engine } = dealer();
    await engine.enroll(lead("L1"), "dealer-speed-to-lead");
    const before = JSON.stringify(await engine.get("L1"));
    for (const touchId of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      await expect(engine.record("L1", { type: "outcome", touchId, outcome: "connected" }), touchId).rejects.toMatchObject({
        name: "EngineError",
        code: "unknown_touch",
        message: `Lead "L1" has no touch ${JSON.stringify(touchId)}`,
      });
    }
    expect(JSON.stringify(await engine.get("L1"))).toBe(before);
  });

  it("complete refuses an auto touch waiting for its retry (unknown_touch: no open task), nothing recorded: it was never sent", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter(() => ({ status: "failed", error: "carrier down", retryable: true }));
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    const before = await engine.get("a");
    expect(Object.keys(before?.record.enrollments[0]?.pending ?? {})).toEqual(["a/quick@1/sms-now#1"]);
    await expect(engine.complete("a/quick@1/sms-now#1", "connected")).rejects.toMatchObject({
      name: "EngineError",
      code: "unknown_touch",
      message: 'No open task "a/quick@1/sms-now#1": it is an auto touch the engine sends (skip it, or record its outcome once sent)',
    });
    expect(await engine.get("a")).toEqual(before);
  });

  it("completing a task twice is harmless", async () => {
    const { engine } = dealer();
    await engine.enroll(lead("L1"), "dealer-speed-to-lead");
    const [task] = await engine.openTasks("L1");
    await engine.complete(task?.id as string, "no_answer");
    const after = JSON.stringify(await engine.get("L1"));
    await engine.complete(task?.id as string, "no_answer");
    expect(JSON.stringify(await engine.get("L1"))).toBe(after);
  });
});

describe("records dated after the engine's clock", () => {
  it("a task's outcome recorded with a later instant completes it: the task is not announced again nor left open", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({
      steps: [
        { id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } },
        { id: "sms-1h", channel: "sms", at: { after: "PT1H" } },
      ],
    } as never);
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms }, clock });
    const due: string[] = [];
    engine.on("touch:due", (e) => due.push(e.touch.id));
    await engine.enroll(lead("a"), "quick");
    expect(due).toEqual(["a/quick@1/call-now#1"]);
    // The host's clock is 5 s ahead of the engine's.
    await engine.record("a", { type: "outcome", touchId: "a/quick@1/call-now#1", outcome: "no_answer", at: clock.now() + 5_000 });
    expect(due).toEqual(["a/quick@1/call-now#1"]);
    expect(await engine.openTasks("a")).toEqual([]);
    clock.advance(HOUR);
    await engine.runDue();
    expect(due).toEqual(["a/quick@1/call-now#1"]);
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-1h#1"]);
  });
});
