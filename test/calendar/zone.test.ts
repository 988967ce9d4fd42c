import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { canonicalZone, offsetMinutes, transitionBetween } from "../../src/calendar/index.js";
import { steadyOffsetMinutes } from "../../src/calendar/zone.js";
import { COUNTRY_ZONES_PACKED, ZONE_AREAS } from "../../src/calendar/zones/countryZones.js";

const ZONES = Intl.supportedValuesOf("timeZone");
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2031, 0, 1);

describe("canonicalZone", () => {
  it("canonicalises links and case, keeps UTC and Etc zones", () => {
    expect(canonicalZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalZone("america/new_york")).toBe("America/New_York");
    expect(canonicalZone("UTC")).toBe("UTC");
    expect(canonicalZone("Etc/GMT+5")).toBe("Etc/GMT+5");
    expect(canonicalZone("Europe/Brussels")).toBe("Europe/Brussels");
  });

  it("gives a renamed zone its current name however it is spelt, where ICU keeps the old one", () => {
    // Asia/Kolkata stayed, but Asia/Calcutta and asia/kolkata came out as ICU's Asia/Calcutta.
    for (const name of ["Asia/Kolkata", "Asia/Calcutta", "asia/kolkata", "ASIA/CALCUTTA"]) expect(canonicalZone(name), name).toBe("Asia/Kolkata");
    for (const name of ["Europe/Kyiv", "Europe/Kiev", "europe/kyiv", "Europe/Uzhgorod"]) expect(canonicalZone(name), name).toBe("Europe/Kyiv");
    expect(canonicalZone("America/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    // Legacy links in an Area/Location form were kept as written.
    expect(canonicalZone("Asia/Istanbul")).toBe("Europe/Istanbul");
    expect(canonicalZone("Australia/ACT")).toBe("Australia/Sydney");
  });

  it("every zone of zone.tab comes out as itself, in any case; every runtime name as one name, idempotently", () => {
    const tab = new Set(
      COUNTRY_ZONES_PACKED.split("|").flatMap((entry) => (entry.split(":")[1] as string).split(",").map((z) => `${ZONE_AREAS[Number(z[0])]}/${z.slice(1)}`)),
    );
    // The system's tz database, when there is one, lists the zones the packed table merged away.
    for (const file of ["/usr/share/zoneinfo/zone.tab", "/usr/share/zoneinfo/zone1970.tab"]) {
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, "utf8").split("\n")) if (line !== "" && !line.startsWith("#")) tab.add(line.split("\t")[2] as string);
    }
    for (const zone of tab) {
      expect(canonicalZone(zone), zone).toBe(zone);
      expect(canonicalZone(zone.toLowerCase()), zone.toLowerCase()).toBe(zone);
    }
    for (const zone of ZONES) {
      const name = canonicalZone(zone) as string;
      expect(canonicalZone(name), zone).toBe(name);
      expect(canonicalZone(zone.toUpperCase()), zone.toUpperCase()).toBe(name);
    }
  });

  it("rejects empty, unknown and offset-style names", () => {
    for (const bad of ["", " ", "Foo/Bar", "+05:30", "-0800", "Z", " UTC", "Etc/Unknown"]) {
      expect(canonicalZone(bad), bad).toBeUndefined();
    }
  });

  it("is stable (memoised) and accepts every runtime zone", () => {
    expect(canonicalZone("US/Eastern")).toBe(canonicalZone("US/Eastern"));
    for (const z of ZONES) expect(canonicalZone(z), z).toBeTypeOf("string");
  });
});

