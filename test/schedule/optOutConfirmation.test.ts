import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  evaluateAll,
  isCadenceError,
  OPT_OUT_CONFIRMATION_STEP,
  touchRecord,
  type Decision,
  type LeadInput,
  type PlanInput,
} from "../../src/index.js";
import { CHANNELS, planArb, ZONES } from "../support/randomPlans.js";

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

describe("the opt-out confirmation of plans decided together (evaluateAll, docs/compliance.md)", () => {
  const onCall = (id: string, channel: string): PlanInput => ({
    ...plan,
    id,
    steps: [{ id: "a", channel: "call", at: { after: "P5D" } }],
    optOutConfirmation: { channel, template: "bye" },
  });
  const bySms = onCall("by-sms", "sms");
  const byEmail = onCall("by-email", "email");
  const confirmed = (planId: string, at: string): NonNullable<LeadInput["history"]>[number] => ({
    type: "touch",
    touchId: `L1/${planId}@1/${OPT_OUT_CONFIRMATION_STEP}#1`,
    planId,
    stepId: OPT_OUT_CONFIRMATION_STEP,
    channel: "sms",
    attempt: 1,
    at,
    outcome: "sent",
  });
  const stepIds = (d: { due: readonly { planId: string; stepId: string }[] }): string[] => d.due.map((t) => `${t.planId}/${t.stepId}`);

  it("a confirmation recorded by a plan not among them does not count, as under evaluate", () => {
    // Found by the naive reference (test/schedule/referenceAll.test.ts): a lead confirmed by an earlier plan a year ago,
    // who opts out again, got the confirmation from evaluate(bySms) but not from evaluateAll([bySms]) or with another plan.
    const again = { ...lead([{ channel: "sms", at: stopAt }]), history: [confirmed("old", "2025-03-01T12:00:00Z")] };
    expect(stepIds(evaluate(bySms, again, stopAt))).toEqual([`by-sms/${OPT_OUT_CONFIRMATION_STEP}`]);
    expect(stepIds(evaluateAll([bySms], again, stopAt))).toEqual([`by-sms/${OPT_OUT_CONFIRMATION_STEP}`]);
    expect(stepIds(evaluateAll([bySms, byEmail], again, stopAt))).toEqual([`by-sms/${OPT_OUT_CONFIRMATION_STEP}`]);
    // One of theirs counts for all of them.
    const mine = { ...again, history: [confirmed("by-email", "2026-03-11T14:30:00Z")] };
    expect(stepIds(evaluateAll([bySms, byEmail], mine, stopAt))).toEqual([]);
  });
  it("a plan whose confirmation was skipped does not settle another's: a later opt-out that one calls for is confirmed", () => {
    // The SMS confirmation is kept by a do-not-contact flag; the email one answers the email opt-out the next day.
    const twice: LeadInput = {
      ...lead([
        { channel: "sms", at: stopAt },
        { channel: "email", at: "2026-03-12T15:00:00Z" },
      ]),
      doNotContact: ["sms"],
    };
    const first = evaluateAll([bySms, byEmail], twice, stopAt);
    expect(first.due).toEqual([]);
    expect(first.skipped).toMatchObject([{ planId: "by-sms", stepId: OPT_OUT_CONFIRMATION_STEP, reason: "do_not_contact" }]);
    const next = evaluateAll([bySms, byEmail], { ...twice, history: [...first.skipped] }, "2026-03-12T15:00:00Z");
    expect(stepIds(next)).toEqual([`by-email/${OPT_OUT_CONFIRMATION_STEP}`]);
    expect(next.skipped).toEqual([]);
    // Confirmed by email, never again by either.
    const history = [...first.skipped, ...next.due.map((t) => touchRecord(t, { at: "2026-03-12T15:00:00Z", outcome: "sent" }))];
    expect(evaluateAll([bySms, byEmail], { ...twice, history }, "2026-03-12T15:00:01Z").due).toEqual([]);
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

describe("the opt-out confirmation is a contact of its decision (docs/compliance.md)", () => {
  // A cap of one contact a day over all channels; the email step falls due with the opt-out.
  const capped: PlanInput = {
    ...plan,
    steps: [{ id: "a", channel: "email", at: { after: "PT1H" } }],
    policies: { caps: [{ max: 1, per: "day" }] },
  };
  const optedOut = lead([{ channel: "sms", at: stopAt }]);
  const recorded = (d: { due: Decision["due"] }): LeadInput => ({
    ...optedOut,
    history: d.due.filter((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP).map((t) => touchRecord(t, { at: stopAt, outcome: "sent" })),
  });

  it("the step due with it waits for the cap, as it does once the confirmation is recorded", () => {
    const first = evaluate(capped, optedOut, stopAt);
    expect(first.due.map((t) => t.stepId)).toEqual([OPT_OUT_CONFIRMATION_STEP]);
    const again = evaluate(capped, recorded(first), stopAt);
    expect(again.due).toEqual([]);
    expect(first.trace[0]).toEqual(again.trace[0]);
    expect(first.trace[0]).toMatchObject({ stepId: "a", state: "waiting", reason: "cap" });
    expect(first.next).toEqual(again.next);
  });
  it("a step on its channel waits a minute, as it does once the confirmation is recorded (evaluateAll: only a plan under optOut: global confirms on another channel)", () => {
    // The first plan's email step goes on after an SMS opt-out; the second confirms it by email.
    const { optOutConfirmation: _, ...unconfirmed } = plan;
    const first: PlanInput = { ...unconfirmed, id: "first", priority: 1, steps: [{ id: "a", channel: "email", at: { after: "PT1H" } }] };
    const second: PlanInput = {
      ...plan,
      id: "second",
      steps: [{ id: "b", channel: "call", at: { after: "P2D" } }],
      policies: { optOut: "global" },
      optOutConfirmation: { channel: "email", template: "optout-confirm" },
    };
    const merged = evaluateAll([first, second], optedOut, stopAt);
    expect(merged.due.map((t) => [t.planId, t.stepId])).toEqual([["second", OPT_OUT_CONFIRMATION_STEP]]);
    expect(merged.plans[0]?.trace[0]).toMatchObject({ stepId: "a", state: "waiting", reason: "channel_busy", until: "2026-03-11T15:01:00.000Z" });
    const history = merged.due.map((t) => touchRecord(t, { at: stopAt, outcome: "sent" }));
    const again = evaluateAll([first, second], { ...optedOut, history }, stopAt);
    expect(again.plans[0]?.trace[0]).toEqual(merged.plans[0]?.trace[0]);
    expect(again.next).toEqual(merged.next);
  });
  it("a step's touch recorded twice in a long history counts once beside it, as in the history without the repeat", () => {
    const threeADay: PlanInput = {
      ...capped,
      steps: [
        { id: "a", channel: "email", at: { after: "PT0S" } },
        { id: "b", channel: "call", at: { after: "PT1H" } },
      ],
      policies: { caps: [{ max: 3, per: "day" }] },
    };
    // A long history (another plan's touches a month before), where a repeat at a later instant is found by the step's touches.
    const old = Array.from({ length: 70 }, (_, i) => ({
      type: "touch" as const,
      touchId: `L1/other@1/x#${i}`,
      planId: "other",
      stepId: "x",
      channel: "sms",
      attempt: 1,
      at: new Date(Date.parse(enrolledAt) - 30 * 86_400_000 + i * 60_000).toISOString(),
    }));
    const a = evaluate(threeADay, optedOut, enrolledAt).due[0] as Decision["due"][number];
    const once = evaluate(threeADay, { ...optedOut, history: [...old, touchRecord(a, { at: enrolledAt })] }, stopAt);
    expect(once.due.map((t) => t.stepId)).toEqual(["b", OPT_OUT_CONFIRMATION_STEP]);
    const again = touchRecord(a, { at: "2026-03-11T14:10:00Z" });
    expect(evaluate(threeADay, { ...optedOut, history: [...old, touchRecord(a, { at: enrolledAt }), again] }, stopAt)).toEqual(once);
  });
  it("under evaluateAll it counts for every plan's steps, the plans before the one that sends it too", () => {
    const { optOutConfirmation: _, ...unconfirmed } = capped;
    const first: PlanInput = { ...unconfirmed, id: "first", priority: 1 };
    const second: PlanInput = { ...capped, id: "second", steps: [{ id: "b", channel: "call", at: { after: "PT1H" } }] };
    const merged = evaluateAll([first, second], optedOut, stopAt);
    expect(merged.due.map((t) => [t.planId, t.stepId])).toEqual([["second", OPT_OUT_CONFIRMATION_STEP]]);
    const again = evaluateAll([first, second], recorded(merged), stopAt);
    expect(again.due).toEqual([]);
    expect(merged.plans.map((d) => d.trace[0])).toEqual(again.plans.map((d) => d.trace[0]));
  });

  it("recording the due touches, the confirmation among them, and deciding again at once never changes a cap or channel_busy verdict", () => {
    const scenario = fc.record({
      plan: planArb,
      confirmOn: fc.constantFrom(...CHANNELS),
      // Under optOut: global, the confirmation answers an opt-out of any channel (then only another plan's steps go on).
      global: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
      // A second plan, under the same budget (evaluateAll), before or after the one confirming.
      second: fc.option(fc.record({ plan: planArb, priority: fc.integer({ min: -1, max: 1 }) }), { nil: undefined }),
      zone: fc.constantFrom(...ZONES),
      // When the decision is, after enrolment; the opt-out is within the day before it, since enrolment.
      nowAfter: fc.oneof(fc.constantFrom(0, 3_600_000, 86_400_000), fc.integer({ min: 0, max: 3 * 86_400_000 })),
      optOutBefore: fc.integer({ min: 0, max: 86_400_000 }),
      // Touches already sent: a step (by index) and how long before now.
      sent: fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 0, max: 2 * 86_400_000 })), { maxLength: 4 }),
      // Whether the host records every due touch, or the confirmation alone (a touch recorded may start the steps anchored on it).
      recordAll: fc.boolean(),
    });
    // No opt-out exit and no required consent: the steps the opt-out leaves go on beside the confirmation.
    const going = (plan: PlanInput): PlanInput => ({
      ...plan,
      exits: (plan.exits ?? []).filter((e) => e.on !== "opt_out"),
      policies: { ...plan.policies, consentRequired: [] },
    });
    const held = (e: Decision["trace"][number] | undefined) => e?.state === "waiting" && (e.reason === "cap" || e.reason === "channel_busy");
    let compared = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const confirming = going(s.plan);
        const p: PlanInput = {
          ...confirming,
          policies: { ...confirming.policies, ...(s.global === undefined ? {} : { optOut: "global" as const }) },
          optOutConfirmation: { channel: s.confirmOn, template: "bye" },
        };
        const plans = s.second === undefined ? [p] : [p, { ...going(s.second.plan), id: "second", priority: s.second.priority }];
        const decide = (l: LeadInput, at: number): readonly Decision[] => (s.second === undefined ? [evaluate(p, l, at)] : evaluateAll(plans, l, at).plans);
        const enrolledAt = Date.UTC(2026, 2, 10, 14);
        const now = enrolledAt + s.nowAfter;
        const iso = (ms: number) => new Date(ms).toISOString();
        const history: NonNullable<LeadInput["history"]> = s.sent.map(([i, before]) => {
          const step = p.steps[i % p.steps.length] as PlanInput["steps"][number];
          const at = Math.max(enrolledAt, now - before);
          return { type: "touch", touchId: `L/x/${step.id}#${at}`, planId: "other", stepId: step.id, channel: step.channel, attempt: 1, at: iso(at) };
        });
        const l: LeadInput = {
          id: "L",
          enrolledAt: iso(enrolledAt),
          timezone: s.zone,
          contacts: { phone: "+12125550100", email: "l@example.com" },
          optOuts: [{ channel: s.global ?? s.confirmOn, at: iso(Math.max(enrolledAt, now - s.optOutBefore)) }],
          history,
        };
        let first: readonly Decision[];
        try {
          first = decide(l, now);
        } catch (e) {
          // One plan's quiet hours apply to the other's steps, whose windows they may leave no opening (docs/errors.md, no_opening).
          if (isCadenceError(e) && e.code === "no_opening") return;
          throw e;
        }
        const due = first.flatMap((d) => d.due);
        if (!due.some((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP)) return;
        const record = due.filter((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP || s.recordAll);
        let again: readonly Decision[];
        try {
          again = decide({ ...l, history: [...history, ...record.map((t) => touchRecord(t, { at: now }))] }, now);
        } catch (e) {
          // A touch recorded starts the steps anchored on it, whose windows the other plan's quiet hours may close too (as above).
          if (isCadenceError(e) && e.code === "no_opening") return;
          throw e;
        }
        first.forEach((d, k) => {
          const plan = plans.find((x) => x.id === d.planId) as PlanInput;
          plan.steps.forEach((step, i) => {
            const before = d.trace[i];
            const after = again[k]?.trace[i];
            const why = `${d.planId}/${step.id}: ${JSON.stringify(before)} then ${JSON.stringify(after)}`;
            if (before?.state === "due" && !record.some((t) => t.planId === d.planId && t.stepId === step.id)) {
              compared++;
              expect(held(after), why).toBe(false);
            }
            if (held(before)) {
              compared++;
              expect(after?.state, why).not.toBe("due");
            }
          });
        });
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(50);
  });
});
