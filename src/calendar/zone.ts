import { BoundedMemo, isKnownZoneName } from "../primitives/index.js";
import { intlOffsetMinutes } from "./intlZone.js";

/**
 * Time-zone validation and fast UTC-offset lookup.
 *
 * Offsets come from `Intl` as luxon's `IANAZone#offset` reads them (`intlZone.ts`; luxon is the
 * oracle in the tests) and are memoised per zone in spans of
 * 2^32 ms (~49.7 days). A span is built once, on first use, by sampling every 6 hours and
 * bisecting each change to the exact millisecond. Lookups afterwards are a Map get plus a scan of
 * the span's (usually zero to two) transitions, or, inside the run between two transitions the
 * zone's last lookup fell in, two comparisons; they allocate nothing.
 *
 * Limitation (invariant of the sampling): two transitions less than 6 hours apart that cancel each
 * other out are not seen. No such pair exists in tzdata for the years this engine schedules in.
 */

const SPAN_MS = 2 ** 32;
const SAMPLE_MS = 6 * 3_600_000;

/** Names seen, valid or not: bounded, so hostile input cannot grow it. */
const canonicalCache = new BoundedMemo<string, string | null>(10_000);

/**
 * The name lead-cadence uses for a time zone, or `undefined` if the name is not a usable zone
 * (empty, unknown, or an offset string such as `+05:30` that some runtimes accept). Memoised.
 * Every spelling of a zone gives one name, the tz database's current one: legacy links and
 * differently cased names take ICU's canonical form (`US/Eastern` → `America/New_York`,
 * `utc` → `UTC`), and where ICU still keeps a renamed zone's old name, the new one
 * (`Asia/Calcutta`, `asia/kolkata` → `Asia/Kolkata`; see {@link RENAMED_ZONES}).
 *
 * Call this once when a zone enters the system; every other function in this folder takes the
 * canonical name and does not validate it again.
 */
export function canonicalZone(name: string): string | undefined {
  const cached = canonicalCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  return canonicalCache.set(name, resolveCanonical(name) ?? null) ?? undefined;
}

function resolveCanonical(name: string): string | undefined {
  if (typeof name !== "string" || name.trim() === "" || name !== name.trim()) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  // Offset-style zones ("+05:30") are accepted by newer ICU/V8 but are not IANA zones.
  if (!/^[A-Za-z]/.test(resolved)) return undefined;
  if (!isKnownZoneName(resolved)) return undefined;
  return Object.hasOwn(RENAMED_ZONES, resolved) ? (RENAMED_ZONES[resolved] as string) : resolved;
}

/**
 * ICU's canonical names that the tz database has renamed (its `backward` links), to the current
 * names: ICU keeps the old identifier as canonical, so `Intl` reports `Asia/Calcutta` for
 * `Asia/Kolkata` and for `asia/kolkata`. A test checks that every zone of zone.tab comes out as
 * itself, so a runtime whose ICU keeps another old name fails there.
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * Per-span data, flat: `[offsetAtSpanStart, t1, offsetAfterT1, t2, offsetAfterT2, ...]` with
 * `t1 < t2 < ...`, all transitions inside `[spanStart, spanStart + SPAN_MS)`.
 */
type Span = Float64Array;

interface ZoneTable {
  readonly zone: string;
  readonly spans: Map<number, Span>;
  /** The most recently used span of this zone and its key (a one-entry cache before the Map). */
  lastKey: number;
  lastSpan: Span | undefined;
  /**
   * The offset of the last lookup's steady run: `steadyOffset` holds over `[steadyFrom,
   * steadyUntil)` (between two transitions, within one span; NaN bounds: none yet). Lookups in a
   * decision fall within days of each other, so most answer from it without a span.
   */
  steadyFrom: number;
  steadyUntil: number;
  steadyOffset: number;
}

/** Offset tables by canonical zone: more than the IANA database has, so in practice none is dropped. */
const tables = new BoundedMemo<string, ZoneTable>(2048);
let lastName = "";
let lastTable: ZoneTable | undefined;

function tableFor(zone: string): ZoneTable {
  if (zone === lastName && lastTable !== undefined) return lastTable;
  let table = tables.get(zone);
  if (table === undefined) {
    table = { zone, spans: new Map(), lastKey: NaN, lastSpan: undefined, steadyFrom: NaN, steadyUntil: NaN, steadyOffset: NaN };
    tables.set(zone, table);
  }
  lastName = zone;
  lastTable = table;
  return table;
}

