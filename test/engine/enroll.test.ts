import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, EngineError, type Store } from "../../src/engine/index.js";
import { LeadValidationError, PlanValidationError, ArgumentError } from "../../src/errors/index.js";
import { dealerPlan, lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

async function snapshot(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const v of store.scan()) out.push(JSON.stringify(v));
  return out.sort();
}

describe("createEngine", () => {
  it("rejects a plan that uses a channel with no adapter, naming the channel", () => {
    expect(() => createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter() } })).toThrow(/channel "email"/);
    try {
      createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter() } });
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).code).toBe("missing_adapter");
    }
  });

  it("needs no adapter for task-mode steps but one for fallbacks and escalations", () => {
    const plan = dealerPlan();
    expect(() => createEngine({ plans: [plan], adapters: { sms: recordingAdapter(), email: recordingAdapter() } })).toThrow(/"whatsapp"/);
    expect(() => createEngine({ plans: [plan], adapters: { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() } })).not.toThrow();
    const withSla = quickPlan({ steps: [{ id: "s", channel: "sms", at: { after: "PT0S" }, sla: { within: "PT1M", escalate: { channel: "notify" } } }] });
    expect(() => createEngine({ plans: [withSla], adapters: { sms: recordingAdapter() } })).toThrow(/"notify" \(an SLA escalation\)/);
  });

  it("validates plans and options with typed errors", () => {
    const adapters = { sms: recordingAdapter(), email: recordingAdapter() };
    expect(() => createEngine({ plans: [{ ...quickPlan(), steps: [] }], adapters })).toThrow(PlanValidationError);
    expect(() => createEngine({ plans: [], adapters })).toThrow(ArgumentError);
    expect(() => createEngine({ plans: [quickPlan(), quickPlan()], adapters })).toThrow(/given twice/);
    expect(() => createEngine({ plans: [quickPlan()], adapters, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => createEngine({ plans: [quickPlan()], adapters, retry: { attempts: 0 } })).toThrow(/retry.attempts/);
    expect(() => createEngine({ plans: [quickPlan()], adapters: { ...adapters, call: {} as never } })).toThrow(/adapters.call/);
  });
});

describe("engine.enroll", () => {
  it("performs the immediate touch before resolving, with the touch id as idempotency key", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock });
    const sent: string[] = [];
    engine.on("touch:sent", (e) => sent.push(e.touch.id));
    const result = await engine.enroll(lead("L1"), "quick");
    expect(result).toEqual({ leadId: "L1", planId: "quick", planVersion: 1, enrollmentId: "quick", sequence: 1, kept: false });
    expect(sms.calls.map((c) => c.key)).toEqual(["L1/quick@1/sms-now#1"]);
    expect(sent).toEqual(["L1/quick@1/sms-now#1"]);
    const stored = await engine.get("L1");
    expect(stored?.record.lead.enrolledAt).toBe("2026-03-09T14:00:00.000Z");
    expect(stored?.record.lead.history).toMatchObject([{ type: "touch", touchId: "L1/quick@1/sms-now#1", outcome: "sent" }]);
    expect(stored?.record.dueAt).toBe(Date.parse(START) + 5 * 60_000);
  });

  it("emits touch:due once for a task-mode first touch (the rep's call)", async () => {
    const clock = createManualClock(START);
    const adapters = { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() };
    const engine = createEngine({ plans: [dealerPlan()], adapters, clock });
    const due: string[] = [];
    engine.on("touch:due", (e) => due.push(e.touch.id));
    await engine.enroll(lead("L1", { timezone: "America/New_York" }), "dealer-speed-to-lead");
    await engine.runDue();
    await engine.runDue();
    expect(due).toEqual(["L1/dealer-speed-to-lead@1/call-now#1"]);
    expect((await engine.openTasks("L1")).map((t) => t.id)).toEqual(due);
  });

  it("rejects an invalid lead, an unknown plan and a second enrolment with typed errors, leaving the store unchanged", async () => {
    const clock = createManualClock(START);
    const store = createMemoryStore();
    const engine = createEngine({
      plans: [quickPlan(), quickPlan({ id: "other" })],
      adapters: { sms: recordingAdapter(), email: recordingAdapter() },
      clock,
      store,
    });
    await engine.enroll(lead("L1"), "quick");
    const before = await snapshot(store);

    await expect(engine.enroll({ id: "", contacts: {} } as never, "quick")).rejects.toBeInstanceOf(LeadValidationError);
    await expect(engine.enroll({ id: "L2", timezone: "Mars/Base" } as never, "quick")).rejects.toBeInstanceOf(LeadValidationError);
    await expect(engine.enroll(lead("L2"), "nope")).rejects.toMatchObject({ code: "unknown_plan" });
    await expect(engine.enroll(lead("L2"), "quick", { version: 9 })).rejects.toMatchObject({ code: "unknown_plan" });
    await expect(engine.enroll(lead("L1"), "quick")).rejects.toMatchObject({ code: "already_enrolled", name: "EngineError" });
    await expect(engine.enroll(lead("L1"), "quick", { ifActive: "sometimes" as never })).rejects.toMatchObject({ code: "invalid_argument" });
    // A version that is no positive integer: an ArgumentError saying what came (an object whose toString is no function used to throw a TypeError).
    for (const version of [{ toString: "1" }, "1", 0, 1.5, Number.NaN, null] as unknown[]) {
      await expect(engine.enroll(lead("L2"), "quick", { version } as never), String(JSON.stringify(version))).rejects.toMatchObject({
        name: "ArgumentError",
        message: expect.stringMatching(/^Expected options\.version to be a positive integer \(a loaded version of the plan\), got /),
      });
    }

    expect(await snapshot(store)).toEqual(before);
  });

  it("enrols on the latest loaded version unless one is named", async () => {
    const clock = createManualClock(START);
    const adapters = { sms: recordingAdapter(), email: recordingAdapter() };
    const engine = createEngine({ plans: [quickPlan(), quickPlan({ version: 2 })], adapters, clock });
    expect((await engine.enroll(lead("a"), "quick")).planVersion).toBe(2);
    expect((await engine.enroll(lead("b"), "quick", { version: 1 })).planVersion).toBe(1);
    expect(adapters.sms.calls.map((c) => c.key)).toEqual(["a/quick@2/sms-now#1", "b/quick@1/sms-now#1"]);
  });
});
