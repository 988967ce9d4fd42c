export { PlanSchema, type Plan, type PlanInput } from "./plan.js";
export { Step, Attempts } from "./step.js";
export { Timing, Anchor, AfterTiming, DaysTiming } from "./timing.js";
export { Condition } from "./condition.js";
export { Exit } from "./exit.js";
export { Policies, WindowRule, QuietHours, Cap, Weekday, WEEKDAYS } from "./policies.js";
export { parsePlan, safeParsePlan, type ParsePlanOptions, type SafeParsePlanResult } from "./parsePlan.js";
export { planJsonSchema } from "./planJsonSchema.js";
export { openMinutesOfWeek, ALWAYS_OPEN, MINUTES_PER_WEEK, type MinuteOfWeekIntervals } from "./windows.js";
