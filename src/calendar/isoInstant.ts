import { localDateParts } from "./localTime.js";

/** Years 1970–9999 as epoch ms bounds; outside them `Date#toISOString` takes over. */
const MAX_FAST = 253_402_300_799_999;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * ISO-8601 in UTC with milliseconds (`2026-03-09T14:00:00.000Z`), identical to
 * `Date#toISOString` for every integer instant, without allocating a Date: decisions write many.
 */
export function isoInstant(epochMs: number): string {
  if (!(epochMs >= 0 && epochMs <= MAX_FAST) || !Number.isInteger(epochMs)) return new Date(epochMs).toISOString();
  // A direct-mapped memo by minute: decisions keep naming the same openings and wake-ups.
  const slot = Math.floor(epochMs / 60_000) & (MEMO_SIZE - 1);
  if (memoKeys[slot] === epochMs) return memoValues[slot] as string;
  const text = format(epochMs);
  memoKeys[slot] = epochMs;
  memoValues[slot] = text;
  return text;
}

const MEMO_SIZE = 4096;
const memoKeys = new Float64Array(MEMO_SIZE).fill(-1);
const memoValues = new Array<string>(MEMO_SIZE).fill("");

function format(epochMs: number): string {
  const p = localDateParts(epochMs);
  const milli = p.millisecond;
  return `${p.year}-${TWO_DIGITS[p.month]}-${TWO_DIGITS[p.day]}T${TWO_DIGITS[p.hour]}:${TWO_DIGITS[p.minute]}:${TWO_DIGITS[p.second]}.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}
