import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WHATSAPP_TEMPLATE_RULES, evaluate, planJsonSchema, safeParsePlan } from "../../src/index.js";
import { leadAt, presetPlan } from "./helpers.js";

const T0 = "2026-03-11T14:00:00Z"; // Wed 10:00 EDT; no inbound: outside the 24 h window
const step = { id: "w", channel: "whatsapp", at: { after: "PT0S" }, templateOutsideWindow: "promo_v1" };
const plan = (extra: Record<string, unknown> = {}, policies?: Record<string, unknown>) =>
  presetPlan([], "whatsapp", { steps: [{ ...step, ...extra }], ...(policies === undefined ? {} : { policies }) } as never);
const us = leadAt(T0); // +1 212 …
const nl = leadAt(T0, { contacts: { phone: "+31612345678", whatsapp: "31612345678", email: "a@example.com" } });

describe("WhatsApp template rules (Meta: no marketing templates to +1 numbers since 1 April 2025)", () => {
  it("steps name a category; the plan schema and its JSON Schema know the three", () => {
    expect(safeParsePlan(plan({ category: "marketing" })).success).toBe(true);
    expect(safeParsePlan(plan({ category: "promo" })).success).toBe(false);
    const json = JSON.stringify(planJsonSchema());
    expect(json).toContain('"enum":["marketing","utility","authentication"]');
    expect(json).toContain("whatsappTemplates");
  });

  it("a marketing template to a +1 number is skipped with whatsapp_template_blocked and the reason", () => {
    const d = evaluate(plan({ category: "marketing" }), us, T0);
    expect(d.due).toEqual([]);
    expect(d.skipped[0]).toMatchObject({ reason: "whatsapp_template_blocked", detail: expect.stringContaining("+1") });
    expect(d.trace[0]).toMatchObject({
      state: "skipped",
      reason: "whatsapp_template_blocked",
      detail: expect.stringContaining("marketing template to a +1 number"),
    });
  });

  it("…or falls back to the step's fallback channel, saying why in the trace", () => {
    const d = evaluate(plan({ category: "marketing", fallback: "sms" }), us, T0);
    expect(d.due[0]).toMatchObject({ channel: "sms", fallbackFrom: "whatsapp" });
    expect(d.trace[0]).toMatchObject({ state: "due", channel: "sms", detail: expect.stringContaining("marketing template to a +1 number") });
  });

  it("utility and authentication templates, other countries, and free-form inside the 24 h window still go", () => {
    expect(evaluate(plan({ category: "utility" }), us, T0).due[0]).toMatchObject({ channel: "whatsapp", template: "promo_v1", requiresTemplate: true });
    expect(evaluate(plan({ category: "authentication" }), us, T0).due[0]).toMatchObject({ channel: "whatsapp" });
    expect(evaluate(plan({ category: "marketing" }), nl, T0).due[0]).toMatchObject({ channel: "whatsapp", requiresTemplate: true });
    const replied = leadAt(T0, { history: [{ type: "inbound", channel: "whatsapp", at: "2026-03-11T13:00:00Z", text: "hi" }] });
    expect(evaluate(plan({ category: "marketing" }), replied, T0).due[0]).toMatchObject({ channel: "whatsapp" });
    // A step without a category is not judged by delivery rules.
    expect(evaluate(plan(), us, T0).due[0]).toMatchObject({ channel: "whatsapp", requiresTemplate: true });
  });

  it("the rules are data the plan overrides: other country codes, or none", () => {
    const gb = { whatsappTemplates: { undelivered: [{ category: "marketing", countryCodes: ["+44"], reason: "host rule" }] } };
    expect(evaluate(plan({ category: "marketing" }, gb), us, T0).due[0]).toMatchObject({ channel: "whatsapp" });
    const uk = leadAt(T0, { contacts: { whatsapp: "+44 7700 900123" } });
    expect(evaluate(plan({ category: "marketing" }, gb), uk, T0).skipped[0]).toMatchObject({
      reason: "whatsapp_template_blocked",
      detail: expect.stringContaining("host rule"),
    });
    expect(evaluate(plan({ category: "marketing" }, { whatsappTemplates: { undelivered: [] } }), us, T0).due[0]).toMatchObject({ channel: "whatsapp" });
    expect(DEFAULT_WHATSAPP_TEMPLATE_RULES.undelivered).toEqual([{ category: "marketing", countryCodes: ["+1"], reason: expect.any(String) }]);
    expect(safeParsePlan(plan({}, { whatsappTemplates: { undelivered: [{ category: "marketing", countryCodes: ["1"] }] } })).success).toBe(false);
  });

  it("a waiting touch says what will happen at send time", () => {
    const p = presetPlan([], "whatsapp", {
      steps: [{ ...step, category: "marketing", at: { after: "PT1H" } }],
    } as never);
    expect(evaluate(p, us, T0).trace[0]).toMatchObject({ state: "waiting", detail: expect.stringContaining("marketing template to a +1 number") });
  });

  it("an opt-out of WhatsApp marketing spares utility and authentication steps only", () => {
    const optedOut = leadAt(T0, { optOuts: [{ channel: "whatsapp", at: "2026-03-10T00:00:00Z", category: "marketing", source: "whatsapp:131050" }] });
    const nlOut = { ...optedOut, contacts: nl.contacts };
    expect(evaluate(plan({ category: "marketing" }), nlOut, T0).skipped[0]).toMatchObject({ reason: "opted_out" });
    expect(evaluate(plan(), nlOut, T0).skipped[0]).toMatchObject({ reason: "opted_out" });
    expect(evaluate(plan({ category: "marketing", fallback: "email" }), nlOut, T0).due[0]).toMatchObject({ channel: "email" });
    expect(evaluate(plan({ category: "utility" }), nlOut, T0).due[0]).toMatchObject({ channel: "whatsapp" });
    // It is not an opt-out of the lead: no opt-out exit, other channels go on.
    const two = presetPlan([], "whatsapp", { steps: [step, { id: "e", channel: "email", at: { after: "PT0S" } }], exits: [{ on: "opt_out" }] } as never);
    const d = evaluate(two, nlOut, T0);
    expect(d.done).toBeNull();
    expect(d.due.map((t) => t.channel)).toEqual(["email"]);
  });
});

