export {
  Identifier,
  nonEmptyString,
  ChannelName,
  CHANNEL_NAME_PATTERN,
  CHANNEL_NAME_ERROR,
  isChannelName,
  BUILT_IN_CHANNELS,
  MAX_LEAD_ID_LENGTH,
  hasUnpairedSurrogate,
  type BuiltInChannel,
} from "./identifiers.js";
export {
  Instant,
  HistoryInstant,
  historyInstant,
  historyInstantMs,
  parseInstant,
  instantArgument,
  leadInstant,
  instantMs,
  isoInstant,
  inInstantRange,
  MIN_INSTANT_MS,
  MAX_INSTANT_MS,
  INSTANT_RANGE,
  ISO_INSTANT,
  HISTORY_INSTANT,
  DATE_HINT,
  INSTANT_ERROR,
  EPOCH_MS_ERROR,
  instantIssue,
  type InstantInput,
} from "./instant.js";
export { dateParts, daysInMonth, isCalendarDate, isLeapYear, type DateParts } from "./civilDate.js";
export { ZoneName, isKnownZoneName } from "./zoneName.js";
export { ClockTime, formatClockTime, parseClockTime } from "./clockTime.js";
export { printable, withoutBidiControls } from "./printable.js";
export {
  Duration,
  parseDuration,
  validDuration,
  readDuration,
  isExactDuration,
  calendarDuration,
  fixedLengthMs,
  MAX_DURATION_DAYS,
  DURATION_PATTERN,
  type DurationParts,
  type DurationReading,
  type CalendarDuration,
} from "./duration.js";
export { fromZodIssues, notOneOfIssue, formatIssue } from "./zodIssues.js";
export { lazySchema, unwrapSchema } from "./lazySchema.js";
export { isoDate, isoDateTime } from "./isoFormats.js";
export { describable } from "./describable.js";
export { Outcome, OUTCOMES, ConsentStatus, CONSENT_STATUSES, outcomeSupersedes, settleOutcomes, type LearntOutcome } from "./outcome.js";
export { checkOutcome, isOutcome } from "./checkOutcome.js";
export {
  parseRecurrenceRule,
  recurrenceContradiction,
  MAX_RRULE_COUNT,
  rrulePattern,
  type ParsedRecurrenceRule,
  type RecurrenceRuleIssue,
  type RecurrenceRuleResult,
} from "./recurrenceRule.js";
export { MAX_NESTING_DEPTH, nestingIssue } from "./nesting.js";
export { hasUnstorableText, storableText, unstorableTextIssue } from "./storableText.js";
export { JsonData, unwritableValue } from "./jsonData.js";
export { CONTACT_KEYS, CONSENT_KEYS, DATA_KEYS, isRefusedKey, keptKeysRecord, refusedKeyIssue, refusedKeyIssues, type MapKeys } from "./mapKeys.js";
export {
  ALWAYS_OPEN,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  isAlwaysOpen,
  mergeIntervals,
  subtractIntervals,
  intersectIntervals,
  type WeekIntervals,
} from "./weekIntervals.js";
export { BoundedMemo, memoise, memoiseWeak, memoisePair } from "./boundedMemo.js";
export { firstIndexAbove, firstIndexAtLeast, firstNumberAbove } from "./sortedSearch.js";
export { TemplateCategory, TEMPLATE_CATEGORIES } from "./templateCategory.js";
export { RegistryId, REGISTRY_ID_PATTERN, REGISTRY_ID_ERROR } from "./registryId.js";
export { countryCode, namesTable, normalName, NAMED_COUNTRIES } from "./countryCode.js";
