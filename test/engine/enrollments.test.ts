import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type Store, type StoredLeadV1 } from "../../src/engine/index.js";
import { flush, HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

const DAY = 24 * HOUR;

/** A second plan: one SMS now, one email after a day. */
function servicePlan(overrides: Record<string, unknown> = {}) {
  return quickPlan({
    id: "service",
    steps: [
      { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
      { id: "email-1d", channel: "email", at: { after: "P1D" } },
    ],
    ...overrides,
  });
}

function setup(plans = [quickPlan(), servicePlan()]) {
  const clock = createManualClock(START);
  const store = createMemoryStore();
  const sms = recordingAdapter();
  const email = recordingAdapter();
  const call = recordingAdapter();
  const engine = createEngine({ plans, adapters: { sms, email, call }, clock, store });
  return { clock, store, sms, email, call, engine };
}

describe("enrolments: several plans per lead", () => {
  it("a lead runs in two plans at once under one history, each with its own touch ids", async () => {
    const { engine, sms, email, clock } = setup();
    await engine.enroll(lead("a"), "quick");
    clock.advance(MINUTE);
    const second = await engine.enroll(lead("a"), "service");
    expect(second).toMatchObject({ planId: "service", enrollmentId: "service", sequence: 1, kept: false });
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/service@1/sms-now#1"]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
    const enrollments = await engine.enrollments("a");
    expect(enrollments.map((e) => [e.id, e.state])).toEqual([
      ["quick", "done"],
      ["service", "active"],
    ]);
    expect(enrollments[1]?.enrolledAt).toBe("2026-03-09T14:01:00.000Z");
    clock.advance(DAY);
    await engine.runDue();
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1", "a/service@1/email-1d#1"]);
    const rec = (await engine.get("a"))?.record;
    expect(rec?.lead.history.filter((h) => h.type === "touch")).toHaveLength(4);
  });

  it("a plan enrolled in the same minute as another waits a minute before it uses the same channel", async () => {
    const { engine, sms, clock } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("a"), "service");
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    clock.advance(MINUTE - 1);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    clock.advance(1);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/service@1/sms-now#1"]);
  });

  it("shares one contact budget: a cap of one plan holds the other plan's touch", async () => {
    const capped = quickPlan({ policies: { caps: [{ max: 1, per: "day", channels: ["sms"] }] } });
    const { engine, sms, clock } = setup([capped, servicePlan()]);
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("a"), "service");
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    clock.advance(HOUR);
    await engine.runDue();
    expect(sms.calls).toHaveLength(1);
    clock.advance(DAY);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/service@1/sms-now#1"]);
  });

  it("unenroll, pause and resume act on one plan when named, on all otherwise", async () => {
    const { engine, clock, email } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("a"), "service");
    await engine.pause("a", { planId: "quick" });
    expect((await engine.enrollments("a")).map((e) => e.state)).toEqual(["paused", "active"]);
    clock.advance(10 * MINUTE);
    await engine.runDue();
    expect(email.calls).toHaveLength(0);
    await engine.resume("a", "quick");
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
    await engine.unenroll("a", "service", "bought elsewhere");
    const states = await engine.enrollments("a");
    expect(states.map((e) => [e.state, e.endedReason])).toEqual([
      ["done", "completed"],
      ["unenrolled", "bought elsewhere"],
    ]);
    await engine.unenroll("a", "again");
    expect((await engine.enrollments("a")).map((e) => e.endedReason)).toEqual(["completed", "bought elsewhere"]);
  });

  it("a plan id naming no loaded plan and none of the lead's enrolments is refused, the lead unchanged: a typo never passes for a stop", async () => {
    const { engine, sms, clock, store } = setup();
    await engine.enroll(lead("a"), "quick");
    const before = (await engine.get("a"))?.record;
    await expect(engine.unenroll("a", "qiuck", "bought elsewhere")).rejects.toMatchObject({
      code: "unknown_plan",
      message: expect.stringMatching(/qiuck.*quick/),
    });
    await expect(engine.pause("a", { planId: "qiuck" })).rejects.toMatchObject({ code: "unknown_plan" });
    await expect(engine.resume("a", "qiuck")).rejects.toMatchObject({ code: "unknown_plan" });
    expect((await engine.get("a"))?.record).toEqual(before);
    // A plan the engine runs, or one the lead was enrolled in (an engine that no longer loads it), is acted on or left as it is.
    await engine.unenroll("a", "service", "not in it");
    expect((await engine.enrollments("a")).map((e) => [e.planId, e.state])).toEqual([["quick", "active"]]);
    const older = createEngine({ plans: [servicePlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock, store });
    await older.unenroll("a", "quick", "plan retired");
    expect((await older.enrollments("a")).map((e) => [e.planId, e.state, e.endedReason])).toEqual([["quick", "unenrolled", "plan retired"]]);
    // Not a string: the argument is refused as such.
    await expect(engine.resume("a", 42 as never)).rejects.toMatchObject({ code: "invalid_argument" });
    await expect(engine.unenroll("a", "" as never, "why")).rejects.toMatchObject({ code: "invalid_argument" });
    expect(sms.calls).toHaveLength(1);
  });

  it("unenroll with a reason that is a plan id is refused, the lead unchanged: unenroll(lead, planId) would otherwise end every plan", async () => {
    const { engine, clock, store } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("a"), "service");
    const before = (await engine.get("a"))?.record;
    // A loaded plan's id, and the id of a plan the lead is enrolled in that this engine no longer loads.
    await expect(engine.unenroll("a", "service")).rejects.toMatchObject({
      code: "invalid_argument",
      message: expect.stringMatching(/"service" \(string\), which names a plan.*unenroll\(leadId, "service", reason\)/),
    });
    const older = createEngine({ plans: [servicePlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock, store });
    await expect(older.unenroll("a", "quick")).rejects.toMatchObject({ code: "invalid_argument" });
    expect((await engine.get("a"))?.record).toEqual(before);
    // Said as a reason for every plan, or with the plan named, it stops what it says.
    await engine.unenroll("a", undefined, "service");
    expect((await engine.enrollments("a")).map((e) => [e.planId, e.state, e.endedReason])).toEqual([
      ["quick", "unenrolled", "service"],
      ["service", "unenrolled", "service"],
    ]);
  });

  it("pause refuses a target object with a key other than planId and until, and an array: a misspelt key would pause every enrolment", async () => {
    const { engine } = setup();
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("a"), "service");
    const before = (await engine.get("a"))?.record;
    for (const target of [
      { planID: "quick" },
      { plan: "quick" },
      { untill: "2026-03-10T09:00:00Z" },
      { planId: "quick", until: undefined, reason: "x" },
      [],
    ] as unknown[]) {
      await expect(engine.pause("a", target as never), JSON.stringify(target)).rejects.toMatchObject({
        name: "ArgumentError",
        argument: "target",
        message: expect.stringMatching(/^Expected `target` to be an instant or \{ planId, until \} \(either optional\), got /),
      });
    }
    expect((await engine.get("a"))?.record).toEqual(before);
    await engine.pause("a", { planId: "quick" });
    expect((await engine.enrollments("a")).map((e) => e.state)).toEqual(["paused", "active"]);
  });
});

