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

  it("a rate-limited escalation is delayed until the limit allows, never dropped: sent once at its retryAt, also after the task was done", async () => {
    // The manager's channel is rate-limited once (a 429 with Retry-After: 30 s), then accepts.
    const manager = recordingAdapter((_t, _ctx, n) =>
      n === 1 ? { status: "deferred", retryAt: T0 + MINUTE + 30_000, reason: "rate limit" } : { status: "sent" },
    );
    const { clock, engine } = setup({ within: "PT1M", escalate: { channel: "manager" } }, { manager });
    const errors: unknown[] = [];
    const deferred: { id: string; retryAt: number }[] = [];
    engine.on("error", (e) => errors.push(e.error));
    engine.on("touch:deferred", (e) => deferred.push({ id: e.touch.id, retryAt: e.retryAt }));
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    await engine.runDue();
    expect(manager.calls.map((c) => c.key)).toEqual(["a/quick@1/call-now#1~sla1"]);
    expect(errors).toEqual([]);
    expect(deferred).toEqual([{ id: "a/quick@1/call-now#1~sla1", retryAt: T0 + MINUTE + 30_000 }]);
    const waiting = (await engine.get("a"))?.record;
    expect(waiting?.dueAt).toBe(T0 + MINUTE + 30_000);
    expect(waiting?.lead.history.map((h) => h.type === "event" && h.name)).toEqual(["sla_breached"]);
    // The rep calls meanwhile: the breach happened all the same, and its alert still goes.
    expect(await engine.complete("a/quick@1/call-now#1", "connected")).toBe("completed");
    clock.advance(29_999);
    await engine.runDue();
    expect(manager.calls).toHaveLength(1);
    clock.advance(1);
    await engine.runDue();
    await engine.runDue();
    expect(manager.calls.map((c) => c.key)).toEqual(["a/quick@1/call-now#1~sla1", "a/quick@1/call-now#1~sla1"]);
    const rec = (await engine.get("a"))?.record;
    const escalated = rec?.lead.history.filter((h) => h.type === "event" && h.name === "sla_escalated");
    expect(escalated).toMatchObject([
      { at: new Date(T0 + MINUTE + 30_000).toISOString(), data: { escalationId: "a/quick@1/call-now#1~sla1", status: "sent" } },
    ]);
    expect(rec?.dueAt).toBeNull();
    expect(errors).toEqual([]);
  });

  it("an escalation refused by the send gate waits for it too; a bounded deferral fails it past its bound", async () => {
    const { clock, manager, engine } = setup({ within: "PT1M", escalate: { channel: "manager" } });
    let gateRetryAt = 0;
    engine.useSendGate(async (touch) => (touch.channel === "manager" && gateRetryAt > 0 ? { retryAt: gateRetryAt, reason: "limit sms:from" } : undefined));
    const errors: { code?: string; message: string }[] = [];
    engine.on("error", (e) => errors.push(e.error as { code?: string; message: string }));
    await engine.enroll(lead("a"), "quick");
    gateRetryAt = T0 + 2 * MINUTE;
    clock.advance(MINUTE);
    await engine.runDue();
    expect(manager.calls).toHaveLength(0);
    expect((await engine.get("a"))?.record.dueAt).toBe(T0 + 2 * MINUTE);
    gateRetryAt = 0;
    clock.advance(MINUTE);
    await engine.runDue();
    expect(manager.calls.map((c) => c.key)).toEqual(["a/quick@1/call-now#1~sla1"]);
    expect(errors).toEqual([]);

    // A provider's "later" code with a bound (maxDeferrals 1): deferred once, then failed as before.
    const limited = recordingAdapter((_t, _ctx, n) => ({ status: "deferred", retryAt: T0 + MINUTE + n * 1000, reason: "quota", maxDeferrals: 1 }));
    const second = setup({ within: "PT1M", escalate: { channel: "manager" } }, { manager: limited });
    const failed: { code?: string }[] = [];
    second.engine.on("error", (e) => failed.push(e.error as { code?: string }));
    await second.engine.enroll(lead("b"), "quick");
    second.clock.advance(MINUTE);
    await second.engine.runDue();
    second.clock.advance(1000);
    await second.engine.runDue();
    second.clock.advance(1000);
    await second.engine.runDue();
    expect(limited.calls).toHaveLength(2);
    expect(failed).toMatchObject([{ code: "escalation_failed" }]);
    const history = (await second.engine.get("b"))?.record.lead.history ?? [];
    expect(history.filter((h) => h.type === "event" && h.name === "sla_escalated")).toMatchObject([
      { data: { status: "deferred", error: "deferred 1 times: quota" } },
    ]);
  });
});
