import type { ClosedDays } from "../holidays/closedDays.js";
import { memoisePair, type WeekIntervals } from "../../primitives/index.js";
import { nextOpenAt, type DateClosures } from "../weeklyWindows.js";

/**
 * How a lead's clock rules are read: `zone` for local dates and times (recurrences, "next day at
 * 10:00", business days, caps), every zone of `candidates` for windows (a touch is allowed only
 * when the window is open in all of them), and `closed` for holidays and closures.
 */
export interface LeadClock {
  readonly zone: string;
  /** At least `zone`; more when the lead's zone is only known to be one of several. */
  readonly candidates: readonly string[];
  readonly closed: ClosedDays | undefined;
}

/** Rounds of agreement between candidate zones before giving up; each round moves forward. */
const MAX_ROUNDS = 64;

/**
 * The earliest instant ≥ `epochMs` at which `intervals` are open in every candidate zone of
 * `clock` and no holiday or closure of the clock's calendar, nor of `extra` (a channel's own dated
 * closures), is in the way (read in each candidate zone's own local date), or `null` when there is
 * none within the bound. When the candidates' windows never overlap within {@link MAX_ROUNDS} rounds,
 * the principal zone (`clock.zone`) decides alone.
 */
export function clockNextOpenAt(clock: LeadClock, epochMs: number, intervals: WeekIntervals, extra?: DateClosures): number | null {
  const zones = clock.candidates;
  const closed = unionClosures(clock.closed?.dateClosures, extra);
  if (zones.length <= 1) return nextOpenAt(clock.zone, epochMs, intervals, closed);
  let t = epochMs;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const zone of zones) {
      const opening = nextOpenAt(zone, t, intervals, closed);
      if (opening === null) return null;
      if (opening > t) {
        t = opening;
        moved = true;
      }
    }
    if (!moved) return t;
  }
  // The candidates' windows never overlap (a country spanning many zones, known without its
  // region): no instant suits all of them, so the principal zone's windows decide.
  return nextOpenAt(clock.zone, epochMs, intervals, closed);
}

/** A clock with a single zone and no holidays. */
export function simpleClock(zone: string): LeadClock {
  return { zone, candidates: [zone], closed: undefined };
}

const unionPair = memoisePair(
  (a: DateClosures, b: DateClosures): DateClosures =>
    (day) => {
      const x = a(day) ?? [];
      const y = b(day) ?? [];
      return y.length === 0 ? x : x.length === 0 ? y : [...x, ...y];
    },
);

/** Both sets of closures (memoised per pair of functions). */
function unionClosures(a: DateClosures | undefined, b: DateClosures | undefined): DateClosures | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return unionPair(a, b);
}
