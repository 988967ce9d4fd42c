import { IANAZone } from "luxon";
import { canonicalZone } from "../zone.js";
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
 * region table (US, CA, AU, BR) and the region is known there (zones with the same offsets, sampled
 * daily through 2026–2027, merged), else every distinct zone of the country (tz database zone.tab,
 * see scripts/write-country-zones.mjs).
 * `null` for an unknown country. Region codes are ISO 3166-2 without or with the country prefix
 * (`FL` or `US-FL`). Memoised.
 */
export function addressZones(country: string, region?: string): readonly string[] | null {
  const cc = country.trim().toUpperCase();
  const rc = region
    ?.trim()
    .toUpperCase()
    .replace(new RegExp(`^${cc}-`), "");
  const key = `${cc}|${rc ?? ""}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const regionZones = rc === undefined ? undefined : REGION_ZONES[cc]?.[rc];
  // The generated country lists are already one zone per distinct offset history.
  const countryZones = countryTable().get(cc);
  const result = regionZones !== undefined ? distinctZones(regionZones) : countryZones === undefined ? null : canonicalZones(countryZones);
  memo.set(key, result);
  return result;
}

function canonicalZones(names: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const name of names) {
    const zone = canonicalZone(name);
    if (zone !== undefined && !out.includes(zone)) out.push(zone);
  }
  return out;
}

/** Samples: every day at 12:00 UTC, 2026–2027. Zones that differ only for hours around a change night are merged. */
const SAMPLES: readonly number[] = (() => {
  const out: number[] = [];
  for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2028, 0, 1); t += 86_400_000) out.push(t);
  return out;
})();
const fingerprints = new Map<string, string>();

function fingerprint(zone: string): string {
  let f = fingerprints.get(zone);
  if (f === undefined) {
    // luxon directly: the offset tables of zone.ts would be built at 6-hour resolution for every sampled zone.
    const z = IANAZone.create(zone);
    f = SAMPLES.map((t) => z.offset(t)).join(",");
    fingerprints.set(zone, f);
  }
  return f;
}

/** Canonical names, without duplicates or zones whose offsets match an earlier one at every sample. */
export function distinctZones(names: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const zone = canonicalZone(name);
    if (zone === undefined) continue;
    const f = fingerprint(zone);
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(zone);
  }
  return out;
}
