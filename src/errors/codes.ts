/**
 * Every `code` a {@link CadenceError} can carry, in one list (documented in docs/errors.md).
 * A caller's `switch (error.code)` is checked against it.
 */
export const ERROR_CODES = [
  "plan_invalid",
  "lead_invalid",
  "invalid_argument",
  "invalid_instant",
  "missing_dependency",
  "rule_failed",
  "holiday_calendar_failed",
  "no_opening",
  "no_business_day",
  "rrule_never_matches",
  "simulation_limit",
  "unknown_lead",
  "unknown_touch",
  "unknown_plan",
  "already_enrolled",
  "reenrollment_not_allowed",
  "reenrollment_too_soon",
  "missing_adapter",
  "store_failed",
  "schema_too_new",
  "schema_too_old",
  "migrate_lock_timeout",
  "escalation_failed",
  "engine_stopped",
] as const;

/** The stable code of a {@link CadenceError}. */
export type CadenceErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every `code` a {@link ValidationIssue} can carry, in one list (documented in docs/errors.md).
 */
export const ISSUE_CODES = [
  // shape (from the schemas)
  "invalid_type",
  "invalid_value",
  "invalid_union",
  "invalid_format",
  "invalid_key",
  "invalid_element",
  "not_multiple_of",
  "unknown_key",
  "too_small",
  "too_big",
  "too_deep",
  // values
  "invalid_instant",
  "instant_out_of_range",
  "invalid_duration",
  "duration_too_long",
  "invalid_zone",
  "invalid_history",
  // plan as a whole
  "duplicate_step_id",
  "reserved_step_id",
  "unknown_step",
  "anchor_cycle",
  "invalid_fallback",
  "unknown_channel",
  "unknown_rule",
  "window_never_opens",
  "invalid_timing",
  "missing_every",
  "invalid_rrule",
  "unsupported_rrule_part",
  "rrule_never_matches",
  "rrule_without_end",
  "state_without_country",
  "empty_holidays",
  "invalid_closure",
  "unknown_holiday_calendar",
] as const;

/** The stable code of a {@link ValidationIssue}. */
export type ValidationIssueCode = (typeof ISSUE_CODES)[number];
