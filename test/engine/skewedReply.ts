import { expect } from "vitest";
import type { Store } from "../../src/engine/index.js";
import { instantMs } from "../../src/primitives/index.js";
import { MINUTE, recordWhileBehindDecides, START } from "./fixtures.js";

/** A reply that is neither an opt-out nor an uncertain one: it ends a cadence that exits on reply, and only that. */
export const REPLY = { type: "inbound", channel: "sms", text: "Yes, call me this afternoon" } as const;

/**
 * Two runners on `store`, B's clock 5 ms behind A's. B decides to send the SMS due at one minute,
 * its write waits; A records a reply meanwhile (dated 5 ms after B's clock). B, deciding again from
 * a fresh read, sends nothing, and the lead is due again at the reply's instant, through the
 * store's due index: B's poll takes it once its clock reaches the reply, and ends the cadence.
 */
export async function skewedReply(store: Store): Promise<void> {
  const { b, behind, smsA, smsB } = await recordWhileBehindDecides(5, store, REPLY);
  expect([...smsA.calls, ...smsB.calls]).toEqual([]);
  const replyAt = instantMs(START) + MINUTE + 5;
  const held = (await b.get("x"))?.record;
  expect(held?.lead.optOuts).toEqual([]);
  expect(held?.dueAt).toBe(replyAt);
  behind.advance(4);
  expect(await b.runDue()).toBe(0);
  behind.advance(1);
  expect(await b.runDue()).toBe(1);
  const done = (await b.get("x"))?.record;
  expect(done?.enrollments).toMatchObject([{ state: "done", endedReason: "replied" }]);
  expect(done?.dueAt).toBeNull();
  expect([...smsA.calls, ...smsB.calls]).toEqual([]);
}
