import { z } from "zod";

/** An instant: ISO-8601 date-time with `Z` or an explicit offset, e.g. `2026-03-09T14:30:00-05:00`. */
export const Instant = z.iso.datetime({
  offset: true,
  error: "Expected an ISO-8601 instant with Z or an offset, e.g. 2026-03-09T14:30:00Z",
});

const HAS_ZONE = /(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * Epoch ms of an ISO-8601 instant that carries `Z` or an offset; `undefined` for anything else,
 * including local date-times, whose meaning would depend on the host's zone.
 */
export function parseInstant(text: string): number | undefined {
  const fast = parseCanonicalInstant(text);
  if (fast !== undefined) return fast;
  if (!HAS_ZONE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common form `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` for years 1970–9999, read by character
 * codes; `undefined` for anything else (the caller then takes the general path). Gives exactly what
 * `Date.parse` gives for the strings it accepts, only faster: decisions read many instants.
 */
function parseCanonicalInstant(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const year = num(s, 0, 4);
  const month = num(s, 5, 2);
  const day = num(s, 8, 2);
  const hour = num(s, 11, 2);
  const minute = num(s, 14, 2);
  const second = num(s, 17, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return undefined;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    let digits = 0;
    while (i < n) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (digits < 3) ms = ms * 10 + d;
      digits++;
      i++;
    }
    if (digits === 0) return undefined;
    for (let k = digits; k < 3; k++) ms *= 10;
  }
  let offset = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i === n - 1) offset = 0;
  else if ((sign === 43 || sign === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) {
    const oh = num(s, i + 1, 2);
    const om = num(s, i + 4, 2);
    if (oh > 23 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}

/** The decimal number in `s[from, from + len)`, or -1 if a character is not a digit. */
function num(s: string, from: number, len: number): number {
  let v = 0;
  for (let k = from; k < from + len; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
