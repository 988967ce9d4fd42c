import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, type Clock } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

const edges = [8.64e15, -8.64e15, 1e20, "+275760-09-13T00:00:00Z", "2201-01-01T00:00:00Z", "1899-12-31T23:59:59Z"];

describe("engine arguments and clock readings stay inside years 1900–2200", () => {
  it("pause(id, until) out of range is an ArgumentError and stores nothing", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    await engine.enroll(lead("l1"), "quick");
    for (const until of edges) {
      await expect(engine.pause("l1", until), String(until)).rejects.toThrow(ArgumentError);
      await expect(engine.pause("l1", until)).rejects.toThrow(/between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999Z/);
    }
    expect((await engine.get("l1"))?.record.lead.pausedUntil).toBeUndefined();
    await engine.pause("l1", "2200-01-01T00:00:00Z");
    expect((await engine.get("l1"))?.record.lead.pausedUntil).toBe("2200-01-01T00:00:00.000Z");
  });

  it("record(event) with an out-of-range `at` is an ArgumentError", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    await engine.enroll(lead("l2"), "quick");
    for (const at of edges) await expect(engine.record("l2", { type: "status", status: "won", at } as never), String(at)).rejects.toThrow(ArgumentError);
  });

  it("a manual clock cannot start or be set out of range", () => {
    for (const at of edges) {
      expect(() => createManualClock(at), String(at)).toThrow(ArgumentError);
      expect(() => createManualClock(START).set(at)).toThrow(ArgumentError);
    }
  });

  it("a host clock reading out of range is an ArgumentError naming clock.now(), not a stored value", async () => {
    for (const reading of [1e20, 8.64e15, Number.NaN, 1_773_064_800 /* seconds, not ms: 1970 */ - 3e12]) {
      const clock: Clock = { now: () => reading, setTimeout: () => undefined, clearTimeout: () => undefined };
      const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
      await expect(engine.enroll(lead("l3"), "quick"), String(reading)).rejects.toThrow(/Expected clock\.now\(\) to return epoch milliseconds between/);
      expect(await engine.get("l3")).toBeUndefined();
    }
  });
});

describe("engine methods refuse ids that are not strings", () => {
  it("a non-string lead or touch id is an ArgumentError, never a TypeError or a stack overflow", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    for (const id of [deep, null, 42, { toString: null }, ""]) {
      for (const call of [
        () => engine.resume(id as never),
        () => engine.pause(id as never),
        () => engine.get(id as never),
        () => engine.openTasks(id as never),
        () => engine.record(id as never, { type: "status", status: "won" }),
        () => engine.complete(id as never, "connected"),
      ]) {
        await expect(call()).rejects.toThrow(id === "" ? /lead|touch/ : ArgumentError);
      }
    }
    // Found by the fuzz suite: a deep plan id overflowed the stack, a version that cannot become a string was a TypeError.
    await expect(engine.enroll(lead("deep"), deep as never)).rejects.toThrow(ArgumentError);
    const noString = Object.create(null) as object;
    for (const [planId, from, to] of [
      [noString, 1, 2],
      ["quick", noString, 2],
      ["quick", 1, { toString: 5 }],
      ["quick", 0.5, 2],
    ] as const) {
      await expect(engine.migrate(planId as never, from as never, to as never, { mode: "pin" })).rejects.toThrow(ArgumentError);
    }
  });
});
