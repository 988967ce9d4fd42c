import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, parsePlan, touchRecord, type HistoryEntry, type LeadInput, type PlanInput, type Touch } from "../../src/index.js";
import { respond, simulate } from "../../src/testing/index.js";

// History is recorded "in any order" (docs/concepts.md). Two touches of one step and attempt at one
// instant under different ids (a dialer that logged one call twice) are ordered by id, whichever the
// history lists first; a touch recorded twice is its earliest record. Where the history's order still
// decides, at one instant: of two status records the one listed later is the status; replies on
// several channels name the channel listed first; of two skips of one step the first gives the reason.
const plan = parsePlan({
  id: "tied",
  name: "Tied touches",
  version: 1,
  timezone: "America/New_York",
  steps: [
    { id: "call", channel: "call", at: { after: "PT0S" } },
    { id: "sms-after-voicemail", channel: "sms", at: { after: "PT5M" }, when: { outcome: { step: "call", in: ["voicemail"] } } },
  ],
  exits: [{ on: "reply" }, { on: "status", in: ["won", "lost"] }],
});
const lead = {
  id: "l1",
  enrolledAt: "2026-03-09T14:00:00Z",
  contacts: { phone: "+12125550142" },
  consent: { sms: { status: "granted" as const } },
  history: [],
};
const touch = (touchId: string, outcome: "voicemail" | "no_answer"): HistoryEntry => ({
  type: "touch",
  touchId,
  planId: "tied",
  stepId: "call",
  attempt: 1,
  channel: "call",
  at: "2026-03-09T14:00:30Z",
  outcome,
});
const now = "2026-03-09T14:06:00Z";

describe("two touches of one step and attempt at one instant", () => {
  it("are decided the same in either history order, the touch with the greater id the step's last", () => {
    for (const [first, second] of [
      ["dialer-a", "dialer-b"],
      ["dialer-b", "dialer-a"],
    ] as const) {
      const voicemailLast = [touch(first, "no_answer"), touch(second, "voicemail")];
      const a = evaluate(plan, { ...lead, history: voicemailLast }, now);
      const b = evaluate(plan, { ...lead, history: [...voicemailLast].reverse() }, now);
      expect(b).toEqual(a);
      // The voicemail's touch is the step's last when its id is the greater.
      expect(a.due.map((t) => t.stepId)).toEqual(second > first ? ["sms-after-voicemail"] : []);
    }
  });
});

describe("other records at one instant", () => {
  const at = "2026-03-09T14:02:00Z";
  it("two status records: the one the history lists later is the lead's status", () => {
    const won = { type: "status", status: "won", at } as const;
    const contacted = { type: "status", status: "contacted", at } as const;
    expect(evaluate(plan, { ...lead, history: [contacted, won] }, now).done).toEqual({ reason: "status", at: "2026-03-09T14:02:00.000Z", detail: "won" });
    expect(evaluate(plan, { ...lead, history: [won, contacted] }, now).done).toBeNull();
  });

  it("replies on two channels: the exit names the channel the history lists first", () => {
    const sms = { type: "inbound", channel: "sms", at } as const;
    const email = { type: "inbound", channel: "email", at } as const;
    expect(evaluate(plan, { ...lead, history: [sms, email] }, now).done?.detail).toBe("sms");
    expect(evaluate(plan, { ...lead, history: [email, sms] }, now).done?.detail).toBe("email");
  });
});

describe("two skip records of one step at one instant", () => {
  it("the one the history lists first gives the reason", () => {
    const at = "2026-03-09T14:00:00Z";
    const noConsent = { type: "skip", planId: "tied", stepId: "call", reason: "no_consent", at } as const;
    const noContact = { type: "skip", planId: "tied", stepId: "call", reason: "no_contact", at } as const;
    const reason = (history: HistoryEntry[]) => evaluate(plan, { ...lead, history }, now).trace[0];
    expect(reason([noConsent, noContact])).toMatchObject({ state: "skipped", reason: "no_consent" });
    expect(reason([noContact, noConsent])).toMatchObject({ state: "skipped", reason: "no_contact" });
  });
});

describe("a touch recorded twice with different fields", () => {
  it("is its earliest record, whichever the history lists first", () => {
    const original = { ...touch("dialer-a", "voicemail"), at: "2026-03-09T14:00:30Z" };
    // A later write of the same touch (same id, step and attempt) naming another channel: a host's bug.
    const copy = { ...original, channel: "sms", at: "2026-03-09T14:03:00Z" };
    const a = evaluate(plan, { ...lead, history: [original, copy] }, now);
    const b = evaluate(plan, { ...lead, history: [copy, original] }, now);
    expect(b).toEqual(a);
    expect(a.trace[0]).toMatchObject({ stepId: "call", state: "completed", channel: "call" });
  });
});

describe("a record reusing a touch id for another plan", () => {
  // A host's history holding the dealer plan's first call id under another plan's name: the dealer
  // plan's own touch of that id is a touch of its own. Folded as one (the id, step and attempt
  // alone), the earlier record's plan won, the plan never saw its touch, and simulate recorded it
  // again and again: 10,000 evaluations at one instant, SimulationLimitError after 20 s.
  const lead = JSON.parse(readFileSync(new URL("../../examples/leads/brussels-whatsapp.json", import.meta.url), "utf8")) as LeadInput;
  const dealer = JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
  const foreign = { ...lead, history: (lead.history ?? []).map((h, i) => (i === 0 ? { ...h, planId: "other" } : h)) } as LeadInput;

  it("is a touch of its own: the plan's touch recorded is never due again at once", () => {
    const now = "2026-03-27T15:51:15Z";
    const first = evaluate(dealer, foreign, now);
    const call = first.due.find((t) => t.stepId === "call-now");
    expect(call?.id).toBe("lead-be-0007/dealer-speed-to-lead@1/call-now#1");
    const again = evaluate(dealer, { ...foreign, history: [...(foreign.history ?? []), touchRecord(call as Touch, { at: now })] }, now);
    expect(again.due.map((t) => t.stepId)).not.toContain("call-now");
    expect(again.trace[0]).toMatchObject({ stepId: "call-now", state: "completed" });
  });

  it("simulate runs the cadence to its end", () => {
    const run = simulate(dealer, foreign, { until: "P2D", responder: respond.never() });
    expect(run.touches.filter((t) => t.stepId === "call-now")).toHaveLength(1);
  });
});
