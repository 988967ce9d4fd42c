import { describe, expect, it, vi } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

// Stands in for the policy layer's detector, to prove the engine's call site is wired end to end.
vi.mock("../../src/policy/index.js", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  detectOptOut: (text: string) => (/^\s*stop all\b/i.test(text) ? "all" : /^\s*stop\b/i.test(text)),
}));

describe("inbound opt-out detection, once the policy layer provides detectOptOut", () => {
  it("a STOP reply records an opt-out of that channel; STOP ALL of every channel and ends the cadence", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({ exits: [{ on: "opt_out" }] });
    const engine = createEngine({ plans: [plan], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("b"), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "STOP" });
    await engine.record("b", { type: "inbound", channel: "sms", text: "stop all" });
    expect((await engine.get("a"))?.record.lead.optOuts).toEqual([{ channel: "sms", at: "2026-03-09T14:00:00.000Z", source: "inbound sms" }]);
    expect((await engine.get("b"))?.record).toMatchObject({ state: "done", endedReason: "opted_out", lead: { optOuts: [{ channel: "all" }] } });
  });
});
