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
