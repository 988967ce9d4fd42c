export type { Plan, PlanInput } from "./plan.js";
// The exported schema provides the descriptions of the plan format at its first use (documentedPlanSchema.ts).
export { DocumentedPlanSchema as PlanSchema } from "./documentedPlanSchema.js";
export { Step, Attempts } from "./step.js";
export { Timing, Anchor, AfterTiming, DaysTiming, RecurrenceTiming, BusinessDaysTiming } from "./timing.js";
export { HolidaysRule, ClosureRule, UnknownZone, NonexistentTime } from "./calendarRules.js";
export { Condition } from "./condition.js";
export { Exit } from "./exit.js";
export { Policies, WindowRule, QuietHours, Cap, Weekday, WEEKDAYS } from "./policies.js";
export { parsePlan, safeParsePlan, type ParsePlanOptions, type SafeParsePlanResult } from "./parsePlan.js";
export { planJsonSchema } from "./planJsonSchema.js";
export { openMinutesOfWeek, windowMinutes, quietMinutes } from "./windows.js";
export { COMPLIANCE_PRESET_IDS, CompliancePresetId } from "./compliancePresetIds.js";
export { LintSettings, LintSeverity, LintSuppression } from "./lintSettings.js";
export { WhatsAppTemplateRules, TemplateDeliveryRule } from "./whatsappTemplates.js";
export { DoNotCallRules, DoNotCallRegistryRule, DoNotCallExemption } from "./doNotCall.js";
