import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEngine,
  createManualClock,
  createMemoryStore,
  type ChannelAdapter,
  type Engine,
  type LeadChanges,
  type ManualClock,
} from "../../src/engine/index.js";
import { MAX_CLOCK_SKEW_MS, skewHold } from "../../src/engine/clockSkew.js";
import type { Lead } from "../../src/lead/index.js";
import { instantMs, isoInstant } from "../../src/primitives/index.js";
import { flush, lead, MINUTE, quickPlan, recordingAdapter, skewedRunners, stallingStore, START } from "./fixtures.js";
import { REPLY, skewedReply } from "./skewedReply.js";

describe("a record dated after a runner's clock, within the skew bound", () => {
  it("a runner 5 ms behind the one that recorded a reply does not send the next touch; it ends the cadence once its clock reaches the reply", async () => {
    await skewedReply(createMemoryStore());
  });

  it("an uncertain reply's review hold recorded by a runner 5 ms ahead holds the channel for a runner behind", async () => {
    const store = createMemoryStore();
    const { a, b, ahead, behind, smsA, smsB } = skewedRunners(5, store, store, { exits: [] });
    await b.enroll(lead("x"), "quick");
    ahead.advance(MINUTE - 3);
    behind.advance(MINUTE - 3);
    // A (at 1 min + 2 ms) holds SMS for review; the SMS due at 1 min waits.
    await a.record("x", { type: "inbound", channel: "sms", text: "How do I stop these texts?" });
    expect([...smsA.calls, ...smsB.calls]).toEqual([]);
    ahead.advance(3);
    behind.advance(3);
    // B (at 1 min) is told to run the lead (a queue's wake-up for the SMS's instant).
    await b.runLead("x");
    expect([...smsA.calls, ...smsB.calls]).toEqual([]);
    behind.advance(MINUTE);
    await b.runDue();
    expect([...smsA.calls, ...smsB.calls]).toEqual([]);
    await a.resolveOptOutReview("x", "sms", "continue");
    expect([...smsA.calls, ...smsB.calls].map((c) => c.key)).toEqual(["x/quick@1/sms-1m#1"]);
  });

  it("a record dated further ahead than the bound is the host's future-dated data: what is due now is sent", async () => {
    const plan = quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] });
    const run = async (ahead: number) => {
      const clock = createManualClock(START);
      const sms = recordingAdapter();
      const engine = createEngine({ plans: [plan], adapters: { sms }, clock });
      await engine.enroll(lead("x"), "quick");
      clock.advance(MINUTE);
      await engine.record("x", { type: "event", name: "brochure_requested", at: clock.now() + ahead });
      return { sms, engine };
    };
    const far = await run(MAX_CLOCK_SKEW_MS + 1);
    expect(far.sms.calls.map((c) => c.key)).toEqual(["x/quick@1/sms-1m#1"]);
    const near = await run(MAX_CLOCK_SKEW_MS);
    expect(near.sms.calls).toEqual([]);
    expect((await near.engine.get("x"))?.record.dueAt).toBe(instantMs(START) + MINUTE + MAX_CLOCK_SKEW_MS);
  });
});

describe("the lead's own dated fields written by a clock ahead (a CRM's updateLead)", () => {
  const plan = quickPlan({ steps: [{ id: "sms-1m", channel: "sms", at: { after: "PT1M" } }] });
  const run = async (changes: (at: number) => LeadChanges, planOverrides: Record<string, unknown> = {}) => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan({ ...plan, ...planOverrides })], adapters: { sms }, clock });
    await engine.enroll(lead("x", { consent: {} }), "quick");
    clock.advance(MINUTE);
    await engine.updateLead("x", changes(clock.now() + 5));
    return { sms, engine, clock };
  };

  it("a consent denial dated 5 ms ahead stops the SMS due now", async () => {
    const { sms, engine, clock } = await run((at) => ({ consent: { sms: { status: "denied", at: isoInstant(at) } } }));
    clock.advance(MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);
  });

  it("a do-not-call request dated 5 ms ahead stops the SMS due now", async () => {
    const { sms, engine, clock } = await run((at) => ({ dncRequests: [{ at: isoInstant(at) }] }), { policies: { doNotCall: { requestsHonouredFor: "P30D" } } });
    clock.advance(MINUTE);
    await engine.runDue();
    expect(sms.calls).toEqual([]);
  });

  it("consent granted 5 ms ahead for a channel that needs it: the SMS goes once the clock reaches it, not skipped for good", async () => {
    const { sms, engine, clock } = await run((at) => ({ consent: { sms: { status: "granted", at: isoInstant(at) } } }), {
      policies: { consentRequired: ["sms"] },
    });
    clock.advance(MINUTE);
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["x/quick@1/sms-1m#1"]);
  });
});

