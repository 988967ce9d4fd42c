import { LeadValidationError } from "../errors/index.js";

const HAS_ZONE = /(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * Epoch ms of an ISO-8601 instant read from a lead. Instants without `Z` or an offset are
 * rejected: the host's zone must never decide what an instant means.
 * @throws {LeadValidationError} naming the path of the bad value.
 */
export function leadInstant(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === "string" && HAS_ZONE.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new LeadValidationError([
    {
      code: "invalid_instant",
      path,
      message: `Expected an ISO-8601 instant with Z or an offset, got ${typeof value === "string" ? JSON.stringify(value) : typeof value}`,
      expected: "ISO-8601 instant",
      received: typeof value === "string" ? JSON.stringify(value) : typeof value,
    },
  ]);
}

const DAY_MS = 86_400_000;
/** Years 0000–9999 as epoch ms bounds; outside them `Date#toISOString` takes over. */
const MIN_FAST = -62_167_219_200_000;
const MAX_FAST = 253_402_300_799_999;

/**
 * ISO-8601 in UTC with milliseconds (`2026-03-09T14:00:00.000Z`), identical to
 * `Date#toISOString` but without allocating a Date; decisions use only this format.
 */
export function iso(ms: number): string {
  if (!(ms >= MIN_FAST && ms <= MAX_FAST) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // Civil date from days since 1970-01-01 (proleptic Gregorian), era-based.
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
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : "0000".slice(0, width - s.length) + s;
}
