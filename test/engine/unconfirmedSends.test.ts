import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type ChannelAdapter } from "../../src/engine/index.js";
import { flush, HOUR, lead, MINUTE, quickPlan } from "./fixtures.js";
import { instantMs } from "../../src/primitives/index.js";

/**
 * A runner that dies after its adapter performed a send, and before the result was stored, leaves
 * the touch in flight; the next runner re-sends it under the same key. Caps must hold counting that
 * possible first contact too: the re-send waits until one more contact fits.
 */
describe("re-sending a touch whose runner died mid-send", () => {
  const plan = quickPlan({
    steps: [
      { id: "sms-a", channel: "sms", at: { after: "PT0S" } },
      { id: "sms-b", channel: "sms", at: { after: "PT1M" } },
    ],
    policies: { caps: [{ max: 2, per: "24h" }] },
  } as never);

  it("defers the re-send until the cap allows it counting the unconfirmed attempt, then sends it under the same key", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const store = createMemoryStore();
    const sends: { runner: string; key: string; at: number }[] = [];
    const adapter = (runner: string, hangOn?: string): ChannelAdapter => ({
      send(touch, _lead, ctx) {
        expect(ctx.decidedAt).toBe(clock.now());
        sends.push({ runner, key: ctx.idempotencyKey, at: clock.now() });
        // The dying runner: the provider got the message, the answer never comes back.
        if (touch.stepId === hangOn) return new Promise(() => undefined);
        return { status: "sent" };
      },
    });
    const dying = createEngine({
      plans: [plan],
      adapters: { sms: adapter("A", "sms-b"), email: adapter("A") },
      store,
      // The dying runner's timers never fire: it is dead, not slow (its timeout stays within the lease, as the engine requires).
      clock: { now: () => clock.now(), setTimeout: () => 0, clearTimeout: () => undefined },
      owner: "A",
      leaseMs: 10 * MINUTE,
    });
    await dying.enroll(lead("x"), "quick");
    clock.advance(MINUTE);
    void dying.runDue();
    await flush();
    await flush();
    expect(sends.map((s) => `${s.runner}:${s.key}`)).toEqual(["A:x/quick@1/sms-a#1", "A:x/quick@1/sms-b#1"]);

    const next = createEngine({ plans: [plan], adapters: { sms: adapter("B"), email: adapter("B") }, store, clock, owner: "B" });
    clock.advance(15 * MINUTE);
    await next.runDue();
    // sms-a and the unconfirmed sms-b fill the cap of 2 per 24 h: no third contact before sms-a is 24 h old.
    expect(sends.filter((s) => s.runner === "B")).toEqual([]);
    clock.set(instantMs("2026-03-10T14:00:00Z") + 1);
    await next.runDue();
    const b = sends.filter((s) => s.runner === "B");
    expect(b.map((s) => s.key)).toEqual(["x/quick@1/sms-b#1"]);
    // Counting every send, duplicates included, no 24 h window holds more than 2.
    const times = sends.map((s) => s.at).sort((p, q) => p - q);
    for (const t of times) expect(times.filter((u) => u > t - 24 * HOUR && u <= t).length).toBeLessThanOrEqual(2);
  });
});