function buildSpan(zone: string, key: number): Span {
  const offset = (t: number): number => intlOffsetMinutes(zone, t);
  const start = key * SPAN_MS;
  const end = start + SPAN_MS;
  const out: number[] = [offset(start)];
  let prevT = start;
  let prevO = out[0] as number;
  while (prevT < end) {
    const nextT = Math.min(prevT + SAMPLE_MS, end - 1);
    if (nextT <= prevT) break;
    const nextO = offset(nextT);
    if (nextO === prevO) {
      prevT = nextT;
      continue;
    }
    // Invariant: offset(lo) === prevO, offset(hi) !== prevO; find the first ms after the change.
    let lo = prevT;
    let hi = nextT;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (offset(mid) === prevO) lo = mid;
      else hi = mid;
    }
    const after = offset(hi);
    out.push(hi, after);
    // Continue from the transition: a second change before nextT is found on the next step.
    prevT = hi;
    prevO = after;
  }
  return Float64Array.from(out);
}

function spanFor(table: ZoneTable, key: number): Span {
  if (key === table.lastKey && table.lastSpan !== undefined) return table.lastSpan;
  let span = table.spans.get(key);
  if (span === undefined) {
    span = buildSpan(table.zone, key);
    table.spans.set(key, span);
  }
  table.lastKey = key;
  table.lastSpan = span;
  return span;
}

/**
 * The UTC offset of `zone` at instant `epochMs`, in minutes (east of UTC positive; may be
 * fractional for historical local-mean-time offsets). Equal to luxon's
 * `IANAZone.create(zone).offset(epochMs)`. `NaN` for a non-finite instant.
 *
 * @param zone a canonical zone name (see {@link canonicalZone})
 */
export function offsetMinutes(zone: string, epochMs: number): number {
  const table = tableFor(zone);
  // NaN bounds or instant: both comparisons false.
  if (epochMs >= table.steadyFrom && epochMs < table.steadyUntil) return table.steadyOffset;
  if (!Number.isFinite(epochMs)) return NaN;
  const key = Math.floor(epochMs / SPAN_MS);
  const span = spanFor(table, key);
  let off = span[0] as number;
  let from = key * SPAN_MS;
  let until = from + SPAN_MS;
  for (let i = 1; i < span.length; i += 2) {
    const t = span[i] as number;
    if (epochMs < t) {
      until = t;
      break;
    }
    off = span[i + 1] as number;
    from = t;
  }
  table.steadyFrom = from;
  table.steadyUntil = until;
  table.steadyOffset = off;
  return off;
}

/**
 * The first instant in `(fromMs, toMs]` at which the offset of `zone` changes (the first
 * millisecond with the new offset), or `undefined` if there is none.
 * Cost grows with the range (one span per ~49.7 days); callers pass short ranges.
 *
 * @param zone a canonical zone name (see {@link canonicalZone})
 */
export function transitionBetween(zone: string, fromMs: number, toMs: number): number | undefined {
  if (!(toMs > fromMs) || !Number.isFinite(fromMs) || !Number.isFinite(toMs)) return undefined;
  const table = tableFor(zone);
  // Inside the last lookup's steady run: no transition.
  if (fromMs >= table.steadyFrom && toMs < table.steadyUntil) return undefined;
  const lastKey = Math.floor(toMs / SPAN_MS);
  for (let key = Math.floor(fromMs / SPAN_MS); key <= lastKey; key++) {
    const span = spanFor(table, key);
    for (let i = 1; i < span.length; i += 2) {
      const t = span[i] as number;
      if (t > toMs) return undefined;
      if (t > fromMs) return t;
    }
  }
  return undefined;
}

/**
 * The offset of `zone` if it is the same over all of `[fromMs, toMs]` and that range lies in one
 * memo span, else `NaN` (meaning "unknown", not "changes"). For fast paths inside this folder.
 *
 * @param zone a canonical zone name
 */
export function steadyOffsetMinutes(zone: string, fromMs: number, toMs: number): number {
  const table = tableFor(zone);
  if (fromMs >= table.steadyFrom && toMs < table.steadyUntil) return table.steadyOffset;
  const key = Math.floor(fromMs / SPAN_MS);
  if (key !== Math.floor(toMs / SPAN_MS)) return NaN;
  const span = spanFor(table, key);
  let off = span[0] as number;
  for (let i = 1; i < span.length; i += 2) {
    const t = span[i] as number;
    if (fromMs < t) return t <= toMs ? NaN : off;
    off = span[i + 1] as number;
  }
  return off;
}
