import { expect } from "vitest";
import { createEngine, createManualClock, type ChannelAdapter, type Store } from "../../src/engine/index.js";
import { flush, lead, MINUTE, quickPlan } from "../engine/fixtures.js";

/** Two engines polling one store together: every touch once, both take part, through the batch claim. */
export async function twoRunners(store: Store & { claimDue: NonNullable<Store["claimDue"]> }): Promise<void> {
  const clock = createManualClock("2026-03-09T14:00:00Z");
  const sends = new Map<string, string[]>();
  let batchClaims = 0;
  const observed: Store = Object.assign(Object.create(store) as Store, {
    claimDue: (...args: Parameters<typeof store.claimDue>) => {
      batchClaims++;
      return store.claimDue(...args);
    },
  });
  const adapter = (owner: string): ChannelAdapter => ({
    async send(touch) {
      await flush();
      sends.set(touch.id, [...(sends.get(touch.id) ?? []), owner]);
      return { status: "sent" };
    },
  });
  const plan = quickPlan({
    steps: [
      { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
      { id: "email-2m", channel: "email", at: { after: "PT2M" } },
    ],
  });
  const make = (owner: string) =>
    createEngine({ plans: [plan], adapters: { sms: adapter(owner), email: adapter(owner) }, store: observed, clock, owner, concurrency: 8 });
  const a = make("A");
  const b = make("B");
  const N = 120;
  for (let i = 0; i < N; i++) await (i % 2 === 0 ? a : b).enroll(lead(`L${i}`), "quick");
  for (let step = 0; step < 3; step++) {
    clock.advance(MINUTE);
    await Promise.all([a.runDue(), b.runDue()]);
  }
  expect(sends.size).toBe(2 * N);
  expect([...sends.values()].filter((owners) => owners.length !== 1)).toEqual([]);
  expect(new Set([...sends.values()].flat())).toEqual(new Set(["A", "B"]));
  expect(batchClaims).toBeGreaterThan(0);
  expect(await store.due(clock.now() + 60 * MINUTE, 10)).toEqual([]);
}
