import { countryHolidayCalendar, DAY_MS, fromLocalMs, isoLocalDate, weekdayOfLocal } from "../../calendar/index.js";
import { isMissingDependencyError } from "../../errors/index.js";
import { isoInstant } from "../../primitives/index.js";
import type { PlanProbe, GridPoint } from "./probe.js";

/** A public holiday on a weekday (lead-local date). */
export interface WeekdayHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The same date as days since 1970-01-01. */
  readonly day: number;
  readonly name: string;
}

/** At most this many holidays are simulated per country. */
const MAX_HOLIDAYS = 12;

/**
 * The weekday public holidays of `country` in the year from the local day `fromDay` (days since
 * 1970-01-01), from the country calendar `date-holidays` provides; `undefined` when that optional
 * peer is not installed. Weekend holidays are left out: the weekend rule already covers them.
 */
export function weekdayPublicHolidays(country: string, fromDay: number): WeekdayHoliday[] | undefined {
  let calendar: ReturnType<typeof countryHolidayCalendar>;
  try {
    calendar = countryHolidayCalendar(country);
  } catch (error) {
    if (isMissingDependencyError(error)) return undefined;
    throw error;
  }
  const out: WeekdayHoliday[] = [];
  for (let day = fromDay; day < fromDay + 365 && out.length < MAX_HOLIDAYS; day++) {
    if (weekdayOfLocal(day * DAY_MS) >= 5) continue;
    const date = isoLocalDate(day * DAY_MS);
    const holiday = calendar.isHoliday(date);
    if (holiday === false) continue;
    if (holiday !== true && (holiday.from !== undefined || holiday.to !== undefined)) continue;
    out.push({ date, day, name: holiday === true ? "public holiday" : holiday.name });
  }
  return out;
}

/**
 * Leads of `country` who arrive at 09:30 lead-local on the business day before each holiday, in
 * the plan's zone: whatever the plan does on the holiday itself shows in their timelines.
 */
export function holidayEveLeads(probe: PlanProbe, country: string, holidays: readonly WeekdayHoliday[]): GridPoint[] {
  const template = probe.grid[0];
  if (template === undefined) return [];
  const zone = probe.plan.timezone;
  return holidays.map((h, i) => {
    const eve = weekdayOfLocal(h.day * DAY_MS) === 0 ? h.day - 3 : h.day - 1;
    const enrolledAt = fromLocalMs(zone, eve * DAY_MS + 9.5 * 3_600_000);
    return {
      zone,
      enrolledAt,
      weekday: weekdayOfLocal(eve * DAY_MS),
      hour: 9.5,
      lead: {
        ...template.lead,
        id: `lint-holiday-${country}-${i}`,
        timezone: zone,
        enrolledAt: isoInstant(enrolledAt),
        address: { ...(template.lead.address ?? {}), country },
      },
    };
  });
}
