import { describe, expect, it } from "vitest";
import "../../src/testing/vitest.js";
import { parsePlan } from "../../src/index.js";
import { cadenceMatchers, findTouches, formatTimeline, respond, simulate } from "../../src/testing/index.js";
import { dealerPlan, newYorkLead } from "./fixtures.js";

const timeline = simulate(parsePlan(dealerPlan()), newYorkLead(), {
  until: "P14D",
  responder: respond.sequence(["no_answer", "no_answer", "connected"]),
});

describe("matchers", () => {
  it("pass and .not work through expect", () => {
    expect(timeline).toHaveTouch({ channel: "sms", at: "PT5M" });
    expect(timeline).toHaveTouch({ channel: "call", attempt: 2, outcome: "connected" });
    expect(timeline).toHaveTouch({ at: "2026-03-09T14:10:00Z" });
    expect(timeline).not.toHaveTouch({ channel: "sms", at: "PT6M" });
    expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
    expect(timeline).not.toHaveNoTouchBetween("10:00", "11:00");
    expect(timeline).toHaveNoTouchBetween("10:00", "11:00", { channel: "video" });
    expect(timeline).toExitWith("connected");
    expect(timeline).not.toExitWith("replied");
    expect(timeline).toHaveTouchCount(5);
    expect(timeline).toHaveTouchCount(3, { channel: "call" });
  });

  it("failure messages say what was expected and print the timeline", () => {
    const table = formatTimeline(timeline);
    const touch = cadenceMatchers.toHaveTouch(timeline, { channel: "sms", at: "PT6M" });
    expect(touch.pass).toBe(false);
    expect(touch.message()).toContain('Expected a touch with channel "sms", at "PT6M", found none');
    expect(touch.message()).toContain(table);

    const night = cadenceMatchers.toHaveNoTouchBetween(timeline, "09:00", "11:00");
    expect(night.pass).toBe(false);
    expect(night.message()).toContain("Expected no touch between 09:00 and 11:00 lead-local time, found 3:");
    expect(night.message()).toContain("Mon 2026-03-09 10:00 EDT  call  call-now #1");

    const exit = cadenceMatchers.toExitWith(timeline, "replied", "sms");
    expect(exit.message()).toContain("Expected the cadence to exit with replied (sms), got connected");
    const running = simulate(parsePlan(dealerPlan()), newYorkLead(), { until: "PT1H", responder: respond.never() });
    expect(cadenceMatchers.toExitWith(running, "completed").message()).toContain("got no exit (the simulation reached its end first)");

    const count = cadenceMatchers.toHaveTouchCount(timeline, 2, { channel: "call" });
    expect(count.message()).toContain('Expected 2 touches (channel "call"), got 3');
    expect(count.message()).toContain("Timeline:\n");
  });

  it("a thrown assertion carries the message", () => {
    expect(() => expect(timeline).toExitWith("replied")).toThrow(/Expected the cadence to exit with replied, got connected[\s\S]*call-now #1/);
  });

  it("a query key the query does not have (stepId for step) or a query that is not an object is an error, never a match of every touch", () => {
    // The timeline's touches say `stepId`; the query says `step`. Read as no condition, the typo passed whatever the timeline held.
    expect(() => expect(timeline).toHaveTouch({ stepId: "no-such-step" } as never)).toThrow(
      /channel, step, attempt, outcome and at, got `query.stepId`; did you mean `step`\?/,
    );
    expect(() => expect(timeline).toHaveTouchCount(5, { chanel: "video" } as never)).toThrow(/`query.chanel`/);
    expect(() => expect(timeline).toHaveNoTouchBetween("10:00", "11:00", { channels: "video" } as never)).toThrow(/`query.channels`/);
    expect(() => expect(timeline).toHaveTouch("sms" as never)).toThrow(/Expected `query` to be an object/);
    expect(() => findTouches(timeline, { step: "call-now", id: "x" } as never)).toThrow(/`query.id`/);
    expect(findTouches(timeline, { step: "call-now", channel: undefined } as never)).toHaveLength(1);
  });

  it("rejects what is not a timeline", () => {
    const result = cadenceMatchers.toHaveTouchCount({ nope: true }, 1);
    expect(result.pass).toBe(false);
    expect(result.message()).toContain("expected a timeline from simulate()");
  });
});
