import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type SlaBreachedEvent } from "../../src/engine/index.js";
import { parsePlan } from "../../src/plan/index.js";
import { lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

const T0 = Date.parse(START);

function taskPlan(sla: unknown) {
  return quickPlan({
    steps: [{ id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" }, sla } as never, { id: "email-1d", channel: "email", at: { after: "P1D" } }],
  });
}

function setup(sla: unknown, adapters: Record<string, ReturnType<typeof recordingAdapter>> = {}) {
  const clock = createManualClock(START);
  const notify = recordingAdapter();
  const manager = recordingAdapter();
  const email = recordingAdapter();
  const engine = createEngine({ plans: [taskPlan(sla)], adapters: { notify, manager, email, ...adapters }, clock });
  const breaches: SlaBreachedEvent[] = [];
  engine.on("sla:breached", (e) => breaches.push(e));
  return { clock, notify, manager, email, engine, breaches };
}

describe("speed-to-lead SLA", () => {
  it("the SLA is part of the plan format", () => {
    expect(() => parsePlan(taskPlan({ within: "PT1M", escalate: { channel: "notify" } }))).not.toThrow();
    expect(() => parsePlan(taskPlan({ within: "soon", escalate: { channel: "notify" } }))).toThrow(/duration/);
    expect(() => parsePlan(taskPlan({ within: "PT1M", escalate: [] }))).toThrow();
  });

  it("emits sla:breached at the deadline and issues the escalation touch once", async () => {
    const { clock, notify, engine, breaches } = setup({ within: "PT1M", escalate: { channel: "notify", template: "manager-alert" } });
    const due: number[] = [];
    engine.on("touch:due", (e) => due.push(e.slaDeadline ?? 0));
    await engine.enroll(lead("a"), "quick");
    expect(due).toEqual([T0 + MINUTE]);
    expect((await engine.get("a"))?.record.dueAt).toBe(T0 + MINUTE);
    clock.advance(MINUTE - 1);
    await engine.runDue();
    expect(breaches).toHaveLength(0);
    clock.advance(1);
    await engine.runDue();
    await engine.runDue();
    clock.advance(MINUTE);
    await engine.runDue();
    expect(breaches).toMatchObject([
      {
        level: 1,
        deadline: T0 + MINUTE,
        touch: { id: "a/quick@1/call-now#1" },
        escalation: { id: "a/quick@1/call-now#1~sla1", channel: "notify", template: "manager-alert" },
      },
    ]);
    expect(notify.calls.map((c) => c.key)).toEqual(["a/quick@1/call-now#1~sla1"]);
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.map((h) => h.type === "event" && h.name)).toEqual(["sla_breached", "sla_escalated"]);
  });

  it("a task completed within the SLA breaches nothing", async () => {
    const { clock, notify, engine, breaches } = setup({ within: "PT1M", escalate: { channel: "notify" } });
    await engine.enroll(lead("a"), "quick");
    clock.advance(30_000);
    await engine.complete("a/quick@1/call-now#1", "no_answer");
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(breaches).toHaveLength(0);
    expect(notify.calls).toHaveLength(0);
  });

  it("runs an escalation ladder: each level at its own delay, to its own target", async () => {
    const { clock, notify, manager, engine, breaches } = setup({
      within: "PT1M",
      escalate: [
        { channel: "notify", template: "rep-reminder" },
        { after: "PT4M", channel: "manager", template: "manager-alert" },
      ],
    });
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    await engine.runDue();
    expect(notify.calls).toHaveLength(1);
    expect(manager.calls).toHaveLength(0);
    expect((await engine.get("a"))?.record.dueAt).toBe(T0 + 5 * MINUTE);
    clock.advance(4 * MINUTE);
    await engine.runDue();
    expect(manager.calls.map((c) => [c.key, c.touch.template])).toEqual([["a/quick@1/call-now#1~sla2", "manager-alert"]]);
    expect(breaches.map((b) => b.level)).toEqual([1, 2]);
    clock.advance(60 * MINUTE);
    await engine.runDue();
    expect(notify.calls.length + manager.calls.length).toBe(2);
  });

  it("an auto touch still failing at its deadline breaches too", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter(() => ({ status: "failed", retryable: true, error: "down" }));
    const notify = recordingAdapter();
    const plan = quickPlan({ steps: [{ id: "sms-now", channel: "sms", at: { after: "PT0S" }, sla: { within: "PT2M", escalate: { channel: "notify" } } }] });
    const engine = createEngine({ plans: [plan], adapters: { sms, notify }, clock, retry: { attempts: 10, baseMs: 30_000, jitter: 0 } });
    await engine.enroll(lead("a"), "quick");
    for (let i = 0; i < 6; i++) {
      clock.advance(30_000);
      await engine.runDue();
    }
    expect(notify.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1~sla1"]);
  });
});
