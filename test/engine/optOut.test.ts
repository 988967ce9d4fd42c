import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type OptOutReviewEvent } from "../../src/engine/index.js";
import type { InboundRecord, Lead } from "../../src/lead/index.js";
import { evaluate, OPT_OUT_REVIEW_EVENT } from "../../src/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { applyLeadEvent } from "../../src/policy/index.js";
import { readInboundOptOut } from "../../src/optOut.js";
import { instantMs } from "../../src/primitives/index.js";
import { lead, MINUTE, quickPlan, recordingAdapter, recordWhileBehindDecides, START } from "./fixtures.js";

describe("inbound opt-out detection in engine.record", () => {
  it("classifies inbound text with the policy layer's detector; automatic replies never opt out", () => {
    const inbound = { type: "inbound" as const, channel: "sms", at: "2026-03-09T14:00:00Z", text: "STOP" };
    const detectInboundOptOut = (record: InboundRecord) => {
      const target: Pick<Lead, "history" | "optOuts" | "status"> = { history: [], optOuts: [] };
      applyLeadEvent(target, record, { readInbound: readInboundOptOut });
      expect(target.history).toEqual([record]);
      return target.optOuts[0];
    };
    // The reader is the caller's (the engine loads it at its first inbound message): without it nothing is recorded.
    const target: Pick<Lead, "history" | "optOuts" | "status"> = { history: [], optOuts: [] };
    expect(() => applyLeadEvent(target, inbound)).toThrow(ArgumentError);
    expect(() => applyLeadEvent(target, inbound)).toThrow(/Expected readInboundOptOut \(lead-cadence\/opt-out\) to record an inbound message, got none/);
    expect(target).toEqual({ history: [], optOuts: [] });
    applyLeadEvent(target, { type: "status", status: "won", at: inbound.at });
    expect(target).toEqual({ history: [{ type: "status", status: "won", at: inbound.at }], optOuts: [], status: "won" });
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
    await engine.enroll(lead("c"), "quick");
    clock.advance(5 * MINUTE - 1000);
    await engine.record("a", { type: "inbound", channel: "sms", text: "Stop." });
    await engine.record("b", { type: "inbound", channel: "sms", text: "STOP ALL" });
    await engine.record("c", { type: "inbound", channel: "sms", text: "STOP", automatic: true });
    clock.advance(1000);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/sms-now#1", "b/quick@1/sms-now#1", "c/quick@1/sms-5m#1", "c/quick@1/sms-now#1"]);
    expect(email.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/email-5m#1", "c/quick@1/email-5m#1"]);
    expect((await engine.get("a"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", at: "2026-03-09T14:04:59.000Z" }]);
    expect((await engine.get("b"))?.record).toMatchObject({
      enrollments: [{ state: "done", endedReason: "opted_out" }],
      lead: { optOuts: [{ channel: "all" }] },
    });
  });

  it("a negated or invited 'stop' keeps the cadence going; a named channel is the one opted out", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({
      steps: [
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
    await engine.record("a", { type: "inbound", channel: "sms", text: "Don't stop texting me, I'll stop by Saturday" });
    await engine.record("b", { type: "inbound", channel: "sms", text: "stop emailing me, texting is fine" });
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/sms-5m#1", "b/quick@1/sms-5m#1"]);
    expect(email.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/email-5m#1"]);
    expect((await engine.get("b"))?.record.lead.optOuts).toMatchObject([{ channel: "email", source: "inbound:en.phrase.stop-contacting" }]);
  });

  it("an uncertain message emits optout:review and holds that channel until resolved; 'continue' releases, 'opt_out' opts out", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({
      steps: [
        { id: "sms-5m", channel: "sms", at: { after: "PT5M" } },
        { id: "email-5m", channel: "email", at: { after: "PT5M" } },
      ],
      exits: [],
    });
    const sms = recordingAdapter();
    const email = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms, email }, clock });
    const reviews: OptOutReviewEvent[] = [];
    engine.on("optout:review", (e) => reviews.push(e));
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("b"), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "How do I stop these texts?" });
    await engine.record("b", { type: "inbound", channel: "sms", text: "not interested" });
    expect(reviews.map((r) => [r.leadId, r.channel, r.detection.verdict, r.detection.reason, r.held])).toEqual([
      ["a", "sms", "uncertain", "question", true],
      ["b", "sms", "uncertain", "ambiguous", true],
    ]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);
    expect(email.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/email-5m#1", "b/quick@1/email-5m#1"]);
    expect((await engine.get("a"))?.record.lead.history.some((h) => h.type === "event" && h.name === OPT_OUT_REVIEW_EVENT)).toBe(true);
    clock.advance(60 * MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);

    await engine.resolveOptOutReview("a", "sms", "continue");
    await engine.resolveOptOutReview("b", "sms", "opt_out");
    expect(sms.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/sms-5m#1"]);
    expect((await engine.get("b"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", source: "review" }]);
    await expect(engine.resolveOptOutReview("a", "sms", "maybe" as never)).rejects.toThrow(/Expected `decision` to be "opt_out" or "continue"/);
  });

  it("a review resolved on a channel that is not a channel name is refused, nothing stored: the hold stays and the lead stays decidable", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({ steps: [{ id: "sms-5m", channel: "sms", at: { after: "PT5M" } }], exits: [] });
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "not interested" });
    const before = (await engine.get("a"))?.record.lead;
    for (const channel of ["SMS", "sms ", "Sms"]) {
      for (const decision of ["opt_out", "continue"] as const) {
        const refused = engine.resolveOptOutReview("a", channel, decision);
        await expect(refused).rejects.toMatchObject({ code: "invalid_argument", message: expect.stringContaining(`got ${JSON.stringify(channel)}`) });
      }
    }
    expect((await engine.get("a"))?.record.lead).toEqual(before);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);
    const stored = (await engine.get("a"))?.record.lead as Lead;
    expect(evaluate(plan, stored, clock.now()).trace[0]).toMatchObject({ state: "waiting", reason: "optout_review" });
    await engine.resolveOptOutReview("a", "sms", "continue");
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-5m#1"]);
  });

  it("a 'wrong number' reply holds every channel that reaches that number (calls, texts, WhatsApp), not only the one it came on; email goes on", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({
      steps: [
        { id: "sms-5m", channel: "sms", at: { after: "PT5M" } },
        { id: "call-5m", channel: "call", at: { after: "PT5M" } },
        { id: "email-5m", channel: "email", at: { after: "PT5M" } },
      ],
      exits: [],
    });
    const sms = recordingAdapter();
    const call = recordingAdapter();
    const email = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms, call, email }, clock });
    const reviews: OptOutReviewEvent[] = [];
    engine.on("optout:review", (e) => reviews.push(e));
    await engine.enroll(lead("a", { consent: { sms: { status: "granted" }, call: { status: "granted" } } }), "quick");
    await engine.enroll(lead("b", { consent: { sms: { status: "granted" }, call: { status: "granted" } } }), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "Wrong number" });
    await engine.record("b", { type: "inbound", channel: "email", text: "Falsche Nummer, ich kenne Sie nicht" });
    expect(reviews.map((r) => [r.leadId, r.channel])).toEqual([
      ["a", "sms"],
      ["a", "call"],
      ["a", "whatsapp"],
      ["a", "video"],
      ["b", "email"],
    ]);
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["b/quick@1/sms-5m#1"]);
    expect(call.calls.map((c) => c.key)).toEqual(["b/quick@1/call-5m#1"]);
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
  });

  it('optOutReview: "notify" emits the event and holds nothing', async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({ steps: [{ id: "sms-5m", channel: "sms", at: { after: "PT5M" } }], exits: [] });
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [plan], adapters: { sms }, clock, optOutReview: "notify" });
    const reviews: OptOutReviewEvent[] = [];
    engine.on("optout:review", (e) => reviews.push(e));
    await engine.enroll(lead("a"), "quick");
    await engine.record("a", { type: "inbound", channel: "sms", text: "How do I stop these texts?" });
    clock.advance(5 * MINUTE);
    await engine.runDue();
    expect(reviews).toMatchObject([{ leadId: "a", held: false }]);
    expect(sms.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/sms-5m#1"]);
    expect(() => createEngine({ plans: [plan], adapters: { sms }, optOutReview: "ignore" as never })).toThrow(
      /Expected `optOutReview` to be "hold" or "notify", got "ignore"/,
    );
  });

  it("engine.record classifies a 1 MB message well inside the hang guard", async () => {
    const clock = createManualClock(START);
    const plan = quickPlan({ steps: [{ id: "sms-5m", channel: "sms", at: { after: "PT5M" } }], exits: [] });
    const engine = createEngine({ plans: [plan], adapters: { sms: recordingAdapter() }, clock });
    await engine.enroll(lead("a"), "quick");
    const text = "keine Nachrichten ne me contactez ".repeat(32_000).slice(0, 1 << 20);
    const started = performance.now();
    await engine.record("a", { type: "inbound", channel: "sms", text });
    const elapsed = performance.now() - started;
    expect(elapsed, `engine.record of 1 MB took ${elapsed.toFixed(0)} ms`).toBeLessThan(2_000);
  });
});

describe("an opt-out recorded at an instant after a runner's clock", () => {
  it("a runner 5 ms behind the one that recorded a STOP does not send to the lead", async () => {
    const { smsA, smsB } = await recordWhileBehindDecides(5, createMemoryStore(), { type: "inbound", channel: "sms", text: "STOP" });
    expect([...smsA.calls, ...smsB.calls]).toEqual([]);
  });

  it("an opt-out the host records with a later instant holds from now", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const plan = quickPlan({
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-1h", channel: "email", at: { after: "PT1H" } },
      ],
    });
    const engine = createEngine({ plans: [plan], adapters: { sms, email: recordingAdapter() }, clock });
    await engine.enroll(lead("x"), "quick");
    await engine.record("x", { type: "inbound", channel: "sms", text: "STOP", at: instantMs(START) + 2 * MINUTE });
    clock.advance(MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);
  });
});
