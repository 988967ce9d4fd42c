import { describe, expect, it } from "vitest";
import { evaluate, type PlanInput, type TouchRecord } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const touch = (stepId: string, channel: string, at: string): TouchRecord => ({
  type: "touch",
  touchId: `lead-1/other@1/${stepId}#1`,
  planId: "other",
  stepId,
  channel,
  attempt: 1,
  at,
  outcome: "sent",
});

describe("caps", () => {
  const single = (caps: NonNullable<PlanInput["policies"]>["caps"]) =>
    planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }], policies: { caps } });

  it("per local day: the next touch waits for the lead's next local midnight", () => {
    const lead = leadAt("2026-03-10T20:00:00Z", { history: [touch("a", "sms", "2026-03-10T13:00:00Z"), touch("b", "sms", "2026-03-10T15:00:00Z")] });
    const d = evaluate(single([{ max: 2, per: "day" }]), lead, lead.enrolledAt);
    expect(d.due).toEqual([]);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "cap", until: "2026-03-11T04:00:00.000Z", detail: "cap 2 per day" });
  });

  it("rolling 24h: waits until the oldest counted touch leaves the window, across midnight", () => {
    const lead = leadAt("2026-03-11T05:00:00Z", { history: [touch("a", "sms", "2026-03-10T22:00:00Z"), touch("b", "sms", "2026-03-11T03:00:00Z")] });
    const d = evaluate(single([{ max: 2, per: "24h" }]), lead, lead.enrolledAt); // 01:00 local, a new local day
    expect(d.due).toEqual([]);
    expect(d.next?.at).toBe("2026-03-11T22:00:00.000Z");
    expect(evaluate(single([{ max: 2, per: "24h" }]), lead, "2026-03-11T21:59:59.999Z").due).toEqual([]);
    expect(evaluate(single([{ max: 2, per: "24h" }]), lead, "2026-03-11T22:00:00Z").due).toHaveLength(1);
  });

  it("per week and rolling 7 days", () => {
    const history = [touch("a", "sms", "2026-03-09T14:00:00Z"), touch("b", "sms", "2026-03-10T14:00:00Z")];
    const lead = leadAt("2026-03-12T14:00:00Z", { history });
    expect(evaluate(single([{ max: 2, per: "week" }]), lead, lead.enrolledAt).next?.at).toBe("2026-03-16T04:00:00.000Z");
    expect(evaluate(single([{ max: 2, per: "7d" }]), lead, lead.enrolledAt).next?.at).toBe("2026-03-16T14:00:00.000Z");
  });

  it("channel caps count only their channels; overall caps count everything, including other plans", () => {
    const history = [touch("a", "email", "2026-03-10T13:00:00Z"), touch("b", "call", "2026-03-10T14:00:00Z")];
    const lead = leadAt("2026-03-10T15:00:00Z", { history });
    expect(evaluate(single([{ max: 1, per: "day", channels: ["call", "sms"] }]), lead, lead.enrolledAt).due).toEqual([]);
    expect(evaluate(single([{ max: 1, per: "day", channels: ["sms"] }]), lead, lead.enrolledAt).due).toHaveLength(1);
    expect(evaluate(single([{ max: 2, per: "day" }]), lead, lead.enrolledAt).due).toEqual([]);
    const failed = leadAt("2026-03-10T15:00:00Z", { history: [{ ...touch("a", "sms", "2026-03-10T13:00:00Z"), outcome: "failed" }] });
    expect(evaluate(single([{ max: 1, per: "day" }]), failed, failed.enrolledAt).due).toHaveLength(1);
  });

  it("touches due in the same decision count against the cap", () => {
    const plan = planWith({
      steps: [
        { id: "a", channel: "sms", at: { after: "PT0S" } },
        { id: "b", channel: "sms", at: { after: "PT0S" } },
      ],
      policies: { caps: [{ max: 1, per: "24h", channels: ["sms"] }] },
    });
    const lead = leadAt("2026-03-10T15:00:00Z");
    const d = evaluate(plan, lead, lead.enrolledAt);
    expect(d.due.map((t) => t.stepId)).toEqual(["a"]);
    expect(d.trace[1]).toMatchObject({ reason: "cap", until: "2026-03-11T15:00:00.000Z" });
  });

  it("a cap release that falls outside the window moves on to the next opening", () => {
    const plan = planWith({
      steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }],
      policies: { caps: [{ max: 1, per: "24h" }], windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }] } },
    });
    // Touched Friday 16:00 local; 24h later is Saturday -> Monday 09:00.
    const lead = leadAt("2026-03-13T20:30:00Z", { history: [touch("x", "call", "2026-03-13T20:00:00Z")] });
    const d = evaluate(plan, lead, lead.enrolledAt);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "cap", until: "2026-03-16T13:00:00.000Z" });
  });
});

describe("the dueAt of a touch held by a contact more than 8 days before the latest record", () => {
  // Found by the reference property (test/schedule/reference.test.ts). A touch's dueAt is the first
  // instant at or after its scheduled time that its window and caps allowed (docs/time-rules.md,
  // "Pauses"); the history's reading keeps only the contacts of the 8 days before its latest record
  // (`LeadFacts.contactTimes`), so a dueAt searched from before them counts every contact again.
  const plan = planWith({
    steps: [
      { id: "a", channel: "sms", at: { after: "PT0S" } },
      { id: "b", channel: "sms", at: { after: "PT1H" } },
    ],
    policies: { caps: [{ max: 1, per: "7d" }] },
  });
  const sent = { ...touch("a", "sms", "2026-03-10T15:00:00Z"), touchId: "lead-1/p@1/a#1", planId: "p" };

  it("without later records, the week-old contact holds it until it leaves the 7 days", () => {
    const lead = leadAt("2026-03-10T15:00:00Z", { history: [sent] });
    expect(evaluate(plan, lead, "2026-03-30T12:00:00Z").due.map((t) => [t.stepId, t.dueAt])).toEqual([["b", "2026-03-17T15:00:00.000Z"]]);
  });

  it("with a record made since (its reading keeps the recent contacts only), the same", () => {
    const lead = leadAt("2026-03-10T15:00:00Z", { history: [sent, { type: "inbound", channel: "email", at: "2026-03-29T00:00:00Z", automatic: true }] });
    expect(evaluate(plan, lead, "2026-03-30T12:00:00Z").due.map((t) => [t.stepId, t.dueAt])).toEqual([["b", "2026-03-17T15:00:00.000Z"]]);
  });
});
