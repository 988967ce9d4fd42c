import { describe, expect, it } from "vitest";
import "../../src/testing/vitest.js";
import { parsePlan } from "../../src/index.js";
import { ArgumentError } from "../../src/index.js";
import { SimulationLimitError, explorePaths, formatTimeline, touchesBetween } from "../../src/testing/index.js";
import { dealerPlan, newYorkLead } from "./fixtures.js";

const plan = parsePlan(dealerPlan());

describe("explorePaths", () => {
  it("whatever the calls' outcomes, no more than 3 calls on day 1, none at night, and every path ends", () => {
    const paths = explorePaths(plan, newYorkLead(), { outcomes: { call: ["no_answer", "busy", "connected"] }, maxDepth: 6, until: "P14D" });
    // A path ends at the first connected call: 1 + 2 + 2*2 + ... distinct sequences of misses before it.
    expect(paths.length).toBeGreaterThan(10);
    for (const { timeline } of paths) {
      const day1 = timeline.touches.filter((t) => t.channel === "call" && t.local.startsWith("Mon 2026-03-09"));
      expect(day1.length).toBeLessThanOrEqual(3);
      expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
      expect(timeline.exit).not.toBeNull();
      if (timeline.touches.some((t) => t.outcome === "connected")) expect(timeline).toExitWith("connected");
    }
  });

  it("enumerates distinct timelines, the first with every touch getting the first outcome", () => {
    const paths = explorePaths(plan, newYorkLead(), { outcomes: ["no_answer", "connected"], maxDepth: 3, until: "P14D" });
    const texts = paths.map((p) => formatTimeline(p.timeline));
    expect(new Set(texts).size).toBe(paths.length);
    expect(paths[0]?.outcomes.every((o) => o === "no_answer")).toBe(true);
    // connected on touch 1, 2 or 3, or never within the first three: 4 paths.
    expect(paths.map((p) => p.outcomes.slice(0, 3).join(","))).toEqual([
      "no_answer,no_answer,no_answer",
      "no_answer,no_answer,connected",
      "no_answer,connected",
      "connected",
    ]);
    for (const p of paths) expect(p.outcomes).toEqual(p.timeline.touches.map((t) => t.outcome));
  });

  it("maxDepth 0 gives the single default path", () => {
    expect(explorePaths(plan, newYorkLead(), { outcomes: ["connected", "no_answer"], maxDepth: 0, until: "P1D" })).toHaveLength(1);
  });

  it("bounds the number of paths", () => {
    expect(() => explorePaths(plan, newYorkLead(), { outcomes: ["no_answer", "busy", "voicemail"], maxDepth: 8, maxPaths: 50 })).toThrow(SimulationLimitError);
  });

  it("checks its options", () => {
    expect(() => explorePaths(plan, newYorkLead(), { outcomes: [], maxDepth: 2 })).toThrow(ArgumentError);
    expect(() => explorePaths(plan, newYorkLead(), { outcomes: ["nope" as never], maxDepth: 2 })).toThrow(/outcomes\[0\]/);
    expect(() => explorePaths(plan, newYorkLead(), { outcomes: ["sent"], maxDepth: -1 })).toThrow(/maxDepth/);
    expect(() => explorePaths(plan, newYorkLead(), { outcomes: { call: [] }, maxDepth: 1 })).toThrow(/options\.outcomes\.call/);
  });

  it("touchesBetween reads the lead's local clock, wrapping midnight", () => {
    const [first] = explorePaths(plan, newYorkLead(), { outcomes: ["no_answer"], maxDepth: 1, until: "P14D" });
    const timeline = first!.timeline;
    expect(touchesBetween(timeline, "10:00", "10:06").map((t) => t.stepId)).toEqual(["call-now", "sms-intro", "whatsapp-day-2"]);
    expect(touchesBetween(timeline, "21:00", "08:01").map((t) => t.local)).toEqual(["Tue 2026-03-10 08:00 EDT"]);
    expect(() => touchesBetween(timeline, "25:00", "08:00")).toThrow(ArgumentError);
  });
});
