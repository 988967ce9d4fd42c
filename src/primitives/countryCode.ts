/**
 * Countries as CRMs store them — written out ("United States", "Brasil") or as three letters ("USA") as often as
 * coded — read as ISO 3166-1 alpha-2 codes: the one home of these names, beneath both the lead schema (which refuses
 * a country `evaluate` could not read) and the calendar (address zones, the US-state presets). The countries named
 * are those whose regions have zones of their own (`regionZones()` in the calendar: US, CA, AU, BR).
 *
 * The names of each of {@link NAMED_COUNTRIES} in its order (`regionZones()`'s, which a test holds equal), `|` between
 * countries, `,` between names; names as {@link normalName} writes them. `US` is also "U.S." without its dots (no
 * other two letters are read: "Ga." or "Ca." in a country field is a state, not Gabon or Canada). Built into a map
 * at first use.
 */
const COUNTRY_NAMES = "US,USA,UNITED STATES,UNITED STATES OF AMERICA|CAN,CANADA|AUS,AUSTRALIA|BRA,BRAZIL,BRASIL";

/** The countries {@link COUNTRY_NAMES} names, in its order. */
export const NAMED_COUNTRIES: readonly string[] = ["US", "CA", "AU", "BR"];

let countryMap: Map<string, string> | undefined;

/**
 * Names written as {@link COUNTRY_NAMES} writes them (`|` between places, `,` between one place's names) → the code at
 * their place's position in `codes`. The calendar's region names (`REGION_NAMES`) are read through it too.
 */
export function namesTable(codes: readonly string[], text: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split("|").forEach((names, i) => {
    for (const name of names.split(",")) out.set(name, codes[i] as string);
  });
  return out;
}

/**
 * Upper case, accents, dots, commas and apostrophes removed, hyphens and runs of spaces as one
 * space: "Île-du-Prince-Édouard" → "ILE DU PRINCE EDOUARD", "Washington, D.C." → "WASHINGTON DC".
 */
export function normalName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f.,']/g, "")
    .replace(/[-\s]+/g, " ")
    .trim()
    .toUpperCase();
}

/** The country code of `country` ("US", "usa", "U.S.", "United States" → `US`); any other text upper-cased and trimmed, as before. */
export function countryCode(country: string): string {
  const upper = country.trim().toUpperCase();
  if (upper.length <= 2) return upper;
  countryMap ??= namesTable(NAMED_COUNTRIES, COUNTRY_NAMES);
  return countryMap.get(normalName(country)) ?? upper;
}
