import { canonicalZone, offsetMinutes } from "../zone.js";
import { COUNTRY_ZONES_PACKED } from "./countryZones.js";
import { REGION_ZONES } from "./regionZones.js";

let countries: Map<string, readonly string[]> | undefined;

function countryTable(): Map<string, readonly string[]> {
  if (countries === undefined) {
    countries = new Map();
    for (const entry of COUNTRY_ZONES_PACKED.split("|")) {
      const [code, zones] = entry.split(":") as [string, string];
      countries.set(code, zones.split(","));
    }
  }
  return countries;
}

const memo = new Map<string, readonly string[] | null>();

/**
 * The canonical zones of an address: the region's zones when the country is one of the few with a
 * region table (US, CA, AU, BR) and the region is known there, else every zone of the country (tz
 * database zone.tab), with zones that keep the same offsets through 2025–2030 merged into one.
 * `null` for an unknown country. Region codes are ISO 3166-2 without or with the country prefix
 * (`FL` or `US-FL`). Memoised.
 */
export function addressZones(country: string, region?: string): readonly string[] | null {
  const cc = country.trim().toUpperCase();
  const rc = region?.trim().toUpperCase().replace(new RegExp(`^${cc}-`), "");
  const key = `${cc}|${rc ?? ""}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const named = (rc === undefined ? undefined : REGION_ZONES[cc]?.[rc]) ?? countryTable().get(cc);
  const result = named === undefined ? null : distinctZones(named);
  memo.set(key, result);
  return result;
}

/** Samples: every 6 hours, 2025–2030 (UTC); no DST rule change happens within 6 hours of another. */
const SAMPLES: readonly number[] = (() => {
  const out: number[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2031, 0, 1); t += 6 * 3_600_000) out.push(t);
  return out;
})();

/** Canonical names, without duplicates or zones whose offsets match an earlier one at every sample. */
export function distinctZones(names: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const zone = canonicalZone(name);
    if (zone === undefined) continue;
    const fingerprint = SAMPLES.map((t) => offsetMinutes(zone, t)).join(",");
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    out.push(zone);
  }
  return out;
}