describe("WhatsApp template rules: property", () => {
  it("never a marketing template to a number of a listed country code, whatever the window, fallback and number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("+1", "+1787", "+44", "+31"),
        fc.stringMatching(/^[0-9]{9,10}$/),
        fc.constantFrom("marketing", "utility", "authentication", undefined),
        fc.option(fc.constantFrom("sms", "email"), { nil: undefined }),
        fc.integer({ min: 0, max: 72 * 60 }),
        fc.boolean(),
        (prefix, rest, category, fallback, minutesSinceInbound, asWhatsappContact) => {
          const number = `${prefix}${rest}`;
          const contacts = asWhatsappContact ? { whatsapp: number.slice(1), email: "a@example.com", phone: number } : { phone: number, email: "a@example.com" };
          const now = Date.parse(T0);
          const lead = leadAt(T0, {
            contacts,
            history: [{ type: "inbound", channel: "whatsapp", at: new Date(now - minutesSinceInbound * 60_000).toISOString(), text: "hi" }],
          });
          const d = evaluate(plan({ ...(category === undefined ? {} : { category }), ...(fallback === undefined ? {} : { fallback }) }), lead, T0);
          const template = d.due.find((t) => t.channel === "whatsapp" && t.requiresTemplate === true);
          if (category === "marketing" && prefix.startsWith("+1")) expect(template).toBeUndefined();
          // Every step is settled one way or another: due (on WhatsApp or its fallback) or skipped with a reason.
          expect(d.due.length + d.skipped.length).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