describe("re-enrolment", () => {
  it("a lead whose enrolment ended enrols again: a new enrolment with its own keys, steps afresh, one history", async () => {
    const { engine, sms, clock } = setup();
    await engine.enroll(lead("a"), "quick");
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect((await engine.enrollments("a"))[0]?.state).toBe("done");
    clock.advance(DAY);
    const again = await engine.enroll(lead("a"), "quick");
    expect(again).toMatchObject({ enrollmentId: "quick:2", sequence: 2 });
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/quick:2@1/sms-now#1"]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    const rec = (await engine.get("a"))?.record;
    expect(rec?.enrollments.map((e) => [e.id, e.state])).toEqual([
      ["quick", "done"],
      ["quick:2", "done"],
    ]);
    expect(rec?.lead.history.filter((h) => h.type === "touch").map((h) => (h as { touchId: string }).touchId)).toEqual([
      "a/quick@1/sms-now#1",
      "a/quick@1/email-5m#1",
      "a/quick:2@1/sms-now#1",
      "a/quick:2@1/email-5m#1",
    ]);
    const third = await engine.enroll(lead("a"), "quick");
    expect(third.enrollmentId).toBe("quick:3");
  });

  it("plan data governs it: allowed false forbids, after waits from the end", async () => {
    const { engine, clock } = setup([quickPlan({ reenrollment: { allowed: false } }), servicePlan({ reenrollment: { allowed: true, after: "P30D" } })]);
    await engine.enroll(lead("a"), "quick");
    await engine.unenroll("a", "test");
    await expect(engine.enroll(lead("a"), "quick")).rejects.toMatchObject({ name: "EngineError", code: "reenrollment_not_allowed" });
    await engine.enroll(lead("b"), "service");
    await engine.unenroll("b", "test");
    clock.advance(29 * DAY);
    await expect(engine.enroll(lead("b"), "service")).rejects.toMatchObject({
      code: "reenrollment_too_soon",
      message: expect.stringContaining("2026-04-08T14:00:00.000Z"),
    });
    clock.advance(DAY);
    expect((await engine.enroll(lead("b"), "service")).sequence).toBe(2);
  });

  it("while an enrolment in the plan runs: a typed error by default, or keep, or restart", async () => {
    const { engine, sms } = setup();
    await engine.enroll(lead("a"), "quick");
    await expect(engine.enroll(lead("a"), "quick")).rejects.toMatchObject({ name: "EngineError", code: "already_enrolled" });
    expect(await engine.enroll(lead("a"), "quick", { ifActive: "keep" })).toMatchObject({ enrollmentId: "quick", kept: true });
    const restarted = await engine.enroll(lead("a"), "quick", { ifActive: "restart" });
    expect(restarted).toMatchObject({ enrollmentId: "quick:2", kept: false });
    expect((await engine.enrollments("a")).map((e) => [e.state, e.endedReason])).toEqual([
      ["unenrolled", "restarted"],
      ["active", undefined],
    ]);
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/quick:2@1/sms-now#1"]);
  });
});

