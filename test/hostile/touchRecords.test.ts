import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { lead as engineLead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";
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
      [() => touchRecord(touch, { at: NOW, to: 42 as never }), "performed.to"],
      [() => touchRecord(touch, { at: NOW, to: "" }), "performed.to"],
      [() => touchRecord(touch, { at: NOW, to: " \t" }), "performed.to"],
      [() => outcomeRecord(touch, 5n as never, NOW), "outcome"],
      [() => outcomeRecord(5 as never, "connected", NOW), "touch"],
    ] as const) {
      const error = caught(call);
      expect(error, argument).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    }
    expect(touchRecord(touch, { at: NOW, outcome: "no_answer" })).toMatchObject({ type: "touch", touchId: touch.id, outcome: "no_answer" });
    expect(touchRecord(touch, { at: NOW, to: "+12125550100" })).toMatchObject({ type: "touch", to: "+12125550100" });
    expect(touchRecord(touch, { at: NOW })).not.toHaveProperty("to");
    expect(outcomeRecord(touch.id, "connected", NOW)).toMatchObject({ type: "outcome", touchId: touch.id });
  });
});

describe("touch ids of any lead id", () => {
  it("parseTouchId reads back every part of touchId, whatever the lead id holds (line breaks, '/', ':', '@', '#')", () => {
    const leadId = fc.string({
      unit: fc.oneof(fc.constantFrom("\n", "\r", "\u2028", "\u2029", "/", ":", "@", "#", "1"), fc.string({ minLength: 1, maxLength: 1 })),
      minLength: 1,
      maxLength: 30,
    });
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,8}$/);
    const count = fc.integer({ min: 1, max: 99 });
    fc.assert(
      fc.property(leadId, id, count, id, count, count, (lead, plan, version, step, attempt, sequence) => {
        expect(parseTouchId(touchId(lead, plan, version, step, attempt, sequence))).toEqual({
          leadId: lead,
          planId: plan,
          sequence,
          planVersion: version,
          stepId: step,
          attempt,
        });
      }),
    );
  });

  it("engine.complete completes a task of a lead whose id ends with a line break (an id imported from a CSV line)", async () => {
    const plan = quickPlan({ steps: [{ id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } } as never] });
    const engine = createEngine({ plans: [plan], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    const due: string[] = [];
    engine.on("touch:due", ({ touch }) => due.push(touch.id));
    await engine.enroll(engineLead("crm-42\n"), "quick");
    expect(due).toEqual(["crm-42\n/quick@1/call-now#1"]);
    expect(await engine.complete(due[0] as string, "connected")).toBe("completed");
    expect(await engine.openTasks("crm-42\n")).toEqual([]);
  });
});
