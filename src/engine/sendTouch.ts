import { describeValue } from "../errors/index.js";
import type { Lead } from "../lead/index.js";
import { hasUnstorableText, storableText } from "../primitives/index.js";
import { isAddress, type Touch } from "../schedule/index.js";
import type { ChannelAdapter, SendContext, SendGate, SendResult } from "./adapter.js";
import type { Clock } from "./clock.js";

/** A running asynchronous send, as `stop` and `forget` see it: aborting it ends its wait and aborts the adapter's signal. */
export interface InFlightSend {
  /** Aborts the send with `reason` (the first abort wins). */
  abort(reason?: unknown): void;
}

/** What one adapter call came to: its result, the instant it came, and whether its answer was lost. */
export interface SendAnswer {
  readonly at: number;
  readonly result: SendResult;
  /** The answer was lost (a throw, a timeout, a malformed answer): the provider may have accepted the send. */
  readonly unconfirmed?: true;
}

/** Where a running asynchronous send is kept while it runs, by lead (`stop` and `forget` abort what is there). */
export interface InFlightSends {
  add(leadId: string, send: InFlightSend): void;
  delete(leadId: string, send: InFlightSend): void;
}

/**
 * One adapter call, bounded by its timeout; never rejects: a throw, a malformed answer and a
 * timeout all become retryable failures, marked `unconfirmed`: the provider may have accepted the
 * send before the answer was lost, so caps go on counting the attempt (see `unconfirmedContacts.ts`). The timer and the in-flight entry exist only for adapters
 * that answer asynchronously, the abort controller only for adapters that read their signal; `inFlight` holds the running sends
 * so that `stop` can abort them. An adapter that answers at once is answered at once (no promise), so
 * a synchronous send costs no turn of the event loop.
 */
export function sendTouch(
  adapter: ChannelAdapter | undefined,
  touch: Touch,
  lead: Lead,
  attempt: number,
  env: {
    readonly clock: Clock;
    readonly timeoutMs: number;
    readonly inFlight: InFlightSends;
    readonly decidedAt: number;
    /** Asked first, bounded by `gateTimeoutMs` (default `timeoutMs`); once it lets the send start, the adapter has `timeoutMs` of its own. */
    readonly gate?: SendGate | undefined;
    readonly gateTimeoutMs?: number | undefined;
  },
): SendAnswer | Promise<SendAnswer> {
  const { clock, timeoutMs, inFlight } = env;
  if (adapter === undefined) return { at: clock.now(), result: { status: "failed", retryable: false, error: `no adapter for channel ${touch.channel}` } };
  AttemptContext.kept ??= new AttemptContext("", 1, NaN);
  const context = new AttemptContext(touch.id, attempt, env.decidedAt);
  // Set below, before the gate can answer (it answers in a later turn): restarts the timeout for the adapter.
  let restartTimeout = (): void => {};
  let answer: unknown;
  try {
    answer = env.gate === undefined ? adapter.send(touch, lead, context) : gated(env.gate, adapter, touch, lead, context, () => restartTimeout());
  } catch (error) {
    return { at: clock.now(), result: { status: "failed", retryable: true, error: errorText(error) }, unconfirmed: true };
  }
  if (!isThenable(answer)) return answered(clock.now(), answer);
  const pending = answer;
  return (async (): Promise<SendAnswer> => {
    // The answer or an abort, whichever comes first (an abort ends the wait with its own result).
    let endRace: (result: SendResult) => void = () => {};
    const race = new Promise<unknown>((resolve, reject) => {
      endRace = resolve;
      Promise.resolve(pending).then(resolve, reject);
    });
    const send: InFlightSend = {
      abort(reason?: unknown) {
        if (abortContext(context, reason)) endRace({ status: "failed", retryable: true, error: errorText(reason) });
      },
    };
    const timedOut = () => send.abort(new Error(`timed out after ${timeoutMs} ms`));
    let handle: ReturnType<Clock["setTimeout"]>;
    if (env.gate === undefined) handle = clock.setTimeout(timedOut, timeoutMs);
    else {
      const gateMs = env.gateTimeoutMs ?? timeoutMs;
      handle = clock.setTimeout(() => send.abort(new Error(`the send gate gave no verdict within ${gateMs} ms`)), gateMs);
      restartTimeout = () => {
        clock.clearTimeout(handle);
        handle = clock.setTimeout(timedOut, timeoutMs);
      };
    }
    inFlight.add(touch.leadId, send);
    let outcome: SendAnswer;
    try {
      const raw = await race;
      const aborted = abortedWith(context);
      outcome = aborted !== undefined ? { at: clock.now(), result: raw as SendResult, unconfirmed: true } : answered(clock.now(), raw);
    } catch (error) {
      // An adapter that rejects on abort reports the abort's cause (timeout, engine stopped), not its own echo.
      const aborted = abortedWith(context);
      outcome = {
        at: clock.now(),
        result: { status: "failed", retryable: true, error: errorText(aborted !== undefined ? aborted.reason : error) },
        unconfirmed: true,
      };
    } finally {
      clock.clearTimeout(handle);
      inFlight.delete(touch.leadId, send);
    }
    return outcome;
  })();
}

let abortContext: (context: AttemptContext, reason: unknown) => boolean;
let abortedWith: (context: AttemptContext) => { readonly reason: unknown } | undefined;

