export {
  createEngine,
  Engine,
  type RecordEvent,
  type EnrollResult,
  type EnrollOptions,
  type CompleteResult,
  type SkipResult,
  type MigrationResult,
  type RunLeadResult,
  type StopResult,
} from "./engine.js";
export type { EngineOptions } from "./engineOptions.js";
export type { ChannelAdapter, SendContext, SendResult, SendDeferred, SendGate } from "./adapter.js";
export type {
  EngineEvents,
  TouchDueEvent,
  TouchSentEvent,
  TouchFailedEvent,
  TouchDeferredEvent,
  TouchSkippedEvent,
  LeadDoneEvent,
  LeadForgottenEvent,
  SlaBreachedEvent,
  OptOutReviewEvent,
  EngineErrorEvent,
} from "./events.js";
export { systemClock, createManualClock, type Clock, type ManualClock, type TimerHandle } from "./clock.js";
export { createMemoryStore } from "./memoryStore.js";
export {
  STORED_LEAD_FORMAT,
  type Store,
  type StoredLead,
  type StoredLeadV1,
  type Enrollment,
  type VersionedLead,
  type WriteResult,
  type PendingTouch,
  type EnrollmentState,
} from "./store.js";
export { readStoredLead } from "./storedLead.js";
export type { LeadChanges } from "./leadChanges.js";
export { enrollmentLead } from "./enrollmentView.js";
export { backoffDelay, type RetryOptions } from "./retry.js";
export { DEFAULT_FAILURE_CODES, DEFAULT_MAX_DEFERRALS, type FailureFact } from "./failureCodes.js";
export type { EngineMetrics, PlanMetrics, StepMetrics, Durations } from "./metrics.js";
export { STEP_REMOVED, MIGRATION_PAST_DUE, type MigrationMode } from "./migrate.js";
export { EngineError, isEngineError } from "./errors.js";
