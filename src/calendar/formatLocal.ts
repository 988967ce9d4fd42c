import { ArgumentError, describeValue } from "../errors/index.js";
import { instantArgument, isKnownZoneName, type InstantInput } from "../primitives/index.js";
import { luxonDateTime } from "./luxonDateTime.js";
import { loadOptionalPeer } from "./optionalPeer.js";

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
  let name = dt.toFormat("ZZZZ");
  // ICU has no abbreviation for many zones and prints "GMT+5:30"; use "+05:30" instead.
  if (/^(GMT|UTC)[+-−]/.test(name) || !/^[A-Za-z]/.test(name)) name = dt.toFormat("ZZ");
  return `${dt.toFormat(weekday ? "ccc yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm")} ${name}`;
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