/**
 * The context of one adapter call. Its abort controller is made only when `signal` is first read
 * (most adapters never read it); an abort before that is remembered, and the signal made afterwards
 * is already aborted with the same reason. `signal` is a getter of the class, not an own property:
 * a copy made by spreading the context has none (adapters read it from the context they receive).
 */
class AttemptContext implements SendContext {
  /**
   * A blank one, made at the first attempt and kept for the life of the process: V8 drops a hidden
   * class no live object has at a full collection and deoptimises the code that relied on it, and an
   * attempt's context lives only until its answer (see docs/architecture.md).
   */
  static kept: AttemptContext | undefined;
  readonly idempotencyKey: string;
  readonly attempt: number;
  readonly decidedAt: number;
  #controller: AbortController | undefined = undefined;
  #abortedWith: { readonly reason: unknown } | undefined = undefined;

  constructor(idempotencyKey: string, attempt: number, decidedAt: number) {
    this.idempotencyKey = idempotencyKey;
    this.attempt = attempt;
    this.decidedAt = decidedAt;
  }

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#abortedWith !== undefined) this.#controller.abort(this.#abortedWith.reason);
    }
    return this.#controller.signal;
  }

  static {
    // Module-private: the first abort wins (true); an adapter cannot abort its own context.
    abortContext = (context, reason) => {
      if (context.#abortedWith !== undefined) return false;
      context.#abortedWith = { reason };
      context.#controller?.abort(reason);
      return true;
    };
    abortedWith = (context) => context.#abortedWith;
  }
}

/** An answer that came: a well-formed one as it is; anything else a retryable failure, unconfirmed (the adapter's own state is unknown). */
function answered(at: number, answer: unknown): SendAnswer {
  const result = checkResult(answer);
  const said = answer !== null && typeof answer === "object" ? (answer as { status?: unknown }).status : undefined;
  return result.status === "failed" && said !== "failed" ? { at, result, unconfirmed: true } : { at, result };
}

/** The gate's verdict, then (unless deferred or aborted meanwhile) the adapter's answer, its timeout restarted (`started`). */
async function gated(gate: SendGate, adapter: ChannelAdapter, touch: Touch, lead: Lead, context: SendContext, started: () => void): Promise<unknown> {
  const deferral = await gate(touch, lead, context);
  if (deferral !== undefined) return { ...deferral, status: "deferred" };
  if (context.signal.aborted) throw context.signal.reason;
  started();
  return adapter.send(touch, lead, context);
}

/** An adapter's answer as a `SendResult`; anything else is a retryable failure saying what came. */
function checkResult(result: unknown): SendResult {
  if (result !== null && typeof result === "object") {
    const r = result as { status?: unknown; retryable?: unknown; error?: unknown; code?: unknown; providerId?: unknown };
    if (r.status === "sent") return sentResult(result as Extract<SendResult, { status: "sent" }>);
    const d = result as { status?: unknown; retryAt?: unknown; reason?: unknown; code?: unknown; maxDeferrals?: unknown };
    if (d.status === "deferred" && typeof d.retryAt === "number" && Number.isFinite(d.retryAt)) {
      const bounded = typeof d.maxDeferrals === "number" && Number.isInteger(d.maxDeferrals) && d.maxDeferrals >= 0;
      return {
        status: "deferred",
        retryAt: d.retryAt,
        reason: typeof d.reason === "string" ? storableText(d.reason) : "deferred",
        ...(typeof d.code === "string" && d.code !== "" ? { code: storableText(d.code) } : {}),
        ...(bounded ? { maxDeferrals: d.maxDeferrals as number } : {}),
      };
    }
    if (r.status === "failed") {
      const code =
        typeof r.code === "string" && r.code !== "" ? storableText(r.code) : typeof r.code === "number" && Number.isFinite(r.code) ? String(r.code) : undefined;
      return {
        status: "failed",
        retryable: r.retryable === true,
        error: typeof r.error === "string" ? storableText(r.error) : errorText(r.error),
        ...(code === undefined ? {} : { code }),
      };
    }
  }
  return {
    status: "failed",
    retryable: true,
    error: `adapter answered ${describeValue(result)}, expected { status: "sent" } or { status: "failed", retryable, error }`,
  };
}

/** A sent answer as stored: a provider id or address the store cannot hold made storable, a `to` that is not an address (`isAddress`) dropped (the touch went out: refusing the answer would send it again). */
function sentResult(result: Extract<SendResult, { status: "sent" }>): SendResult {
  const { providerId, to } = result as { providerId?: unknown; to?: unknown };
  const badTo = to !== undefined && !isAddress(to);
  const fixId = typeof providerId === "string" && hasUnstorableText(providerId);
  const fixTo = typeof to === "string" && hasUnstorableText(to);
  if (!badTo && !fixId && !fixTo) return result;
  const { to: _dropped, ...rest } = result;
  return {
    ...rest,
    ...(fixId ? { providerId: storableText(providerId as string) } : {}),
    ...(badTo ? {} : { to: fixTo ? storableText(to as string) : (to as string) }),
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function";
}

function errorText(error: unknown): string {
  if (error instanceof Error) return storableText(error.message);
  return typeof error === "string" ? storableText(error) : describeValue(error);
}
