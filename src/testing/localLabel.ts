import { BoundedMemo } from "../primitives/index.js";
import { formatLocalWithWeekday, localDateParts, offsetMinutes, toLocalMs, weekdayOfLocal } from "../calendar/index.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
/** Zone name (abbreviation or `+05:30`) per zone and UTC offset, taken from `formatLocalWithWeekday` once (bounded). */
const zoneNames = new BoundedMemo<string, string>(4096);

/**
 * Exactly `formatLocalWithWeekday(zone, epochMs)` (`"Mon 2026-03-09 10:05 EDT"`), without a luxon
 * DateTime per call: the zone's name is looked up once per (zone, offset). Timelines label every
 * entry, so this keeps simulation cheap.
 */
export function localLabel(zone: string, epochMs: number): string {
  const offset = offsetMinutes(zone, epochMs);
  const key = `${zone}|${offset}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    const full = formatLocalWithWeekday(zone, epochMs);
    name = full.slice(full.lastIndexOf(" ") + 1);
    zoneNames.set(key, name);
  }
  const local = toLocalMs(zone, epochMs);
  const p = localDateParts(local);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${WEEKDAYS[weekdayOfLocal(local)] ?? ""} ${String(p.year).padStart(4, "0")}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)} ${name}`;
}
