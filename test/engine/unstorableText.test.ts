import { describe, expect, it } from "vitest";
import { isArgumentError, isLeadValidationError } from "../../src/errors/index.js";
import { createEngine, createManualClock, createMemoryStore } from "../../src/engine/index.js";
import { hostileReplies } from "./hostileReplies.js";
import { hostileStrings } from "./hostileStrings.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

// A NUL or an unpaired surrogate passes the lead schema, but a Postgres jsonb column refuses both: the engine refuses
// them at its input, with the path, on every store (the memory store here, PGlite, the PostgreSQL and Redis servers in
// test/drivers), except in an inbound message's text (the lead's words, which may opt out): U+FFFD takes their place.

function engine() {
  const sms = recordingAdapter();
  return { sms, engine: createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, clock: createManualClock(START) }) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("text no store can keep alike (NUL, unpaired surrogate) is refused at the engine's input", () => {
  it("enroll: a NUL in an attribute's value is a LeadValidationError at its path; nothing is stored or sent", async () => {
    const { engine: e, sms } = engine();
    const error = await rejection(e.enroll(lead("a", { attributes: { vehicle: { notes: ["ok", "bad\u0000byte"] } } }), "quick"));
    expect(isLeadValidationError(error)).toBe(true);
    expect((error as { issues: unknown }).issues).toEqual([
      expect.objectContaining({ code: "invalid_value", path: ["attributes", "vehicle", "notes", 1], received: "a NUL (U+0000) at index 3" }),
    ]);
    expect(await e.get("a")).toBeUndefined();
    expect(sms.calls).toEqual([]);
  });

  it("enroll: an unpaired surrogate in an attribute's key, and in the address, are named", async () => {
    const { engine: e } = engine();
    const key = await rejection(e.enroll(lead("a", { attributes: { "emoji\ud83d": 1 } }), "quick"));
    expect((key as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_key", path: ["attributes", "emoji\ud83d"] })]);
    const city = await rejection(e.enroll(lead("a", { address: { country: "US", city: "Mi\udc00ami" } }), "quick"));
    expect((city as { issues: unknown }).issues).toEqual([
      expect.objectContaining({ code: "invalid_value", path: ["address", "city"], received: "an unpaired surrogate (U+DC00) at index 2" }),
    ]);
    expect(await e.get("a")).toBeUndefined();
  });

  it("enroll: a well-formed surrogate pair (an emoji) is kept", async () => {
    const { engine: e } = engine();
    await e.enroll(lead("a", { attributes: { note: "🚗 ok" } }), "quick");
    expect((await e.get("a"))?.record.lead.attributes).toEqual({ note: "🚗 ok" });
  });

  it("updateLead: a NUL in an opt-out's source or a contact is a LeadValidationError at its path; the stored lead is unchanged", async () => {
    const { engine: e } = engine();
    await e.enroll(lead("a"), "quick");
    const before = await e.get("a");
    const error = await rejection(e.updateLead("a", { optOuts: [{ channel: "email", at: START, source: "crm\u0000" }] }));
    expect(isLeadValidationError(error)).toBe(true);
    expect((error as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["optOuts", 0, "source"] })]);
    const contact = await rejection(e.updateLead("a", { contacts: { phone: null, "work\u0000": "+12125550143" } }));
    expect((contact as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_key", path: ["contacts", "work\u0000"] })]);
    expect(await e.get("a")).toEqual(before);
  });

  it("record: a meeting's note with a NUL, an event's data with an unpaired surrogate, are ArgumentErrors naming the path; nothing is appended", async () => {
    const { engine: e } = engine();
    await e.enroll(lead("a"), "quick");
    const before = await e.get("a");
    const text = await rejection(e.record("a", { type: "meeting", note: "STOP\u0000" }));
    expect(isArgumentError(text)).toBe(true);
    expect((text as Error).message).toMatch(/^Expected a record every store can hold: note: Expected text without NUL .* a NUL \(U\+0000\) at index 4/);
    const data = await rejection(e.record("a", { type: "event", name: "note", data: { lines: ["\ud800"] } }));
    expect((data as Error).message).toMatch(/: data\.lines\[0\]: .*an unpaired surrogate \(U\+D800\)/);
    expect(await e.get("a")).toEqual(before);
  });

  it("record: an inbound reply with a NUL or an unpaired surrogate is recorded with U+FFFD in their place and its opt-out read (was: an ArgumentError, the opt-out lost)", async () => {
    await hostileReplies(createMemoryStore());
  });

  it("property: whatever string a host passes, the memory store keeps it as given (an inbound text as storableText makes it), or the call throws a CadenceError and the lead is as before", async () => {
    await hostileStrings(createMemoryStore(), 100);
  });

  it("enroll: an inbound reply in the lead's history keeps U+FFFD in place of a NUL or an unpaired surrogate; the lead is enrolled", async () => {
    const { engine: e } = engine();
    await e.enroll(lead("a", { history: [{ type: "inbound", channel: "sms", at: "2026-03-01T10:00:00Z", text: "hi\u0000 \ud800" }] }), "quick");
    expect((await e.get("a"))?.record.lead.history[0]).toEqual({ type: "inbound", channel: "sms", at: "2026-03-01T10:00:00Z", text: "hi\ufffd \ufffd" });
  });

  it("resolveOptOutReview: a channel with a NUL is an ArgumentError", async () => {
    const { engine: e } = engine();
    await e.enroll(lead("a"), "quick");
    const error = await rejection(e.resolveOptOutReview("a", "sms\u0000", "opt_out"));
    expect(isArgumentError(error)).toBe(true);
    expect((await e.get("a"))?.record.lead.optOuts).toEqual([]);
  });

  it("a lead id with a NUL (enroll refuses one, so no stored lead has it) is an ArgumentError naming leadId, as an unpaired surrogate is", async () => {
    const { engine: e } = engine();
    const enrolled = await rejection(e.enroll(lead("a\u0000"), "quick"));
    expect((enrolled as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["id"] })]);
    for (const call of [() => e.get("a\u0000"), () => e.record("a\u0000", { type: "status", status: "won" }), () => e.pause("a\u0000")]) {
      const error = await rejection(call());
      expect(isArgumentError(error)).toBe(true);
      expect((error as { argument: string }).argument).toBe("leadId");
    }
  });
});
