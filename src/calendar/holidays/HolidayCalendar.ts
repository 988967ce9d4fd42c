/** A named holiday or closure; `from`/`to` (`HH:MM`, local) close only part of the day. */
export interface HolidayInfo {
  readonly name: string;
  /** Closed from this local time to the end of the day (or to `to`). */
  readonly from?: string;
  /** Closed from the start of the day (or from `from`) until this local time. */
  readonly to?: string;
}

/**
 * Answers whether a local calendar date is a holiday (touches on it wait for the next open
 * window). `true` or a {@link HolidayInfo} without `from`/`to` closes the whole day. Must be pure
 * and fast: it is asked once per date and the answer is memoised.
 * @example
 * const calendar: HolidayCalendar = { isHoliday: (date) => date.endsWith("-12-25") && { name: "Christmas" } };
 */
export interface HolidayCalendar {
  isHoliday(localDate: string): boolean | HolidayInfo;
}
