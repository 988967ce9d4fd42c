/**
 * lead-cadence: the multichannel follow-up cadence engine a CRM embeds.
 * Plans are data; `evaluate(plan, lead, now)` says what to do next and why.
 */

// Decide
export { evaluate, touchId, parseTouchId, touchRecord, outcomeRecord } from "./schedule/index.js";
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
  InstantInput,
} from "./schedule/index.js";
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
} from "./plan/index.js";

// Leads
export { parseLead, safeParseLead, LeadSchema } from "./lead/index.js";
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
} from "./lead/index.js";
export type { Outcome, ConsentStatus } from "./primitives/outcome.js";
export { OUTCOMES } from "./primitives/outcome.js";

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
  formatPath,
  type ValidationIssue,
} from "./errors/index.js";

// Time
export { formatLocal, formatLocalWithWeekday } from "./calendar/index.js";
export { closuresCalendar, countryHolidayCalendar } from "./calendar/index.js";
export type { HolidayCalendar, HolidayInfo, Closure, CountryHolidayOptions } from "./calendar/index.js";
