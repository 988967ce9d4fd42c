import { afterEach, describe, expect, it, vi } from "vitest";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

/*
 * The engine loads the opt-out detector when it is made (src/engine/inboundReader.ts): it is not in the main entry's
 * import. Each test imports the engine afresh (vi.resetModules), so that the detector is not loaded yet.
 */

const READER = "../../src/policy/optOut/readInboundOptOut.js";

async function freshEngine() {
  vi.resetModules();
  const { createEngine, createManualClock } = await import("../../src/engine/index.js");
  const engine = createEngine({
    plans: [quickPlan({ exits: [] })],
    adapters: { sms: recordingAdapter(), email: recordingAdapter() },
    clock: createManualClock(START),
  });
  return engine;
}

const historyTypes = async (engine: Awaited<ReturnType<typeof freshEngine>>, id: string) =>
  (await engine.get(id))?.record.lead.history.map((h) => (h.type === "inbound" ? `inbound ${h.text}` : h.type === "event" ? `event ${h.name}` : h.type));

afterEach(() => {
  vi.doUnmock(READER);
});

describe("the engine's opt-out detector, loaded when the engine is made", () => {
  it("records made while it loads, and after, keep their call order", async () => {
    const engine = await freshEngine();
    // Made at once, before the load ends: an event, an inbound message, an event.
    const first = engine.enroll(lead("a"), "quick");
    await first;
    await Promise.all([
      engine.record("a", { type: "event", name: "one" }),
      engine.record("a", { type: "inbound", channel: "sms", text: "STOP" }),
      engine.record("a", { type: "event", name: "two" }),
    ]);
    await Promise.all([engine.record("a", { type: "inbound", channel: "email", text: "thanks" }), engine.record("a", { type: "event", name: "three" })]);
    expect((await historyTypes(engine, "a"))?.filter((t) => t !== "touch")).toEqual([
      "event one",
      "inbound STOP",
      "event two",
      "inbound thanks",
      "event three",
    ]);
    expect((await engine.get("a"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", source: "inbound:en.keyword.stop" }]);
  });

  it("a load that fails rejects the inbound message, storing nothing, and the next one loads it again", async () => {
    vi.doMock(READER, () => {
      throw new Error("a broken install");
    });
    const engine = await freshEngine();
    await engine.enroll(lead("a"), "quick");
    const before = await engine.get("a");
    // The load's error (vitest wraps the factory's, as its cause).
    const error = await engine.record("a", { type: "inbound", channel: "sms", text: "STOP" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error) + String((error as { cause?: unknown } | undefined)?.cause)).toMatch(/a broken install/);
    expect(await engine.get("a")).toEqual(before);
    // Other records do not need the detector.
    await engine.record("a", { type: "event", name: "noted" });
    vi.doUnmock(READER);
    await engine.record("a", { type: "inbound", channel: "sms", text: "STOP" });
    expect((await engine.get("a"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", source: "inbound:en.keyword.stop" }]);
    expect((await historyTypes(engine, "a"))?.filter((t) => t !== "touch")).toEqual(["event noted", "inbound STOP"]);
  });
});