describe("stored record format", () => {
  it("a format-1 record is read as format 2 (its touch ids unchanged) and written back as format 2", async () => {
    const { engine, store, email, clock } = setup();
    const v1: StoredLeadV1 = {
      lead: {
        id: "old",
        enrolledAt: "2026-03-09T14:00:00.000Z",
        contacts: { phone: "+12125550142", email: "old@example.com" },
        consent: { sms: { status: "granted" } },
        optOuts: [],
        attributes: {},
        history: [
          {
            type: "touch",
            touchId: "old/quick@1/sms-now#1",
            planId: "quick",
            stepId: "sms-now",
            channel: "sms",
            attempt: 1,
            at: "2026-03-09T14:00:00.000Z",
            outcome: "sent",
          },
        ],
      },
      planId: "quick",
      planVersion: 1,
      state: "active",
      dueAt: Date.parse("2026-03-09T14:05:00Z"),
      pending: {},
    };
    await store.write(v1 as never, 0);
    expect((await engine.get("old"))?.record).toMatchObject({
      format: 2,
      enrollments: [{ id: "quick", planId: "quick", planVersion: 1, sequence: 1, state: "active", enrolledAt: "2026-03-09T14:00:00.000Z" }],
    });
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(email.calls.map((c) => c.key)).toEqual(["old/quick@1/email-5m#1"]);
    const raw = (await store.get("old"))?.record as unknown as Record<string, unknown>;
    expect(raw["format"]).toBe(2);
    expect(raw["planId"]).toBeUndefined();
  });
});

