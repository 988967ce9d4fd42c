import * as z from "zod/mini";
import { isoDateTime } from "./isoFormats.js";
import { lazySchema, unwrapSchema } from "./lazySchema.js";
import {
  ArgumentError,
  CadenceError,
  LeadValidationError,
  describeValue,
  expectedIssue,
  validationIssue,
  type ValidationIssue,
  type ValidationIssueCode,
} from "../errors/index.js";
import { civilFromDays, daysInMonth, isLeapYear, packedDay, packedMonth, packedYear } from "./civilDate.js";

/*
 * The one home of instants: every instant argument is read here and every ISO-8601 instant is
 * written here. `Date.parse` appears nowhere else (a guardrail checks it): read alone, it takes an
 * instant without an offset in the host's zone.
 */

/** An instant given by the caller: a `Date`, epoch milliseconds, or an ISO-8601 string with Z or an offset. */
export type InstantInput = Date | number | string;

/** The earliest instant accepted anywhere: 1900-01-01T00:00:00.000Z. */
export const MIN_INSTANT_MS = -2_208_988_800_000;
/** The latest instant accepted anywhere: 2200-12-31T23:59:59.999Z. */
export const MAX_INSTANT_MS = 7_289_654_399_999;
/** The accepted range in words, for messages and docs. */
export const INSTANT_RANGE = "between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999Z";

/** What an instant of a lead is, in every message and `expected` that refuses one (`evaluate`'s and `parseLead`'s alike). */
export const ISO_INSTANT = "an ISO-8601 instant with Z or an offset";
/** What a history record's `at` ({@link HistoryInstant}) is, in every message and `expected` that refuses one. */
export const HISTORY_INSTANT = `epoch milliseconds (an integer) or ${ISO_INSTANT}`;
/** How an issue refusing a `Date` given for an instant ends: leads are JSON data, an instant in them a string. */
export const DATE_HINT = ": pass date.toISOString()";
/** The {@link Instant} schema's `error`: its invalid_type issues carry it too, which is how `parseLead` knows an instant's. */
export const INSTANT_ERROR = `Expected ${ISO_INSTANT}, e.g. 2026-03-09T14:30:00Z`;
/** The epoch-milliseconds branch's `error` in {@link HistoryInstant}: how `parseLead` knows a history instant's invalid_type issue. */
export const EPOCH_MS_ERROR = `Expected ${HISTORY_INSTANT}`;

/**
 * True for an instant inside the one accepted range, years 1900–2200. Every instant the library
 * reads (`now`, lead and history timestamps, engine arguments, clock readings) is checked against
 * it, so no computation ever walks toward the edge of the JavaScript date range.
 */
export function inInstantRange(ms: number): boolean {
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}

/** An instant: ISO-8601 date-time with `Z` or an explicit offset, e.g. `2026-03-09T14:30:00-05:00`, in years 1900–2200. */
export const Instant = /* @__PURE__ */ lazySchema(() =>
  isoDateTime({
    offset: true,
    error: INSTANT_ERROR,
  }).check(
    z.superRefine((text, ctx) => {
      const ms = parseInstant(text);
      if (ms !== undefined && !inInstantRange(ms))
        ctx.addIssue({
          code: "custom",
          message: `Expected an instant ${INSTANT_RANGE}, got ${JSON.stringify(text)}`,
          input: text,
          params: { code: "instant_out_of_range" satisfies ValidationIssueCode },
        });
    }),
  ),
);

/**
 * A history record's instant: an ISO-8601 instant ({@link Instant}) or epoch milliseconds (an
 * integer), in years 1900–2200. Numbers are kept as given (a stored record round-trips as it came);
 * a history of numbers is read without parsing a single string.
 * @example 1773064800000 // the same instant as "2026-03-09T14:00:00Z"
 */
