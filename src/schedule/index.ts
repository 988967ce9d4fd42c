export { evaluate } from "./evaluate.js";
export { decidedNextMs } from "./decidedNext.js";
export { evaluateAll, type EvaluateAllOptions, type MergedDecision } from "./evaluateAll.js";
export { OPT_OUT_CONFIRMATION_STEP } from "./optOutConfirmation.js";
export { TRACE_REASON_WORDS, describeTraceReason } from "./traceReasons.js";
export { ZONE_SOURCE_WORDS, describeZone } from "./zoneSourceWords.js";
export type { EvaluateOptions } from "./evaluateOptions.js";
export { evaluateCondition, type Rule, type ConditionContext } from "./conditions.js";
export { attemptStandInId, touchId, parseTouchId } from "./touchId.js";
export { touchRecord, outcomeRecord, isAddress, performedTouchRecord } from "./records.js";
export { compilePlan } from "./compilePlan.js";
export type { CompiledPlan, CompiledStep, CompiledChannel, CompiledCalendar } from "./compiledPlan.js";
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
} from "./decision.js";
