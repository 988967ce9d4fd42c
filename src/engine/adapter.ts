import type { Lead } from "../lead/index.js";
import type { Touch } from "../schedule/index.js";

/** What the engine hands an adapter with each send. */
export interface SendContext {
  /** The touch id. The same touch always carries the same key, across retries, restarts and machines. */
  readonly idempotencyKey: string;
  /**
   * Aborted when the send times out or the engine stops; the attempt then counts as a retryable
   * failure. Made when first read (a getter of the context: a spread copy of the context has none).
   */
  readonly signal: AbortSignal;
  /** 1 for the first send of this touch. */
  readonly attempt: number;
  /**
   * When the engine decided to perform this attempt (engine clock, epoch ms): at that instant the
   * touch was inside its channel's window, outside quiet hours, and every cap allowed it.
   */
  readonly decidedAt: number;
}

/**
 * An adapter's answer: sent (with the provider's id), or failed (retryable or not) with the cause
 * and, when the provider gave one, its error `code` (Meta's `131049`): the engine's failure-code
 * table (`failureCodes`, keyed `channel:code`) turns known codes into cadence facts — retry later,
 * or an opt-out.
 */
export type SendResult =
  | {
      readonly status: "sent";
      readonly providerId?: string;
      /**
       * The address the touch went to (the e-mail address, the phone number), recorded as the touch
       * record's `to`: a later bounce then blocks that address only, and the channel is usable again
       * once the lead's contact changes. A blank one or one that is no string: not recorded (a later bounce then blocks the channel).
       */
      readonly to?: string;
    }
  | { readonly status: "failed"; readonly retryable: boolean; readonly error: string; readonly code?: string }
  | SendDeferred;

/**
 * Not sent, and not a failure: "not now, later" — the send may not start before `retryAt` (a
 * provider's rate limit, a per-user limit). The touch stays pending and is attempted again at
 * `retryAt` (engine clock, epoch ms) if its step is still due then; a deferral does not count toward
 * the retry budget. A failure whose code the failure-code table maps to `retry_later` is turned
 * into this same deferral (`deferralOf`).
 */
export interface SendDeferred {
  readonly status: "deferred";
  readonly retryAt: number;
  readonly reason: string;
  /** The provider's code that meant "later" (`131049`), when there was one. */
  readonly code?: string;
  /**
   * A bounded deferral: each one is a `touch_deferred` history record, and once the touch has been
   * deferred this many times the next deferral is a final failure. Absent: unbounded, and no
   * history is written (rate limits defer often and say nothing about the lead).
   */
  readonly maxDeferrals?: number;
}

/**
 * Asked before every adapter call (`engine.useSendGate`): resolves `undefined` to let the send
 * start (after any short wait of its own, e.g. for a rate-limit slot), or a deferral. A gate that
 * throws or rejects makes the attempt a retryable failure, as an adapter's throw does.
 * `touch` and `lead` are the engine's own objects, shared with the stored record: read them, never change them.
 */
export type SendGate = (touch: Touch, lead: Lead, context: SendContext) => Promise<Omit<SendDeferred, "status"> | undefined>;

/**
 * The host's code that performs one touch on one channel (dial, text, mail). It must treat
 * `idempotencyKey` as the provider's idempotency key (or dedupe on it): after a crash the engine
 * sends the same touch again with the same key. A thrown error counts as a retryable failure.
 * `touch` and `lead` are the engine's own objects, shared with the stored record: read them, never change them.
 * @example
 * const sms: ChannelAdapter = {
 *   async send(touch, lead, { idempotencyKey, signal }) {
 *     const res = await fetch(url, { method: "POST", signal, headers: { "Idempotency-Key": idempotencyKey }, body });
 *     return res.ok ? { status: "sent", providerId: (await res.json()).sid } : { status: "failed", retryable: res.status >= 500, error: `HTTP ${res.status}` };
 *   },
 * };
 */
export interface ChannelAdapter {
  send(touch: Touch, lead: Lead, context: SendContext): Promise<SendResult> | SendResult;
  /**
   * Milliseconds before a send is aborted through its signal and retried.
   * @default the engine's `sendTimeoutMs` (10 000)
   */
  readonly timeoutMs?: number;
}
