/**
 * `lead-cadence/analyze`: look at a plan before it runs. `lintPlan` finds the usual mistakes by
 * simulating the plan; `diffPlans` and `previewMigration` show what a new version changes and what
 * it does to leads in flight; `forecast` predicts reach under a response model that
 * `fitResponseModel` can fit to a CRM's own outcomes.
 */
export { lintPlan, lintRule, type LintOptions, type LintReport } from "./lint/lintPlan.js";
export { LINT_RULES } from "./lint/rules/index.js";
export type { LintRule, LintThresholds, PlanProfile, RuleContext } from "./lint/rule.js";
export type { LintFinding, LintEvidence, FindingSeverity } from "./lint/finding.js";
export type { LintGrid } from "./lint/probe.js";
export { formatLintReport, lintFindingJson, type LintTarget, type FilePosition } from "./lint/formatLint.js";
export { lintSarif, type LintSarifOptions } from "./lint/sarif.js";
export type { LintSettings, LintSeverity, LintSuppression } from "../plan/index.js";
export { diffPlans } from "./diff/diffPlans.js";
export { applyPlanDiff } from "./diff/applyPlanDiff.js";
export { formatPlanDiff, describeTiming } from "./diff/formatPlanDiff.js";
export type { PlanDiff, FieldChange, AddedStep, RemovedStep, ChangedStep, StepChangeKind, PlanChangeKind } from "./diff/planDiff.js";
export {
  previewMigration,
  type MigrationPreview,
  type LeadMigrationPreview,
  type LeadPosition,
  type InFlightLead,
  type PreviewMigrationOptions,
} from "./diff/previewMigration.js";
export { formatMigrationPreview } from "./diff/formatMigrationPreview.js";
export { forecast, modelResponder, type Forecast, type ForecastOptions, type Estimate, type Population } from "./forecast/forecast.js";
export { fitResponseModel, type TouchOutcome, type FitOptions, type FitResult, type ChannelFitReport } from "./forecast/fitResponseModel.js";
export { DEFAULT_RESPONSE_MODEL } from "./forecast/defaultResponseModel.js";
export {
  reachProbability,
  decay,
  checkResponseModel,
  channelResponse,
  type ResponseModel,
  type ChannelResponse,
  type TouchContext,
} from "./forecast/responseModel.js";
export { formatForecast } from "./forecast/formatForecast.js";
