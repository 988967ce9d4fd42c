import { toLocalMs, weekdayOfLocal, zoneNameAt } from "../calendar/index.js";
import { isoInstant } from "../primitives/index.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/**
 * Exactly `formatLocalWithWeekday(zone, epochMs)` (`"Mon 2026-03-09 10:05 EDT"`), without a luxon
 * DateTime per call: the same `zoneNameAt`, the date and time those of the local instant written as
 * ISO-8601 (`isoInstant`, whose date part is cached). Timelines label every entry, so this keeps
 * simulation cheap.
 */
export function localLabel(zone: string, epochMs: number): string {
  const local = toLocalMs(zone, epochMs);
  const text = isoInstant(local);
  return `${WEEKDAYS[weekdayOfLocal(local)] ?? ""} ${text.slice(0, 10)} ${text.slice(11, 16)} ${zoneNameAt(zone, epochMs)}`;
}
