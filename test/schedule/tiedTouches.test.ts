import { describe, expect, it } from "vitest";
import { evaluate, parsePlan, type HistoryEntry } from "../../src/index.js";

// History is recorded "in any order" (docs/concepts.md): two touches of one step and attempt at one
// instant under different ids (a dialer that logged one call twice under two ids) must be decided
// the same whichever the history lists first. Their order is their touch ids'.
const plan = parsePlan({
  id: "tied",
  name: "Tied touches",
  version: 1,
  timezone: "America/New_York",
  steps: [
    { id: "call", channel: "call", at: { after: "PT0S" } },
    { id: "sms-after-voicemail", channel: "sms", at: { after: "PT5M" }, when: { outcome: { step: "call", in: ["voicemail"] } } },
  ],
});
const lead = { id: "l1", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+12125550142" }, consent: { sms: { status: "granted" as const } }, history: [] };
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
