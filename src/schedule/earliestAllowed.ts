import { clockNextOpenAt, nextOpenAt, type DateClosures, type LeadClock } from "../calendar/index.js";
import { CadenceError } from "../errors/index.js";
import type { Cap } from "../plan/index.js";
import { isoInstant, type WeekIntervals } from "../primitives/index.js";
import { capReleaseAt, type ContactLog } from "../policy/index.js";

/** Rounds of window/cap adjustment before giving up; each round moves strictly forward. */
const MAX_ROUNDS = 64;

/** The first instant a touch may go out, and what held it back. */
export interface Allowed {
  readonly at: number;
  /** `undefined` when `at` is the requested instant itself. */
  readonly heldBy: "window" | "cap" | undefined;
  readonly cap?: Cap;
}

/**
 * The earliest instant ≥ `from` inside the channel's open minutes (windows minus quiet hours) at
 * which every cap allows one more touch on `channel`, outside the dated closures `closed`. With a
 * {@link LeadClock}, the window must be open in every candidate zone and its holidays and closures
 * stay closed too; caps count in its `zone`.
 * @throws {CadenceError} `no_opening` if no such instant is found within the budget.
 */
export function earliestAllowed(
  clock: string | LeadClock,
  channel: string,
  open: WeekIntervals,
  caps: readonly Cap[],
  contacts: ContactLog,
  from: number,
  closed?: DateClosures,
): Allowed {
  const zone = typeof clock === "string" ? clock : clock.zone;
  let t = from;
  let heldBy: Allowed["heldBy"];
  let heldCap: Cap | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const opening = typeof clock === "string" ? nextOpenAt(clock, t, open, closed) : clockNextOpenAt(clock, t, open, closed);
    if (opening === null) break;
    if (opening > t && heldBy === undefined) heldBy = "window";
    let release = opening;
    for (const cap of caps) {
      const r = capReleaseAt(cap, zone, channel, opening, contacts);
      if (r > release) {
        release = r;
        heldCap = cap;
      }
    }
    if (release === opening) {
      return heldCap === undefined ? { at: opening, heldBy } : { at: opening, heldBy: "cap", cap: heldCap };
    }
    t = release;
  }
  throw new CadenceError(
    "no_opening",
    `No instant found for a touch on ${JSON.stringify(channel)} after ${isoInstant(from)}: its windows and caps never leave room`,
  );
}
