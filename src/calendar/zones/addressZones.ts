import { BoundedMemo, countryCode, memoise } from "../../primitives/index.js";
import { intlOffsetMinutes } from "../intlZone.js";
import { canonicalZone } from "../zone.js";
import { COUNTRY_ZONES_PACKED } from "./countryZones.js";
import { regionCode } from "./regionNames.js";
import { regionZones, unpackZone } from "./regionZones.js";

let countries: Map<string, readonly string[]> | undefined;

function countryTable(): Map<string, readonly string[]> {
  if (countries === undefined) {
    countries = new Map();
    for (const entry of COUNTRY_ZONES_PACKED.split("|")) {
      const [code, zones] = entry.split(":") as [string, string];
      countries.set(code, zones.split(",").map(unpackZone));
    }
  }
  return countries;
}

/** By country and region as written on leads: bounded, since leads are outside input. */
const memo = new BoundedMemo<string, readonly string[] | null>(10_000);

/**
 * The canonical zones of an address: the region's zones when the country is one of the few with a
 * region table (US, CA, AU, BR) and the region is known there (zones with the same offsets, sampled
 * daily through 2026–2027, merged), else every distinct zone of the country (tz database zone.tab,
 * see scripts/write-country-zones.mjs).
 * `null` for an unknown country. Region codes are ISO 3166-2 without or with the country prefix
 * (`FL` or `US-FL`); the regions and names of the four region-table countries may also be written
 * out ("Florida", "United States": `regionNames.ts`, `primitives/countryCode.ts`). Memoised.
 */
export function addressZones(country: string, region?: string): readonly string[] | null {
  // Keyed as written (the country's length first, so no two pairs share a key): a name is read once, not at every evaluation.
  return memo.getOrSet(`${country.length}:${country}|${region ?? ""}`, () => {
    const cc = countryCode(country);
    const rc = region === undefined ? undefined : regionCode(cc, region);
    const inRegion = rc === undefined ? undefined : regionZones()[cc]?.[rc];
    // The generated country lists are already one zone per distinct offset history.
    const countryZones = countryTable().get(cc);
    return inRegion !== undefined ? distinctZones(inRegion) : countryZones === undefined ? null : canonicalZones(countryZones);
  });
}

function canonicalZones(names: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const name of names) {
    const zone = canonicalZone(name);
    if (zone !== undefined && !out.includes(zone)) out.push(zone);
  }
  return out;
}

/** Samples: every day at 12:00 UTC, 2026–2027 (made at first use). Zones that differ only for hours around a change night are merged. */
let samples: readonly number[] | undefined;

function dailySamples(): readonly number[] {
  const out: number[] = [];
  for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2028, 0, 1); t += 86_400_000) out.push(t);
  return out;
}

/** A zone's offsets at every sample, by canonical zone. */
const fingerprint = memoise((zone: string): string => {
  // Intl directly: the offset tables of zone.ts would be built at 6-hour resolution for every sampled zone.
  return (samples ??= dailySamples()).map((t) => intlOffsetMinutes(zone, t)).join(",");
}, 2048);

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
