import { expect } from "vitest";
import { createEngine, createManualClock, type Store } from "../../src/engine/index.js";
import { lead, quickPlan, recordingAdapter } from "../engine/fixtures.js";

/**
 * forget on a store whose leases a test can read (`ownerOf`: the owner of a lead's lease row, or
 * `null` when there is none): a crashed runner's expired lease leaves with the lead, a live one stays
 * for its holder, who frees it.
 */
export async function forgottenLeases(store: Store, ownerOf: (leadId: string) => Promise<string | null>): Promise<void> {
  const clock = createManualClock("2026-01-05T14:00:00Z");
  const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock, store });
  for (const id of ["crashed", "live"]) await engine.enroll(lead(id), "quick");
  expect(await store.claim("crashed", "dead-runner", clock.now() + 1000, clock.now())).toBe(true);
  clock.advance(2000);
  expect(await store.claim("live", "other-runner", clock.now() + 60_000, clock.now())).toBe(true);
  expect(await engine.forget("crashed")).toBe(true);
  expect(await engine.forget("live")).toBe(true);
  expect(await ownerOf("crashed")).toBeNull();
  expect(await ownerOf("live")).toBe("other-runner");
  await store.release("live", "other-runner");
  expect(await ownerOf("live")).toBeNull();
}
