import { ArgumentError, describeValue } from "../errors/index.js";
import { BoundedMemo, formatClockTime, instantArgument, isKnownZoneName, type InstantInput } from "../primitives/index.js";
import { luxonDateTime } from "./luxonDateTime.js";
import { loadOptionalPeer } from "./optionalPeer.js";
import { offsetMinutes } from "./zone.js";

/**
 * Human-readable local times for traces and reports (uses luxon; not for the hot path).
 * Always English (`en-US`) whatever the host locale, so output is the same on every machine.
 */

/** @throws {ArgumentError} for a zone that is not an IANA zone name, or an instant that is not one (see `instantArgument`). */
function render(zone: string, instant: InstantInput, weekday: boolean): string {
  if (typeof zone !== "string" || !isKnownZoneName(zone))
    throw new ArgumentError("zone", `Expected \`zone\` to be an IANA time zone, got ${describeValue(zone)}`);
  const epochMs = instantArgument(instant, "instant");
  const DateTime = luxonDateTime() ?? loadOptionalPeer<typeof import("luxon")>("luxon", "formatLocal").DateTime;
  const dt = DateTime.fromMillis(epochMs, { zone, locale: "en-US" });
  if (!dt.isValid) return `Invalid DateTime (${String(epochMs)} in ${zone})`;
  return `${dt.toFormat(weekday ? "ccc yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm")} ${zoneNameAt(zone, epochMs)}`;
}

/** One `en-US` formatter per zone that names the zone (bounded). */
const zoneNamers = new BoundedMemo<string, Intl.DateTimeFormat>(512);

/**
 * The name of a known IANA `zone` at `epochMs` in local times: its abbreviation (`EDT`), or its
 * offset in whole minutes (`+05:30`) where ICU has none (it prints `GMT+5:30`). A function of the
 * instant, never of the offset alone: a zone's name can change with no change of offset
 * (America/Whitehorse was `PDT` at -07:00 in 2019 and is `-07:00` since 2020).
 */
export function zoneNameAt(zone: string, epochMs: number): string {
  let namer = zoneNamers.get(zone);
  if (namer === undefined) {
    namer = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" });
    zoneNamers.set(zone, namer);
  }
  // "7/1/2026, PDT": the date, then the name, which has no comma.
  const dated = namer.format(epochMs);
  const name = dated.slice(dated.lastIndexOf(", ") + 2);
  if (/^[A-Za-z]/.test(name) && !/^(GMT|UTC)[+-−]/.test(name)) return name;
  const offset = offsetMinutes(zone, epochMs);
  return `${offset < 0 ? "-" : "+"}${formatClockTime(Math.trunc(Math.abs(offset)))}`;
}

/**
 * `instant` as wall-clock time in `zone`, `"2026-03-09 10:00 EDT"`; zones without an
 * abbreviation show their offset, `"2026-03-09 20:30 +05:30"`.
 *
 * @param zone a canonical zone name
 * @param instant epoch milliseconds, a `Date`, or an ISO-8601 instant with `Z` or an offset (a decision's `next.at`, a touch's `dueAt`)
 * @throws {ArgumentError} for a zone that is not an IANA zone name, or an instant that is not one.
 * @example
 * formatLocal(decision.zone.name, decision.next.at); // "2026-03-10 10:00 EDT"
 */
export function formatLocal(zone: string, instant: InstantInput): string {
  return render(zone, instant, false);
}

/**
 * Like {@link formatLocal} with the weekday first: `"Mon 2026-03-09 10:00 EDT"`.
 *
 * @param zone a canonical zone name
 */
export function formatLocalWithWeekday(zone: string, instant: InstantInput): string {
  return render(zone, instant, true);
}
