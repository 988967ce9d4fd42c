import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type SendResult } from "../../src/engine/index.js";
import { HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/** Email now and every hour after (three emails), always open. */
const emails = () =>
  quickPlan({
    steps: [
      { id: "email-1", channel: "email", at: { after: "PT0S" } },
      { id: "email-2", channel: "email", at: { after: "PT1H" } },
      { id: "email-3", channel: "email", at: { after: "PT2H" } },
    ],
  });

/** An engine whose email adapter says where each email went, as the lead's stored contact had it. */
function emailEngine(answer: (to: string) => SendResult = (to) => ({ status: "sent", to })) {
  const clock = createManualClock(START);
  const sent: string[] = [];
  const email = recordingAdapter();
  email.send = (touch, l) => {
    const to = l.contacts["email"] as string;
    sent.push(`${touch.stepId} → ${to}`);
    return answer(to);
  };
  const engine = createEngine({ plans: [emails()], adapters: { email }, clock });
  return { engine, clock, sent };
}

describe("engine.updateLead", () => {
  it("a bounce blocks the address it went to; a new address makes email usable again", async () => {
    const { engine, clock, sent } = emailEngine();
    await engine.enroll(lead("a"), "quick");
    await engine.record("a", { type: "outcome", touchId: "a/quick@1/email-1#1", outcome: "bounced" });
    clock.advance(HOUR);
    await engine.runDue();
    // email-2 is settled as bounced: the address that bounced is still the lead's.
    const skipped = (await engine.get("a"))?.record.lead.history.filter((h) => h.type === "skip");
    expect(skipped).toMatchObject([{ stepId: "email-2", reason: "channel_bounced" }]);
    await engine.updateLead("a", { contacts: { phone: "+12125550142", email: "a.new@example.com" } });
    clock.advance(HOUR);
    await engine.runDue();
    expect(sent).toEqual(["email-1 → a@example.com", "email-3 → a.new@example.com"]);
    const touches = (await engine.get("a"))?.record.lead.history.filter((h) => h.type === "touch");
    expect(touches).toMatchObject([
      { stepId: "email-1", to: "a@example.com" },
      { stepId: "email-3", to: "a.new@example.com" },
    ]);
  });

  it("an adapter's `to` that is not a non-empty string is not recorded: the send still counts", async () => {
    const { engine } = emailEngine(() => ({ status: "sent", to: 42 }) as unknown as SendResult);
    await engine.enroll(lead("a"), "quick");
    const touches = (await engine.get("a"))?.record.lead.history.filter((h) => h.type === "touch");
    expect(touches).toHaveLength(1);
    expect(touches?.[0]).not.toHaveProperty("to");
  });

  it("consent given later makes a consent-required channel usable, and performs what it makes due at once", async () => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter();
    const later = quickPlan({
      steps: [{ id: "wa", channel: "whatsapp", template: "wa-hello", templateOutsideWindow: "wa-hello", at: { after: "PT1H" } }],
      policies: { consentRequired: ["whatsapp"] },
      exits: [],
    });
    const engine = createEngine({ plans: [later], adapters: { whatsapp }, clock });
    await engine.enroll(lead("b", { consent: {} }), "quick");
    await engine.updateLead("b", { consent: { whatsapp: { status: "granted", at: START, source: "web form" } } });
    clock.advance(HOUR);
    await engine.runDue();
    expect(whatsapp.calls.map((c) => c.key)).toEqual(["b/quick@1/wa#1"]);
    expect((await engine.get("b"))?.record.lead.consent).toEqual({ whatsapp: { status: "granted", at: START, source: "web form" } });
  });

  it("opt-outs and do-not-call requests are added, never removed: giving a shorter list keeps the stored ones", async () => {
    const { engine, clock, sent } = emailEngine();
    await engine.enroll(lead("a"), "quick");
    await engine.updateLead("a", { optOuts: [{ channel: "email", at: START, source: "preference centre" }] });
    await engine.updateLead("a", { optOuts: [], dncRequests: [{ at: START }] });
    await engine.updateLead("a", { dncRequests: [] });
    const stored = (await engine.get("a"))?.record.lead;
    expect(stored?.optOuts).toEqual([{ channel: "email", at: START, source: "preference centre" }]);
    expect(stored?.dncRequests).toEqual([{ at: START }]);
    clock.advance(3 * HOUR);
    await engine.runDue();
    expect(sent).toEqual(["email-1 → a@example.com"]);
  });

  it("contacts and consent change by key: the kinds and channels not named keep theirs, null removes one", async () => {
    const { engine } = emailEngine();
    await engine.enroll(lead("a", { consent: { sms: { status: "granted" } } }), "quick");
    await engine.updateLead("a", { contacts: { email: "new@example.com" }, consent: { whatsapp: { status: "granted" } } });
    let stored = (await engine.get("a"))?.record.lead;
    expect(stored?.contacts).toEqual({ phone: "+12125550142", email: "new@example.com" });
    expect(stored?.consent).toEqual({ sms: { status: "granted" }, whatsapp: { status: "granted" } });
    await engine.updateLead("a", { contacts: { phone: null }, consent: { sms: null } });
    stored = (await engine.get("a"))?.record.lead;
    expect(stored?.contacts).toEqual({ email: "new@example.com" });
    expect(stored?.consent).toEqual({ whatsapp: { status: "granted" } });
    await expect(engine.updateLead("a", { contacts: { email: 5 } } as never)).rejects.toMatchObject({ issues: [{ path: ["contacts", "email"] }] });
    await expect(engine.updateLead("a", { contacts: null } as never)).rejects.toMatchObject({ message: /the keys to change \(null removes one\)/ });
    // A "__proto__" key never becomes the object's prototype, and is not dropped either: it is refused, as parseLead refuses it.
    await expect(
      engine.updateLead("a", { contacts: JSON.parse('{"__proto__": { "email": "x@evil.example" }, "phone": "+15550001111"}') as Record<string, string> }),
    ).rejects.toMatchObject({ issues: [{ code: "invalid_key", path: ["contacts", "__proto__"] }] });
    stored = (await engine.get("a"))?.record.lead;
    expect(Object.getPrototypeOf(stored?.contacts)).toBe(Object.prototype);
    expect(stored?.contacts).toEqual({ email: "new@example.com" });
  });

  it("null removes an optional field (a wrong time zone: the address or phone decides again)", async () => {
    const { engine } = emailEngine();
    await engine.enroll(lead("a", { timezone: "Asia/Tokyo", address: { country: "US", region: "FL" } }), "quick");
    await engine.updateLead("a", { timezone: null, attributes: { source: "web" } });
    const stored = (await engine.get("a"))?.record.lead;
    expect(stored).not.toHaveProperty("timezone");
    expect(stored?.address).toEqual({ country: "US", region: "FL" });
    expect(stored?.attributes).toEqual({ source: "web" });
  });

  it("refuses fields it does not change, unknown fields and bad values with typed errors, and stores nothing", async () => {
    const { engine } = emailEngine();
    await engine.enroll(lead("a"), "quick");
    const before = await engine.get("a");
    await expect(engine.updateLead("a", { history: [] } as never)).rejects.toMatchObject({ name: "ArgumentError", message: /history.*record/ });
    await expect(engine.updateLead("a", { id: "b" } as never)).rejects.toMatchObject({ name: "ArgumentError" });
    await expect(engine.updateLead("a", { phone: "+1" } as never)).rejects.toMatchObject({
      name: "ArgumentError",
      message: /contacts, consent/,
    });
    await expect(engine.updateLead("a", { contacts: { email: 42 } } as never)).rejects.toMatchObject({
      name: "LeadValidationError",
      issues: [{ path: ["contacts", "email"] }],
    });
    await expect(engine.updateLead("a", { timezone: "Mars/Base" })).rejects.toMatchObject({ name: "LeadValidationError", issues: [{ path: ["timezone"] }] });
    await expect(engine.updateLead("a", { contacts: null } as never)).rejects.toMatchObject({ name: "ArgumentError", message: /contacts/ });
    await expect(engine.updateLead("a", "x" as never)).rejects.toMatchObject({ name: "ArgumentError" });
    await expect(engine.updateLead("nobody", { contacts: {} })).rejects.toMatchObject({ name: "EngineError", code: "unknown_lead" });
    expect(await engine.get("a")).toEqual(before);
  });

  it("never removes an opt-out, whatever sequence of updates (property)", async () => {
    const optOut = fc.record({ channel: fc.constantFrom("sms", "email", "all"), at: fc.constant(START) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(optOut, { maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (updates) => {
        const { engine } = emailEngine();
        await engine.enroll(lead("a"), "quick");
        const given: unknown[] = [];
        for (const optOuts of updates) {
          await engine.updateLead("a", { optOuts });
          given.push(...optOuts);
          const stored = (await engine.get("a"))?.record.lead.optOuts ?? [];
          for (const o of given) expect(stored).toContainEqual(o);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("re-decides at once: a new address for a lead waiting on a bounce sends the step due now", async () => {
    const { engine, clock, sent } = emailEngine();
    await engine.enroll(lead("a"), "quick");
    await engine.record("a", { type: "outcome", touchId: "a/quick@1/email-1#1", outcome: "bounced" });
    clock.advance(30 * MINUTE);
    await engine.updateLead("a", { contacts: { email: "fixed@example.com" } });
    clock.advance(30 * MINUTE);
    await engine.runDue();
    expect(sent).toEqual(["email-1 → a@example.com", "email-2 → fixed@example.com"]);
  });
});
