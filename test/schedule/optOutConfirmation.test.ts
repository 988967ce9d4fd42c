import { describe, expect, it } from "vitest";
import { evaluate, OPT_OUT_CONFIRMATION_STEP, type LeadInput, type PlanInput } from "../../src/index.js";

const plan: PlanInput = {
  id: "p",
  version: 1,
  name: "Confirmation",
  timezone: "America/New_York",
  steps: [{ id: "a", channel: "email", at: { after: "P1D" } }],
  optOutConfirmation: { channel: "sms", template: "optout-confirm" },
};
const enrolledAt = "2026-03-11T14:00:00Z";
const stopAt = "2026-03-11T15:00:00Z";
const lead = (optOuts: LeadInput["optOuts"]): LeadInput => ({
  id: "L1",
  enrolledAt,
  timezone: "America/New_York",
  contacts: { phone: "+12125550100", email: "a@example.com" },
  optOuts,
});

describe("the opt-out confirmation", () => {
  it("answers an opt-out since enrolment even when the channel was opted out before it too", () => {
    // Found by the naive reference: only the channel's earliest opt-out was looked at, before enrolment, so none was confirmed.
    const twice = lead([
      { channel: "sms", at: "2026-01-01T00:00:00Z" },
      { channel: "sms", at: stopAt },
    ]);
    const d = evaluate(plan, twice, stopAt);
    expect(d.due).toMatchObject([{ stepId: OPT_OUT_CONFIRMATION_STEP, channel: "sms", dueAt: "2026-03-11T15:00:00.000Z" }]);
    expect(evaluate(plan, twice, "2026-03-12T15:00:01Z").due.map((t) => t.stepId)).toEqual(["a"]);
  });
  it("is not sent for an opt-out before enrolment alone", () => {
    expect(evaluate(plan, lead([{ channel: "sms", at: "2026-01-01T00:00:00Z" }]), stopAt).due).toEqual([]);
  });
});

describe("what does not hold the opt-out confirmation (docs/compliance.md)", () => {
  const optedOut = lead([{ channel: "sms", at: stopAt }]);
  const confirmations = (l: LeadInput, at = stopAt) => evaluate(plan, l, at).due.filter((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP);

  it("is due exactly 24 hours after the opt-out, not later", () => {
    expect(confirmations(optedOut, "2026-03-12T15:00:00Z")).toHaveLength(1);
    expect(confirmations(optedOut, "2026-03-12T15:00:00.001Z")).toEqual([]);
  });
  it("a pause does not hold it", () => {
    expect(confirmations({ ...optedOut, pausedUntil: "2026-03-20T00:00:00Z" })).toHaveLength(1);
  });
  it("an exit before the opt-out does not end it, and done waits for it", () => {
    const replied = { ...optedOut, history: [{ type: "inbound" as const, channel: "email", at: "2026-03-11T14:30:00Z" }] };
    const d = evaluate({ ...plan, exits: [{ on: "reply" }] }, replied, stopAt);
    expect(d.due.map((t) => t.stepId)).toEqual([OPT_OUT_CONFIRMATION_STEP]);
    expect(d.done).toBeNull();
  });
  it("on WhatsApp it is due outside the 24-hour window, with no requiresTemplate", () => {
    const whatsapp = { ...plan, optOutConfirmation: { channel: "whatsapp", template: "optout-confirm" } };
    const d = evaluate(whatsapp, lead([{ channel: "whatsapp", at: stopAt }]), stopAt);
    expect(d.due).toMatchObject([{ stepId: OPT_OUT_CONFIRMATION_STEP, channel: "whatsapp" }]);
    expect(d.due[0]).not.toHaveProperty("requiresTemplate");
  });
});
