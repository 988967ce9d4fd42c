import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError, LeadSchema, LeadValidationError, parseLead, type LeadInput } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { lead as engineLead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";
import { newYorkLead } from "../testing/fixtures.js";

// Free-form data (attributes, an event's data) goes into stores as JSON: a bigint made the PostgreSQL and Redis
// stores' writes throw a TypeError (JSON.stringify), and a symbol or function was dropped on the way.
const unwritable: [string, unknown, string][] = [
  ["a bigint", 5n, "5 (bigint)"],
  ["a symbol", Symbol("s"), "Symbol(s) (symbol)"],
  ["a function", () => 1, "a function"],
];

describe("lead data that JSON cannot write is refused where the lead is parsed", () => {
  for (const [name, value, got] of unwritable) {
    it(`${name} in attributes is a LeadValidationError at its path`, () => {
      const error = caught(() => parseLead({ ...newYorkLead(), attributes: { vehicle: { price: value } } } as LeadInput));
      expect(error).toBeInstanceOf(LeadValidationError);
      expect((error as LeadValidationError).issues[0]).toMatchObject({ path: ["attributes", "vehicle", "price"] });
      expect((error as Error).message).toContain(`Expected JSON data (a string, number, boolean, null, array or object), got ${got}`);
    });

    it(`${name} in an event record's data is a LeadValidationError, and engine.record an ArgumentError`, async () => {
      const history = [{ type: "event", name: "x", at: "2026-03-09T14:00:00Z", data: { list: [1, value] } }];
      const error = caught(() => parseLead({ ...newYorkLead(), history } as LeadInput));
      expect((error as LeadValidationError).issues[0]).toMatchObject({ path: ["history", 0, "data", "list", 1] });

      const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
      await engine.enroll(engineLead("a"), "quick");
      const recorded = await engine.record("a", { type: "event", name: "x", data: { list: [1, value] } } as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(recorded).toBeInstanceOf(ArgumentError);
      expect((recorded as Error).message).toContain("data.list[1]: Expected JSON data");
    });
  }

  it("JSON data, Dates (written as ISO text) and undefined fields (left out) are still accepted", () => {
    const attributes = { a: "x", b: 1.5, c: true, d: null, e: [1, { f: "g" }], when: new Date(START), gone: undefined };
    expect(parseLead({ ...newYorkLead(), attributes } as LeadInput).attributes).toMatchObject({ a: "x", e: [1, { f: "g" }] });
  });

  it("LeadSchema on data that contains itself ends (the check stops at the nesting bound)", () => {
    const attributes: Record<string, unknown> = {};
    attributes["self"] = attributes;
    expect(LeadSchema.safeParse({ ...newYorkLead(), attributes }).success).toBe(true);
  });
});
