import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type Store, type StoredLead, type TouchDueEvent } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { flush, HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/** A send the test answers when it chooses. */
function gatedAdapter() {
  const gates: ((r: { status: "sent" }) => void)[] = [];
  const adapter = recordingAdapter(() => new Promise((resolve) => gates.push(resolve)));
  return { adapter, open: () => gates.splice(0).forEach((g) => g({ status: "sent" })) };
}

/** A store whose chosen writes commit and then report a failure; optionally the read-back after fails too. */
function commitThenFail(inner: Store, failOn: (r: StoredLead) => boolean, readBackFails: boolean): Store & { failures: number } {
  let failNextGet = false;
  const store = {
    failures: 0,
    get: async (id: string) => {
      if (failNextGet) {
        failNextGet = false;
        throw new Error("connection reset");
      }
      return inner.get(id);
    },
    async write(r: StoredLead, expected: number) {
      const w = await inner.write(r, expected);
      if (w.ok && failOn(r)) {
        store.failures++;
        failNextGet = readBackFails;
        throw new Error("timeout after commit");
      }
      return w;
    },
    remove: (id: string, v: number) => inner.remove(id, v),
    due: (at: number, limit: number) => inner.due(at, limit),
    claim: (id: string, o: string, u: number, n: number) => inner.claim(id, o, u, n),
    release: (id: string, o: string) => inner.release(id, o),
    scan: () => inner.scan(),
  };
  return store;
}

const taskPlan = () => quickPlan({ steps: [{ id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } } as never] });

