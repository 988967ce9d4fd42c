import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, evaluateAll, type HistoryEntry, type LeadInput } from "../../src/index.js";
import { dealerPlanArb, historyArb, leadSpecArb, leadWith, outcomeOf, recordArb, SPAN, T0 } from "../support/randomHistories.js";

const plan = JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as unknown;
const NOW = Date.parse("2026-06-10T15:00:00Z");
const CHANNELS = ["call", "sms", "email", "whatsapp"];

function touches(count: number, from: number, spacing: number): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    type: "touch" as const,
    touchId: `old/${i}`,
    planId: "winback",
    stepId: `s${i % 5}`,
    channel: CHANNELS[i % 4] as string,
    attempt: 1,
    at: new Date(from + i * spacing).toISOString(),
    outcome: i % 7 === 0 ? ("connected" as const) : ("delivered" as const),
  }));
}

const lead = (history: HistoryEntry[]): LeadInput => ({
  id: "l1",
  enrolledAt: new Date(NOW - 2 * 86_400_000).toISOString(),
  timezone: "America/Chicago",
  contacts: { phone: "+15555550100", email: "l1@example.com" },
  consent: { whatsapp: { status: "granted" } },
  history,
});

describe("a history evaluated again", () => {
  it("decides exactly as a fresh copy would, at any later instant, and after records are appended", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 60_000, max: 6 * 3_600_000 }),
        fc.array(fc.integer({ min: 0, max: 3 * 86_400_000 }), { minLength: 1, maxLength: 4 }),
        (count, spacing, laters) => {
          const history = touches(count, NOW - count * spacing - 60_000, spacing);
          const shared = lead(history);
          for (const later of laters) {
            const at = NOW + later;
            expect(evaluate(plan as never, shared, at)).toEqual(evaluate(plan as never, lead(history.slice()), at));
          }
          history.push({ type: "inbound", channel: "sms", at: new Date(NOW + 1000).toISOString(), text: "ok" });
          expect(evaluate(plan as never, shared, NOW + 5000)).toEqual(evaluate(plan as never, lead(history.slice()), NOW + 5000));
          if (history.length > 1) history[0] = { ...(history[0] as HistoryEntry), outcome: "bounced" } as HistoryEntry;
          expect(evaluate(plan as never, shared, NOW + 5000)).toEqual(evaluate(plan as never, lead(history.slice()), NOW + 5000));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("decides as a fresh copy however it is changed between decisions: records of every kind, out of time order, in every instant form, under any caps and exits", () => {
    const op = fc.oneof(
      fc.record({ op: fc.constant("at" as const), at: fc.integer({ min: T0, max: T0 + SPAN + 5 * 86_400_000 }) }),
      fc.record({ op: fc.constant("later" as const), by: fc.integer({ min: 0, max: 3 * 86_400_000 }) }),
      fc.record({ op: fc.constant("append" as const), record: recordArb }),
      fc.record({ op: fc.constant("replace" as const), i: fc.nat(), record: recordArb }),
    );
    fc.assert(
      fc.property(dealerPlanArb, leadSpecArb, historyArb(30, 90), fc.array(op, { minLength: 2, maxLength: 14 }), (plan, spec, history, ops) => {
        const shared = leadWith(spec, history);
        let now = T0 + SPAN / 2;
        for (const o of ops) {
          if (o.op === "append") history.push(o.record);
          else if (o.op === "replace") history[o.i % history.length] = o.record;
          else {
            now = o.op === "at" ? o.at : now + o.by;
            expect(outcomeOf(() => evaluate(plan, shared, now))).toEqual(outcomeOf(() => evaluate(plan, leadWith(spec, history.slice()), now)));
            expect(outcomeOf(() => evaluateAll([plan], shared, now))).toEqual(outcomeOf(() => evaluateAll([plan], leadWith(spec, history.slice()), now)));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reads no record again when the same records are decided at a later instant (kept from the second reading on)", () => {
    let reads = 0;
    const history = touches(200, NOW - 30 * 86_400_000, 3_600_000).map((record) => {
      const at = record.at;
      return Object.defineProperty({ ...record }, "at", {
        enumerable: true,
        get: () => {
          reads++;
          return at;
        },
      }) as HistoryEntry;
    });
    const shared = lead(history);
    const first = evaluate(plan as never, shared, NOW);
    expect(reads).toBeGreaterThanOrEqual(200);
    // Seen once, the array is only marked: a host reading a fresh array per decision keeps no copies alive.
    reads = 0;
    evaluate(plan as never, shared, NOW);
    expect(reads).toBeGreaterThanOrEqual(200);
    reads = 0;
    evaluate(plan as never, shared, NOW + 60_000);
    evaluate(plan as never, shared, NOW + 3_600_000);
    expect(reads).toBe(0);
    expect(evaluate(plan as never, shared, NOW)).toEqual(first);
  });

  it("is read again when a record lies after the instant decided", () => {
    const history = touches(64, NOW - 64 * 3_600_000, 3_600_000);
    history.push({ type: "inbound", channel: "sms", at: new Date(NOW + 3_600_000).toISOString(), text: "STOP" });
    const shared = lead(history);
    const before = evaluate(plan as never, shared, NOW);
    const after = evaluate(plan as never, shared, NOW + 2 * 3_600_000);
    expect(after).toEqual(evaluate(plan as never, lead(history.slice()), NOW + 2 * 3_600_000));
    expect(before).toEqual(evaluate(plan as never, lead(history.slice()), NOW));
  });
});
