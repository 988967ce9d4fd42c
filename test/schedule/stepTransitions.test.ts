import { describe, expect, it } from "vitest";
import { indexLeadFacts } from "../../src/policy/index.js";
import { instantMs } from "../../src/primitives/index.js";
import { compilePlan } from "../../src/schedule/index.js";
import { decide } from "../../src/schedule/evaluate.js";
import { resolveLeadClock } from "../../src/schedule/resolveLeadClock.js";
import { channelBusyUntil, spend, startingBudget, type SharedBudget } from "../../src/schedule/contactBudget.js";
import { settledByHistory, stepResult } from "../../src/schedule/stepTransitions.js";
import { leadAt, planWith } from "../support/drive.js";

const plan = planWith({
  steps: [
    { id: "call", channel: "call", at: { after: "PT0M" } },
    { id: "sms", channel: "sms", at: { after: "PT0M" } },
    { id: "later", channel: "email", at: { after: "PT5M", from: { step: "call" } } },
  ],
});
const NOW = instantMs("2026-03-10T15:00:00Z");
const lead = leadAt("2026-03-10T15:00:00Z");
/** The budget of a merged decision at NOW over `lead`'s (empty) history. */
const startOf = (): SharedBudget => startingBudget(indexLeadFacts(lead, NOW));

function decideAt(budget?: SharedBudget) {
  const compiled = compilePlan(plan);
  return decide(compiled, lead, NOW, resolveLeadClock(lead, compiled), indexLeadFacts(lead, NOW), {}, budget);
}

describe("decide", () => {
  it("returns the contacts its due touches spend, one per touch at now, to a merged decision (none without a shared budget)", () => {
    const empty = startOf();
    const { decision, used } = decideAt(empty);
    expect(decision.due.map((t) => t.stepId)).toEqual(["call", "sms"]);
    expect(used).toEqual([
      { channel: "call", at: NOW },
      { channel: "sms", at: NOW },
    ]);
    const alone = decideAt();
    expect(alone.decision).toEqual(decision);
    expect(alone.used).toEqual([]);
    // `later` waits for the call's touch to be recorded: a due touch is not an anchor yet.
    expect(decision.trace.find((t) => t.stepId === "later")).toMatchObject({ state: "waiting", reason: "anchor_pending" });
  });

  it("reads a shared budget without writing to it: a channel used this minute by another plan waits", () => {
    const budget: SharedBudget = Object.freeze({
      ...startOf(),
      contacts: Object.freeze({ at: Object.freeze([NOW]), channel: Object.freeze(["call"]) }),
      chosenFrom: 0,
      caps: Object.freeze([]),
    });
    const { decision, used } = decideAt(budget);
    expect(decision.due.map((t) => t.channel)).toEqual(["sms"]);
    expect(decision.trace[0]).toMatchObject({ stepId: "call", state: "waiting", reason: "channel_busy" });
    expect(used).toEqual([{ channel: "sms", at: NOW }]);
    expect(budget.contacts.at).toHaveLength(1);
  });

  it("spend makes the next plan's budget and leaves the old one as it was", () => {
    const before = startOf();
    const after = spend(before, [{ channel: "sms", at: NOW }]);
    expect(after.contacts).toEqual({ at: [NOW], channel: ["sms"] });
    expect(channelBusyUntil(after, "sms", "L/other@1/s#1", NOW)).toBe(NOW + 60_000);
    expect(channelBusyUntil(after, "sms", "L/other@1/s#1", NOW + 60_000)).toBeUndefined();
    expect(channelBusyUntil(after, "call", "L/other@1/s#1", NOW)).toBeUndefined();
    expect(before.contacts).toEqual({ at: [], channel: [] });
    expect(spend(before, [])).toBe(before);
  });
});

describe("step transitions", () => {
  const step = compilePlan(plan).steps[0];
  if (step === undefined) throw new Error("fixture");
  // One touch of step `call`, a minute before NOW, with no outcome: index 0 of the touch log.
  const touchedLead = leadAt("2026-03-10T14:00:00Z", {
    history: [{ type: "touch", touchId: "t", planId: "p", stepId: "call", channel: "call", attempt: 1, at: "2026-03-10T14:59:00Z" }],
  });
  const log = indexLeadFacts(touchedLead, NOW).touches;
  const none = indexLeadFacts(lead, NOW).touches;

  it("a step the history has not settled is left to the open-step transitions", () => {
    const out = stepResult();
    const before = { ...out };
    expect(settledByHistory(out, { ...step, maxAttempts: 2 }, log, [0], undefined)).toBeUndefined();
    expect(settledByHistory(out, step, none, [], undefined)).toBeUndefined();
    expect(out).toEqual(before);
  });

  it("a skip in the history settles the step as skipped, anchored on the skip", () => {
    const out = stepResult();
    expect(settledByHistory(out, step, none, [], { at: NOW - 1000, reason: "no_contact" })).toEqual({ stepId: "call", state: "skipped", reason: "no_contact" });
    expect(out).toMatchObject({
      kind: "skipped",
      record: undefined,
      anchorTouchAt: NOW - 1000,
      anchorOutcomeAt: NOW - 1000,
      settledAt: NOW - 1000,
    });
  });

  it("the last attempt settles the step as completed, anchored on the first touch", () => {
    const out = stepResult();
    expect(settledByHistory(out, step, log, [0], undefined)).toMatchObject({ state: "completed", reason: "sent", attempt: 1, channel: "call" });
    expect(out).toMatchObject({ kind: "completed", anchorTouchAt: NOW - 60_000, settledAt: NOW - 60_000, record: undefined });
    expect(out.anchorOutcomeAt).toBeNaN();
  });
});
