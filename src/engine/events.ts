import type { InboundRecord, Lead, SkipRecord } from "../lead/index.js";
import type { OptOutDetection } from "../policy/index.js";
import type { Done, Touch } from "../schedule/index.js";

/** `touch:due`: a task-mode touch a person must perform; answer with `engine.complete(touch.id, outcome)`. */
export interface TouchDueEvent {
  readonly touch: Touch;
  readonly lead: Lead;
  /** The SLA deadline (epoch ms) when the step has one. */
  readonly slaDeadline?: number;
}

/** `touch:sent`: an adapter accepted the touch. */
export interface TouchSentEvent {
  readonly touch: Touch;
  readonly attempt: number;
  readonly providerId?: string;
  /** Epoch ms between the touch becoming due (`touch.dueAt`) and the adapter's answer. */
  readonly latencyMs: number;
}

/** `touch:failed`: one send failed; `willRetry` false means it is recorded as failed in history. */
export interface TouchFailedEvent {
  readonly touch: Touch;
  readonly attempt: number;
  readonly error: string;
  readonly willRetry: boolean;
  /** Epoch ms of the next attempt when `willRetry`. */
  readonly retryAt?: number;
  /** The adapter's failure code, when it gave one. */
  readonly code?: string;
  /** What a known code meant (`failureCodes`): sent again later, or recorded as an opt-out. */
  readonly fact?: "retry_later" | "opt_out";
}

/**
 * `touch:deferred`: a send was put off, not counted as an attempt — the provider said "not now,
 * later" (a rate limit, the send gate, or a failure code mapped to `retry_later`): it is tried
 * again at `retryAt`. An SLA escalation's deferral is announced the same way (`touch` is the
 * escalation touch, `<touch id>~sla<level>`).
 */
export interface TouchDeferredEvent {
  readonly touch: Touch;
  /** Epoch ms (engine clock) of the next try. */
  readonly retryAt: number;
  readonly reason: string;
  /** The provider's code that meant "later" (`131049`), when there was one. */
  readonly code?: string;
}

/** `touch:skipped`: a step was settled as skipped (no consent, condition false, migration...). */
export interface TouchSkippedEvent {
  readonly leadId: string;
  readonly planId: string;
  readonly record: SkipRecord;
}

/** `lead:done`: the cadence is over for this lead. */
export interface LeadDoneEvent {
  readonly leadId: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly done: Done;
}

/**
 * `lead:forgotten`: `forget` removed the lead from the store. A host erases its own copies (tasks in a
 * dialer's queue, stored events); a queue driver drops the lead's wake-up.
 */
export interface LeadForgottenEvent {
  readonly leadId: string;
  /** The due-index key the lead had (epoch ms): when the engine would have looked at it next; `null` for none. */
  readonly dueAt: number | null;
}

/** `sla:breached`: a touch was not performed within its step's SLA; `level` escalations follow. */
export interface SlaBreachedEvent {
  readonly touch: Touch;
  /** 1-based escalation level being fired. */
  readonly level: number;
  /** Epoch ms the touch had to be performed by. */
  readonly deadline: number;
  /** The escalation touch issued for this level. */
  readonly escalation: Touch;
}

/** `error`: something failed outside any one touch (a store write, an escalation send). */
export interface EngineErrorEvent {
  readonly error: unknown;
  readonly leadId?: string;
}

/** `optout:review`: an inbound message may be an opt-out; a person decides with `engine.resolveOptOutReview`. */
export interface OptOutReviewEvent {
  readonly leadId: string;
  /** The channel concerned (the one the message names, else the one it came on). */
  readonly channel: string;
  readonly inbound: InboundRecord;
  /** The verdict (`uncertain`), the rule and the reason (`question`, `condition`, `ambiguous`, ...). */
  readonly detection: OptOutDetection;
  /** True when touches on `channel` are held until the review is resolved (engine option `optOutReview: "hold"`). */
  readonly held: boolean;
}

/**
 * The engine's typed event map: `engine.on("touch:sent", (e) => ...)`. The touches and records an
 * event carries may be shared with the stored record: read them, never change them (docs/engine.md).
 */
export interface EngineEvents {
  "touch:due": (event: TouchDueEvent) => void;
  "touch:sent": (event: TouchSentEvent) => void;
  "touch:failed": (event: TouchFailedEvent) => void;
  "touch:deferred": (event: TouchDeferredEvent) => void;
  "touch:skipped": (event: TouchSkippedEvent) => void;
  "lead:done": (event: LeadDoneEvent) => void;
  "lead:forgotten": (event: LeadForgottenEvent) => void;
  "sla:breached": (event: SlaBreachedEvent) => void;
  "optout:review": (event: OptOutReviewEvent) => void;
  error: (event: EngineErrorEvent) => void;
}
