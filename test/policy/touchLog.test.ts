import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HistoryEntry, LeadInput } from "../../src/index.js";
import { indexLeadFacts, MAX_CAP_LOOKBACK_MS, touchOutcome, touchOutcomeAt, type TouchLog, type TouchRecordFields } from "../../src/policy/index.js";
import type { TouchFact } from "../support/referenceEvaluate.js";

/** The `i`-th touch of `log` as one object. */
function touchFact(log: TouchLog, i: number): TouchFact {
  const r = log.records[i] as TouchRecordFields;
  const outcomeAt = touchOutcomeAt(log, i);
  return {
    touchId: r.touchId,
    planId: r.planId,
    stepId: r.stepId,
    channel: r.channel,
    attempt: r.attempt,
    at: log.at[i] as number,
    outcome: touchOutcome(log, i),
    outcomeAt: Number.isNaN(outcomeAt) ? undefined : outcomeAt,
  };
}

/*
 * The touch and contact logs (parallel arrays, outcome arrays only when outcome records exist,
 * the history itself as the touch records when every record is a touch) against the straightforward reading:
 * an object per touch, its outcomes applied in time order (a later one that does not supersede the
 * one before is only one it had: `completed` after `connected`, `delivered` after `read`; a connected
 * call stays connected whatever outcome follows), contacts filtered, sorted and
 * kept only when a cap could still count them (after MAX_CAP_LOOKBACK_MS before the latest instant
 * read: the latest record's, or `now` if earlier).
 */

const START = Date.UTC(2026, 2, 1);
const OUTCOMES = ["no_answer", "delivered", "failed", "bounced", "connected", "sent", "read", "completed"] as const;
/** A message's progress, as the reference reads it. */
const PROGRESS: Readonly<Record<string, number>> = { sent: 1, delivered: 2, read: 3, opened: 3, clicked: 4, replied: 5 };
/** Records over 12 days: longer than any cap looks back. */
const SPAN = 12 * 86_400_000;

const recordArb: fc.Arbitrary<HistoryEntry> = fc.oneof(
  fc.record({
    type: fc.constant("touch" as const),
    touchId: fc.constantFrom("t1", "t2", "t3", "t4"),
    stepId: fc.constantFrom("a", "b"),
    planId: fc.option(fc.constantFrom("p1", "p2"), { nil: undefined }),
    channel: fc.constantFrom("call", "sms", "email"),
    attempt: fc.integer({ min: 1, max: 3 }),
    at: fc.integer({ min: 0, max: SPAN }).map((d) => START + d),
    outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant("outcome" as const),
    touchId: fc.constantFrom("t1", "t2", "t3", "t5"),
    outcome: fc.constantFrom(...OUTCOMES),
    at: fc.integer({ min: 0, max: SPAN }).map((d) => START + d),
  }),
);

/**
 * The reading as it was written before the logs: one object per touch (a record with an earlier
 * one's id, step, attempt and plan is the same touch, which is its earliest record), the outcomes its
 * records carry (each at its record's instant) and then its outcome records (of the last touch with
 * their id) applied after.
 */