describe("erasure", () => {
  it("forget removes the lead, aborts its sends in flight without writing their results; later events are typed errors", async () => {
    const clock = createManualClock(START);
    const store = createMemoryStore();
    let aborted = 0;
    const sms = recordingAdapter(
      (_t, ctx) =>
        new Promise((resolve) =>
          ctx.signal.addEventListener("abort", () => {
            aborted++;
            resolve({ status: "sent" });
          }),
        ),
    );
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock, store });
    const enrolling = engine.enroll(lead("a", { attributes: { name: "Ada" } }), "quick");
    await flush();
    expect(sms.calls).toHaveLength(1);
    expect(await engine.forget("a")).toBe(true);
    await enrolling;
    await flush();
    expect(aborted).toBe(1);
    expect(await store.get("a")).toBeUndefined();
    expect(store.size).toBe(0);
    await expect(engine.record("a", { type: "status", status: "won" })).rejects.toMatchObject({ name: "EngineError", code: "unknown_lead" });
    await expect(engine.complete("a/quick@1/sms-now#1", "completed")).rejects.toMatchObject({ code: "unknown_lead" });
    await expect(engine.enrollments("a")).rejects.toMatchObject({ code: "unknown_lead" });
    expect(await engine.forget("a")).toBe(false);
    expect(await engine.runDue()).toBe(0);
  });

  it("forget emits lead:forgotten once, with the due-index key the lead had; not for an unknown lead nor a second time", async () => {
    const { engine } = setup();
    const forgotten: unknown[] = [];
    engine.on("lead:forgotten", (e) => forgotten.push(e));
    await engine.enroll(lead("a"), "quick");
    const dueAt = (await engine.get("a"))?.record.dueAt;
    expect(typeof dueAt).toBe("number");
    expect(await engine.forget("nobody")).toBe(false);
    expect(await engine.forget("a")).toBe(true);
    expect(await engine.forget("a")).toBe(false);
    expect(forgotten).toEqual([{ leadId: "a", dueAt }]);
  });

  it("a send whose in-flight write was stored when forget came, its answer still on the way, is not started and its task not announced: nothing reaches the forgotten lead", async () => {
    const inner = createMemoryStore();
    let hold: Promise<void> | undefined;
    let release = (): void => {};
    const store: Store = {
      ...inner,
      async write(record, expected) {
        const w = await inner.write(record, expected);
        if (hold !== undefined) await hold;
        return w;
      },
    };
    const sms = recordingAdapter();
    const plan = quickPlan({
      steps: [
        { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
        { id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } },
      ] as never,
    });
    const engine = createEngine({ plans: [plan], adapters: { sms, email: recordingAdapter() }, clock: createManualClock(START), store });
    const tasks: string[] = [];
    engine.on("touch:due", ({ touch }) => tasks.push(touch.id));
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const enrolling = engine.enroll(lead("a"), "quick");
    await flush();
    expect((await store.get("a"))?.record.enrollments[0]?.pending).not.toEqual({});
    expect(await engine.forget("a")).toBe(true);
    hold = undefined;
    release();
    await enrolling.catch(() => undefined);
    await flush();
    expect(sms.calls).toEqual([]);
    expect(tasks).toEqual([]);
    expect(await store.get("a")).toBeUndefined();
  });

  it("a runner paused past its lease cannot write the forgotten lead over the one enrolled again under its id (versions never repeat)", async () => {
    const store = createMemoryStore();
    // B's clock stands still (a paused process); A's is two minutes on, past B's lease.
    const clockB = createManualClock(START);
    const clockA = createManualClock(new Date(Date.parse(START) + 2 * MINUTE).toISOString());
    const held: (() => void)[] = [];
    const holding = () => recordingAdapter(() => new Promise((resolve) => held.push(() => resolve({ status: "sent" }))));
    const b = createEngine({ plans: [quickPlan()], adapters: { sms: holding(), email: recordingAdapter() }, clock: clockB, store });
    const a = createEngine({ plans: [quickPlan()], adapters: { sms: holding(), email: recordingAdapter() }, clock: clockA, store });
    const enrollingB = b.enroll(lead("p", { attributes: { name: "Ada" } }), "quick");
    await flush();
    expect(held).toHaveLength(1);
    expect(await a.forget("p")).toBe(true);
    const enrollingA = a.enroll(lead("p", { attributes: { name: "Bea" } }), "quick");
    await flush();
    expect(held).toHaveLength(2);
    // B wakes up and writes the result of its send at the version it read before the forget.
    held[0]?.();
    await enrollingB;
    held[1]?.();
    await enrollingA;
    await flush();
    const stored = await store.get("p");
    expect(stored?.record.lead.attributes).toEqual({ name: "Bea" });
  });

  it("an enrolment after a forget whose first write is stored and its answer lost resolves, sending once (the lead is created above version 1)", async () => {
    const inner = createMemoryStore();
    let lose = false;
    const store: Store = {
      ...inner,
      async write(record, expected) {
        const w = await inner.write(record, expected);
        if (lose && expected === 0) {
          lose = false;
          throw new Error("connection reset after the write");
        }
        return w;
      },
    };
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock: createManualClock(START), store });
    await engine.enroll(lead("a"), "quick");
    expect(await engine.forget("a")).toBe(true);
    lose = true;
    expect(await engine.enroll(lead("a"), "quick")).toMatchObject({ enrollmentId: "quick", kept: false });
    expect(lose).toBe(false);
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/quick@1/sms-now#1"]);
    expect((await store.get("a"))?.version).toBeGreaterThan(2);
  });

  it("keep and restart hold when the other web process stores the lead between this one's read and its first write (a webhook delivered twice)", async () => {
    const store = createMemoryStore();
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const other = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock, store });
    // This process reads the lead as absent; the other process enrols it (write, lease released) before this one's claim.
    let raced = false;
    const racing = {
      ...store,
      async get(leadId: string) {
        const found = await store.get(leadId);
        if (found === undefined && !raced) {
          raced = true;
          await other.enroll(lead("a"), "quick");
        }
        return found;
      },
    };
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock, store: racing });
    expect(await engine.enroll(lead("a"), "quick", { ifActive: "keep" })).toMatchObject({ enrollmentId: "quick", kept: true });
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    raced = false;
    const racingErr = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock, store: { ...racing } });
    await other.forget("a");
    await expect(racingErr.enroll(lead("a"), "quick")).rejects.toMatchObject({ code: "already_enrolled" });
  });
});
