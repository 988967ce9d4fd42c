import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import type { InboundRecord, Lead } from "../../src/lead/index.js";
import { applyLeadEvent } from "../../src/policy/index.js";
import { lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

describe("inbound opt-out detection in engine.record", () => {
  it("classifies inbound text with the policy layer's detector; automatic replies never opt out", () => {
    const inbound = { type: "inbound" as const, channel: "sms", at: "2026-03-09T14:00:00Z", text: "STOP" };
    const detectInboundOptOut = (record: InboundRecord) => {
      const target: Pick<Lead, "history" | "optOuts" | "status"> = { history: [], optOuts: [] };
      applyLeadEvent(target, record);
      expect(target.history).toEqual([record]);
      return target.optOuts[0];
    };
    expect(detectInboundOptOut(inbound)).toMatchObject({ channel: "sms", at: inbound.at });
    expect(detectInboundOptOut({ ...inbound, text: "STOP ALL" })).toMatchObject({ channel: "all" });
    expect(detectInboundOptOut({ ...inbound, text: "I'll stop by the dealership tomorrow" })).toBeUndefined();
    expect(detectInboundOptOut({ ...inbound, automatic: true })).toBeUndefined();
  });

  it("a STOP one second before a due touch ends that channel at once; STOP ALL ends the cadence", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({
      steps: [
        { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
        { id: "sms-5m", channel: "sms", at: { after: "PT5M" } },
        { id: "email-5m", channel: "email", at: { after: "PT5M" } },
      ],
      exits: [],
    });
    const sms = recordingAdapter();
    const email = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms, email }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("b"), "quick");
    clock.advance(5 * MINUTE - 1000);
    await engine.record("a", { type: "inbound", channel: "sms", text: "Stop." });
    await engine.record("b", { type: "inbound", channel: "sms", text: "STOP ALL" });
    clock.advance(1000);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "b/quick@1/sms-now#1"]);
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
    expect((await engine.get("a"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", at: "2026-03-09T14:04:59.000Z" }]);
    expect((await engine.get("b"))?.record).toMatchObject({ state: "done", endedReason: "opted_out", lead: { optOuts: [{ channel: "all" }] } });
  });
});
