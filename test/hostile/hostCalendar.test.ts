import { describe, expect, it } from "vitest";
import { ArgumentError, CadenceError, evaluate, evaluateAll } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

const NOW = "2026-03-09T14:00:00Z";

// A throwing `when` rule is a CadenceError rule_failed with the rule's error as cause; a throwing holiday
// calendar's error came through unwrapped, and an answer that is neither a boolean nor an object was a TypeError.
describe("a host holiday calendar that fails", () => {
  it("throwing: evaluate and evaluateAll throw holiday_calendar_failed with the calendar's error as cause", () => {
    const mine = new Error("calendar service down");
    const holidays = {
      isHoliday: () => {
        throw mine;
      },
    };
    for (const call of [() => evaluate(dealerPlan(), newYorkLead(), NOW, { holidays }), () => evaluateAll([dealerPlan()], newYorkLead(), NOW, { holidays })]) {
      const error = caught(call);
      expect(error).toBeInstanceOf(CadenceError);
      expect(error).toMatchObject({ code: "holiday_calendar_failed", cause: mine });
      expect((error as Error).message).toMatch(/holiday calendar threw on \d{4}-\d\d-\d\d: calendar service down/);
    }
  });

  for (const [name, answer] of [
    ["null", null],
    ["a string", "yes"],
    ["a number", 1],
  ] as const) {
    it(`answering ${name}: an ArgumentError naming options.holidays`, () => {
      const error = caught(() => evaluate(dealerPlan(), newYorkLead(), NOW, { holidays: { isHoliday: () => answer as never } }));
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "options.holidays" });
      expect((error as Error).message).toMatch(/Expected `options.holidays.isHoliday\(".*"\)` to return true, false or \{ name, from\?, to\? \}, got /);
    });
  }
});
