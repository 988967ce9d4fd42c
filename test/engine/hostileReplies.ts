import { expect } from "vitest";
import { isArgumentError } from "../../src/errors/index.js";
import { createEngine, createManualClock, type Store } from "../../src/engine/index.js";
import { HOUR, lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/**
 * Inbound replies an SMS gateway delivers with a NUL or an unpaired surrogate, on `store` (the same
 * on every store): each is recorded with U+FFFD in their place, its opt-out is read and in force (no
 * later SMS), what the lead had is kept, and the engine goes on for the lead. Text the host
 * composes (a meeting note) holding a NUL is refused with its path and changes nothing.
 * Plan "quick" here does not exit on a reply, so only the opt-out stops the second SMS.
 */
export async function hostileReplies(store: Store): Promise<void> {
  const sms = recordingAdapter();
  const clock = createManualClock(START);
  const plan = quickPlan({
    steps: [
      { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
      { id: "sms-1h", channel: "sms", at: { after: "PT1H" } },
    ],
    exits: [],
  });
  const engine = createEngine({ plans: [plan], adapters: { sms, email: recordingAdapter() }, store, clock });
  // Each reply, and the text stored for it.
  const replies = {
    a: ["STOP\u0000", "STOP\ufffd"],
    b: ["Stop texting me\ud800", "Stop texting me\ufffd"],
    c: ["\udc00UNSUBSCRIBE\u0000\u0000", "\ufffdUNSUBSCRIBE\ufffd\ufffd"],
  };
  for (const id of Object.keys(replies)) await engine.enroll(lead(id, { attributes: { note: "🚗" } }), "quick");
  expect(sms.calls).toHaveLength(3);
  for (const [id, [text, stored]] of Object.entries(replies)) {
    const before = (await engine.get(id))?.record;
    await engine.record(id, { type: "inbound", channel: "sms", text });
    const after = (await engine.get(id))?.record;
    // What the lead had is kept; the reply is appended as every store can keep it.
    expect(after?.lead.history.slice(0, before?.lead.history.length)).toEqual(before?.lead.history);
    expect(after?.lead.history.at(-1)).toMatchObject({ type: "inbound", channel: "sms", text: stored });
    expect(after?.lead.attributes).toEqual({ note: "🚗" });
    expect(after?.lead.optOuts).toEqual([expect.objectContaining({ channel: "sms", source: expect.stringMatching(/^inbound:en\./) })]);
  }
  // Text the host composes is refused with its path, and changes nothing.
  const before = await engine.get("a");
  const note = await rejection(engine.record("a", { type: "meeting", note: "test drive\u0000" }));
  expect(isArgumentError(note)).toBe(true);
  expect((note as Error).message).toContain(": note: ");
  expect(await engine.get("a")).toEqual(before);
  // The engine goes on for each lead: the opt-out holds the second SMS back, a later reply is recorded.
  clock.advance(HOUR);
  await engine.runDue();
  expect(sms.calls).toHaveLength(3);
  for (const id of Object.keys(replies)) {
    await engine.record(id, { type: "inbound", channel: "sms", text: "thanks" });
    const rec = (await engine.get(id))?.record;
    expect(rec?.lead.history.at(-1)).toMatchObject({ type: "inbound", text: "thanks" });
    expect(rec?.lead.history.some((h) => h.type === "skip" && h.stepId === "sms-1h")).toBe(true);
  }
}
