import { describe, expect, it } from "vitest";
import { ArgumentError, evaluate, outcomeRecord, parseTouchId, touchId, touchRecord, type Touch } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

const NOW = "2026-03-09T14:00:00Z";
const touch = evaluate(dealerPlan(), newYorkLead(), NOW).due[0] as Touch;

describe("touch ids and history record builders with values of any kind", () => {
  it("parseTouchId of anything but a string is undefined, as it says (a symbol was a TypeError from RegExp.exec)", () => {
    for (const id of [Symbol("s"), 5, null, undefined, {}, 5n]) expect(parseTouchId(id as never)).toBeUndefined();
    expect(parseTouchId(touch.id)).toMatchObject({ leadId: newYorkLead().id, stepId: touch.stepId });
  });

  it("touchId of parts that are not ids is an ArgumentError naming the part (a symbol was a TypeError)", () => {
    for (const [args, argument] of [
      [[Symbol("l"), "p", 1, "s", 1], "leadId"],
      [["l", "a/b", 1, "s", 1], "planId"],
      [["l", "p", Number.NaN, "s", 1], "planVersion"],
      [["l", "p", 1, 5n, 1], "stepId"],
      [["l", "p", 1, "s", 0], "attempt"],
      [["l", "p", 1, "s", 1, 1.5], "sequence"],
    ] as const) {
      const error = caught(() => touchId(...(args as unknown as Parameters<typeof touchId>)));
      expect(error, argument).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
    }
    expect(touchId("l/1", "p", 2, "s", 3)).toBe("l/1/p@2/s#3");
  });

  it("touchRecord and outcomeRecord refuse a touch that is not one and an outcome that is not one (both were written into the record)", () => {
    for (const [call, argument] of [
      [() => touchRecord(null as never, { at: NOW }), "touch"],
      [() => touchRecord({} as never, { at: NOW }), "touch"],
      [() => touchRecord(touch, null as never), "performed"],
      [() => touchRecord(touch, { at: NOW, outcome: "nope" as never }), "performed.outcome"],
      [() => outcomeRecord(touch, 5n as never, NOW), "outcome"],
      [() => outcomeRecord(5 as never, "connected", NOW), "touch"],
    ] as const) {
      const error = caught(call);
      expect(error, argument).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    }
    expect(touchRecord(touch, { at: NOW, outcome: "no_answer" })).toMatchObject({ type: "touch", touchId: touch.id, outcome: "no_answer" });
    expect(outcomeRecord(touch.id, "connected", NOW)).toMatchObject({ type: "outcome", touchId: touch.id });
  });
});
