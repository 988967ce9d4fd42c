import { describe, expect, it } from "vitest";
import { ArgumentError, CadenceError, evaluate, PlanValidationError, type Condition, type LeadInput, type Outcome } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const NOW = "2026-03-10T14:00:00Z";

/** Whether the one conditional step is due (true) or skipped as condition_false (false). */
function passes(when: Condition, lead: Partial<LeadInput> = {}, rules?: Record<string, (lead: LeadInput) => boolean>): boolean {
  const plan = planWith({
    steps: [
      { id: "call", channel: "call", at: { after: "PT0S" } },
      { id: "email", channel: "email", at: { after: "PT0S" }, when },
    ],
  });
  const d = evaluate(plan, { ...leadAt(NOW), ...lead }, NOW, rules === undefined ? {} : { rules });
  const state = d.trace[1]?.state;
  if (state === "due") return true;
  if (state === "skipped" && d.trace[1]?.reason === "condition_false") return false;
  throw new Error(`unexpected state ${String(state)}`);
}

const callTouch = (outcome?: "connected" | "no_answer"): LeadInput["history"] => [
  {
    type: "touch",
    touchId: "lead-1/p@1/call#1",
    planId: "p",
    stepId: "call",
    channel: "call",
    attempt: 1,
    at: NOW,
    ...(outcome === undefined ? {} : { outcome }),
  },
];

