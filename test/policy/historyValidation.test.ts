import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LeadValidationError } from "../../src/errors/index.js";
import type { LeadInput } from "../../src/index.js";
import { indexLeadFacts } from "../../src/policy/index.js";

/*
 * The reading of a history takes a fast run over its leading well-formed epoch-ms touches and
 * reads the first other record with every check: a bad record is refused with the same typed error
 * naming its path wherever it stands, in epoch ms or in ISO-8601 (which the fast run never takes).
 */

const NOW = Date.UTC(2026, 5, 10, 15);
const DAY = 86_400_000;

/** What is wrong with the bad record, and the path its error names. */
const CORRUPTIONS: readonly (readonly [string, (r: Record<string, unknown>) => unknown, readonly string[]])[] = [
  ["not an object", () => null, []],
  ["a number for a record", () => 42, []],
  ["touchId a number", (r) => ({ ...r, touchId: 7 }), ["touchId"]],
  ["stepId missing", (r) => ({ ...r, stepId: undefined }), ["stepId"]],
  ["channel an object", (r) => ({ ...r, channel: {} }), ["channel"]],
  ["attempt 0", (r) => ({ ...r, attempt: 0 }), ["attempt"]],
  ["attempt 1.5", (r) => ({ ...r, attempt: 1.5 }), ["attempt"]],
  ["attempt a string", (r) => ({ ...r, attempt: "1" }), ["attempt"]],
  ["planId a number", (r) => ({ ...r, planId: 3 }), ["planId"]],
  ["outcome true", (r) => ({ ...r, outcome: true }), ["outcome"]],
  ["at NaN", (r) => ({ ...r, at: Number.NaN }), ["at"]],
  ["at a fraction", (r) => ({ ...r, at: (r["at"] as number) + 0.5 }), ["at"]],
  ["at past the range", (r) => ({ ...r, at: 9e15 }), ["at"]],
  ["type unknown", (r) => ({ ...r, type: "touched" }), ["type"]],
];

function touch(i: number): Record<string, unknown> {
  return {
    type: "touch",
    touchId: `t${i}`,
    planId: "p",
    stepId: `s${i % 3}`,
    channel: "sms",
    attempt: 1,
    at: NOW - 30 * DAY + i * 60_000,
    outcome: "delivered",
  };
}

function iso(record: unknown): unknown {
  if (record === null || typeof record !== "object") return record;
  const at = (record as { at?: unknown }).at;
  return typeof at === "number" && Number.isInteger(at) && Math.abs(at) < 8.64e15 ? { ...record, at: new Date(at).toISOString() } : record;
}

function pathOfError(history: unknown[]): unknown {
  const lead = { id: "l", enrolledAt: new Date(NOW - 40 * DAY).toISOString(), timezone: "UTC", history } as unknown as LeadInput;
  try {
    indexLeadFacts(lead, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(LeadValidationError);
    return (error as LeadValidationError).issues[0]?.path;
  }
  return "no error";
}

describe("a bad history record", () => {
  it("is refused with the error naming its path, wherever it stands and whatever the instants' form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat(), fc.nat({ max: CORRUPTIONS.length - 1 }), (length, at, which) => {
        const bad = at % length;
        const [, corrupt, field] = CORRUPTIONS[which] as (typeof CORRUPTIONS)[number];
        const history = Array.from({ length }, (_, i) => (i === bad ? corrupt(touch(i)) : touch(i)));
        const expected = ["history", bad, ...field];
        expect(pathOfError(history)).toEqual(expected);
        // The same history in ISO-8601 (a bad `at` kept as it is).
        expect(pathOfError(history.map(iso))).toEqual(expected);
      }),
    );
  });
});
