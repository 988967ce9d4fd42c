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
