import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../../src/errors/index.js";
import { safeParseLead } from "../../src/lead/index.js";
import { safeParsePlan } from "../../src/plan/index.js";
import { minimalPlan } from "../plan/fixtures.js";

const lead = (fields: Record<string, unknown>): Record<string, unknown> => ({ id: "l1", enrolledAt: "2026-03-02T14:00:00Z", ...fields });

describe("a refinement's issue code (params.code)", () => {
  // The code is taken as the refinement names it (the compiler holds each to ISSUE_CODES): every refinement, one case each.
  it("comes through as one of ISSUE_CODES", () => {
    const codes = (result: { success: boolean; issues?: readonly { code: string }[] }): string[] => (result.issues ?? []).map((issue) => issue.code);
    const cases: [string[], string[]][] = [
      [codes(safeParsePlan(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PXYZ" } }] }))), ["invalid_duration"]],
      [codes(safeParsePlan(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "P11Y" } }] }))), ["duration_too_long"]],
      [codes(safeParseLead(lead({ enrolledAt: "2300-01-01T00:00:00Z" }))), ["instant_out_of_range"]],
      [codes(safeParseLead(lead({ history: [{ type: "status", status: "won", at: 1e15 }] }))), ["instant_out_of_range"]],
      [codes(safeParseLead(lead({ attributes: { score: () => 1 } }))), ["invalid_type"]],
    ];
    for (const [actual, expected] of cases) {
      expect(actual).toEqual(expected);
      for (const code of actual) expect(ISSUE_CODES).toContain(code);
    }
  });
});
