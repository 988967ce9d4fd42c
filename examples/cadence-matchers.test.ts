/**
 * A test file a team would copy to pin down its cadence: the shipped dealer plan simulated for a
 * New York lead with the vitest matchers of `lead-cadence/testing/vitest` (`toHaveTouch`,
 * `toHaveTouchCount`, `toHaveNoTouchBetween`, `toExitWith`), and what a failing matcher says.
 * Run: npx vitest run examples/cadence-matchers.test.ts
 * In your project import from "lead-cadence" and "lead-cadence/testing", and import
 * "lead-cadence/testing/vitest" here or list it in `setupFiles` (docs/testing-your-cadence.md).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, type LeadInput } from "../src/index.js";
import { respond, simulate } from "../src/testing/index.js";
import "../src/testing/vitest.js";

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const plan = parsePlan(readJson("./plans/dealer-speed-to-lead.json"));
/** Enrolled Mon 2026-03-09 10:00 in New York (14:00Z); SMS consent given on the web form. */
const lead = readJson("./leads/new-york-fresh.json") as LeadInput;

describe("dealer-speed-to-lead", () => {
  it("a lead who never answers: a call at once, three calls on day 1 under the cap, done after the day-7 email", () => {
    const timeline = simulate(plan, lead, { until: "P14D", responder: respond.never() });
    expect(timeline).toHaveTouch({ step: "call-now", channel: "call", at: "PT0S" });
    expect(timeline).toHaveTouch({ step: "sms-intro", at: "PT5M" });
    expect(timeline).toHaveTouchCount(3, { step: "call-day-1" });
    // The cap of 3 calls a day holds the third attempt until Tuesday 08:00 in New York.
    expect(timeline).toHaveTouch({ step: "call-day-1", attempt: 3, at: "2026-03-10T12:00:00Z" });
    expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
    expect(timeline).toExitWith("completed");
  });

  it("a reply to the intro email ends the cadence: nothing after it", () => {
    const timeline = simulate(plan, lead, { until: "P14D", responder: respond.byChannel({ email: "replied" }) });
    expect(timeline).toExitWith("replied", "email");
    expect(timeline).toHaveTouchCount(3);
    expect(timeline).not.toHaveTouch({ step: "call-day-1" });
  });

  it("a call connected on the second day-1 attempt ends the cadence", () => {
    const timeline = simulate(plan, lead, {
      until: "P14D",
      responder: respond.sequence(["no_answer", "no_answer", "connected"], { channel: "call" }),
    });
    expect(timeline).toHaveTouch({ step: "call-day-1", attempt: 2, outcome: "connected", at: "PT3H" });
    expect(timeline).toExitWith("connected");
    expect(timeline).toHaveTouchCount(3, { channel: "call" });
  });

  it("a failing matcher says what it expected and prints the timeline", () => {
    const timeline = simulate(plan, lead, { until: "P14D", responder: respond.never() });
    expect(() => expect(timeline).toExitWith("replied")).toThrow(/Exit: completed at Mon 2026-03-16 09:30 EDT/);
  });
});
