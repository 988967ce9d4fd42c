/**
 * Calendar: the only folder that imports luxon. Pure, host-time-zone-independent functions on
 * epoch milliseconds; wall-clock times are "local ms" (see localTime.ts).
 */
export { canonicalZone, offsetMinutes, transitionBetween } from "./zone.js";
export {
  DAY_MS,
  MINUTE_MS,
  toLocalMs,
  fromLocalMs,
  fromLocalMsLater,
  localDayNumber,
  weekdayOfLocal,
  minuteOfDay,
  localDateParts,
  localMsFromParts,
  isoLocalDate,
  type LocalDateParts,
} from "./localTime.js";
export {
  addCalendarDuration,
  atLocalTimeAfterDays,
  startOfLocalDay,
  startOfNextLocalDay,
  startOfNextLocalWeek,
  type CalendarDuration,
} from "./calendarArithmetic.js";
export {
  MINUTES_PER_WEEK,
  normalizeWeeklyIntervals,
  isOpenAt,
  nextOpenAt,
  nextCloseAt,
  type WeeklyIntervals,
  type DateClosures,
} from "./weeklyWindows.js";
export { formatLocal, formatLocalWithWeekday } from "./formatLocal.js";
export { isoInstant } from "./isoInstant.js";
