export { Identifier, ChannelName, BUILT_IN_CHANNELS, type BuiltInChannel } from "./identifiers.js";
export { Instant, parseInstant } from "./instant.js";
export { ZoneName, isKnownZoneName } from "./zoneName.js";
export { ClockTime, parseClockTime } from "./clockTime.js";
export { Duration, parseDuration, isExactDuration, type DurationParts } from "./duration.js";
export { fromZodIssues } from "./zodIssues.js";
export { Outcome, OUTCOMES, ConsentStatus } from "./outcome.js";
export { parseRecurrenceRule, MAX_RRULE_COUNT, type ParsedRecurrenceRule, type RecurrenceRuleIssue, type RecurrenceRuleResult } from "./recurrenceRule.js";
export { firstIndexAbove, firstIndexAtLeast } from "./sortedSearch.js";
