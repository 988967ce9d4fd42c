import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, type HistoryEntry, type LeadInput } from "../../src/index.js";
import { indexLeadFacts } from "../../src/policy/index.js";
import { compilePlan } from "../../src/schedule/index.js";
import { decide } from "../../src/schedule/evaluate.js";
import { resolveLeadClock } from "../../src/schedule/resolveLeadClock.js";
import { leadAt, presetPlan } from "../compliance/helpers.js";

/*
 * What a decision costs per history record, counted (not timed): each record of a fresh history is
 * read once, field by field, and a history array evaluated again is not read at all.
 */

const plan = JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as unknown;
const NOW = Date.parse("2026-06-10T15:00:00Z");
const DAY = 86_400_000;
const CHANNELS = ["call", "sms", "email", "whatsapp"];

/** `count` touches of another campaign over the last 60 days, each a proxy counting reads of its fields. */
function countedHistory(count: number, epochMs: boolean): { history: HistoryEntry[]; reads: () => number } {
  let reads = 0;
  const history = Array.from({ length: count }, (_, i) => {
    const at = NOW - 60 * DAY + Math.floor(((i + 0.5) / count) * 59 * DAY);
    const record = {
      type: "touch" as const,
      touchId: `old/${i}`,
      planId: "winback",
      stepId: `s${i % 7}`,
      channel: CHANNELS[i % 4] as string,
      attempt: 1,
      at: epochMs ? at : new Date(at).toISOString(),
      outcome: "delivered" as const,
    };
    return new Proxy(record, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
  return { history, reads: () => reads };
}

/**
 * The touch instants a whole decision made (`undefined`: none): the history read, then decided on,
 * and the reading's touch log asked what it holds (`RecordsTouchLog.storedAt`).
 */
function instantsMade(l: LeadInput): readonly number[] | undefined {
  const compiled = compilePlan(plan as never);
  const facts = indexLeadFacts(l, NOW);
  decide(compiled, l, NOW, resolveLeadClock(l, compiled), facts, {});
  return (facts.touches as { storedAt?: readonly number[] }).storedAt;
}

const lead = (history: HistoryEntry[]): LeadInput => ({
  id: "l1",
  enrolledAt: new Date(NOW - 30 * 60_000).toISOString(),
  timezone: "America/Chicago",
  contacts: { phone: "+15555550100", email: "l1@example.com" },
  consent: { whatsapp: { status: "granted" } },
  history,
});

describe("history records read per decision", () => {
  for (const epochMs of [false, true]) {
    it(`reads each record of a fresh history once: its type, instant and six touch fields (${epochMs ? "epoch ms" : "ISO-8601"})`, () => {
      const { history, reads } = countedHistory(2000, epochMs);
      const decision = evaluate(plan as never, lead([...history]), NOW);
      expect(decision.due.length + (decision.next === null ? 0 : 1)).toBeGreaterThan(0);
      // 8 per record, plus the channel of the touches recent enough for a cap to count (about 8 of 59
      // days) and, for epoch ms (stored nowhere while reading), their instant again.
      expect(reads()).toBeLessThanOrEqual(2000 * 8 + (epochMs ? 2 : 1) * Math.ceil((2000 * 9) / 59));
    });
  }

  for (const epochMs of [false, true]) {
    it(`stores ${epochMs ? "no instant per record of a fresh epoch-ms history" : "each touch's parsed instant once (ISO-8601)"}`, () => {
      const { history } = countedHistory(2000, epochMs);
      const stored = instantsMade(lead([...history]));
      // Epoch ms are read where they are (the records); an ISO-8601 instant is parsed once, into one entry per touch.
      if (epochMs) expect(stored).toBeUndefined();
      else expect(stored).toHaveLength(2000);
    });
  }

  it("reads each record once when a do-not-call exemption looks for its evidence in the history", () => {
    const { history, reads } = countedHistory(2000, true);
    const inquiry = { type: "event" as const, name: "inquiry", at: NOW - 30 * DAY };
    const listed = leadAt(new Date(NOW - 30 * 60_000).toISOString(), { dncRegistries: [{ registry: "us-national" }], history: [...history, inquiry] });
    const decision = evaluate(presetPlan(["us-federal"], "call"), listed, NOW);
    // The inquiry exempts the listed lead (3 months): the call is due, its evidence read from the one pass.
    expect(decision.due[0]).toMatchObject({ channel: "call" });
    expect(reads()).toBeLessThanOrEqual(2000 * 8 + 2 * Math.ceil((2000 * 9) / 59));
  });

  it("does not read a record of a history array evaluated again", () => {
    const { history, reads } = countedHistory(2000, true);
    const l = lead(history);
    const first = evaluate(plan as never, l, NOW);
    expect(evaluate(plan as never, l, NOW)).toEqual(first);
    const before = reads();
    expect(evaluate(plan as never, l, NOW + 60_000).now).toBe(new Date(NOW + 60_000).toISOString());
    expect(reads()).toBe(before);
  });
});
