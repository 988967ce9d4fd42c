import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { evaluate, LeadValidationError, safeParseLead, type ValidationIssue } from "../../src/index.js";
import { lead as engineLead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

// A lead is JSON data: an instant in it is a string, never a Date. Given one, parseLead (and so `enroll` and
// `updateLead`) said zod's "Expected string, got a Date" while `evaluate` said "Expected an ISO-8601 instant …".

const ISO = "an ISO-8601 instant with Z or an offset";
const HISTORY = `epoch milliseconds (an integer) or ${ISO}`;
const date = new Date("2026-03-09T14:00:00Z");

const lead = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "lead-1",
  enrolledAt: START,
  timezone: "America/New_York",
  contacts: { phone: "+12125550100" },
  consent: { sms: { status: "granted" } },
  ...overrides,
});

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = safeParseLead(input);
  if (result.success) throw new Error("expected the lead to be invalid");
  return result.issues;
}

function evaluateIssues(input: unknown): readonly ValidationIssue[] {
  try {
    evaluate(quickPlan(), input as never, "2026-03-09T15:00:00Z");
  } catch (error) {
    if (error instanceof LeadValidationError) return error.issues;
    throw error;
  }
  throw new Error("expected evaluate to refuse the lead");
}

const dated: [string, Record<string, unknown>, (string | number)[], string][] = [
  ["enrolledAt", { enrolledAt: date }, ["enrolledAt"], ISO],
  ["pausedUntil", { pausedUntil: date }, ["pausedUntil"], ISO],
  ["a consent's at", { consent: { sms: { status: "granted", at: date } } }, ["consent", "sms", "at"], ISO],
  ["an opt-out's at", { optOuts: [{ channel: "sms", at: date }] }, ["optOuts", 0, "at"], ISO],
  ["a history record's at", { history: [{ type: "status", status: "won", at: date }] }, ["history", 0, "at"], HISTORY],
];

describe("a Date where a lead holds an instant", () => {
  for (const [name, overrides, path, expected] of dated) {
    it(`parseLead says what the field accepts and how to pass the Date: ${name}`, () => {
      expect(issuesOf(lead(overrides))).toEqual([
        { code: "invalid_instant", path, message: `Expected ${expected}, got a Date: pass date.toISOString()`, expected, received: "a Date" },
      ]);
    });
  }

  it("evaluate says the same as parseLead, issue for issue", () => {
    for (const [name, overrides] of dated.filter(([name]) => name !== "an opt-out's at" && name !== "a consent's at")) {
      expect(evaluateIssues(lead(overrides)), name).toEqual(issuesOf(lead(overrides)));
    }
  });

  it("a number or null for a lead-level instant reads as evaluate reads it, without the Date's hint", () => {
    for (const value of [1_773_064_800_000, null]) {
      const issues = issuesOf(lead({ enrolledAt: value }));
      expect(issues).toEqual(evaluateIssues(lead({ enrolledAt: value })));
      expect(issues[0]).toMatchObject({ code: "invalid_instant", expected: ISO });
      expect(issues[0]?.message).not.toContain("toISOString");
    }
  });

  it("a Date in a string field that holds no instant is still a wrong type, without the hint", () => {
    expect(issuesOf(lead({ status: date }))).toEqual([
      { code: "invalid_type", path: ["status"], message: "Expected string, got a Date", expected: "string", received: "a Date" },
    ]);
  });

  it("engine.enroll and engine.updateLead say it as parseLead does", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: unknown) => e,
      );
    const enrolled = await refused(engine.enroll(engineLead("a", { enrolledAt: date }) as never, "quick"));
    expect(enrolled).toBeInstanceOf(LeadValidationError);
    expect((enrolled as LeadValidationError).issues).toEqual(issuesOf(lead({ enrolledAt: date })));
    await engine.enroll(engineLead("b"), "quick");
    const updated = await refused(engine.updateLead("b", { optOuts: [{ channel: "sms", at: date }] } as never));
    expect(updated).toBeInstanceOf(LeadValidationError);
    expect((updated as LeadValidationError).message).toContain(
      "optOuts[0].at: Expected an ISO-8601 instant with Z or an offset, got a Date: pass date.toISOString()",
    );
  });
});
