import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import type { HistoryEntry } from "../../src/lead/index.js";
import { respond, simulate, type Responder, type SimulatedEvent } from "../../src/testing/index.js";
import { lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

const HOUR = 3_600_000;
/** One script of lead events, hours after the start. */
const SCRIPT: readonly { readonly hours: number; readonly event: SimulatedEvent }[] = [
  { hours: 1, event: { type: "status", status: "contacted" } },
  { hours: 2, event: { type: "inbound", channel: "sms", text: "Thanks, call me tomorrow" } },
  { hours: 3, event: { type: "meeting", note: "test drive" } },
  { hours: 4, event: { type: "inbound", channel: "email", text: "STOP", automatic: true } },
  { hours: 5, event: { type: "event", name: "financing_approved", data: { amount: 1 } } },
  { hours: 6, event: { type: "inbound", channel: "sms", text: "STOP" } },
  { hours: 7, event: { type: "status", status: "nurture" } },
];

const plan = quickPlan({ exits: [], steps: [{ id: "email-later", channel: "email", at: { after: "P2D" } }] } as never);
const leadEvents = (history: readonly HistoryEntry[]) => history.filter((h) => h.type !== "touch" && h.type !== "skip");

describe("a lead event means the same in the engine and in simulate", () => {
  it("the same event script gives the same status, opt-outs and history", async () => {
    const startMs = Date.UTC(2026, 2, 9, 14);
    let responder: Responder = respond.never();
    for (const { hours, event } of [...SCRIPT].reverse()) responder = respond.at(new Date(startMs + hours * HOUR), event, responder);
    const timeline = simulate(plan, { ...lead("L1"), enrolledAt: START, status: "new" }, { until: "PT8H", responder });

    const clock = createManualClock(START);
    const engine = createEngine({ plans: [plan], adapters: { email: recordingAdapter() }, clock });
    await engine.enroll({ ...lead("L1"), status: "new" }, "quick");
    for (const { hours, event } of SCRIPT) {
      clock.set(startMs + hours * HOUR);
      if (event.type === "opt_out") throw new Error("not in this script");
      await engine.record("L1", event as never);
    }
    const stored = (await engine.get("L1"))?.record.lead;

    expect(timeline.lead.status).toBe("nurture");
    expect(stored?.status).toBe(timeline.lead.status);
    expect(timeline.lead.optOuts).toHaveLength(1);
    expect(stored?.optOuts).toEqual(timeline.lead.optOuts);
    expect(leadEvents(stored?.history ?? [])).toEqual(leadEvents(timeline.lead.history));
    expect(leadEvents(timeline.lead.history)).toHaveLength(SCRIPT.length);
  });
});
