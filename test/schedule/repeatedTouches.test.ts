import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, parsePlan, type HistoryEntry, type LeadInput, type PlanInput, type TouchRecord } from "../../src/index.js";
import { indexLeadFacts, touchOutcome, touchOutcomeAt } from "../../src/policy/index.js";
import { settleOutcomes, type LearntOutcome } from "../../src/primitives/index.js";
import { dealerPlanArb, historyArb, leadSpecArb, leadWith, outcomeOf, SPAN, T0 } from "../support/randomHistories.js";

/*
 * A touch recorded twice (a host's retried write, a webhook delivered twice) is one touch: its
 * `touchId` is the idempotency key. One contact for caps, one touch of its step, at the earliest of
 * its records' instants; an outcome a later copy carries is learnt at that copy's instant.
 */

const plan = parsePlan(JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput);
const E = Date.parse("2026-03-03T14:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const touch = (stepId: string, channel: string, at: number, attempt = 1, outcome: TouchRecord["outcome"] = "no_answer"): TouchRecord => ({
  type: "touch",
  touchId: `L/${plan.id}@${plan.version}/${stepId}#${attempt}`,
  planId: plan.id,
  stepId,
  channel,
  attempt,
  at: new Date(at).toISOString(),
  ...(outcome === undefined ? {} : { outcome }),
});

const lead = (history: HistoryEntry[]): LeadInput => ({
  id: "L",
  enrolledAt: new Date(E).toISOString(),
  timezone: "America/New_York",
  contacts: { phone: "+15555550100", email: "l@example.com" },
  history,
});

/** The dealer plan's first five touches, every one unanswered (caps: 3 calls a day, 6 contacts per 24 h). */
const base: TouchRecord[] = [
  touch("call-now", "call", E),
  touch("sms-intro", "sms", E + 5 * MINUTE),
  touch("email-intro", "email", E + 10 * MINUTE),
  touch("call-day-1", "call", E + HOUR),
  touch("call-day-1", "call", E + 3 * HOUR, 2),
];
const NOW = E + 5 * HOUR + MINUTE;

describe("a touch recorded twice", () => {
  it("is one contact for caps: a second copy of the first call does not make a sixth contact in 24 h", () => {
    const once = evaluate(plan, lead(base), NOW);
    expect(once.next).toEqual({ at: "2026-03-04T13:00:00.000Z", stepId: "call-day-1" });
    const twice = evaluate(plan, lead([...base, base[0] as TouchRecord]), NOW);
    expect(twice).toEqual(once);
  });

  it("is one touch of its step: a repeated attempt is not a third attempt", () => {
    const once = evaluate(plan, lead(base), NOW);
    const repeated = evaluate(plan, lead([...base, { ...(base[4] as TouchRecord), at: new Date(E + 4 * HOUR).toISOString() }]), NOW);
    expect(repeated).toEqual(once);
    expect(repeated.trace.find((t) => t.stepId === "call-day-1")).toMatchObject({ attempt: 3 });
  });

  it("takes the earliest of its records' instants, wherever the copies stand in the history", () => {
    const facts = indexLeadFacts(lead([{ ...(base[1] as TouchRecord), at: new Date(E + 20 * MINUTE).toISOString() }, ...base]), NOW);
    expect(facts.touches.length).toBe(5);
    expect(facts.contactTimes.at).toEqual(base.map((t) => Date.parse(t.at as string)));
    const sms = Array.from({ length: facts.touches.length }, (_, i) => i).find((i) => facts.touches.records[i]?.stepId === "sms-intro") as number;
    expect(facts.touches.at[sms]).toBe(E + 5 * MINUTE);
  });

  it("learns an outcome a later copy carries at that copy's instant, as an outcome record would say it", () => {
    const answered = { ...(base[0] as TouchRecord), outcome: "connected" as const, at: new Date(E + 2 * MINUTE).toISOString() };
    const facts = indexLeadFacts(lead([...base, answered]), NOW);
    expect(facts.touches.length).toBe(5);
    expect(touchOutcome(facts.touches, 0)).toBe("connected");
    expect(touchOutcomeAt(facts.touches, 0)).toBe(E + 2 * MINUTE);
    expect(facts.connectedAt).toBe(E + 2 * MINUTE);
    const asRecord = evaluate(plan, lead([...base, { type: "outcome", touchId: answered.touchId, outcome: "connected", at: answered.at }]), NOW);
    expect(evaluate(plan, lead([...base, answered]), NOW)).toEqual(asRecord);
  });

  it("keeps a further outcome a later copy's would undo (a late `delivered` after `read`)", () => {
    const sms = { ...(base[1] as TouchRecord), outcome: "read" as const };
    const late = { ...sms, outcome: "delivered" as const, at: new Date(E + 30 * MINUTE).toISOString() };
    const facts = indexLeadFacts(lead([base[0] as TouchRecord, sms, late]), NOW);
    expect(facts.touches.length).toBe(2);
    expect(touchOutcome(facts.touches, 1)).toBe("read");
    expect(touchOutcomeAt(facts.touches, 1)).toBe(E + 5 * MINUTE);
  });

  it("counts a copy's failure as the touch's outcome: a failed touch is no contact", () => {
    const failed = { ...(base[2] as TouchRecord), outcome: "failed" as const, at: new Date(E + 11 * MINUTE).toISOString() };
    const facts = indexLeadFacts(lead([...base, failed]), NOW);
    expect(facts.contactTimes.at).toEqual([E, E + 5 * MINUTE, E + HOUR, E + 3 * HOUR]);
  });
});

