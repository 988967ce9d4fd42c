import { clockNextOpenAt, nextOpenAt, type DateClosures, type LeadClock } from "../calendar/index.js";
import { CadenceError } from "../errors/index.js";
import type { Cap } from "../plan/index.js";
import { isoInstant, type WeekIntervals } from "../primitives/index.js";
import { capReleaseAt, type ContactLog } from "../policy/index.js";

/** Rounds of window/cap adjustment before giving up; each round moves strictly forward. */
const MAX_ROUNDS = 64;

/**
 * What held back the answer of the last {@link earliestAllowed} call made with this object: one
 * per decision (a step reads it right after its call), written by every call, never shared between
 * decisions (a rule may call `evaluate` again from inside a condition).
 */
export interface HeldBy {
  /** `undefined` when the answer is the requested instant itself. */
  heldBy: "window" | "cap" | undefined;
  /** The cap that held it last, when `heldBy` is `"cap"`. */
  cap: Cap | undefined;
}

/** A fresh {@link HeldBy}, for one decision. */
export function heldByScratch(): HeldBy {
  return { heldBy: undefined, cap: undefined };
}

/**
 * The earliest instant ≥ `from` inside the channel's open minutes (windows minus quiet hours) at
 * which every cap allows one more touch on `channel`, outside the dated closures `closed`. With a
 * {@link LeadClock}, the window must be open in every candidate zone and its holidays and closures
 * stay closed too; caps count in its `zone`. What held it back is written to `held` (no object per
 * call: steps ask this several times per decision).
 * @throws {CadenceError} `no_opening` if no such instant is found within the budget.
 */
export function earliestAllowed(
  held: HeldBy,
  clock: string | LeadClock,
  channel: string,
  open: WeekIntervals,
  caps: readonly Cap[],
  contacts: ContactLog,
  from: number,
  closed?: DateClosures,
): number {
  const zone = typeof clock === "string" ? clock : clock.zone;
  let t = from;
  let heldBy: HeldBy["heldBy"];
  let heldCap: Cap | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const opening = typeof clock === "string" ? nextOpenAt(clock, t, open, closed) : clockNextOpenAt(clock, t, open, closed);
    if (opening === null) break;
    if (opening > t && heldBy === undefined) heldBy = "window";
    let release = opening;
    for (const cap of caps) {
      // No period can hold `max` touches when the whole log holds fewer (capReleaseAt would answer `opening`).
      if (contacts.at.length < cap.max) continue;
      const r = capReleaseAt(cap, zone, channel, opening, contacts);
      if (r > release) {
        release = r;
        heldCap = cap;
      }
    }
    if (release === opening) {
      held.heldBy = heldCap === undefined ? heldBy : "cap";
      held.cap = heldCap;
      return opening;
    }
    t = release;
  }
  throw noOpening(channel, from);
}

/**
 * The earliest instant ≥ `from` inside the channel's open minutes and outside its closures, caps
 * aside: {@link earliestAllowed} with no caps, without its loop.
 * @throws {CadenceError} `no_opening` if there is none within the window search's bound.
 */
export function earliestOpen(clock: LeadClock, channel: string, open: WeekIntervals, from: number, closed?: DateClosures): number {
  const opening = clockNextOpenAt(clock, from, open, closed);
  if (opening === null) throw noOpening(channel, from);
  return opening;
}

function noOpening(channel: string, from: number): CadenceError {
  return new CadenceError(
    "no_opening",
    `No instant found for a touch on ${JSON.stringify(channel)} after ${isoInstant(from)}: its windows and caps never leave room`,
  );
}
