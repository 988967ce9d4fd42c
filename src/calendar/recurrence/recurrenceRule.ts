import type { ParsedRecurrenceRule } from "../../primitives/index.js";

/**
 * A recurrence rule (the supported RFC 5545 subset) as plain data, read on the lead's local wall
 * clock: the shape `parseRecurrenceRule` produces. Weekdays are 0 = Monday … 6 = Sunday;
 * `untilLocal` is a floating local time in local ms.
 */
export type RecurrenceRule = ParsedRecurrenceRule;
