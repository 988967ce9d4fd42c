/** Years 1970–9999 as epoch ms bounds; outside them `Date#toISOString` takes over. */
const MAX_FAST = 253_402_300_799_999;
const DAY_MS = 86_400_000;
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
  const days = Math.floor(epochMs / DAY_MS);
  let rest = epochMs - days * DAY_MS;
  // Civil-from-days (H. Hinnant) for days ≥ 0, era = 400 years, years starting March 1.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}
