import { localDateParts } from "./localTime.js";

/** Years 0000–9999 as epoch ms bounds; outside them `Date#toISOString` takes over. */
const MIN_FAST = -62_167_219_200_000;
const MAX_FAST = 253_402_300_799_999;

/**
 * ISO-8601 in UTC with milliseconds (`2026-03-09T14:00:00.000Z`), identical to
 * `Date#toISOString` for every integer instant, without allocating a Date.
 */
export function isoInstant(epochMs: number): string {
  if (!(epochMs >= MIN_FAST && epochMs <= MAX_FAST) || !Number.isInteger(epochMs)) return new Date(epochMs).toISOString();
  const p = localDateParts(epochMs);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}.${pad(p.millisecond, 3)}Z`;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : "0000".slice(0, width - s.length) + s;
}
