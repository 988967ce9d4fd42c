import { CadenceError } from "../errors/index.js";
import { isoInstant } from "../primitives/index.js";
import { isWholeDayClosed, type ClosedDays } from "./holidays/closedDays.js";
import { DAY_MS, MINUTE_MS, fromLocalMs, localDayNumber, toLocalMs, weekdayOfLocal, type NonexistentTime } from "./localTime.js";

/** Business weekdays as a 7-bit mask, bit 0 = Monday … bit 6 = Sunday. Monday–Friday is `0b0011111`. */
export type WeekdayMask = number;

/** Monday to Friday. */
export const MONDAY_TO_FRIDAY: WeekdayMask = 0b0011111;

/** How many local days a business-day count may walk before giving up (ten years). */
const MAX_DAYS = 3660;

/** Whether local day `day` is a business day: a business weekday not closed all day by a holiday. */
export function isBusinessDay(day: number, weekdays: WeekdayMask, closed?: ClosedDays): boolean {
  if ((weekdays & (1 << weekdayOfLocal(day * DAY_MS))) === 0) return false;
  return closed === undefined || !isWholeDayClosed(closed, day);
}

/**
 * The instant `zone`'s wall clock reads `minuteOfDay` on the `n`-th business day after the local
 * date of `anchorMs` (`n = 0`: that date when it is a business day, else the next one). A date
 * counts when its weekday is in `weekdays` and no holiday closes it all day (a partial closure,
 * such as an afternoon, does not stop a date from counting). DST policy of {@link fromLocalMs}, a
 * time in a gap resolved by `nonexistent` (default `"shift"`).
 *
 * @param zone a canonical zone name
 * @throws {CadenceError} `no_business_day` when no business day exists within ten years.
 */
export function businessDaysAfter(
  zone: string,
  anchorMs: number,
  n: number,
  minuteOfDay: number,
  weekdays: WeekdayMask,
  closed?: ClosedDays,
  nonexistent: NonexistentTime = "shift",
): number {
  let day = localDayNumber(toLocalMs(zone, anchorMs)) + (n === 0 ? -1 : 0);
  let counted = 0;
  for (let walked = 0; walked <= MAX_DAYS; walked++) {
    day++;
    if (!isBusinessDay(day, weekdays, closed)) continue;
    if (n === 0 || ++counted === n) return fromLocalMs(zone, day * DAY_MS + minuteOfDay * MINUTE_MS, nonexistent);
  }
  throw new CadenceError("no_business_day", `No business day found within ten years after ${isoInstant(anchorMs)}: check the plan's businessDays and holidays`);
}