describe("offsetMinutes", () => {
  it("golden values across DST", () => {
    expect(offsetMinutes("America/New_York", Date.UTC(2026, 2, 8, 6, 59, 59, 999))).toBe(-300);
    expect(offsetMinutes("America/New_York", Date.UTC(2026, 2, 8, 7))).toBe(-240);
    expect(offsetMinutes("America/New_York", Date.UTC(2026, 10, 1, 5, 59, 59, 999))).toBe(-240);
    expect(offsetMinutes("America/New_York", Date.UTC(2026, 10, 1, 6))).toBe(-300);
    expect(offsetMinutes("Europe/Brussels", Date.UTC(2026, 2, 29, 1))).toBe(120);
    expect(offsetMinutes("Europe/Brussels", Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(offsetMinutes("Asia/Kolkata", Date.UTC(2026, 5, 1))).toBe(330);
    expect(offsetMinutes("Pacific/Chatham", Date.UTC(2026, 0, 1))).toBe(825);
    expect(offsetMinutes("Pacific/Chatham", Date.UTC(2026, 6, 1))).toBe(765);
    expect(offsetMinutes("UTC", Date.UTC(2026, 6, 1))).toBe(0);
    expect(offsetMinutes("Etc/GMT+5", Date.UTC(2026, 6, 1))).toBe(-300);
    expect(offsetMinutes("UTC", NaN)).toBeNaN();
  });

  it("equals luxon for every zone at random instants 2024–2030", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, t) => {
        expect(offsetMinutes(zone, t)).toBe(DateTime.fromMillis(t, { zone }).offset);
      }),
      { numRuns: 400 },
    );
  });

  it("equals luxon at and just before every transition of March 2026 in every zone", () => {
    // One window keeps the table building (≈1 ms per zone and 49.7-day span) within budget.
    const from = Date.UTC(2026, 2, 1);
    const to = Date.UTC(2026, 3, 10);
    let count = 0;
    for (const zone of ZONES) {
      const z = IANAZone.create(zone);
      for (let t = transitionBetween(zone, from, to); t !== undefined; t = transitionBetween(zone, t, to)) {
        count++;
        expect(offsetMinutes(zone, t - 1), `${zone} ${t - 1}`).toBe(z.offset(t - 1));
        expect(offsetMinutes(zone, t), `${zone} ${t}`).toBe(z.offset(t));
        expect(z.offset(t - 1)).not.toBe(z.offset(t));
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it("is correct far from the present (negative epochs, span edges)", () => {
    for (const zone of ["America/New_York", "Europe/Brussels", "Australia/Sydney", "Africa/Monrovia"]) {
      for (const t of [Date.UTC(1950, 5, 1), -1, 0, 2 ** 32 - 1, 2 ** 32, -(2 ** 32), Date.UTC(2100, 0, 1)]) {
        expect(offsetMinutes(zone, t), `${zone} ${t}`).toBe(IANAZone.create(zone).offset(t));
      }
    }
  });
});

describe("transitionBetween", () => {
  it("finds the first transition in (from, to]", () => {
    const ny = "America/New_York";
    const spring = Date.UTC(2026, 2, 8, 7);
    const fall = Date.UTC(2026, 10, 1, 6);
    expect(transitionBetween(ny, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toBe(spring);
    expect(transitionBetween(ny, spring, Date.UTC(2027, 0, 1))).toBe(fall);
    expect(transitionBetween(ny, spring - 1, spring)).toBe(spring);
    expect(transitionBetween(ny, spring, spring + 1)).toBeUndefined();
    expect(transitionBetween(ny, Date.UTC(2026, 3, 1), Date.UTC(2026, 9, 1))).toBeUndefined();
    expect(transitionBetween("UTC", Date.UTC(2020, 0, 1), Date.UTC(2027, 0, 1))).toBeUndefined();
    expect(transitionBetween(ny, 10, 5)).toBeUndefined();
  });
});

describe("the steady run of the last lookup", () => {
  // Zones with transitions in 2026, and instants within hours of one: where a run ends.
  const DST = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Santiago", "Pacific/Chatham", "Asia/Tehran", "Africa/Casablanca"];
  const op = fc.record({
    kind: fc.constantFrom("offset", "transition", "steady"),
    at: fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
      fc.integer({ min: -3_600_000, max: 3_600_000 }).map((d) => Date.UTC(2026, 2, 8, 7) + d),
    ),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 86_400_000 })),
  });

  function answer(zone: string, o: { kind: string; at: number; length: number }): number | undefined {
    if (o.kind === "offset") return offsetMinutes(zone, o.at);
    if (o.kind === "transition") return transitionBetween(zone, o.at, o.at + o.length);
    return steadyOffsetMinutes(zone, o.at, o.at + o.length);
  }

  it("answers every lookup as a lookup after one far away does (offsets as luxon's)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DST), fc.array(op, { minLength: 1, maxLength: 30 }), (zone, ops) => {
        for (const o of ops) {
          const warm = answer(zone, o);
          // A lookup in 1970 moves the steady run away: the answer then comes from the spans.
          offsetMinutes(zone, 0);
          expect(warm, `${zone} ${JSON.stringify(o)}`).toBe(answer(zone, o));
          if (o.kind === "offset") expect(warm).toBe(DateTime.fromMillis(o.at, { zone }).offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("ends at the transition: a range ending on it is not steady", () => {
    const ny = "America/New_York";
    const spring = Date.UTC(2026, 2, 8, 7);
    // The lookup before the transition leaves a steady run ending at it.
    expect(offsetMinutes(ny, spring - 10)).toBe(-300);
    expect(transitionBetween(ny, spring - 5, spring)).toBe(spring);
    expect(offsetMinutes(ny, spring - 10)).toBe(-300);
    expect(steadyOffsetMinutes(ny, spring - 5, spring)).toBeNaN();
    expect(offsetMinutes(ny, spring - 10)).toBe(-300);
    expect(offsetMinutes(ny, spring)).toBe(-240);
  });
});
