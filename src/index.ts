/**
 * lead-cadence: the multichannel follow-up cadence engine a CRM embeds.
 * Plans are data; `evaluate(plan, lead, now)` says what to do next and why.
 */

// Decide
export {
  evaluate,
  evaluateAll,
  touchId,
  parseTouchId,
  touchRecord,
  outcomeRecord,
  OPT_OUT_CONFIRMATION_STEP,
  TRACE_REASON_WORDS,
  describeTraceReason,
} from "./schedule/index.js";
export type {
  Decision,
  Touch,
  Done,
  DoneReason,
  SkipReason,
  WakeUp,
  TraceEntry,
  TraceReason,
  StepState,
  ZoneSource,
  DecisionZone,
  EvaluateOptions,
  Rule,
  MergedDecision,
  EvaluateAllOptions,
} from "./schedule/index.js";
export type { InstantInput } from "./primitives/index.js";
// `compilePlan` is internal: plans are compiled and memoised inside `evaluate`.

// Plans
export { parsePlan, safeParsePlan, planJsonSchema, PlanSchema } from "./plan/index.js";
export type {
  Plan,
  PlanInput,
  Step,
  Attempts,
  Timing,
  Anchor,
  HolidaysRule,
  ClosureRule,
  UnknownZone,
  Condition,
  Exit,
  Policies,
  WindowRule,
  QuietHours,
  Cap,
  Weekday,
  ParsePlanOptions,
  SafeParsePlanResult,
  CompliancePresetId,
  LintSettings,
  LintSeverity,
  LintSuppression,
  WhatsAppTemplateRules,
  TemplateDeliveryRule,
  DoNotCallRules,
  DoNotCallRegistryRule,
  DoNotCallExemption,
} from "./plan/index.js";
export type { TemplateCategory } from "./primitives/index.js";

// Leads
export { parseLead, safeParseLead, LeadSchema } from "./lead/index.js";
/** The longest lead id accepted (touch ids, the idempotency keys, are built from it). */
export { MAX_LEAD_ID_LENGTH } from "./primitives/index.js";
export type {
  Lead,
  LeadInput,
  Consent,
  OptOut,
  HistoryEntry,
  TouchRecord,
  OutcomeRecord,
  InboundRecord,
  StatusRecord,
  MeetingRecord,
  EventRecord,
  SkipRecord,
  SafeParseLeadResult,
  DoNotContactFlag,
  RegistryListing,
  DoNotCallRequest,
} from "./lead/index.js";
export type { Outcome, ConsentStatus } from "./primitives/outcome.js";
export { OUTCOMES } from "./primitives/outcome.js";

// Compliance, consent and opt-out. Reading a message for an opt-out (detectOptOut, readInboundOptOut,
// OPT_OUT_RULES) is lead-cadence/opt-out: its tables are over half of the package, and no decision needs them.
// A detection's types stay here too: the engine's `optout:review` event carries one.
export {
  COMPLIANCE_PRESETS,
  US_STATES,
  presetIdsForLead,
  usStatesOf,
  OPT_OUT_REVIEW_EVENT,
  OPT_OUT_REVIEW_RESOLVED_EVENT,
  optOutReviewRecord,
  optOutReviewResolution,
  WHATSAPP_WINDOW_MS,
  DEFAULT_WHATSAPP_TEMPLATE_RULES,
  templateBlocked,
} from "./policy/index.js";
export type {
  CompliancePreset,
  DatedClosure,
  FixedDate,
  EasterDate,
  WeekdayDate,
  ClosureDate,
  OptOutReviewDecision,
  TemplateBlock,
} from "./policy/index.js";
export type { OptOutDetection, OptOutReason } from "./optOut.js";

// Errors
export {
  CadenceError,
  PlanValidationError,
  LeadValidationError,
  ArgumentError,
  MissingDependencyError,
  isCadenceError,
  isPlanValidationError,
  isLeadValidationError,
  isArgumentError,
  isMissingDependencyError,
  ERROR_CODES,
  ISSUE_CODES,
  formatPath,
  type CadenceErrorCode,
  type ValidationIssueCode,
  type ValidationIssue,
} from "./errors/index.js";

// Time
export { formatLocal, formatLocalWithWeekday } from "./calendar/index.js";
export { closuresCalendar, countryHolidayCalendar } from "./calendar/index.js";
export type { HolidayCalendar, HolidayInfo, Closure, CountryHolidayOptions } from "./calendar/index.js";
// Optional packages for runtimes without Node's `require` (browsers, edge workers).
export { provideOptionalPeer } from "./calendar/index.js";
export type { OptionalPeerName } from "./calendar/index.js";

// Run: the stateful engine
export {
  createEngine,
  Engine,
  createMemoryStore,
  createManualClock,
  systemClock,
  backoffDelay,
  DEFAULT_FAILURE_CODES,
  EngineError,
  isEngineError,
  STEP_REMOVED,
  MIGRATION_PAST_DUE,
  STORED_LEAD_FORMAT,
  readStoredLead,
  enrollmentLead,
} from "./engine/index.js";
export type {
  EngineOptions,
  RecordEvent,
  LeadChanges,
  EnrollResult,
  EnrollOptions,
  CompleteResult,
  SkipResult,
  MigrationResult,
  RunLeadResult,
  StopResult,
  MigrationMode,
  ChannelAdapter,
  SendContext,
  SendResult,
  SendDeferred,
  SendGate,
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
  Clock,
  ManualClock,
  TimerHandle,
  Store,
  StoredLead,
  StoredLeadV1,
  Enrollment,
  VersionedLead,
  WriteResult,
  PendingTouch,
  EnrollmentState,
  RetryOptions,
  FailureFact,
  EngineMetrics,
  PlanMetrics,
  StepMetrics,
  Durations,
} from "./engine/index.js";
export type { StepSla, EscalationLevel } from "./plan/step.js";
