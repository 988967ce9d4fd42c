import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, DEFAULT_FAILURE_CODES, isArgumentError, type TouchDeferredEvent, type TouchFailedEvent } from "../../src/index.js";
import { HOUR, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

const DAY = 24 * HOUR;
/** WhatsApp now (a utility template outside the window, so no delivery rule applies), email at 5 minutes. */
const plan = (category = "utility") =>
  quickPlan({
    steps: [
      { id: "wa", channel: "whatsapp", at: { after: "PT0S" }, templateOutsideWindow: "offer", category },
      { id: "wa-2", channel: "whatsapp", at: { after: "P3D" }, templateOutsideWindow: "reminder" },
      { id: "email-5m", channel: "email", at: { after: "PT5M" } },
    ],
    exits: [{ on: "opt_out" }],
  } as never);
const nlLead = (id: string) => lead(id, { contacts: { phone: "+31612345678", whatsapp: "31612345678", email: `${id}@example.com` } });

describe("adapter failure codes map to cadence facts", () => {
  it("Meta 131049 (per-user marketing limit): the same touch is sent again a day later, not a failure of the lead", async () => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter((_t, _c, n) =>
      n === 1
        ? { status: "failed", retryable: false, error: "(#131049) not delivered to maintain healthy ecosystem engagement", code: "131049" }
        : { status: "sent" },
    );
    const engine = createEngine({ plans: [plan()], adapters: { whatsapp, email: recordingAdapter() }, clock });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    await engine.enroll(nlLead("a"), "quick");
    expect(failed).toMatchObject([{ code: "131049", fact: "retry_later", willRetry: true, retryAt: Date.parse(START) + DAY }]);
    clock.advance(DAY - MINUTE);
    await engine.runDue();
    expect(whatsapp.calls).toHaveLength(1);
    clock.advance(MINUTE);
    await engine.runDue();
    expect(whatsapp.calls.map((c) => c.key)).toEqual(["a/quick@1/wa#1", "a/quick@1/wa#1"]);
    const rec = (await engine.get("a"))?.record;
    expect(rec?.lead.optOuts).toEqual([]);
    expect(rec?.lead.history).toContainEqual(
      expect.objectContaining({ type: "event", name: "touch_deferred", data: expect.objectContaining({ touchId: "a/quick@1/wa#1", code: "131049" }) }),
    );
    expect(rec?.lead.history).toContainEqual(expect.objectContaining({ type: "touch", stepId: "wa", outcome: "sent" }));
  });

  it("131049 defers at most maxDeferrals times, then the touch is recorded as failed", async () => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter(() => ({ status: "failed", retryable: false, error: "limit", code: "131049" }));
    const engine = createEngine({ plans: [plan()], adapters: { whatsapp, email: recordingAdapter() }, clock });
    await engine.enroll(nlLead("a"), "quick");
    for (let i = 0; i < 4; i++) {
      clock.advance(DAY);
      await engine.runDue();
    }
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.filter((e) => e.type === "event" && e.name === "touch_deferred" && e.data?.["touchId"] === "a/quick@1/wa#1")).toHaveLength(3);
    expect(history).toContainEqual(expect.objectContaining({ type: "touch", stepId: "wa", outcome: "failed" }));
    expect(whatsapp.calls.filter((c) => c.key === "a/quick@1/wa#1")).toHaveLength(4);
  });

  it("Meta 131050 (user stopped marketing messages): an opt-out of WhatsApp marketing; utility steps, other channels and the cadence go on", async () => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter((t) =>
      t.stepId === "wa" ? { status: "failed", retryable: true, error: "(#131050) user stopped marketing", code: 131050 as never } : { status: "sent" },
    );
    const email = recordingAdapter();
    const engine = createEngine({ plans: [plan("marketing")], adapters: { whatsapp, email }, clock });
    const failed: TouchFailedEvent[] = [];
    engine.on("touch:failed", (e) => failed.push(e));
    await engine.enroll(nlLead("a"), "quick");
    expect(failed).toMatchObject([{ code: "131050", fact: "opt_out", willRetry: false }]);
    clock.advance(4 * DAY);
    await engine.runDue();
    const rec = (await engine.get("a"))?.record;
    expect(rec?.lead.optOuts).toMatchObject([{ channel: "whatsapp", category: "marketing", at: "2026-03-09T14:00:00.000Z" }]);
    expect(whatsapp.calls.map((c) => c.key)).toEqual(["a/quick@1/wa#1"]); // wa-2 (no category: marketing) is not sent
    expect(email.calls).toHaveLength(1);
    expect(rec?.lead.history).toContainEqual(expect.objectContaining({ type: "skip", stepId: "wa-2", reason: "opted_out" }));
    expect(rec?.enrollments[0]?.state).toBe("done");
    expect(rec?.enrollments[0]?.endedReason).toBe("completed");
  });

  it("the table is data: the host adds codes and removes defaults; bad entries are ArgumentErrors", async () => {
    expect(Object.keys(DEFAULT_FAILURE_CODES).sort()).toEqual(["whatsapp:131049", "whatsapp:131050"]);
    const clock = createManualClock(START);
    const sms = recordingAdapter(() => ({ status: "failed", retryable: true, error: "21610 unsubscribed", code: "21610" }));
    const engine = createEngine({
      plans: [quickPlan()],
      adapters: { sms, email: recordingAdapter() },
      clock,
      failureCodes: { "sms:21610": { fact: "opt_out", reason: "Twilio 21610: the number replied STOP" }, "whatsapp:131049": null },
    });
    await engine.enroll(lead("a"), "quick");
    expect((await engine.get("a"))?.record.lead.optOuts).toMatchObject([{ channel: "sms", source: "sms:21610 Twilio 21610: the number replied STOP" }]);
    expect(sms.calls).toHaveLength(1);
    const bad = (failureCodes: unknown) => () => createEngine({ plans: [quickPlan()], adapters: { sms, email: sms }, failureCodes: failureCodes as never });
    expect(bad({ "131049": { fact: "retry_later", afterMs: 1, reason: "x" } })).toThrow(/channel:code/);
    expect(bad({ "sms:1": { fact: "retry_later", afterMs: -1, reason: "x" } })).toThrow(/afterMs/);
    try {
      bad({ "sms:1": { fact: "nope" } })();
    } catch (e) {
      expect(isArgumentError(e)).toBe(true);
    }
  });
});

