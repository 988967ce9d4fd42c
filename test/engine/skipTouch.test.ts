import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type TouchSkippedEvent } from "../../src/engine/index.js";
import type { PlanInput } from "../../src/index.js";
import { flush, hang, HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/** A rep's call task now, an SMS five minutes after it was settled, an email at an hour. */
const plan = () =>
  quickPlan({
    steps: [
      { id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } },
      { id: "sms-after", channel: "sms", at: { after: "PT5M", from: { step: "call-now" } } },
      { id: "email-1h", channel: "email", at: { after: "PT1H" } },
    ],
  });

function setup(sms = recordingAdapter()) {
  const clock = createManualClock(START);
  const engine = createEngine({ plans: [plan()], adapters: { sms, email: recordingAdapter() }, clock });
  const skipped: TouchSkippedEvent[] = [];
  engine.on("touch:skipped", (e) => skipped.push(e));
  return { engine, clock, sms, skipped };
}

const CALL = "a/quick@1/call-now#1";

describe("engine.skip", () => {
  it("a rep skips an open task: its step is settled as skipped with the reason, and what follows it goes on", async () => {
    const { engine, clock, sms, skipped } = setup();
    await engine.enroll(lead("a"), "quick");
    expect((await engine.openTasks("a")).map((t) => t.id)).toEqual([CALL]);
    clock.advance(2 * MINUTE);
    expect(await engine.skip(CALL, "showroom_visit")).toBe("skipped");
    expect(await engine.openTasks("a")).toEqual([]);
    expect(skipped).toMatchObject([{ leadId: "a", planId: "quick", record: { type: "skip", stepId: "call-now", reason: "showroom_visit" } }]);
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    // Nothing was performed: no touch record, so no contact counts against caps.
    expect(history.filter((h) => h.type === "touch")).toEqual([]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-after#1"]);
  });

  it("is idempotent, and says what happened to a touch it cannot skip", async () => {
    const { engine } = setup();
    await engine.enroll(lead("a"), "quick");
    expect(await engine.skip(CALL)).toBe("skipped");
    expect(await engine.skip(CALL)).toBe("already_skipped");
    expect((await engine.get("a"))?.record.lead.history.filter((h) => h.type === "skip")).toMatchObject([{ stepId: "call-now", reason: "skipped_by_host" }]);
    await engine.enroll(lead("b"), "quick");
    await engine.complete("b/quick@1/call-now#1", "connected");
    expect(await engine.skip("b/quick@1/call-now#1")).toBe("already_recorded");
    await expect(engine.skip("a/quick@1/email-1h#1")).rejects.toMatchObject({ name: "EngineError", code: "unknown_touch" });
    await expect(engine.skip("nobody/quick@1/call-now#1")).rejects.toMatchObject({ name: "EngineError", code: "unknown_lead" });
    await expect(engine.skip("not a touch id")).rejects.toMatchObject({ name: "EngineError", code: "unknown_touch" });
  });

  it("refuses a reason that is not a non-empty storable string, storing nothing", async () => {
    const { engine } = setup();
    await engine.enroll(lead("a"), "quick");
    const before = await engine.get("a");
    for (const reason of ["", 42, "a\u0000b", "x".repeat(300)]) {
      await expect(engine.skip(CALL, reason as string)).rejects.toMatchObject({ name: "ArgumentError", argument: "reason" });
    }
    expect(await engine.get("a")).toEqual(before);
  });

  it("a message whose send is in flight cannot be recalled: answered in_flight, the send's result stands", async () => {
    const sms = recordingAdapter((_t, ctx) => hang(ctx.signal));
    const { engine, clock } = setup(sms);
    await engine.enroll(lead("a"), "quick");
    await engine.complete(CALL, "no_answer");
    clock.advance(5 * MINUTE);
    const run = engine.runDue();
    await flush();
    expect(sms.calls).toHaveLength(1);
    expect(await engine.skip("a/quick@1/sms-after#1")).toBe("in_flight");
    await engine.stop(0);
    await run;
    expect((await engine.get("a"))?.record.lead.history.filter((h) => h.type === "skip")).toEqual([]);
  });
});

describe("engine.openTasks()", () => {
  it("without a lead id lists every lead's open tasks, the longest-waiting first (a dialer's queue after a restart)", async () => {
    const { engine, clock } = setup();
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    await engine.enroll(lead("b"), "quick");
    await engine.enroll(lead("c"), "quick");
    await engine.complete("c/quick@1/call-now#1", "connected");
    expect((await engine.openTasks()).map((t) => t.id)).toEqual(["a/quick@1/call-now#1", "b/quick@1/call-now#1"]);
    expect((await engine.openTasks("b")).map((t) => t.id)).toEqual(["b/quick@1/call-now#1"]);
  });
});

describe("engine.skip of a touch whose answer was lost, and migrate's removed step", () => {
  /** Two SMS five minutes apart under a cap of one SMS a day: the first send throws after the provider may have taken it. */
  const capped = (
    steps: PlanInput["steps"] = [
      { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
      { id: "sms-5m", channel: "sms", at: { after: "PT5M" } },
    ],
  ) => quickPlan({ steps, policies: { caps: [{ max: 1, per: "24h", channels: ["sms"] }] } });
  const lostAnswer = () =>
    recordingAdapter((_touch, _ctx, n) => {
      if (n === 1) throw new Error("socket hang up");
      return { status: "sent" };
    });

  it("skip records the attempt that may have reached the lead (outcome unknown), so the cap holds the next SMS", async () => {
    const clock = createManualClock(START);
    const sms = lostAnswer();
    const engine = createEngine({ plans: [capped()], adapters: { sms }, clock });
    await engine.enroll(lead("a"), "quick");
    expect(await engine.skip("a/quick@1/sms-now#1", "rep_cancelled")).toBe("skipped");
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.filter((h) => h.type === "touch")).toMatchObject([{ touchId: "a/quick@1/sms-now#1", stepId: "sms-now" }]);
    expect(history.filter((h) => h.type === "touch")[0]).not.toHaveProperty("outcome");
    expect(history).toContainEqual(expect.objectContaining({ type: "event", name: "touch_unconfirmed" }));
    expect(history).toContainEqual(expect.objectContaining({ type: "skip", stepId: "sms-now", reason: "rep_cancelled" }));
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
  });

  it("migrate records the attempt of a step the new version removes alike", async () => {
    const clock = createManualClock(START);
    const sms = lostAnswer();
    const v2 = { ...capped([{ id: "sms-5m", channel: "sms", at: { after: "PT5M" } }]), version: 2 };
    const engine = createEngine({ plans: [capped(), v2], adapters: { sms }, clock });
    await engine.enroll(lead("a"), "quick", { version: 1 });
    await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.filter((h) => h.type === "touch")).toMatchObject([{ touchId: "a/quick@1/sms-now#1" }]);
    expect(history).toContainEqual(expect.objectContaining({ type: "event", name: "touch_unconfirmed" }));
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
  });
});

