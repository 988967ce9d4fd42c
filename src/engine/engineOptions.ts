import type { Plan, PlanInput } from "../plan/index.js";
import type { EvaluateOptions } from "../schedule/index.js";
import type { ChannelAdapter } from "./adapter.js";
import type { FailureFact } from "./failureCodes.js";
import type { Clock } from "./clock.js";
import type { RetryOptions } from "./retry.js";
import type { Store } from "./store.js";

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Every plan version the engine may run; several versions of one plan id may be loaded. */
  readonly plans: readonly (Plan | PlanInput)[];
  /**
   * Adapters by channel name. Every channel an `auto` step (or its fallback) or an SLA escalation
   * uses needs one; `task` steps are performed by people and need none.
   */
  readonly adapters: Readonly<Record<string, ChannelAdapter>>;
  /** @default createMemoryStore() */
  readonly store?: Store;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Leads `runDue` processes at once. @default 32 */
  readonly concurrency?: number;
  readonly retry?: RetryOptions;
  /** Custom predicates the plans name, passed to `evaluate`. */
  readonly rules?: EvaluateOptions["rules"];
  /** Default adapter timeout in ms. @default 10000 */
  readonly sendTimeoutMs?: number;
  /** How long a runner holds a lead while processing it; must exceed the longest send. @default 60000 */
  readonly leaseMs?: number;
  /** Polling interval of `start()` in ms. @default 1000 */
  readonly pollIntervalMs?: number;
  /**
   * How long `stop()` waits for in-flight sends before aborting them, and then for their results to
   * be written before it abandons the calls the store has not answered (`engine_stopped`). @default 10000
   */
  readonly stopTimeoutMs?: number;
  /** Leads fetched from the due index per query. @default 500 */
  readonly batchSize?: number;
  /** This runner's lease owner id. @default a random id */
  readonly owner?: string;
  /**
   * What an inbound message that may be an opt-out (`detectOptOut` verdict `uncertain`: "how do I
   * stop these texts?", "not interested") does besides emitting `optout:review`. `"hold"` appends an
   * `optout_review` record, so touches on that channel wait (trace reason `optout_review`) until
   * `resolveOptOutReview`; `"notify"` only emits the event — the cadence goes on.
   * @default "hold"
   */
  readonly optOutReview?: "hold" | "notify";
  /**
   * What adapter failure codes mean, keyed `channel:code`, over `DEFAULT_FAILURE_CODES` (Meta's
   * `whatsapp:131049`, per-user marketing limit: retry a day later; `whatsapp:131050`, the user
   * stopped marketing messages: an opt-out of WhatsApp marketing). `null` removes a default.
   * @example { failureCodes: { "sms:21610": { fact: "opt_out", reason: "Twilio 21610: the number replied STOP" } } }
   */
  readonly failureCodes?: Readonly<Record<string, FailureFact | null>>;
}
