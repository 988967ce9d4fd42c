import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const NOW = "2026-03-10T14:00:00Z";

describe("consent, contacts and fallback", () => {
  const plan = planWith({
    steps: [{ id: "wa", channel: "whatsapp", at: { after: "PT0S" }, fallback: "sms", templateOutsideWindow: "approved" }],
    policies: { consentRequired: ["whatsapp"] },
  });

  it("a channel that requires consent is used only with granted consent", () => {
    const granted = evaluate(plan, leadAt(NOW, { consent: { whatsapp: { status: "granted", at: NOW, source: "web-form" } } }), NOW);
    expect(granted.due[0]).toMatchObject({ channel: "whatsapp" });
    const unknown = evaluate(plan, leadAt(NOW), NOW);
    expect(unknown.due[0]).toMatchObject({ channel: "sms", fallbackFrom: "whatsapp" });
  });

  it("consent dated after now is not in force yet: granted or denied, it decides as no consent record", () => {
    const later = "2026-03-10T15:00:00Z";
    // Granted at 15:00 was used at 14:00: WhatsApp went before the lead consented.
    const early = evaluate(plan, leadAt(NOW, { consent: { whatsapp: { status: "granted", at: later } } }), NOW);
    expect(early.due[0]).toMatchObject({ channel: "sms", fallbackFrom: "whatsapp" });
    expect(early).toEqual(evaluate(plan, leadAt(NOW), NOW));
    expect(evaluate(plan, leadAt(NOW, { consent: { whatsapp: { status: "granted", at: later } } }), later).due[0]).toMatchObject({ channel: "whatsapp" });
    const open = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
    const notYetDenied = evaluate(open, leadAt(NOW, { consent: { sms: { status: "denied", at: later } } }), NOW);
    expect(notYetDenied.due).toMatchObject([{ stepId: "sms", channel: "sms" }]);
    expect(evaluate(open, leadAt(NOW, { consent: { sms: { status: "denied", at: NOW } } }), NOW).skipped).toMatchObject([{ reason: "consent_denied" }]);
  });

  it("a consent condition reads the consent in force at now", () => {
    const gated = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" }, when: { consent: { channel: "sms", in: ["granted"] } } }] });
    const future = leadAt(NOW, { consent: { sms: { status: "granted", at: "2026-03-10T14:00:00.001Z" } } });
    expect(evaluate(gated, future, NOW).skipped).toMatchObject([{ stepId: "sms", reason: "condition_false" }]);
    expect(evaluate(gated, future, "2026-03-10T14:00:00.001Z").due).toMatchObject([{ stepId: "sms" }]);
  });

  it("denied consent blocks a channel even when the plan does not require consent", () => {
    const open = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
    const d = evaluate(open, leadAt(NOW, { consent: { sms: { status: "denied" } } }), NOW);
    expect(d.skipped).toMatchObject([{ stepId: "sms", reason: "consent_denied" }]);
  });

  it("no contact skips, or uses the fallback when it has one", () => {
    const noPhone = leadAt(NOW, { contacts: { email: "a@example.com" } });
    const d = evaluate(plan, noPhone, NOW);
    expect(d.skipped).toEqual([
      { type: "skip", planId: "p", stepId: "wa", reason: "no_contact", at: "2026-03-10T14:00:00.000Z", detail: "fallback sms: no_contact" },
    ]);
    expect(d.done).toMatchObject({ reason: "completed" });
  });

  it("custom channels need their own contact unless the plan says otherwise", () => {
    const custom = planWith({
      steps: [
        { id: "li", channel: "linkedin", mode: "task", at: { after: "PT0S" } },
        { id: "note", channel: "task", mode: "task", at: { after: "PT0S" } },
      ],
      policies: { channels: { task: { contact: [] } } },
    });
    const d = evaluate(custom, leadAt(NOW), NOW);
    expect(d.skipped.map((s) => [s.stepId, s.reason])).toEqual([["li", "no_contact"]]);
    expect(d.due.map((t) => [t.stepId, t.mode])).toEqual([["note", "task"]]);
  });
});