describe("engine.skip of a task an earlier enrolment left open", () => {
  it("settles that enrolment's step, not the step of the lead's new enrolment in the plan", async () => {
    const { engine, clock } = setup();
    const due: string[] = [];
    engine.on("touch:due", ({ touch }) => due.push(touch.id));
    await engine.enroll(lead("a"), "quick");
    await engine.unenroll("a", "wrong campaign");
    clock.advance(MINUTE);
    const { enrollmentId } = await engine.enroll(lead("a"), "quick");
    expect(enrollmentId).toBe("quick:2");
    // The second enrolment's call task is open; the rep clears the first's from the dialer.
    expect(due).toEqual([CALL, "a/quick:2@1/call-now#1"]);
    expect(await engine.skip(CALL, "stale")).toBe("skipped");
    expect((await engine.openTasks("a")).map((t) => t.id)).toEqual(["a/quick:2@1/call-now#1"]);
    clock.advance(HOUR);
    await engine.runDue();
    expect((await engine.openTasks("a")).map((t) => t.id)).toEqual(["a/quick:2@1/call-now#1"]);
    // Skipped again, it answers for its own enrolment; the second's task is still its own to skip.
    expect(await engine.skip(CALL, "stale")).toBe("already_skipped");
    expect(await engine.skip("a/quick:2@1/call-now#1", "showroom_visit")).toBe("skipped");
    const metrics = (await engine.metrics()).plans["quick"];
    expect(metrics?.steps["call-now"]?.skipped).toEqual({ stale: 1, showroom_visit: 1 });
  });

  it("answers unknown_touch for a touch of a new enrolment that is not open, though the earlier one's step was skipped", async () => {
    const { engine, clock } = setup();
    await engine.enroll(lead("a"), "quick");
    expect(await engine.skip(CALL, "stale")).toBe("skipped");
    await engine.unenroll("a", "over");
    clock.advance(MINUTE);
    await engine.enroll(lead("a"), "quick");
    await expect(engine.skip("a/quick:2@1/email-1h#1")).rejects.toMatchObject({ code: "unknown_touch" });
    await expect(engine.skip("a/quick:3@1/call-now#1")).rejects.toMatchObject({ code: "unknown_touch" });
  });
});
