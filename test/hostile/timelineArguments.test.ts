import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/index.js";
import { renderTimelineHtml } from "../../src/report/index.js";
import { formatTimeline, respond, simulate, type Timeline } from "../../src/testing/index.js";
import { caught } from "../support/caught.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

const timeline = simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: respond.never() });
const holey = (): unknown[] => {
  const entries: unknown[] = [];
  entries[1] = timeline.entries[0];
  return entries;
};

describe("formatTimeline and renderTimelineHtml refuse what simulate does not return", () => {
  // formatTimeline read every one of them into a TypeError; renderTimelineHtml the ones with bad entries.
  const cases: [string, unknown, string][] = [
    ["a number", 5, "timeline"],
    ["an empty object", {}, "timeline"],
    ["a timeline whose entries have a hole", { ...timeline, entries: holey() }, "timeline.entries[0]"],
    ["a timeline whose entries hold a number", { ...timeline, entries: [5] }, "timeline.entries[0]"],
    ["a timeline whose entry has no instant", { ...timeline, entries: [{ ...timeline.entries[0], at: undefined }] }, "timeline.entries[0]"],
  ];
  for (const [name, value, argument] of cases) {
    it(`${name} is an ArgumentError naming ${argument}`, () => {
      for (const call of [() => formatTimeline(value as Timeline), () => renderTimelineHtml(value as Timeline)]) {
        const error = caught(call);
        expect(error).toBeInstanceOf(ArgumentError);
        expect(error).toMatchObject({ argument });
        expect((error as Error).message).toMatch(/^Expected `timeline.*` to be .*, got /);
      }
    });
  }

  // Each was a TypeError from inside.
  for (const [argument, call] of [
    ["options", () => formatTimeline(timeline, null as never)],
    ["options.title", () => renderTimelineHtml(timeline, { title: {} as never })],
    ["options.title", () => renderTimelineHtml(timeline, { title: 5 as never })],
  ] as const) {
    it(`${String(call).match(/\w+\(timeline, .*\)/)?.[0]}: an ArgumentError naming ${argument}`, () => {
      const error = caught(call);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/^Expected `.*` to be .*, got /);
    });
  }

  it("a timeline from simulate, and a JSON copy of it, still render", () => {
    for (const t of [timeline, JSON.parse(JSON.stringify(timeline)) as Timeline]) {
      expect(formatTimeline(t)).toContain(timeline.planId);
      expect(renderTimelineHtml(t)).toContain("<!doctype html>");
    }
  });
});
