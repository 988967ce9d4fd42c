import { BoundedMemo } from "../primitives/index.js";

/**
 * Zone validity and UTC offsets read from `Intl.DateTimeFormat`, the way luxon's `IANAZone` reads
 * them (`offset`; validity is `isKnownZoneName` in primitives), so that the evaluate path needs no luxon: a browser bundle of
 * `evaluate` leaves luxon out (about 70 kB minified). luxon stays the oracle in the tests
 * (test/calendar/intlZone.test.ts) and formats local times for people (`formatLocal.ts`).
 */

/** One formatter per zone name (`null`: not a zone); a formatter costs far more to make than to use. More than the IANA database has. */
const formatters = new BoundedMemo<string, Intl.DateTimeFormat | null>(2048);

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let dtf = formatters.get(zone);
  if (dtf === undefined) {
    try {
      dtf = new Intl.DateTimeFormat("en-US", {
        hour12: false,
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        era: "short",
      });
    } catch {
      dtf = null;
    }
    formatters.set(zone, dtf);
  }
  return dtf;
}

/**
 * The UTC offset of `zone` at `epochMs` in minutes (east positive), `NaN` for an invalid zone or
 * instant. Equal to luxon's `IANAZone.create(zone).offset(epochMs)`: the wall-clock fields `Intl`
 * gives for the instant, read as UTC, minus the instant truncated to the second.
 */
export function intlOffsetMinutes(zone: string, epochMs: number): number {
  if (!zone || !Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return NaN;
  const dtf = formatterFor(zone);
  if (dtf === null) return NaN;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const { type, value } of dtf.formatToParts(epochMs)) {
    if (type === "year") year = Number.parseInt(value, 10);
    else if (type === "month") month = Number.parseInt(value, 10);
    else if (type === "day") day = Number.parseInt(value, 10);
    else if (type === "hour") hour = Number.parseInt(value, 10);
    else if (type === "minute") minute = Number.parseInt(value, 10);
    else if (type === "second") second = Number.parseInt(value, 10);
    else if (type === "era") bc = value === "BC";
  }
  if (bc) year = -Math.abs(year) + 1;
  // Some runtimes print midnight as 24 with hour12: false.
  let asUtc = Date.UTC(year, month - 1, day, hour === 24 ? 0 : hour, minute, second, 0);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year >= 0 && year < 100) {
    const d = new Date(asUtc);
    d.setUTCFullYear(year, month - 1, day);
    asUtc = d.getTime();
  }
  const over = epochMs % 1000;
  const truncated = epochMs - (over >= 0 ? over : 1000 + over);
  return (asUtc - truncated) / 60_000;
}