describe("one deferral: a failure code meaning 'later' and an adapter's deferred answer", () => {
  const reason = DEFAULT_FAILURE_CODES["whatsapp:131049"]?.reason ?? "";
  /** Runs the first WhatsApp send with `first` as the adapter's answer; returns the deferral events and the stored record. */
  const run = async (first: unknown) => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter((_t, _c, n) => (n === 1 ? (first as never) : { status: "sent" }));
    const engine = createEngine({ plans: [plan()], adapters: { whatsapp, email: recordingAdapter() }, clock });
    const deferred: TouchDeferredEvent[] = [];
    engine.on("touch:deferred", (e) => deferred.push(e));
    await engine.enroll(nlLead("a"), "quick");
    const rec = (await engine.get("a"))?.record;
    return { deferred, rec, clock, engine, whatsapp };
  };

  it("131049 produces exactly the deferral the adapter status does: same event, same pending retry, same history, budget kept", async () => {
    const viaCode = await run({ status: "failed", retryable: false, error: "(#131049) limit", code: "131049" });
    const viaStatus = await run({ status: "deferred", retryAt: Date.parse(START) + DAY, reason, code: "131049", maxDeferrals: 3 });
    for (const r of [viaCode, viaStatus]) {
      expect(r.deferred).toMatchObject([{ retryAt: Date.parse(START) + DAY, reason, code: "131049" }]);
      const pending = r.rec?.enrollments[0]?.pending["a/quick@1/wa#1"];
      expect(pending).toMatchObject({ retryAt: Date.parse(START) + DAY, attempts: 0 });
    }
    const deferrals = (r: typeof viaCode) => r.rec?.lead.history.filter((e) => e.type === "event" && e.name === "touch_deferred");
    expect(deferrals(viaStatus)).toEqual(deferrals(viaCode));
    expect(deferrals(viaCode)).toHaveLength(1);
  });

  it("an unbounded adapter deferral (a rate limit) writes no history", async () => {
    const { deferred, rec } = await run({ status: "deferred", retryAt: Date.parse(START) + MINUTE, reason: "429" });
    expect(deferred).toMatchObject([{ retryAt: Date.parse(START) + MINUTE, reason: "429" }]);
    expect(deferred[0]?.code).toBeUndefined();
    expect(rec?.lead.history.filter((e) => e.type === "event" && e.name === "touch_deferred")).toEqual([]);
  });

  it("a bounded adapter deferral past its bound is a final failure, like 131049 past maxDeferrals", async () => {
    const clock = createManualClock(START);
    const whatsapp = recordingAdapter(() => ({ status: "deferred", retryAt: clock.now() + DAY, reason: "per-user limit", maxDeferrals: 2 }) as never);
    const engine = createEngine({ plans: [plan()], adapters: { whatsapp, email: recordingAdapter() }, clock });
    await engine.enroll(nlLead("a"), "quick");
    for (let i = 0; i < 3; i++) {
      clock.advance(DAY);
      await engine.runDue();
    }
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history.filter((e) => e.type === "event" && e.name === "touch_deferred" && e.data?.["touchId"] === "a/quick@1/wa#1")).toHaveLength(2);
    expect(history).toContainEqual(expect.objectContaining({ type: "touch", stepId: "wa", outcome: "failed" }));
    expect(history).toContainEqual(
      expect.objectContaining({ type: "event", name: "touch_failed", data: expect.objectContaining({ error: "deferred 2 times: per-user limit" }) }),
    );
    expect(whatsapp.calls.filter((c) => c.key === "a/quick@1/wa#1")).toHaveLength(3);
  });
});
