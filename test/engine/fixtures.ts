import { readFileSync } from "node:fs";
import {
  createEngine,
  createManualClock,
  type ChannelAdapter,
  type RecordEvent,
  type SendContext,
  type SendResult,
  type Store,
  type StoredLead,
} from "../../src/engine/index.js";
import { instantMs } from "../../src/primitives/index.js";
import type { PlanInput } from "../../src/plan/index.js";
import type { Touch } from "../../src/schedule/index.js";

/** Monday 2026-03-09 14:00 UTC (10:00 in New York). */
export const START = "2026-03-09T14:00:00Z";
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A fresh copy of the dealer example plan. */
export function dealerPlan(): PlanInput {
  return JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
}

/** SMS now, email at 5 minutes, always open. */
export function quickPlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    id: "quick",
    version: 1,
    name: "Quick",
    timezone: "UTC",
    steps: [
      { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
      { id: "email-5m", channel: "email", at: { after: "PT5M" } },
    ],
    exits: [{ on: "reply" }, { on: "connected" }],
    ...overrides,
  } as PlanInput;
}

/** A lead with a phone and an email, granted SMS consent. */
export function lead(
  id: string,
  extra: Record<string, unknown> = {},
): { id: string; enrolledAt?: string; contacts: Record<string, string> } & Record<string, unknown> {
  return { id, contacts: { phone: "+12125550142", email: `${id}@example.com` }, consent: { sms: { status: "granted" } }, ...extra };
}

/** Every call an adapter received. */
export interface Call {
  readonly touch: Touch;
  readonly key: string;
  readonly attempt: number;
}

/** An adapter that records calls and answers with `answer` (default: sent). */
export function recordingAdapter(
  answer: (touch: Touch, ctx: SendContext, n: number) => SendResult | Promise<SendResult> = () => ({ status: "sent" }),
): ChannelAdapter & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    send(touch, _lead, ctx) {
      calls.push({ touch, key: ctx.idempotencyKey, attempt: ctx.attempt });
      return answer(touch, ctx, calls.length);
    },
  };
}

/** A promise that settles only when the signal aborts (a hung provider). */
export function hang(signal: AbortSignal): Promise<SendResult> {
  return new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true }));
}

/** Lets pending promise callbacks run (no timers, no real sleep beyond one macrotask). */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Two runners on one store whose clocks differ: A's reads `aheadMs` more than B's (START at first).
 * Plan "quick": SMS at one minute, email at one hour (`overrides` changes the rest, e.g. its exits);
 * each runner has its own recording SMS adapter.
 */
export function skewedRunners(aheadMs: number, storeA: Store, storeB: Store = storeA, overrides: Partial<PlanInput> = {}) {
  const ahead = createManualClock(instantMs(START) + aheadMs);
  const behind = createManualClock(START);
  const plan = quickPlan({
    steps: [
      { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
      { id: "email-1h", channel: "email", at: { after: "PT1H" } },
    ],
    ...overrides,
  });
  const smsA = recordingAdapter();
  const smsB = recordingAdapter();
  const a = createEngine({ plans: [plan], adapters: { sms: smsA, email: recordingAdapter() }, store: storeA, clock: ahead, owner: "A" });
  const b = createEngine({ plans: [plan], adapters: { sms: smsB, email: recordingAdapter() }, store: storeB, clock: behind, owner: "B" });
  return { a, b, ahead, behind, smsA, smsB };
}

/**
 * `store` seen through a slow round trip: after `stallNextWrite()`, the next write waits until
 * `resume()` (a runner that decided, then lost the race to another runner's write meanwhile).
 * A wrapper, not the store itself: the engine using it takes the store's ordinary path.
 */
export function stallingStore(store: Store): { store: Store; stallNextWrite(): void; resume(): void } {
  let stall: Promise<void> | undefined;
  let resume: () => void = () => undefined;
  const slow = Object.assign(Object.create(store) as Store, {
    async write(r: StoredLead, version: number) {
      const wait = stall;
      stall = undefined;
      if (wait !== undefined) await wait;
      return store.write(r, version);
    },
  });
  return {
    store: slow,
    stallNextWrite: () => {
      stall = new Promise((r) => (resume = r));
    },
    resume: () => resume(),
  };
}

/**
 * The race of a runner behind ({@link skewedRunners}, A `aheadMs` ahead): B, at one minute, decides
 * for lead `x` from what it read and its write waits (a slow round trip); A records `event`
 * meanwhile (dated by A's clock); B then decides again from a fresh read. Resolves once B's run ends.
 */
export async function recordWhileBehindDecides(aheadMs: number, store: Store, event: RecordEvent) {
  const slow = stallingStore(store);
  const runners = skewedRunners(aheadMs, store, slow.store);
  const { a, b, ahead, behind } = runners;
  await b.enroll(lead("x"), "quick");
  ahead.advance(MINUTE);
  behind.advance(MINUTE);
  slow.stallNextWrite();
  const run = b.runLead("x");
  await flush();
  await a.record("x", event);
  slow.resume();
  await run;
  return runners;
}
