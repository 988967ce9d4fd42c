import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/engine/index.js";
import { type InFlightSend, type InFlightSends, sendTouch } from "../../src/engine/sendTouch.js";
import type { ChannelAdapter } from "../../src/index.js";

const touch = { id: "l/p@1/sms#1", leadId: "l", planId: "p", planVersion: 1, stepId: "sms", channel: "sms", attempt: 1, mode: "auto" } as never;
const lead = { id: "l", contacts: {} } as never;

/** A registry of the sends in flight that keeps them in one set (every send here is lead l's). */
function inFlightSet(): InFlightSends & { readonly sends: Set<InFlightSend> } {
  const sends = new Set<InFlightSend>();
  return { sends, add: (_leadId, send) => void sends.add(send), delete: (_leadId, send) => void sends.delete(send) };
}

describe("sendTouch aborts (the controller is made only when the signal is read)", () => {
  it("an abort before the adapter reads its signal gives it a signal already aborted with the same reason", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const inFlight = inFlightSet();
    let seen: { aborted: boolean; reason: unknown } | undefined;
    let release: () => void = () => {};
    const adapter: ChannelAdapter = {
      send: async (_t, _l, ctx) => {
        await new Promise<void>((r) => {
          release = r;
        });
        seen = { aborted: ctx.signal.aborted, reason: ctx.signal.reason };
        return { status: "sent" };
      },
    };
    const pending = sendTouch(adapter, touch, lead, 1, { clock, timeoutMs: 1000, inFlight, decidedAt: 0 });
    expect(inFlight.sends.size).toBe(1);
    const stopped = new Error("engine stopped");
    for (const s of inFlight.sends) s.abort(stopped);
    const out = await pending;
    expect(out).toMatchObject({ result: { status: "failed", retryable: true, error: "engine stopped" }, unconfirmed: true });
    expect(inFlight.sends.size).toBe(0);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual({ aborted: true, reason: stopped });
  });

  it("a signal read before the timeout is aborted by it, and the send reports the timeout", async () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    let signal: AbortSignal | undefined;
    const adapter: ChannelAdapter = {
      send: (_t, _l, ctx) => {
        signal = ctx.signal;
        return new Promise(() => {});
      },
    };
    const pending = sendTouch(adapter, touch, lead, 1, { clock, timeoutMs: 1000, inFlight: inFlightSet(), decidedAt: 0 });
    expect(signal?.aborted).toBe(false);
    clock.advance(1000);
    const out = await pending;
    expect(signal?.aborted).toBe(true);
    expect(out).toMatchObject({ result: { status: "failed", error: "timed out after 1000 ms" }, unconfirmed: true });
  });

  it("the context carries the key, attempt and decision instant, and one signal however often it is read", () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    let seen: { key: string; attempt: number; decidedAt: number; same: boolean; aborted: boolean; keys: string[] } | undefined;
    const adapter: ChannelAdapter = {
      send: (_t, _l, ctx) => {
        const { idempotencyKey, attempt, decidedAt, signal } = ctx;
        seen = { key: idempotencyKey, attempt, decidedAt, same: signal === ctx.signal, aborted: signal.aborted, keys: Object.keys(ctx) };
        return { status: "sent" };
      },
    };
    const out = sendTouch(adapter, touch, lead, 2, { clock, timeoutMs: 1000, inFlight: inFlightSet(), decidedAt: 7 });
    expect(out).toMatchObject({ result: { status: "sent" } });
    // Nothing on the context can abort it: its own keys are its data.
    expect(seen).toEqual({ key: "l/p@1/sms#1", attempt: 2, decidedAt: 7, same: true, aborted: false, keys: ["idempotencyKey", "attempt", "decidedAt"] });
  });
});