const ms = (at: string | number): number => (typeof at === "number" ? at : Date.parse(at));

/** `history` with every touch under an id of its own, each outcome record naming one of them. */
function distinctIds(history: readonly HistoryEntry[]): HistoryEntry[] {
  const touches = history.filter((h) => h.type === "touch").length;
  let n = 0;
  return history.map((h) => {
    if (h.type === "touch") return { ...h, touchId: `u${n++}` };
    if (h.type === "outcome") return { ...h, touchId: `u${Number(h.touchId.slice(1)) % Math.max(touches, 1)}` };
    return h;
  });
}

/**
 * The outcome `touch` has settled on by `now` and when it was learnt, when that is the last outcome
 * learnt for it and alone at its instant (a copy carrying it then changes nothing); else `undefined`.
 */
function lastSettled(history: readonly HistoryEntry[], touch: TouchRecord, now: number): LearntOutcome | undefined {
  const at = ms(touch.at);
  const learnt: LearntOutcome[] = touch.outcome === undefined ? [] : [{ outcome: touch.outcome, at }];
  for (const h of history) if (h.type === "outcome" && h.touchId === touch.touchId && ms(h.at) <= now) learnt.push({ outcome: h.outcome, at: ms(h.at) });
  const { current } = settleOutcomes(learnt, at);
  if (current === undefined || learnt[learnt.length - 1] !== current || learnt.filter((o) => o.at === current.at).length > 1) return undefined;
  return current;
}

describe("a history with touch records repeated (property)", () => {
  it("is decided as the history without the repeats: copies anywhere, at the same or a later instant, carrying no outcome, the record's own, or the one settled", () => {
    const copyArb = fc.record({
      pick: fc.nat(),
      place: fc.nat(),
      kind: fc.constantFrom("bare", "same", "settled"),
      later: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    });
    fc.assert(
      fc.property(
        dealerPlanArb,
        leadSpecArb,
        historyArb(1, 40),
        fc.integer({ min: 0, max: SPAN + 5 * 86_400_000 }),
        fc.array(copyArb, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (plan, spec, records, offset, copies, asNumbers) => {
          const history = distinctIds(records).map((h) => (asNumbers ? { ...h, at: ms(h.at) } : h)) as HistoryEntry[];
          const touches = history.filter((h): h is TouchRecord => h.type === "touch");
          if (touches.length === 0) return;
          const now = T0 + offset;
          const repeated = [...history];
          for (const c of copies) {
            const t = touches[c.pick % touches.length] as TouchRecord;
            const { outcome: _, ...bare } = t;
            let copy: TouchRecord = { ...bare, at: ms(t.at) + c.later };
            if (c.kind === "same") copy = { ...t };
            else if (c.kind === "settled") {
              const settled = lastSettled(history, t, now);
              if (settled !== undefined) copy = { ...t, outcome: settled.outcome as TouchRecord["outcome"] & string, at: settled.at };
            }
            repeated.splice(c.place % (repeated.length + 1), 0, copy);
          }
          const expected = outcomeOf(() => evaluate(plan, leadWith(spec, history), now));
          expect(outcomeOf(() => evaluate(plan, leadWith(spec, repeated), now))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** `length` delivered emails of another campaign, one an hour up to the enrolment. */
function campaign(length: number): TouchRecord[] {
  return Array.from(
    { length },
    (_, i): TouchRecord => ({
      type: "touch",
      touchId: `old/${i}`,
      planId: "winback",
      stepId: `s${i % 7}`,
      channel: "email",
      attempt: 1,
      at: new Date(E - (length - i) * HOUR).toISOString(),
      outcome: "delivered",
    }),
  );
}

describe("a touch recorded twice in a long history (more than 64 touches: no id compared per record)", () => {
  it("is one contact, wherever its copy stands among 200 touches of another campaign", () => {
    const older = campaign(200);
    const once = evaluate(plan, lead([...older, ...base]), NOW);
    expect(once.next).toEqual({ at: "2026-03-04T13:00:00.000Z", stepId: "call-day-1" });
    for (const place of [0, 100, 200, 203, 205]) {
      const history: HistoryEntry[] = [...older, ...base];
      history.splice(place, 0, { ...(base[0] as TouchRecord), at: E + 2 * MINUTE });
      expect(evaluate(plan, lead(history), NOW)).toEqual(once);
      // The plan's step shows the attempt twice: the decision reads the history again, every touch once.
      expect(indexLeadFacts(lead([...history]), NOW, true).touches.length).toBe(205);
    }
  });

  it("of another campaign is one contact when both records are at one instant on one channel, two when the copy is dated later", () => {
    const older = campaign(70);
    const last = older[69] as TouchRecord;
    const contacts = (history: HistoryEntry[]) => indexLeadFacts(lead(history), NOW).contactTimes.at.length;
    const once = contacts([...older, ...base]);
    expect(contacts([...older, ...base, { ...last }])).toBe(once);
    expect(indexLeadFacts(lead([...older, ...base, { ...last }]), NOW).touches.length).toBe(75);
    // Not searched for: a copy dated later, of a touch no step of the plan decided has.
    expect(contacts([...older, ...base, { ...last, at: E + 2 * MINUTE }])).toBe(once + 1);
    expect(indexLeadFacts(lead([...older, ...base, { ...last, at: E + 2 * MINUTE }]), NOW, true).contactTimes.at.length).toBe(once);
  });
});