describe("conditions", () => {
  it("outcome of a step, with none for a step without outcome", () => {
    expect(passes({ outcome: { step: "call", in: ["none"] } })).toBe(true);
    expect(passes({ outcome: { step: "call", in: ["none"] } }, { history: callTouch() })).toBe(true);
    expect(passes({ outcome: { step: "call", in: ["connected"] } }, { history: callTouch("no_answer") })).toBe(false);
    expect(passes({ not: { outcome: { step: "call", in: ["connected"] } } }, { history: callTouch("no_answer") })).toBe(true);
  });

  it("a later outcome does not undo a further one: a late delivery receipt after `read`, a task closed `completed` after `connected`", () => {
    const touch = (outcome: string, at = "2026-03-10T13:00:00Z") => ({ ...callTouch()?.[0], at, outcome }) as NonNullable<LeadInput["history"]>[number];
    const learnt = (outcome: Outcome, at: string) => ({ type: "outcome", touchId: "lead-1/p@1/call#1", outcome, at }) as const;
    const outcomeIs = (list: string[], history: LeadInput["history"]) => passes({ outcome: { step: "call", in: list as never } }, { history });
    // Receipts arrive out of order: read at 13:05, then the delivery receipt at 13:06.
    expect(outcomeIs(["read"], [touch("sent"), learnt("read", "2026-03-10T13:05:00Z"), learnt("delivered", "2026-03-10T13:06:00Z")])).toBe(true);
    // ...in either order in the history.
    expect(outcomeIs(["read"], [touch("sent"), learnt("delivered", "2026-03-10T13:06:00Z"), learnt("read", "2026-03-10T13:05:00Z")])).toBe(true);
    // The rep talked to the lead, then closed the task.
    expect(outcomeIs(["connected"], [touch("connected"), learnt("completed", "2026-03-10T13:10:00Z")])).toBe(true);
    // A call result corrected later is the later one; a bounce after delivery is the bounce.
    expect(outcomeIs(["connected"], [touch("no_answer"), learnt("connected", "2026-03-10T13:10:00Z")])).toBe(true);
    expect(outcomeIs(["bounced"], [touch("delivered"), learnt("bounced", "2026-03-10T13:10:00Z")])).toBe(true);
    expect(outcomeIs(["completed"], [touch("completed"), learnt("completed", "2026-03-10T13:10:00Z")])).toBe(true);
    // A late acknowledgment (sent, delivered) never undoes a bounce or a failure; evidence the lead saw it (read) does.
    expect(outcomeIs(["bounced"], [touch("sent"), learnt("bounced", "2026-03-10T13:05:00Z"), learnt("delivered", "2026-03-10T13:06:00Z")])).toBe(true);
    expect(outcomeIs(["failed"], [touch("failed"), learnt("sent", "2026-03-10T13:06:00Z")])).toBe(true);
    expect(outcomeIs(["read"], [touch("sent"), learnt("bounced", "2026-03-10T13:05:00Z"), learnt("read", "2026-03-10T13:06:00Z")])).toBe(true);
  });

  it("attribute comparisons: eq, in, exists, gt, gte, lt, lte, dot paths", () => {
    const attributes = { source: "web", score: 82, vehicle: { make: "Volvo", price: 41_000 }, nothing: null };
    expect(passes({ attribute: "source", eq: "web" }, { attributes })).toBe(true);
    expect(passes({ attribute: "source", eq: "phone" }, { attributes })).toBe(false);
    expect(passes({ attribute: "source", in: ["phone", "web"] }, { attributes })).toBe(true);
    expect(passes({ attribute: "vehicle.make", eq: "Volvo" }, { attributes })).toBe(true);
    expect(passes({ attribute: "vehicle.model", exists: true }, { attributes })).toBe(false);
    expect(passes({ attribute: "nothing", exists: false }, { attributes })).toBe(true);
    expect(passes({ attribute: "score", gt: 80 }, { attributes })).toBe(true);
    expect(passes({ attribute: "score", gt: 82 }, { attributes })).toBe(false);
    expect(passes({ attribute: "score", gte: 82 }, { attributes })).toBe(true);
    expect(passes({ attribute: "vehicle.price", lt: 50_000 }, { attributes })).toBe(true);
    expect(passes({ attribute: "vehicle.price", lte: 40_000 }, { attributes })).toBe(false);
    expect(passes({ attribute: "source", gt: 1 }, { attributes })).toBe(false);
    expect(passes({ attribute: "toString", exists: true }, { attributes })).toBe(false);
  });

  it("has a contact, consent state, all/any/not", () => {
    expect(passes({ hasContact: "whatsapp" })).toBe(true); // falls back to the phone
    expect(passes({ hasContact: "linkedin" })).toBe(false);
    expect(passes({ consent: { channel: "whatsapp", in: ["granted"] } })).toBe(false);
    expect(passes({ consent: { channel: "whatsapp", in: ["unknown"] } })).toBe(true);
    expect(passes({ consent: { channel: "whatsapp", in: ["granted"] } }, { consent: { whatsapp: { status: "granted" } } })).toBe(true);
    expect(passes({ all: [{ hasContact: "sms" }, { hasContact: "linkedin" }] })).toBe(false);
    expect(passes({ any: [{ hasContact: "sms" }, { hasContact: "linkedin" }] })).toBe(true);
    expect(passes({ not: { any: [{ hasContact: "linkedin" }] } })).toBe(true);
  });

  it("custom rules registered in code", () => {
    const rules = { isHotLead: (lead: LeadInput) => Number(lead.attributes?.["score"]) > 80 };
    expect(passes({ rule: "isHotLead" }, { attributes: { score: 90 } }, rules)).toBe(true);
    expect(passes({ rule: "isHotLead" }, { attributes: { score: 10 } }, rules)).toBe(false);
  });

  it("an unknown rule name is a validation error when rules are supplied, never a silent false", () => {
    expect(() => passes({ rule: "isHotLaed" }, {}, { isHotLead: () => true })).toThrow(PlanValidationError);
    try {
      passes({ rule: "isHotLaed" }, {}, { isHotLead: () => true });
    } catch (error) {
      expect((error as PlanValidationError).issues[0]).toMatchObject({ code: "unknown_rule", path: ["steps", 1, "when", "rule"] });
    }
    expect(() => passes({ rule: "isHotLead" })).toThrow(ArgumentError);
  });

  it("a rule that throws or does not return a boolean gives a typed error", () => {
    const boom = () => {
      throw new Error("db down");
    };
    expect(() => passes({ rule: "r" }, {}, { r: boom })).toThrow(CadenceError);
    expect(() => passes({ rule: "r" }, {}, { r: boom })).toThrow(/db down/);
    expect(() => passes({ rule: "r" }, {}, { r: (() => "yes") as unknown as () => boolean })).toThrow(ArgumentError);
  });
});
