export type { HolidayCalendar, HolidayInfo } from "./HolidayCalendar.js";
export { closuresCalendar, type Closure } from "./closuresCalendar.js";
export { countryHolidayCalendar, type CountryHolidayOptions } from "./countryHolidays.js";
export { closedDaysOf, isWholeDayClosed, withHolidayCalendar, type ClosedDays, type ClosedMinutes } from "./closedDays.js";
