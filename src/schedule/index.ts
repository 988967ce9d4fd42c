export { evaluate } from "./evaluate.js";
export { evaluateAll, type MergedDecision } from "./evaluateAll.js";
export { OPT_OUT_CONFIRMATION_STEP } from "./optOutConfirmation.js";
export type { EvaluateOptions } from "./evaluateOptions.js";
export { evaluateCondition, type Rule, type ConditionContext } from "./conditions.js";
export { touchId, parseTouchId } from "./touchId.js";
export { touchRecord, outcomeRecord } from "./records.js";
export { compilePlan, type CompiledPlan, type CompiledStep, type CompiledChannel } from "./compilePlan.js";
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
