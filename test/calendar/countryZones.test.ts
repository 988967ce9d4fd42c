import { describe, expect, it } from "vitest";
import { addressZones } from "../../src/calendar/index.js";
import { COUNTRY_ZONES_PACKED, ZONE_AREAS } from "../../src/calendar/zones/countryZones.js";
import { isKnownZoneName } from "../../src/primitives/index.js";

describe("the packed country zone table (calendar/zones/countryZones.ts)", () => {
  it("reads back as IANA zone names: every country's zones are zones Intl knows, areas spelt out", () => {
    const countries = COUNTRY_ZONES_PACKED.split("|").map((entry) => entry.split(":")[0] as string);
    expect(countries.length).toBeGreaterThan(240);
    for (const country of countries) {
      const zones = addressZones(country) ?? [];
      expect(zones.length, country).toBeGreaterThan(0);
      for (const zone of zones) {
        expect(isKnownZoneName(zone), `${country}: ${zone}`).toBe(true);
        expect(ZONE_AREAS.some((area) => zone.startsWith(`${area}/`)) || !zone.includes("/") || zone.startsWith("Etc/"), zone).toBe(true);
      }
    }
    expect(addressZones("AR")).toEqual(["America/Argentina/Buenos_Aires"]);
    expect(addressZones("BE")).toEqual(["Europe/Brussels"]);
  });
});
