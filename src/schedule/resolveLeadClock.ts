import {
  addressZones,
  canonicalZone,
  phoneZoneLookup,
  phoneZoneLookupAvailable,
  withHolidayCalendar,
  type HolidayCalendar,
  type LeadClock,
} from "../calendar/index.js";
import { describeValue, LeadValidationError, validationIssue } from "../errors/index.js";
import { BoundedMemo } from "../primitives/index.js";
import { presetZones } from "../policy/index.js";
import type { LeadInput } from "../lead/index.js";
import type { CompiledPlan } from "./compiledPlan.js";
import type { DecisionZone } from "./decision.js";

/** The zone the decision reports and the clock its time rules use. */
export interface ResolvedClock {
  readonly zone: DecisionZone;
  readonly clock: LeadClock;
  /** True when no source named a zone and the plan says `unknownZone: "untimed-only"`. */
  readonly untimedOnly: boolean;
}

/** The phone packages are missing (`libphonenumber-geo-carrier` brings the `libphonenumber-js` it pins: the README's advice). */
const PHONE_MISSING = "phone lookup unavailable: install libphonenumber-geo-carrier";
const PLAN_ZONE = ": the plan's zone is used";
let phoneAvailable: boolean | undefined;

/**
 * Resolves a lead's zone: its explicit `timezone` (always wins; legacy names such as `US/Eastern`
 * are canonicalised, unknown ones rejected) → its address (country and region) → its `phone`
 * contact (when the optional phone packages are installed) → the plan's fallback zone. Several
 * candidate zones are kept for windows. Also picks the lead's holiday calendar (the plan's, and
 * `hostHolidays` from the evaluate options).
 * @throws {LeadValidationError} for a `timezone` that is not an IANA zone.
 */
export function resolveLeadClock(lead: LeadInput, compiled: CompiledPlan, hostHolidays?: HolidayCalendar): ResolvedClock {
  const calendar = compiled.calendar;
  const address = lead.address;
  const planClosed = calendar.closedFor(address?.country, address?.region);
  const closed = hostHolidays === undefined ? planClosed : withHolidayCalendar(planClosed, hostHolidays);
  const tz = lead.timezone;
  if (tz !== undefined) {
    const memo = perClosed(leadClocksByClosed, leadClocksWithoutClosed, closed);
    const known = typeof tz === "string" ? memo.get(tz) : undefined;
    if (known !== undefined) return known;
    const name = typeof tz === "string" ? canonicalZone(tz) : undefined;
    if (name === undefined) {
      const received = describeValue(tz);
      throw new LeadValidationError([
        validationIssue("invalid_zone", ["timezone"], `Expected an IANA time zone like America/New_York, got ${received}`, "IANA time zone", received),
      ]);
    }
    return memo.set(tz as string, make(Object.freeze({ name, source: "lead" }), [name], closed));
  }
  // Why no source named a zone, in the order they were asked.
  const why: string[] = [];
  if (typeof address?.country === "string") {
    const zones = addressZones(address.country, address.region);
    if (zones !== null && zones.length > 0) return make(zoneOf(zones, "address"), zones, closed);
    if (zones === null) why.push(`address country ${quoted(address.country)} is not an ISO 3166-1 code${PLAN_ZONE}`);
  }
  const phone = lead.contacts?.["phone"];
  if (typeof phone === "string" && phone !== "") {
    phoneAvailable ??= phoneZoneLookupAvailable();
    if (phoneAvailable) {
      const zones = phoneZoneLookup(phone, address?.country);
      if (typeof zones !== "string") return make(zoneOf(zones, "phone"), zones, closed);
      why.push(`phone number ${quoted(phone)} ${zones}${PLAN_ZONE}`);
    } else why.push(PHONE_MISSING);
  }
  const untimedOnly = calendar.unknownZone === "untimed-only";
  if (untimedOnly) why.unshift("zone unknown: only channels without time rules are used");
  // A preset's hours are the lead's local time: with its zone unknown, they must be open in every zone of the presets' countries.
  const candidates = untimedOnly ? [] : presetZones(compiled.presetIds, compiled.zone);
  const zone: DecisionZone = {
    name: compiled.zone,
    source: "plan",
    ...(candidates.length > 0 && { candidates }),
    ...(why.length > 0 && { detail: why.join("; ") }),
  };
  return candidates.length > 0 ? make(zone, candidates, closed) : { zone, clock: oneZoneClock(compiled.zone, closed), untimedOnly };
}

function make(zone: DecisionZone, candidates: readonly string[], closed: LeadClock["closed"]): ResolvedClock {
  const clock = candidates.length === 1 && candidates[0] === zone.name ? oneZoneClock(zone.name, closed) : { zone: zone.name, candidates, closed };
  return { zone, clock, untimedOnly: false };
}

/** Bound of the one-zone clocks kept per set of closed days: more zones than the IANA database has. */
const MAX_CLOCKS = 2048;
type Closed = NonNullable<LeadClock["closed"]>;
/**
 * A lead's own `timezone`, as given, → its resolved clock, per set of closed days: one lookup per
 * decision instead of three, no allocation. Its `zone` is frozen: every decision in that zone shares it.
 */
const leadClocksByClosed = new WeakMap<Closed, BoundedMemo<string, ResolvedClock>>();
const leadClocksWithoutClosed = new BoundedMemo<string, ResolvedClock>(MAX_CLOCKS);
const clocksByClosed = new WeakMap<Closed, BoundedMemo<string, LeadClock>>();
const clocksWithoutClosed = new BoundedMemo<string, LeadClock>(MAX_CLOCKS);

/**
 * The clock of a lead known to be in `zone` with the closed days `closed`: one object per zone and
 * closed days (clocks are never written), not one per decision.
 */
function oneZoneClock(zone: string, closed: LeadClock["closed"]): LeadClock {
  return perClosed(clocksByClosed, clocksWithoutClosed, closed).getOrSet(zone, (name) => ({ zone: name, candidates: [name], closed }));
}

/** The memo of `byClosed` for `closed` (made at its first use), `without` for none. */
function perClosed<V>(byClosed: WeakMap<Closed, BoundedMemo<string, V>>, without: BoundedMemo<string, V>, closed: LeadClock["closed"]): BoundedMemo<string, V> {
  if (closed === undefined) return without;
  let memo = byClosed.get(closed);
  if (memo === undefined) byClosed.set(closed, (memo = new BoundedMemo(MAX_CLOCKS)));
  return memo;
}

function zoneOf(zones: readonly string[], source: "address" | "phone"): DecisionZone {
  const name = zones[0] as string;
  return zones.length > 1 ? { name, source, candidates: zones } : { name, source };
}

/** A lead's text in a detail, cut at 40 characters. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
