import { describe, expect, it } from "vitest";
import { LeadValidationError } from "../../src/errors/index.js";
import { parseLead, safeParseLead } from "../../src/lead/index.js";
import { pathsOf } from "./fixtures.js";

const lead = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "lead-1",
  enrolledAt: "2026-03-09T14:00:00Z",
  timezone: "America/New_York",
  contacts: { phone: "+12125550100", email: "casey@example.com" },
  ...overrides,
});

function issuesOf(input: unknown) {
  const result = safeParseLead(input);
  if (result.success) throw new Error("expected the lead to be invalid");
  return result.issues;
}

describe("lead validation", () => {
  it("fills defaults", () => {
    expect(parseLead(lead())).toMatchObject({ consent: {}, optOuts: [], attributes: {}, history: [] });
  });

  it("accepts offsets and a missing zone", () => {
    expect(() => parseLead(lead({ enrolledAt: "2026-03-09T10:00:00-04:00", timezone: undefined }))).not.toThrow();
  });

  it("a bad instant, with its path", () => {
    expect(pathsOf(issuesOf(lead({ enrolledAt: "2026-03-09 14:00" })))).toEqual(["enrolledAt"]);
    expect(pathsOf(issuesOf(lead({ enrolledAt: "2026-03-09T14:00:00" })))).toEqual(["enrolledAt"]);
    const nested = issuesOf(lead({ history: [{ type: "status", status: "won", at: "yesterday" }] }));
    expect(pathsOf(nested)).toEqual(["history[0].at"]);
    expect(nested[0]?.message).toContain("ISO-8601");
  });

  it("an invalid time zone, with its path", () => {
    const issues = issuesOf(lead({ timezone: "Mars/Base" }));
    expect(pathsOf(issues)).toEqual(["timezone"]);
    expect(issues[0]?.message).toContain("Mars/Base");
  });

  it("an unknown history type, with its path", () => {
    const issues = issuesOf(
      lead({
        history: [
          { type: "status", status: "contacted", at: "2026-03-09T14:05:00Z" },
          { type: "phone_call", at: "2026-03-09T14:06:00Z" },
        ],
      }),
    );
    expect(pathsOf(issues)).toEqual(["history[1].type"]);
    expect(issues[0]?.message).toContain('"touch"');
    expect(issues[0]?.expected).toContain('"touch" | "outcome"');
    expect(issues[0]?.received).toBe('"phone_call" (string)');
  });

  it("an unknown outcome and an unknown field in a touch record", () => {
    const issues = issuesOf(
      lead({
        history: [{ type: "touch", touchId: "t", stepId: "s", channel: "call", attempt: 1, at: "2026-03-09T14:00:00Z", outcome: "answered", note: "x" }],
      }),
    );
    expect(pathsOf(issues).sort()).toEqual(["history[0].note", "history[0].outcome"]);
  });

  it("a bad consent status and opt-out channel", () => {
    const issues = issuesOf(lead({ consent: { whatsapp: { status: "yes" } }, optOuts: [{ channel: "ALL", at: "2026-03-09T14:00:00Z" }] }));
    expect(pathsOf(issues).sort()).toEqual(["consent.whatsapp.status", "optOuts[0].channel"]);
  });

  it("parseLead throws LeadValidationError with code and paths in the message", () => {
    let caught: unknown;
    try {
      parseLead(lead({ timezone: "Mars/Base", enrolledAt: "soon" }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LeadValidationError);
    const error = caught as LeadValidationError;
    expect(error.code).toBe("lead_invalid");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain("timezone");
    expect(error.message).toContain("enrolledAt");
  });
});