describe("property: stop when they reply, whatever the runners' clocks", () => {
  const plan = quickPlan({
    steps: [
      { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
      { id: "email-2m", channel: "email", at: { after: "PT2M" } },
      { id: "sms-3m", channel: "sms", at: { after: "PT3M" } },
      { id: "email-4m", channel: "email", at: { after: "PT4M" } },
    ],
    exits: [{ on: "reply" }],
  });

  it("no runner sends once a reply is stored; every touch is sent at most once; the cadence ends", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: MAX_CLOCK_SKEW_MS }), { minLength: 2, maxLength: 3 }),
        // Runs before the reply: base-time gaps and which runner runs its due leads.
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 90_000 }), runner: fc.nat() }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 2 * MAX_CLOCK_SKEW_MS }),
        fc.nat(),
        fc.nat(),
        async (skews, before, replyGap, replierPick, stallerPick) => {
          const n = skews.length;
          const store = createMemoryStore();
          const slow = stallingStore(store);
          const staller = stallerPick % n;
          const replier = (staller + 1 + (replierPick % (n - 1))) % n;
          let replied = false;
          const sent: { key: string; afterReply: boolean }[] = [];
          const adapter: ChannelAdapter = {
            send(_touch, _lead, ctx) {
              sent.push({ key: ctx.idempotencyKey, afterReply: replied });
              return { status: "sent" };
            },
          };
          const clocks: ManualClock[] = skews.map((s) => createManualClock(instantMs(START) + s));
          const runners: Engine[] = clocks.map((clock, i) =>
            createEngine({ plans: [plan], adapters: { sms: adapter, email: adapter }, store: i === staller ? slow.store : store, clock, owner: `R${i}` }),
          );
          const advance = (ms: number) => {
            for (const c of clocks) c.advance(ms);
          };
          await (runners[0] as Engine).enroll(lead("x"), "quick");
          // The reply comes at least the bound after the enrolment, so it is dated after it whatever the clocks
          // (a reply dated before the enrolment that is its context is not an exit: see docs/scaling.md).
          advance(MAX_CLOCK_SKEW_MS);
          for (const { gap, runner } of before) {
            advance(gap);
            await (runners[runner % n] as Engine).runDue();
          }
          advance(replyGap);
          // The staller decides from what it read, its write waits; the reply is stored meanwhile.
          slow.stallNextWrite();
          const run = (runners[staller] as Engine).runLead("x");
          await flush();
          await (runners[replier] as Engine).record("x", REPLY);
          replied = true;
          slow.resume();
          await run;
          for (let i = 0; i < 4; i++) {
            advance(MAX_CLOCK_SKEW_MS / 2);
            for (const r of runners) await r.runDue();
          }
          advance(5 * MINUTE);
          for (const r of runners) await r.runDue();
          expect(sent.filter((s) => s.afterReply)).toEqual([]);
          expect(new Set(sent.map((s) => s.key)).size).toBe(sent.length);
          const rec = (await store.get("x"))?.record;
          expect(rec?.enrollments).toMatchObject([{ state: "done" }]);
          expect(rec?.dueAt).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("skewHold", () => {
  /** An instant written as a stored record may carry it: epoch ms, the canonical ISO text, or ISO with an offset. */
  const written = (ms: number, form: 0 | 1 | 2): string | number => {
    if (form === 0) return ms;
    if (form === 1) return isoInstant(ms);
    // The same instant at -05:00, whole seconds when it has no milliseconds.
    const local = new Date(ms - 5 * 3_600_000).toISOString().slice(0, 23);
    return `${local}-05:00`;
  };

  it("is the latest record, opt-out, consent, do-not-call request or listing dated in (now, now + bound], whatever form its instant is written in", () => {
    const now = instantMs(START);
    const offsets = fc.integer({ min: -3 * MAX_CLOCK_SKEW_MS, max: 3 * MAX_CLOCK_SKEW_MS });
    const dated = (max: number) => fc.array(fc.tuple(offsets, fc.constantFrom(1 as const, 2 as const)), { maxLength: max });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(offsets, fc.constantFrom(0 as const, 1 as const, 2 as const)), { maxLength: 12 }),
        dated(3),
        dated(3),
        dated(2),
        dated(2),
        (records, optOuts, consent, requests, listings) => {
          const lead = {
            history: records.map(([d, form]) => ({ type: "event", name: "e", at: written(now + d, form) })),
            optOuts: optOuts.map(([d, form]) => ({ channel: "sms", at: written(now + d, form) })),
            consent: Object.fromEntries(consent.map(([d, form], i) => [`channel-${i}`, { status: "granted", at: written(now + d, form) }])),
            dncRequests: requests.map(([d, form]) => ({ at: written(now + d, form) })),
            dncRegistries: listings.map(([d, form]) => ({ registry: "us-national", at: written(now + d, form) })),
          } as unknown as Lead;
          const ahead = [...records, ...optOuts, ...consent, ...requests, ...listings].map(([d]) => d).filter((d) => d > 0 && d <= MAX_CLOCK_SKEW_MS);
          expect(skewHold(lead, now)).toBe(ahead.length === 0 ? undefined : now + Math.max(...ahead));
        },
      ),
    );
  });
});
