/**
 * A recurrence rule (the supported RFC 5545 subset) as plain data, read on the lead's local wall
 * clock. Weekdays are 0 = Monday … 6 = Sunday; `untilLocal` is a floating local time in local ms.
 * The plan layer parses rule strings into this shape.
 */
export interface RecurrenceRule {
  readonly freq: "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  readonly interval: number;
  readonly count: number | undefined;
  readonly untilLocal: number | undefined;
  readonly byMonth: readonly number[] | undefined;
  readonly byMonthDay: readonly number[] | undefined;
  readonly byDay: readonly { readonly weekday: number; readonly n: number }[] | undefined;
  readonly byHour: readonly number[] | undefined;
  readonly byMinute: readonly number[] | undefined;
  readonly bySetPos: readonly number[] | undefined;
  readonly wkst: number;
}
