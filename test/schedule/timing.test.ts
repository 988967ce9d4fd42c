import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { drive, leadAt, planWith } from "../support/drive.js";

const at = (iso: string): number => Date.parse(iso);

describe("timing", () => {
  it("PT0S is due at enrolment", () => {
    const plan = planWith({ steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }] });
    const d = evaluate(plan, leadAt("2026-03-10T14:00:00Z"), "2026-03-10T14:00:00Z");
    expect(d.due.map((t) => [t.stepId, t.channel, t.attempt, t.dueAt])).toEqual([["call", "call", 1, "2026-03-10T14:00:00.000Z"]]);
    expect(d.due[0]?.id).toBe("lead-1/p@1/call#1");
  });

  it("an exact duration waits, with the anchor as the reason, then becomes due", () => {
    const plan = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT5M" } }] });
    const lead = leadAt("2026-03-10T14:00:00Z");
    const before = evaluate(plan, lead, "2026-03-10T14:04:59Z");
    expect(before.due).toEqual([]);
    expect(before.next).toEqual({ at: "2026-03-10T14:05:00.000Z", stepId: "sms" });
    expect(before.trace[0]).toMatchObject({ state: "waiting", reason: "anchor", until: "2026-03-10T14:05:00.000Z" });
    expect(evaluate(plan, lead, "2026-03-10T14:05:00Z").due).toHaveLength(1);
  });

  it("P1D keeps the local clock time across a DST change; PT24H is exact", () => {
    // New York springs forward on 2026-03-08.
    const lead = leadAt("2026-03-07T15:00:00Z"); // 10:00 EST
    const calendar = planWith({ steps: [{ id: "s", channel: "email", at: { after: "P1D" } }] });
    const exact = planWith({ steps: [{ id: "s", channel: "email", at: { after: "PT24H" } }] });
    expect(evaluate(calendar, lead, lead.enrolledAt).next?.at).toBe("2026-03-08T14:00:00.000Z"); // 10:00 EDT
    expect(evaluate(exact, lead, lead.enrolledAt).next?.at).toBe("2026-03-08T15:00:00.000Z"); // 11:00 EDT
  });

  it("days/time is the local clock time on the n-th local day", () => {
    const plan = planWith({ steps: [{ id: "wa", channel: "email", at: { days: 1, time: "10:00" } }] });
    // 23:30 local on Monday in Kolkata -> Tuesday 10:00 IST.
    const lead = leadAt("2026-03-09T18:00:00Z", { timezone: "Asia/Kolkata" });
    expect(evaluate(plan, lead, lead.enrolledAt).next?.at).toBe("2026-03-10T04:30:00.000Z");
  });

  it("a local time inside the spring-forward gap is shifted by the gap's length (RFC 5545, Temporal \"compatible\"), or moved to the gap's end with nonexistentTime: gap-end", () => {
    const plan = planWith({ steps: [{ id: "s", channel: "email", at: { days: 1, time: "02:30" } }] });
    const lead = leadAt("2026-03-07T17:00:00Z"); // Saturday noon EST
    expect(evaluate(plan, lead, lead.enrolledAt).next?.at).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(evaluate({ ...plan, nonexistentTime: "shift" }, lead, lead.enrolledAt).next?.at).toBe("2026-03-08T07:30:00.000Z");
    expect(evaluate({ ...plan, nonexistentTime: "gap-end" }, lead, lead.enrolledAt).next?.at).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
    // P1D from Saturday 02:30 EST lands on Sunday's nonexistent 02:30.
    const p1d = planWith({ steps: [{ id: "s", channel: "email", at: { after: "P1D" } }] });
    const early = leadAt("2026-03-07T07:30:00Z");
    expect(evaluate(p1d, early, early.enrolledAt).next?.at).toBe("2026-03-08T07:30:00.000Z");
    expect(evaluate({ ...p1d, nonexistentTime: "gap-end" }, early, early.enrolledAt).next?.at).toBe("2026-03-08T07:00:00.000Z");
    // Europe: 02:30 on the last Sunday of March.
    const brussels = leadAt("2026-03-28T11:00:00Z", { timezone: "Europe/Brussels" });
    expect(evaluate(plan, brussels, brussels.enrolledAt).next?.at).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(evaluate({ ...plan, nonexistentTime: "gap-end" }, brussels, brussels.enrolledAt).next?.at).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
  });

  it("rejects an unknown nonexistentTime", () => {
    const plan = planWith({ steps: [{ id: "s", channel: "email", at: { days: 1, time: "02:30" } }] });
    expect(() => evaluate({ ...plan, nonexistentTime: "later" } as never, leadAt("2026-03-07T17:00:00Z"), "2026-03-07T17:00:00Z")).toThrow(/nonexistentTime/);
  });

  it("a local time that happens twice (fall back) takes the first, whatever nonexistentTime says", () => {
    const plan = planWith({ steps: [{ id: "s", channel: "email", at: { days: 1, time: "01:30" } }] });
    const lead = leadAt("2026-10-31T16:00:00Z"); // Saturday noon EDT
    expect(evaluate(plan, lead, lead.enrolledAt).next?.at).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
    expect(evaluate({ ...plan, nonexistentTime: "gap-end" }, lead, lead.enrolledAt).next?.at).toBe("2026-11-01T05:30:00.000Z");
  });

  it("anchors on another step's touch wait for that touch", () => {
    const plan = planWith({
      steps: [
        { id: "call", channel: "call", mode: "task", at: { after: "PT0S" } },
        { id: "sms", channel: "sms", at: { after: "PT10M", from: { step: "call" } } },
      ],
    });
    const lead = leadAt("2026-03-10T14:00:00Z");
    const first = evaluate(plan, lead, "2026-03-10T14:30:00Z");
    expect(first.due.map((t) => t.stepId)).toEqual(["call"]);
    expect(first.trace[1]).toMatchObject({ state: "waiting", reason: "anchor_pending" });
    const called = {
      ...lead,
      history: [{ type: "touch" as const, touchId: "lead-1/p@1/call#1", planId: "p", stepId: "call", channel: "call", attempt: 1, at: "2026-03-10T14:40:00Z" }],
    };
    expect(evaluate(plan, called, "2026-03-10T14:45:00Z").next?.at).toBe("2026-03-10T14:50:00.000Z");
  });

  it("anchors on another step's outcome wait for the outcome record", () => {
    const plan = planWith({
      steps: [
        { id: "call", channel: "call", mode: "task", at: { after: "PT0S" } },
        { id: "sms", channel: "sms", at: { after: "PT5M", from: { step: "call", on: "outcome" } } },
      ],
    });
    const touched = leadAt("2026-03-10T14:00:00Z", {
      history: [{ type: "touch", touchId: "t1", planId: "p", stepId: "call", channel: "call", attempt: 1, at: "2026-03-10T14:01:00Z" }],
    });
    expect(evaluate(plan, touched, "2026-03-10T14:10:00Z").trace[1]).toMatchObject({ reason: "anchor_pending" });
    const withOutcome = {
      ...touched,
      history: [...(touched.history ?? []), { type: "outcome" as const, touchId: "t1", outcome: "no_answer" as const, at: "2026-03-10T14:20:00Z" }],
    };
    expect(evaluate(plan, withOutcome, "2026-03-10T14:21:00Z").next?.at).toBe("2026-03-10T14:25:00.000Z");
  });

  it("a step settled by an `until` outcome learnt after its next attempt anchors its dependants when that outcome was learnt", () => {
    // The rep logs attempt 1's connected call at 11:30, after the dialer already made attempt 2 (no outcome yet).
    const plan = planWith({
      steps: [
        { id: "call", channel: "call", at: { after: "PT0S" }, attempts: { max: 3, every: "PT1H", until: ["connected"] } },
        { id: "sms", channel: "sms", at: { after: "PT5M", from: { step: "call", on: "outcome" } } },
      ],
    });
    const touch = (attempt: number, at: string) =>
      ({ type: "touch", touchId: `lead-1/p@1/call#${attempt}`, planId: "p", stepId: "call", channel: "call", attempt, at }) as const;
    const lead = leadAt("2026-03-10T14:00:00Z", {
      history: [
        touch(1, "2026-03-10T14:00:00Z"),
        touch(2, "2026-03-10T15:00:00Z"),
        { type: "outcome", touchId: "lead-1/p@1/call#1", outcome: "connected", at: "2026-03-10T15:30:00Z" },
      ],
    });
    const d = evaluate(plan, lead, "2026-03-10T15:31:00Z");
    expect(d.trace[0]).toMatchObject({ state: "completed", reason: "outcome_reached" });
    expect(d.trace[1]).toMatchObject({ state: "waiting", reason: "anchor", until: "2026-03-10T15:35:00.000Z" });
    expect(d.next).toEqual({ at: "2026-03-10T15:35:00.000Z", stepId: "sms" });
  });

  it("a skipped anchor step anchors its dependants at its skip time", () => {
    const plan = planWith({
      steps: [
        { id: "wa", channel: "whatsapp", at: { after: "PT0S" } },
        { id: "email", channel: "email", at: { after: "PT1H", from: { step: "wa" } } },
      ],
      policies: { consentRequired: ["whatsapp"] },
    });
    const lead = leadAt("2026-03-10T14:00:00Z");
    const d = evaluate(plan, lead, lead.enrolledAt);
    expect(d.skipped).toEqual([{ type: "skip", planId: "p", stepId: "wa", reason: "no_consent", at: "2026-03-10T14:00:00.000Z" }]);
    expect(d.next).toEqual({ at: "2026-03-10T15:00:00.000Z", stepId: "email" });
  });

  it("a step skipped twice anchors its dependants at its earlier skip, whatever order the records are in", () => {
    const plan = planWith({
      steps: [
        { id: "wa", channel: "whatsapp", at: { after: "PT0S" } },
        { id: "email", channel: "email", at: { after: "PT1H", from: { step: "wa" } } },
      ],
      policies: { consentRequired: ["whatsapp"] },
    });
    const skip = (iso: string) => ({ type: "skip" as const, planId: "p", stepId: "wa", reason: "no_consent", at: iso });
    const first = skip("2026-03-10T14:00:00Z");
    const again = skip("2026-03-10T16:30:00.999Z");
    for (const history of [
      [first, again],
      [again, first],
    ]) {
      const d = evaluate(plan, { ...leadAt("2026-03-10T14:00:00Z"), history }, "2026-03-10T17:00:00Z");
      expect(d.due.map((t) => [t.stepId, t.dueAt])).toEqual([["email", "2026-03-10T15:00:00.000Z"]]);
    }
  });

  it("attempts repeat spaced by `every` until an outcome in `until`", () => {
    const plan = planWith({ steps: [{ id: "call", channel: "call", at: { after: "PT0S" }, attempts: { max: 3, every: "PT2H", until: ["connected"] } }] });
    const result = drive(plan, leadAt("2026-03-10T14:00:00Z"), { until: at("2026-03-12T00:00:00Z"), respond: () => "no_answer" });
    expect(result.touches.map((t) => [t.touch.attempt, new Date(t.at).toISOString()])).toEqual([
      [1, "2026-03-10T14:00:00.000Z"],
      [2, "2026-03-10T16:00:00.000Z"],
      [3, "2026-03-10T18:00:00.000Z"],
    ]);
    expect(result.done?.reason).toBe("completed");
    expect(result.decisions.at(-1)?.decision.trace[0]).toMatchObject({ state: "completed", reason: "attempts_exhausted" });

    let n = 0;
    const stopped = drive(plan, leadAt("2026-03-10T14:00:00Z"), { until: at("2026-03-12T00:00:00Z"), respond: () => (++n === 2 ? "voicemail" : "busy") });
    expect(stopped.touches).toHaveLength(3);
    const reached = drive(
      planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" }, attempts: { max: 3, every: "PT2H", until: ["delivered"] } }] }),
      leadAt("2026-03-10T14:00:00Z"),
      { until: at("2026-03-12T00:00:00Z"), respond: () => "delivered" },
    );
    expect(reached.touches).toHaveLength(1);
    expect(reached.decisions.at(-1)?.decision.trace[0]).toMatchObject({ state: "completed", reason: "outcome_reached" });
  });

  it("a step stopped by an `until` outcome stays stopped when a later outcome follows it (delivered, then read)", () => {
    const plan = planWith({
      steps: [
        { id: "wa", channel: "sms", at: { after: "PT0S" }, attempts: { max: 3, every: "PT2H", until: ["delivered"] } },
        { id: "email", channel: "email", at: { after: "PT1H", from: { step: "wa", on: "outcome" } } },
      ],
    });
    const touchId = "lead-1/p@1/wa#1";
    const lead = leadAt("2026-03-10T14:00:00Z", {
      history: [
        { type: "touch", touchId, planId: "p", stepId: "wa", channel: "sms", attempt: 1, at: "2026-03-10T14:00:00Z", outcome: "sent" },
        { type: "outcome", touchId, outcome: "delivered", at: "2026-03-10T14:00:05Z" },
        { type: "outcome", touchId, outcome: "read", at: "2026-03-10T14:30:00Z" },
      ],
    });
    const d = evaluate(plan, lead, "2026-03-10T16:00:00Z");
    expect(d.trace[0]).toMatchObject({ state: "completed", reason: "outcome_reached" });
    expect(d.due.map((t) => t.stepId)).toEqual(["email"]);
    expect(d.due[0]?.dueAt).toBe("2026-03-10T15:00:05.000Z");
  });

  it("a paused lead waits until the pause ends", () => {
    const plan = planWith({ steps: [{ id: "email", channel: "email", at: { after: "PT0S" } }] });
    const lead = leadAt("2026-03-10T14:00:00Z", { pausedUntil: "2026-03-11T14:00:00Z" });
    const d = evaluate(plan, lead, lead.enrolledAt);
    expect(d.due).toEqual([]);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "paused", until: "2026-03-11T14:00:00.000Z" });
    expect(evaluate(plan, lead, "2026-03-11T14:00:00Z").due).toHaveLength(1);
  });

  it("a touch that fell due during a pause became due when the pause ended (its dueAt, where SLA deadlines start)", () => {
    const plan = planWith({
      steps: [{ id: "call", channel: "call", mode: "task", at: { after: "PT0S" } }],
      policies: { windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }] } },
    });
    // Enrolled Tue 10:00 EDT, paused until Thu 11:00 EDT.
    const lead = leadAt("2026-03-10T14:00:00Z", { pausedUntil: "2026-03-12T15:00:00Z" });
    expect(evaluate(plan, lead, "2026-03-12T15:00:00Z").due.map((t) => t.dueAt)).toEqual(["2026-03-12T15:00:00.000Z"]);
    expect(evaluate(plan, lead, "2026-03-12T15:20:00Z").due.map((t) => t.dueAt)).toEqual(["2026-03-12T15:00:00.000Z"]);
    // A pause that ends after the window closed: due when the window next opens (Fri 09:00 EDT).
    const evening = { ...lead, pausedUntil: "2026-03-12T23:30:00Z" };
    expect(evaluate(plan, evening, "2026-03-13T13:05:00Z").due.map((t) => t.dueAt)).toEqual(["2026-03-13T13:00:00.000Z"]);
    // A pause that ended before the step's time changes nothing.
    const earlier = { ...lead, pausedUntil: "2026-03-10T13:00:00Z" };
    expect(evaluate(plan, earlier, "2026-03-10T14:30:00Z").due.map((t) => t.dueAt)).toEqual(["2026-03-10T14:00:00.000Z"]);
  });

  it("a touch the plan's own cap held became due when the cap let it go (its dueAt, where SLA deadlines start)", () => {
    const plan = planWith({
      steps: [
        { id: "call-1", channel: "call", mode: "task", at: { after: "PT0S" } },
        { id: "call-2", channel: "call", mode: "task", at: { after: "PT1H" } },
      ],
      policies: {
        windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }] },
        caps: [{ max: 1, per: "day", channels: ["call"] }],
      },
    });
    // Enrolled Tue 10:00 EDT and called then: the second call, scheduled 11:00, waits for Wednesday's window (the cap).
    const first = {
      type: "touch",
      touchId: "lead-1/p@1/call-1#1",
      planId: "p",
      stepId: "call-1",
      channel: "call",
      attempt: 1,
      at: "2026-03-10T14:00:00Z",
    } as const;
    const lead = leadAt("2026-03-10T14:00:00Z", { history: [first] });
    expect(evaluate(plan, lead, "2026-03-10T15:00:00Z").trace[1]).toMatchObject({ state: "waiting", reason: "cap", until: "2026-03-11T13:00:00.000Z" });
    expect(evaluate(plan, lead, "2026-03-11T13:40:00Z").due.map((t) => [t.stepId, t.dueAt])).toEqual([["call-2", "2026-03-11T13:00:00.000Z"]]);
    // Without the cap it was due at its time.
    const uncapped = { ...plan, policies: { ...plan.policies, caps: [] } };
    expect(evaluate(uncapped, lead, "2026-03-10T15:20:00Z").due.map((t) => [t.stepId, t.dueAt])).toEqual([["call-2", "2026-03-10T15:00:00.000Z"]]);
  });
});

describe("the order of due touches when a step is anchored on a later one", () => {
  // docs/concepts.md says `due` lists the touches "in plan order"; steps are visited anchors first,
  // so a step anchored on a later one is decided after it, and listed before it.
  it("both due together: the plan's first step comes first", () => {
    const plan = planWith({
      steps: [
        { id: "a", channel: "sms", at: { after: "PT1H", from: { step: "b" } } },
        { id: "b", channel: "email", at: { after: "PT0S" }, attempts: { max: 2, every: "PT1H" } },
      ],
    });
    const lead = leadAt("2026-03-10T15:00:00Z", {
      history: [
        { type: "touch", touchId: "lead-1/p@1/b#1", planId: "p", stepId: "b", channel: "email", attempt: 1, at: "2026-03-10T15:00:00Z", outcome: "sent" },
      ],
    });
    expect(evaluate(plan, lead, "2026-03-10T16:00:00Z").due.map((t) => t.stepId)).toEqual(["a", "b"]);
  });
});
