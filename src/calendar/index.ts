/**
 * Calendar: the only folder that imports luxon (and loads the optional time data peers). Pure, host-time-zone-independent functions on
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
  type NonexistentTime,
} from "./localTime.js";
export {
  addCalendarDuration,
  atLocalTimeAfterDays,
  startOfLocalDay,
  startOfNextLocalDay,
  startOfNextLocalWeek,
} from "./calendarArithmetic.js";
export {
  normalizeWeeklyIntervals,
  isOpenAt,
  nextOpenAt,
  nextCloseAt,
  type DateClosures,
} from "./weeklyWindows.js";
export { formatLocal, formatLocalWithWeekday, zoneNameAt } from "./formatLocal.js";
export {
  compileRecurrence,
  describeRecurrence,
  expandRecurrence,
  nextOccurrenceAt,
  nextOccurrenceLocal,
  recurrenceCanMatch,
  RECURRENCE_HORIZON_DAYS,
  type CompiledRecurrence,
  type RecurrenceRule,
} from "./recurrence/index.js";
export { provideOptionalPeer, type OptionalPeerName } from "./optionalPeer.js";
export { businessDaysAfter, isBusinessDay, MONDAY_TO_FRIDAY, type WeekdayMask } from "./businessDays.js";
export {
  closuresCalendar,
  countryHolidayCalendar,
  closedDaysOf,
  isWholeDayClosed,
  withHolidayCalendar,
  type HolidayCalendar,
  type HolidayInfo,
  type Closure,
  type CountryHolidayOptions,
  type ClosedDays,
  type ClosedMinutes,
} from "./holidays/index.js";
export {
  addressZones,
  countryCode,
  distinctZones,
  regionCode,
  phoneZones,
  phoneZoneLookup,
  phoneZoneLookupAvailable,
  clockNextOpenAt,
  simpleClock,
  regionZones,
  nanpSplitAreaCodes,
  type LeadClock,
} from "./zones/index.js";
