import { DateTime } from "luxon";
import { ArgumentError, describeValue } from "../errors/index.js";
import { isKnownZoneName } from "../primitives/index.js";

/**
 * Human-readable local times for traces and reports (uses luxon; not for the hot path).
 * Always English (`en-US`) whatever the host locale, so output is the same on every machine.
 */

/** @throws {ArgumentError} for a zone that is not an IANA zone name, or an instant that is not a finite number of epoch milliseconds. */
function render(zone: string, epochMs: number, weekday: boolean): string {
  if (typeof zone !== "string" || !isKnownZoneName(zone))
    throw new ArgumentError("zone", `Expected \`zone\` to be an IANA time zone, got ${describeValue(zone)}`);
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs))
    throw new ArgumentError("epochMs", `Expected \`epochMs\` to be epoch milliseconds (a finite number), got ${describeValue(epochMs)}`);
  const dt = DateTime.fromMillis(epochMs, { zone, locale: "en-US" });
  if (!dt.isValid) return `Invalid DateTime (${String(epochMs)} in ${zone})`;
  let name = dt.toFormat("ZZZZ");
  // ICU has no abbreviation for many zones and prints "GMT+5:30"; use "+05:30" instead.
  if (/^(GMT|UTC)[+-−]/.test(name) || !/^[A-Za-z]/.test(name)) name = dt.toFormat("ZZ");
  return `${dt.toFormat(weekday ? "ccc yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm")} ${name}`;
}

/**
 * `epochMs` as wall-clock time in `zone`, `"2026-03-09 10:00 EDT"`; zones without an
 * abbreviation show their offset, `"2026-03-09 20:30 +05:30"`.
 *
 * @param zone a canonical zone name
 */
export function formatLocal(zone: string, epochMs: number): string {
  return render(zone, epochMs, false);
}

/**
 * Like {@link formatLocal} with the weekday first: `"Mon 2026-03-09 10:00 EDT"`.
 *
 * @param zone a canonical zone name
 */
export function formatLocalWithWeekday(zone: string, epochMs: number): string {
  return render(zone, epochMs, true);
}
