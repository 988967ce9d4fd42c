import { localDateParts, toLocalMs, weekdayOfLocal, zoneNameAt } from "../calendar/index.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const two = (n: number): string => String(n).padStart(2, "0");

/**
 * Exactly `formatLocalWithWeekday(zone, epochMs)` (`"Mon 2026-03-09 10:05 EDT"`), without a luxon
 * DateTime per call: the same `zoneNameAt`, the date and time from the zone's offset tables.
 * Timelines label every entry, so this keeps simulation cheap.
 */
export function localLabel(zone: string, epochMs: number): string {
  const local = toLocalMs(zone, epochMs);
  const p = localDateParts(local);
  return `${WEEKDAYS[weekdayOfLocal(local)] ?? ""} ${String(p.year).padStart(4, "0")}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)} ${zoneNameAt(zone, epochMs)}`;
}
