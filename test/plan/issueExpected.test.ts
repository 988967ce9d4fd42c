import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, LeadValidationError, safeParseLead, safeParsePlan, type ValidationIssue } from "../../src/index.js";

// Issues of a format (invalid_format, invalid_instant), of a refinement (invalid_duration, duration_too_long,
// instant_out_of_range, a lead id's invalid_value) and of a union's discriminator (an unknown exit or history type)
// carried no `expected`: only their message said what was expected.

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Record<string, unknown>;
const plan = read("../../examples/plans/dealer-speed-to-lead.json");
const lead = read("../../examples/leads/new-york-fresh.json");
const step = (plan["steps"] as Record<string, unknown>[])[0] as Record<string, unknown>;
const policies = plan["policies"] as Record<string, unknown>;
const AT = "2026-03-09T14:00:00Z";

const badPlans: Record<string, Record<string, unknown>> = {
  "a duration in words": { steps: [{ ...step, at: { after: "5 minutes" } }] },
  "a negative duration": { steps: [{ ...step, at: { after: "-PT5M" } }] },
  "a duration over ten years": { steps: [{ ...step, at: { after: "P99999D" } }] },
  "a channel in capitals": { steps: [{ ...step, channel: "SMS" }] },
  "a step id with a space": { steps: [{ ...step, id: "bad id" }] },
  "an unknown mode": { steps: [{ ...step, mode: "robot" }] },
  "an unknown exit": { exits: [{ on: "never" }] },
  "an unknown cap period": { policies: { ...policies, caps: [{ max: 1, per: "month" }] } },
  "a clock time past 24:00": { policies: { ...policies, quietHours: [{ from: "25:00", to: "07:00" }] } },
  "a country name for holidays": { holidays: { country: "Belgium" } },
  "a closure on no date": { holidays: { closures: [{ date: "2026-13-01" }] } },
  "a rule name with a space": { steps: [{ ...step, when: { rule: "bad rule" } }] },
  "an unknown zone": { timezone: "Mars/Base" },
  "a version in words": { version: "one" },
};

const badLeads: Record<string, Record<string, unknown>> = {
  "a date without a time": { enrolledAt: "2026-03-09" },
  "a local date-time": { enrolledAt: "2026-03-09T14:00:00" },
  "an instant out of range": { enrolledAt: "1800-01-01T00:00:00Z" },
  "a Date": { enrolledAt: new Date(AT) },
  "an unknown zone": { timezone: "Eastern" },
  "an unknown consent status": { consent: { sms: { status: "yes" } } },
  "a consent key in capitals": { consent: { SMS: { status: "granted" } } },
  "an opt-out channel in capitals": { optOuts: [{ channel: "SMS", at: AT }] },
  "an id with an unpaired surrogate": { id: "lead-\ud800" },
  "an unknown history type": { history: [{ type: "reply", at: AT }] },
  "an unknown outcome": { history: [{ type: "touch", touchId: "t", stepId: "s", channel: "sms", attempt: 1, at: AT, outcome: "great" }] },
  "a review on no channel": { history: [{ type: "event", name: "optout_review", at: AT, data: { channel: 5 } }] },
  "a fraction of a millisecond": { history: [{ type: "status", status: "won", at: 1.5 }] },
  "a registry id in capitals": { dncRegistries: [{ registry: "US-National" }] },
  "an empty contact kind": { contacts: { "": "x" } },
  "a bigint attribute": { attributes: { big: 5n } },
};

function issues(result: { success: true } | { success: false; issues: readonly ValidationIssue[] }): readonly ValidationIssue[] {
  if (result.success) throw new Error("expected the input to be invalid");
  return result.issues;
}

const withoutExpected = (found: readonly ValidationIssue[]) => found.filter((issue) => typeof issue.expected !== "string" || issue.expected.trim() === "");

describe("every issue of a bad value says what was expected in `expected`", () => {
  it.each(Object.entries(badPlans))("parsePlan: %s", (_name, overrides) => {
    const found = issues(safeParsePlan({ ...plan, ...overrides }));
    expect(found.length).toBeGreaterThan(0);
    expect(withoutExpected(found)).toEqual([]);
  });

  it.each(Object.entries(badLeads))("parseLead: %s", (_name, overrides) => {
    const found = issues(safeParseLead({ ...lead, ...overrides }));
    expect(found.length).toBeGreaterThan(0);
    expect(withoutExpected(found)).toEqual([]);
  });

  it("an enum's values joined, a format's name, a duration's forms", () => {
    const expectedAt = (input: Record<string, unknown>, parse: typeof safeParsePlan | typeof safeParseLead) => issues(parse(input)).map((i) => i.expected);
    expect(expectedAt({ ...plan, ...badPlans["an unknown cap period"] }, safeParsePlan)).toEqual(['"day" | "24h" | "week" | "7d"']);
    expect(expectedAt({ ...plan, ...badPlans["an unknown exit"] }, safeParsePlan)).toEqual([
      `"reply" | "connected" | "meeting" | "opt_out" | "status" | "event"`,
    ]);
    expect(expectedAt({ ...plan, ...badPlans["a duration in words"] }, safeParsePlan)).toEqual(["an ISO-8601 duration like PT5M or P1D"]);
    expect(expectedAt({ ...lead, ...badLeads["a local date-time"] }, safeParseLead)).toEqual(["an ISO-8601 instant with Z or an offset"]);
    expect(expectedAt({ ...lead, ...badLeads["a registry id in capitals"] }, safeParseLead)).toEqual(["a registry id in lower case, like us-national"]);
  });

  it("property: any string that is no duration, any value of no enum, any string that is no instant", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (after, per, enrolledAt) => {
        const planResult = safeParsePlan({ ...plan, steps: [{ ...step, at: { after } }], policies: { ...policies, caps: [{ max: 1, per }] } });
        if (!planResult.success) expect(withoutExpected(planResult.issues)).toEqual([]);
        const leadResult = safeParseLead({ ...lead, enrolledAt });
        if (!leadResult.success) expect(withoutExpected(leadResult.issues)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("evaluate's checks of a lead it did not parse give the same issue: code, path, expected, received", () => {
    for (const name of ["a local date-time", "a Date", "an opt-out channel in capitals", "a consent key in capitals", "a registry id in capitals"]) {
      const input = { ...lead, ...badLeads[name] };
      let thrown: unknown;
      try {
        evaluate(plan as never, input as never, "2026-03-09T15:00:00Z");
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toBeInstanceOf(LeadValidationError);
      // The messages may differ (parseLead's instant has an example), not what is expected or what came.
      const fields = (found: readonly ValidationIssue[]) => found.map(({ code, path, expected, received }) => ({ code, path, expected, received }));
      expect(fields((thrown as LeadValidationError).issues), name).toEqual(fields(issues(safeParseLead(input))));
    }
  });
});