describe("delivery guarantees at the edges", () => {
  it("1. a migration while a touch is in flight keeps its key: the new version never sends the step again", async () => {
    const clock = createManualClock(START);
    const sms = gatedAdapter();
    const email = recordingAdapter();
    const v2 = { ...quickPlan(), version: 2 };
    const engine = createEngine({ plans: [quickPlan(), v2], adapters: { sms: sms.adapter, email }, clock });
    const enrolling = engine.enroll(lead("a"), "quick", { version: 1 });
    await flush();
    expect(sms.adapter.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
    sms.open();
    await enrolling;
    await flush();
    clock.advance(HOUR);
    await engine.runDue();
    expect(sms.adapter.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@2/email-5m#1"]);
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.filter((h) => h.type === "touch").map((h) => (h as { touchId: string }).touchId)).toEqual(["a/quick@1/sms-now#1", "a/quick@2/email-5m#1"]);
  });

  it("1b. a retry after a lost response keeps its key across a migration", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter((_t, _c, n) => (n === 1 ? { status: "failed", retryable: true, error: "response lost" } : { status: "sent" }));
    const v2 = { ...quickPlan(), version: 2 };
    const engine = createEngine({ plans: [quickPlan(), v2], adapters: { sms, email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick", { version: 1 });
    await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => [c.key, c.attempt])).toEqual([
      ["a/quick@1/sms-now#1", 1],
      ["a/quick@1/sms-now#1", 2],
    ]);
  });

  it("2. a task whose write commits and then fails is announced (same touch id), and the lead keeps a wake-up", async () => {
    for (const readBackFails of [false, true]) {
      const clock = createManualClock(START);
      const inner = createMemoryStore();
      const hasNewTask = (r: StoredLead) => r.enrollments.some((e) => Object.values(e.pending).some((p) => p.announced === false));
      let once = true;
      const store = commitThenFail(inner, (r) => hasNewTask(r) && once && !(once = false), readBackFails);
      const engine = createEngine({ plans: [taskPlan()], adapters: { call: recordingAdapter() }, clock, store });
      const due: TouchDueEvent[] = [];
      engine.on("touch:due", (e) => due.push(e));
      engine.on("error", () => undefined);
      await engine.enroll(lead("a"), "quick").catch(() => undefined);
      expect(store.failures).toBe(1);
      const stored = await inner.get("a");
      expect(stored?.record.dueAt).not.toBeNull();
      clock.advance(2 * MINUTE);
      await engine.runDue();
      expect(due.length).toBeGreaterThanOrEqual(1);
      expect(new Set(due.map((e) => e.touch.id))).toEqual(new Set(["a/quick@1/call-now#1"]));
      const after = await inner.get("a");
      expect(after?.record.enrollments[0]?.pending["a/quick@1/call-now#1"]?.announced).toBe(true);
      expect(after?.record.dueAt).not.toBeNull();
      // Announced: later looks do not announce it again.
      const count = due.length;
      clock.advance(2 * HOUR);
      await engine.runDue();
      expect(due).toHaveLength(count);
    }
  });

  it("3. an adapter timeout that does not end within the lease is refused", () => {
    const base = { plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() } };
    expect(() => createEngine({ ...base, leaseMs: 60_000, sendTimeoutMs: 30_000 })).toThrow(ArgumentError);
    expect(() => createEngine({ ...base, leaseMs: 60_000, sendTimeoutMs: 120_000 })).toThrow(/sendTimeoutMs.*shorter than half of leaseMs/);
    expect(() =>
      createEngine({ ...base, adapters: { sms: { ...recordingAdapter(), timeoutMs: 45_000 }, email: recordingAdapter() }, leaseMs: 60_000 }),
    ).toThrow(/adapters\.sms\.timeoutMs/);
    expect(() => createEngine({ ...base, leaseMs: 60_000, sendTimeoutMs: 29_999 })).not.toThrow();
  });

  it("3b. an owner that names no lease holder (empty, not a string, a NUL) is refused: a store reads an empty owner as 'list, do not lease'", () => {
    const base = { plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() } };
    for (const owner of ["", 42, "a\u0000b"])
      expect(() => createEngine({ ...base, owner: owner as string }), String(owner)).toThrow(
        expect.objectContaining({ name: "ArgumentError", argument: "owner" }),
      );
    expect(() => createEngine({ ...base, owner: "worker-1" })).not.toThrow();
  });

  it("4. a send whose answer was lost, then a reply before the retry: history keeps the attempt (outcome unknown)", async () => {
    const clock = createManualClock(START);
    // The provider accepts the send; the answer is lost on the way back (the adapter throws).
    const sms = recordingAdapter(() => {
      throw new Error("socket hang up");
    });
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    clock.advance(5_000);
    await engine.record("a", { type: "inbound", channel: "sms", text: "yes please call me" });
    const rec = (await engine.get("a"))?.record;
    expect(rec?.enrollments[0]?.state).toBe("done");
    const touches = rec?.lead.history.filter((h) => h.type === "touch") ?? [];
    expect(touches).toEqual([expect.objectContaining({ touchId: "a/quick@1/sms-now#1", channel: "sms" })]);
    expect(touches[0]).not.toHaveProperty("outcome");
    expect(rec?.lead.history).toContainEqual(
      expect.objectContaining({ type: "event", name: "touch_unconfirmed", data: expect.objectContaining({ attempts: 1 }) }),
    );
  });

  it("5. complete after the enrolment ended records the outcome and says so", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [taskPlan()], adapters: { call: recordingAdapter() }, clock });
    const due: string[] = [];
    engine.on("touch:due", (e) => due.push(e.touch.id));
    await engine.enroll(lead("a"), "quick");
    await engine.unenroll("a", "bought elsewhere");
    expect(await engine.complete(due[0] as string, "connected")).toBe("after_end");
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history).toContainEqual(expect.objectContaining({ type: "touch", touchId: "a/quick@1/call-now#1", outcome: "connected" }));
    expect(history).toContainEqual(
      expect.objectContaining({ type: "event", name: "outcome_after_end", data: expect.objectContaining({ endedReason: "bought elsewhere" }) }),
    );
    expect(await engine.complete(due[0] as string, "connected")).toBe("already_recorded");
    await engine.enroll(lead("b"), "quick");
    expect(await engine.complete("b/quick@1/call-now#1", "no_answer")).toBe("completed");
  });

  it("5b. complete after the enrolment ended refuses a touch id naming a step its plan never had, recording nothing", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [taskPlan()], adapters: { call: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.unenroll("a", "bought elsewhere");
    const before = (await engine.get("a"))?.record;
    await expect(engine.complete("a/quick@1/cal-now#1", "connected")).rejects.toMatchObject({ name: "EngineError", code: "unknown_touch" });
    await expect(engine.complete("a/quick@1/cal-now#1", "connected")).rejects.toThrow(/step "cal-now".*quick@1.*call-now/);
    expect((await engine.get("a"))?.record).toEqual(before);
    // A version this engine does not load is not checked: its steps are unknown here.
    expect(await engine.complete("a/quick@7/any-step#1", "connected")).toBe("after_end");
  });

  it("6. instants without Z or an offset are refused in engine arguments (also pause of one plan)", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    await expect(engine.pause("a", { planId: "quick", until: "2026-03-10T09:00:00" })).rejects.toMatchObject({ name: "ArgumentError", argument: "until" });
    await expect(engine.record("a", { type: "status", status: "won", at: "2026-03-10T09:00" })).rejects.toBeInstanceOf(ArgumentError);
    expect(() => createManualClock("2026-03-10T09:00:00")).toThrow(ArgumentError);
  });
});
