import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { evaluate, LeadValidationError, safeParseLead, type ValidationIssue } from "../../src/index.js";
import { lead as engineLead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

// parseLead took `address: { country: "France" }`; evaluate then read no country from it (its zone.detail said
// "not an ISO 3166-1 code") and fell back on the phone or the plan's zone, leaving France's holidays unapplied.

const lead = (country: unknown): Record<string, unknown> => ({
  id: "lead-1",
  enrolledAt: START,
  contacts: { phone: "+12125550100" },
  consent: { sms: { status: "granted" } },
  address: { country },
});

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = safeParseLead(input);
  if (result.success) throw new Error("expected the lead to be invalid");
  return result.issues;
}

const zoneDetail = (country: string): string | undefined => {
  // No phone: a lead's zone then comes from its address or, failing that, the plan, whose detail says why.
  const noPhone = { ...lead(country), contacts: { email: "a@example.com" } };
  const decision = evaluate(quickPlan({ timezone: "UTC" }), noPhone as never, "2026-03-09T15:00:00Z");
  return decision.zone.detail;
};

describe("a lead's address.country is a country evaluate can read", () => {
  it("a country name is refused, naming its code", () => {
    expect(issuesOf(lead("France"))).toEqual([
      {
        code: "invalid_format",
        path: ["address", "country"],
        message: 'Expected an ISO 3166-1 alpha-2 country code, got "France" (string): "France" → "FR"',
        expected: "an ISO 3166-1 alpha-2 country code",
        received: '"France" (string)',
      },
    ]);
    expect(issuesOf(lead("germany"))[0]?.message).toMatch(/: "germany" → "DE"$/);
  });

  it("a three-letter code evaluate does not read, or text that names no country, is refused without a hint", () => {
    for (const country of ["FRA", "DEU", "Atlantis", "", "F4"]) {
      const [issue] = issuesOf(lead(country));
      expect(issue, country).toMatchObject({ code: "invalid_format", path: ["address", "country"], expected: "an ISO 3166-1 alpha-2 country code" });
      expect(issue?.message, country).not.toContain("→");
    }
  });

  it("accepts what evaluate reads as a country: a code in any case, and the names and three letters it knows", () => {
    for (const country of ["FR", "fr", " be ", "US", "USA", "U.S.", "United States", "CAN", "Canada", "AUS", "Brasil"]) {
      expect(safeParseLead(lead(country)).success, country).toBe(true);
      expect(zoneDetail(country) ?? "", country).not.toMatch(/not an ISO 3166-1 code/);
    }
  });

  it("every country parseLead refuses, evaluate reads as no country", () => {
    for (const country of ["France", "FRA", "Atlantis"]) expect(zoneDetail(country), country).toMatch(/not an ISO 3166-1 code/);
  });

  it("engine.enroll refuses it as parseLead does", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    const error = await engine.enroll(engineLead("a", { address: { country: "France" } }), "quick").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LeadValidationError);
    expect((error as LeadValidationError).issues).toEqual(issuesOf(lead("France")));
  });
});
