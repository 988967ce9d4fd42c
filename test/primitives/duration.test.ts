import { describe, expect, it } from "vitest";
import { ArgumentError, planJsonSchema, safeParsePlan, type PlanInput } from "../../src/index.js";
import { MAX_DURATION_DAYS, parseDuration, readDuration, validDuration } from "../../src/primitives/index.js";
import { respond, simulate } from "../../src/testing/index.js";
import { leadAt, planWith } from "../support/drive.js";

const lead = leadAt("2026-03-10T14:00:00Z");
const withDelay = (after: string): PlanInput =>
  planWith({
    steps: [
      { id: "sms", channel: "sms", at: { after: "PT0S" } },
      { id: "later", channel: "sms", at: { after } },
    ],
  });

describe("durations are bounded to ten years", () => {
  it("accepts up to 3,660 days in any unit", () => {
    for (const ok of ["P10Y", "P120M", "P522W", "P3660D", "PT87840H", "PT5270400M", "PT316224000S", "P9Y11M", "PT0S", "P1DT2H30M"]) {
      expect(readDuration(ok).ok, ok).toBe(true);
      expect(safeParsePlan(withDelay(ok)).success, ok).toBe(true);
    }
    expect(MAX_DURATION_DAYS).toBe(3660);
  });

  it("refuses longer durations in validation with duration_too_long and the path", () => {
    for (const tooLong of ["PT9999999999999H", "P999999999Y", "P11Y", "P3661D", "P10YT1S", `PT${"9".repeat(400)}S`]) {
      const result = safeParsePlan(withDelay(tooLong));
      expect(result.success, tooLong).toBe(false);
      if (result.success) continue;
      expect(result.issues[0]).toMatchObject({ code: "duration_too_long", path: ["steps", 1, "at", "after"] });
      expect(result.issues[0]?.message).toMatch(/at most 3660 days/);
      expect(parseDuration(tooLong)).toBeUndefined();
    }
    const spacing = safeParsePlan(planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" }, attempts: { max: 2, every: "P20Y" } }] }));
    expect(spacing.success ? [] : spacing.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["duration_too_long", "steps.0.attempts.every"]]);
  });

  it("an unreadable duration is invalid_duration", () => {
    const result = safeParsePlan(withDelay("5 minutes"));
    expect(result.success ? undefined : result.issues[0]?.code).toBe("invalid_duration");
  });

  it("simulate's until is bounded the same way: an ArgumentError, not a RangeError or a hang", () => {
    const plan = withDelay("PT1H");
    for (const until of ["P999999999Y", "PT9999999999999H"]) {
      expect(() => simulate(plan, lead, { until, responder: respond.never() })).toThrow(ArgumentError);
    }
  });

  it("the JSON Schema carries a pattern that bounds each field", () => {
    const schema = JSON.stringify(planJsonSchema());
    const patterns = [...schema.matchAll(/"pattern":"(\^P[^"]*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(patterns.length).toBeGreaterThanOrEqual(3); // after, every, within (SLA)
    const pattern = new RegExp(patterns[0] as string);
    for (const ok of ["P10Y", "PT5M", "P1DT2H", "PT1.5S"]) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ["PT9999999999999H", "P999999999Y", "P", "PT", "5 minutes", "-PT5M"]) expect(pattern.test(bad), bad).toBe(false);
  });
});

describe("validDuration", () => {
  it("returns the parts of an accepted duration and throws an ArgumentError on anything else", () => {
    expect(validDuration("P1DT2H")).toEqual({ years: 0, months: 0, weeks: 0, days: 1, exactMs: 7_200_000 });
    expect(() => validDuration("1 day")).toThrow(ArgumentError);
    expect(() => validDuration("P11Y")).toThrow(/at most 3660 days/);
  });
});