export const HistoryInstant = /* @__PURE__ */ lazySchema(() =>
  z.union([
    unwrapSchema(Instant),
    z.int({ error: EPOCH_MS_ERROR }).check(
      z.superRefine((ms, ctx) => {
        if (!inInstantRange(ms))
          ctx.addIssue({
            code: "custom",
            message: `Expected an instant ${INSTANT_RANGE}, got ${ms} (epoch milliseconds)`,
            input: ms,
            params: { code: "instant_out_of_range" satisfies ValidationIssueCode },
          });
      }),
    ),
  ]),
);

// The zone follows the minutes or seconds: a bare date's last digits (`2026-03-09`, `2026-03`) are no offset.
const HAS_ZONE = /:\d\d(?:\.\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * Epoch ms of an ISO-8601 instant that carries `Z` or an offset; `undefined` for anything else,
 * including local date-times, whose meaning would depend on the host's zone, and dates or hours
 * that do not exist (`2026-02-30`, `2026-04-31`, `24:00`), which `Date.parse` rolls over into the
 * next day and the plan and lead schemas refuse.
 */
export function parseInstant(text: string): number | undefined {
  const fast = parseCanonicalInstant(text);
  if (fast !== undefined) return fast;
  if (!HAS_ZONE.test(text) || !realDateAndHour(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const DATE_AND_HOUR = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)(?:T(\d\d))?/;

/** False when `text` opens with a date that is not in the calendar, or an hour past 23. */
function realDateAndHour(text: string): boolean {
  const m = DATE_AND_HOUR.exec(text);
  if (m === null) return true;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || (m[4] !== undefined && Number(m[4]) > 23)) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The common form `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` for years 1970–9999, read by character
 * codes; `undefined` for anything else (the caller then takes the general path). Gives exactly what
 * `Date.parse` gives for the strings it accepts, only faster: a history holds thousands of
 * instants. Written out digit by digit, with no call and no allocation before the result: a digit
 * is `c - 48` and any non-digit makes that difference fall outside 0–9 (`>>> 0 > 9`).
 */
function parseCanonicalInstant(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return undefined;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const mo0 = s.charCodeAt(5) - 48;
  const mo1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  const h0 = s.charCodeAt(11) - 48;
  const h1 = s.charCodeAt(12) - 48;
  const mi0 = s.charCodeAt(14) - 48;
  const mi1 = s.charCodeAt(15) - 48;
  const s0 = s.charCodeAt(17) - 48;
  const s1 = s.charCodeAt(18) - 48;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    mo0 >>> 0 > 9 ||
    mo1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    mi0 >>> 0 > 9 ||
    mi1 >>> 0 > 9 ||
    s0 >>> 0 > 9 ||
    s1 >>> 0 > 9
  )
    return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = isLeapYear(year);
  if (day > 28 && day > daysInMonth(year, month)) return undefined;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    let digits = 0;
    while (i < n) {
      const d = s.charCodeAt(i) - 48;
      if (d >>> 0 > 9) break;
      if (digits < 3) ms = ms * 10 + d;
      digits++;
      i++;
    }
    if (digits === 0) return undefined;
    if (digits === 1) ms *= 100;
    else if (digits === 2) ms *= 10;
  }
  let offset = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90) {
    if (i !== n - 1) return undefined;
  } else if ((sign === 43 || sign === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) {
    const oh0 = s.charCodeAt(i + 1) - 48;
    const oh1 = s.charCodeAt(i + 2) - 48;
    const om0 = s.charCodeAt(i + 4) - 48;
    const om1 = s.charCodeAt(i + 5) - 48;
    if (oh0 >>> 0 > 9 || oh1 >>> 0 > 9 || om0 >>> 0 > 9 || om1 >>> 0 > 9) return undefined;
    const oh = oh0 * 10 + oh1;
    const om = om0 * 10 + om1;
    if (oh > 23 || om > 59) return undefined;
    offset = sign === 45 ? -(oh * 60 + om) : oh * 60 + om;
  } else return undefined;
  // Days since 1970-01-01 (years ≥ 1970): whole years, then the months before `month` in `year`.
  const before = year - 1;
  const days =
    365 * (year - 1970) +
    (((before / 4) | 0) - ((before / 100) | 0) + ((before / 400) | 0) - 477) +
    (DAYS_BEFORE_MONTH[month] as number) +
    (leap && month > 2 ? 1 : 0) +
    day -
    1;
  return (((days * 24 + hour) * 60 + minute - offset) * 60 + second) * 1000 + ms;
}

/** Days of a common year before each month (index 1–12). */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Epoch ms of an instant argument: a `Date`, finite epoch milliseconds, or an ISO-8601 string with
 * `Z` or an offset (a local date-time is refused: the host's zone must never decide what it means).
 * @throws {ArgumentError} naming the argument, what was expected and what came.
 */
export function instantArgument(value: unknown, name: string): number {
  const ms = readInstantArgument(value);
  if (ms === undefined) throw new ArgumentError(name, `Expected \`${name}\` to be a Date, epoch milliseconds or ${ISO_INSTANT}, got ${describeValue(value)}`);
  if (!inInstantRange(ms))
    throw new ArgumentError(
      name,
      `Expected \`${name}\` to be an instant ${INSTANT_RANGE}, got ${value instanceof Date ? `a Date (${asIso(ms)})` : `${describeValue(value)}${typeof value === "number" && Math.abs(ms) <= 8.64e15 ? ` (${asIso(ms)})` : ""}`}`,
    );
  return ms;
}

function readInstantArgument(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  return typeof value === "string" ? parseInstant(value) : undefined;
}

function asIso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Epoch ms of an ISO-8601 instant read from a lead. Instants without `Z` or an offset are
 * rejected (the host's zone must never decide what an instant means), and so are instants outside
 * years 1900–2200 ({@link inInstantRange}).
 * @throws {LeadValidationError} naming the path of the bad value ({@link instantIssue}).
 */
export function leadInstant(value: unknown, path: readonly (string | number)[]): number {
  const ms = typeof value === "string" ? parseInstant(value) : undefined;
  if (ms !== undefined && inInstantRange(ms)) return ms;
  if (ms !== undefined) throw outOfRange(path, describeValue(value));
  throw new LeadValidationError([instantIssue(path, ISO_INSTANT, value)]);
}

/**
 * The `invalid_instant` issue of `value` given where `expected` belongs ({@link ISO_INSTANT} or
 * {@link HISTORY_INSTANT}): "Expected …, got …", ending in {@link DATE_HINT} for a `Date`.
 * `evaluate`'s checks and `parseLead` make it alike.
 */
export function instantIssue(path: readonly (string | number)[], expected: string, value: unknown): ValidationIssue {
  const issue = expectedIssue(path, expected, value, "invalid_instant");
  return issue.received === "a Date" ? { ...issue, message: issue.message + DATE_HINT } : issue;
}

/** The error of an instant of a lead outside the accepted range ({@link inInstantRange}); `received`, {@link describeValue}'s. */
function outOfRange(path: readonly (string | number)[], received: string): LeadValidationError {
  return new LeadValidationError([
    validationIssue("instant_out_of_range", path, `Expected an instant ${INSTANT_RANGE}, got ${received}`, INSTANT_RANGE, received),
  ]);
}

/**
 * Epoch ms of a history record's `at` ({@link HistoryInstant}): epoch milliseconds (an integer)
 * are taken as they are, an ISO-8601 instant is read as {@link leadInstant} reads it.
 * @throws {LeadValidationError} naming the path of the bad value.
 */
export function historyInstant(value: unknown, path: readonly (string | number)[]): number {
  const ms = historyInstantMs(value);
  if (ms !== undefined) return ms;
  if (typeof value === "string") return leadInstant(value, path);
  if (Number.isInteger(value)) throw outOfRange(path, describeValue(value));
  throw new LeadValidationError([instantIssue(path, HISTORY_INSTANT, value)]);
}

/**
 * Epoch ms of a valid history instant ({@link historyInstant}), `undefined` for anything else:
 * the check without the error, for loops that build a path only when a record is bad.
 */
export function historyInstantMs(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && inInstantRange(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const ms = parseInstant(value);
  return ms !== undefined && inInstantRange(ms) ? ms : undefined;
}

/**
 * Epoch ms of an instant this library wrote or validated (a decision's `dueAt`, a stored lead's
 * history, whose records may hold epoch milliseconds): a bad one means corrupted state, not bad input.
 * @throws {CadenceError} `invalid_instant`.
 */
export function instantMs(value: string | number): number {
  const ms = typeof value === "number" ? (Number.isFinite(value) ? value : undefined) : parseInstant(value);
  if (ms === undefined) throw new CadenceError("invalid_instant", `Expected ${ISO_INSTANT}, got ${describeValue(value)}`);
  return ms;
}

/** Years 1970–9999 as epoch ms bounds; outside them `Date#toISOString` takes over. */
const MAX_FAST = 253_402_300_799_999;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
// The tables below are filled entry by entry as instants are written, not at import (building the 2,500 texts took
// about a millisecond of every import of the package); an entry, once written, never changes.
/** `HH:MM:` for each minute of a day. */
const CLOCK_MINUTES = new Array<string | undefined>(1440);
/** `SS.000Z` for each second of a minute: most instants written are whole seconds. */
const WHOLE_SECONDS = new Array<string | undefined>(60);
/** `.mmmZ` for each millisecond of a second (a decision's `now` rarely falls on a whole second). */
const MILLIS = new Array<string | undefined>(1000);
const DAY_MEMO_SIZE = 1024;
const dayKeys = new Float64Array(DAY_MEMO_SIZE).fill(-1);
const dayValues = new Array<string>(DAY_MEMO_SIZE).fill("");

/**
 * ISO-8601 in UTC with milliseconds (`2026-03-09T14:00:00.000Z`): the one format instants are
 * written in. Identical to `Date#toISOString` for every integer instant, without allocating a Date
 * in the common range: decisions write many. Three or four table entries joined (the date part
 * memoised by day; no number formatted), about 30 ns. Not memoised by instant: a text kept in a
 * table outlives the decision that made it, and the collector's copying and promoting it cost more
 * than writing it again.
 * @throws {RangeError} for a non-finite or out-of-range instant, as `Date#toISOString` does.
 */
export function isoInstant(epochMs: number): string {
  if (!(epochMs >= 0 && epochMs <= MAX_FAST) || !Number.isInteger(epochMs)) return new Date(epochMs).toISOString();
  const days = Math.floor(epochMs / 86_400_000);
  // The rest is int32 arithmetic: an integer instant leaves a whole number of ms in [0, 86,400,000),
  // so `| 0` is exact, and dividing an int32 by a constant compiles to a multiplication (on doubles
  // each division and `Math.floor` cost more than all the rest; no `%`: on doubles it is a call to `fmod`).
  const inDay = (epochMs - days * 86_400_000) | 0;
  const minute = (inDay / 60_000) | 0;
  const inMinute = inDay - minute * 60_000;
  const second = (inMinute / 1000) | 0;
  const milli = inMinute - second * 1000;
  return (
    isoDate(days) +
    (CLOCK_MINUTES[minute] ??= clockText(minute)) +
    (milli === 0 ? (WHOLE_SECONDS[second] ??= `${TWO_DIGITS[second]}.000Z`) : (TWO_DIGITS[second] as string) + (MILLIS[milli] ??= millisText(milli)))
  );
}

/** `HH:MM:` for the `minute`-th minute of a day. */
function clockText(minute: number): string {
  return `${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}:`;
}

/** `.mmmZ` for `milli` in [0, 1000). */
function millisText(milli: number): string {
  return `.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}

/** `YYYY-MM-DDT` of a day since 1970-01-01 (years 1970–9999). */
function isoDate(days: number): string {
  const slot = days & (DAY_MEMO_SIZE - 1);
  if (dayKeys[slot] === days) return dayValues[slot] as string;
  const date = civilFromDays(days);
  const text = `${packedYear(date)}-${TWO_DIGITS[packedMonth(date)]}-${TWO_DIGITS[packedDay(date)]}T`;
  dayKeys[slot] = days;
  dayValues[slot] = text;
  return text;
}
