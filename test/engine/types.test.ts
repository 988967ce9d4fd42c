import { describe, expectTypeOf, it } from "vitest";
import {
  createEngine,
  type Engine,
  type LeadDoneEvent,
  type SendResult,
  type SlaBreachedEvent,
  type TouchDueEvent,
  type TouchSentEvent,
} from "../../src/index.js";
import type { ChannelAdapter, Store, VersionedLead } from "../../src/engine/index.js";

describe("engine types", () => {
  it("events are a typed map: listeners get typed payloads", () => {
    const engine = createEngine({
      plans: [{ id: "q", version: 1, name: "q", timezone: "UTC", steps: [{ id: "s", channel: "call", mode: "task", at: { after: "PT0S" } }] }],
      adapters: {},
    });
    expectTypeOf(engine).toEqualTypeOf<Engine>();
    engine.on("touch:due", (e) => expectTypeOf(e).toEqualTypeOf<TouchDueEvent>());
    engine.on("touch:sent", (e) => expectTypeOf(e).toEqualTypeOf<TouchSentEvent>());
    engine.on("lead:done", (e) => expectTypeOf(e).toEqualTypeOf<LeadDoneEvent>());
    engine.on("sla:breached", (e) => expectTypeOf(e).toEqualTypeOf<SlaBreachedEvent>());
    // @ts-expect-error unknown event names are rejected
    engine.on("touch:teleported", () => undefined);
  });

  it("adapters answer a SendResult; stores are async", () => {
    expectTypeOf<ReturnType<ChannelAdapter["send"]>>().toEqualTypeOf<Promise<SendResult> | SendResult>();
    expectTypeOf<ReturnType<Store["get"]>>().toEqualTypeOf<Promise<VersionedLead | undefined>>();
  });
});
