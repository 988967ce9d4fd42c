import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { nested } from "../fuzz/hostileValues.js";
import { lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

async function engineWithLead() {
  const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
  await engine.enroll(lead("a"), "quick");
  return engine;
}

const cyclic = (): Record<string, unknown> => {
  const data: Record<string, unknown> = { amount: 1 };
  data["self"] = data;
  return data;
};

describe("engine.record: a malformed event is an ArgumentError that says what came, and records nothing", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    // A RangeError (call stack) from the store's copy, after the lead had been read.
    [
      "event data that contains itself",
      { type: "event", name: "x", data: cyclic() },
      /data\.self: Expected no cycles, got an object that contains itself here/,
    ],
    ["event data nested 100,000 deep", { type: "event", name: "x", data: nested(100_000, "object") as Record<string, unknown> }, /nested at most 64 deep/],
    // zod's bare "Invalid input", which says neither what was expected nor what came.
    ["event data that is a bigint", { type: "event", name: "x", data: 5n }, /data: Expected .*, got 5 \(bigint\)/],
    ["an inbound text that is a boxed string", { type: "inbound", channel: "sms", text: new String("STOP") }, /text: Expected string, got an object/],
    // A TypeError from writing the type into the message ("Cannot convert object to primitive value").
    ["a type that is a prototype-less object", { type: Object.create(null) as unknown, name: "x" }, /^Expected `event.type` to be one of .*, got an object$/],
    ["a type that is a symbol", { type: Symbol("event"), name: "x" }, /^Expected `event.type` to be one of .*, got Symbol\(event\) \(symbol\)$/],
  ];
  for (const [name, event, message] of cases) {
    it(name, async () => {
      const engine = await engineWithLead();
      const before = (await engine.get("a"))?.record.lead.history.length;
      const error = await engine.record("a", event as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/Invalid input/);
      expect((await engine.get("a"))?.record.lead.history.length).toBe(before);
    });
  }
});