function reference(history: readonly HistoryEntry[], now: number, enrolledAt: number) {
  const touches: TouchFact[] = [];
  const outcomes: { touchId: string; outcome: string; at: number }[] = [];
  const byKey = new Map<string, TouchFact>();
  // Every outcome each touch had, its latest or not: a connected call stays connected.
  const had = new Map<TouchFact, { outcome: string; at: number }[]>();
  let latest = -Infinity;
  for (const h of history) {
    const at = typeof h.at === "number" ? h.at : Date.parse(h.at);
    latest = Math.max(latest, at);
    if (at > now) continue;
    if (h.type === "touch") {
      const key = JSON.stringify([h.touchId, h.stepId, h.attempt, h.planId ?? null]);
      let t = byKey.get(key);
      if (t === undefined) {
        t = {
          touchId: h.touchId,
          planId: h.planId,
          stepId: h.stepId,
          channel: h.channel,
          attempt: h.attempt,
          at,
          outcome: h.outcome,
          outcomeAt: h.outcome === undefined ? undefined : at,
        };
        touches.push(t);
        byKey.set(key, t);
        had.set(t, []);
      } else if (at < t.at) {
        // The earliest record is the touch (of two at one instant, the first listed): its fields, not only its instant.
        Object.assign(t, { at, planId: h.planId, channel: h.channel });
      }
      if (h.outcome !== undefined) had.get(t)?.push({ outcome: h.outcome, at });
    } else if (h.type === "outcome") outcomes.push({ touchId: h.touchId, outcome: h.outcome, at });
  }
  const byId = new Map(touches.map((t) => [t.touchId, t]));
  for (const o of outcomes) {
    const t = byId.get(o.touchId);
    // No outcome is learnt before its touch: one dated earlier counts as learnt at the touch, after its own.
    if (t !== undefined) had.get(t)?.push({ outcome: o.outcome, at: Math.max(o.at, t.at) });
  }
  // A touch's outcome: its outcomes in time order, each replacing the one before, except `completed`
  // (a task closed), a message receipt of lower progress (a late `delivered` after `read`) and a late acknowledgment after a failure (`delivered` after `bounced`).
  for (const t of touches) {
    let current: { outcome: string; at: number } | undefined;
    for (const o of [...(had.get(t) ?? [])].sort((a, b) => a.at - b.at)) {
      const lower = (PROGRESS[o.outcome] ?? 0) > 0 && (PROGRESS[current?.outcome ?? ""] ?? 0) > (PROGRESS[o.outcome] ?? 0);
      const lateAck = (current?.outcome === "bounced" || current?.outcome === "failed") && (o.outcome === "sent" || o.outcome === "delivered");
      if (current === undefined || (o.outcome !== "completed" && !lower && !lateAck)) current = o;
    }
    if (current !== undefined) {
      t.outcome = current.outcome;
      t.outcomeAt = current.at;
    }
  }
  const cutoff = Math.min(now, latest) - MAX_CAP_LOOKBACK_MS;
  const contacts = touches.filter((t) => t.outcome !== "failed" && t.at > cutoff).sort((a, b) => a.at - b.at);
  const connected = touches
    .filter((t) => t.outcome !== "failed" && t.at >= enrolledAt)
    .flatMap((t) => (had.get(t) ?? []).filter((o) => o.outcome === "connected").map((o) => o.at));
  return {
    touches,
    contacts: { at: contacts.map((c) => c.at), channel: contacts.map((c) => c.channel) },
    bounced: [...new Set(touches.filter((t) => t.outcome === "bounced").map((t) => t.channel))].sort(),
    planIds: [...new Set(touches.map((t) => t.planId))],
    connectedAt: connected.length === 0 ? undefined : Math.min(...connected),
  };
}

describe("the touch and contact logs", () => {
  it("always read a history as one object per touch would, in any record order, with or without outcome records and repeated touch ids", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), fc.integer({ min: 0, max: SPAN }), fc.boolean(), (records, offset, numbers) => {
        const history = records.map((r) => (numbers ? r : { ...r, at: new Date(r.at).toISOString() })) as HistoryEntry[];
        const now = START + offset;
        const enrolledAt = START + 86_400_000;
        const lead: LeadInput = { id: "L", enrolledAt: new Date(enrolledAt).toISOString(), history };
        const facts = indexLeadFacts(lead, now);
        const expected = reference(history, now, enrolledAt);
        expect(Array.from({ length: facts.touches.length }, (_, i) => touchFact(facts.touches, i))).toEqual(expected.touches);
        expect({ at: [...facts.contactTimes.at], channel: [...facts.contactTimes.channel] }).toEqual(expected.contacts);
        expect([...facts.bouncedChannels].sort()).toEqual(expected.bounced);
        expect([...facts.touches.planIds]).toEqual(expected.planIds);
        expect(facts.connectedAt).toBe(expected.connectedAt);
      }),
      { numRuns: 2000 },
    );
  });
});
