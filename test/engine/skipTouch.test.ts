import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type TouchSkippedEvent } from "../../src/engine/index.js";
import { flush, hang, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

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
