import fc from "fast-check";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { intlOffsetMinutes } from "../../src/calendar/intlZone.js";
import { isKnownZoneName } from "../../src/primitives/zoneName.js";

const ZONES = Intl.supportedValuesOf("timeZone");
const NAMES = [
  ...ZONES,
  "US/Eastern",
  "utc",
  "Etc/GMT+5",
  "Asia/Calcutta",
  "",
  " ",
  "Foo/Bar",
  "+05:30",
  "-0800",
  "Z",
  " UTC",
  "Etc/Unknown",
  "america/new_york",
];
const YEAR_1800 = Date.UTC(1800, 0, 1);
const YEAR_2300 = Date.UTC(2300, 0, 1);

describe("intlZone: luxon's IANAZone without luxon", () => {
  it("isKnownZoneName (the one zone-validity check) equals IANAZone.isValidZone", () => {
    for (const name of NAMES) expect(isKnownZoneName(name), JSON.stringify(name)).toBe(IANAZone.isValidZone(name));
  });

  it("intlOffsetMinutes equals IANAZone#offset for every zone at random instants, 1800–2300", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.integer({ min: YEAR_1800, max: YEAR_2300 }), (zone, t) => {
        expect(Object.is(intlOffsetMinutes(zone, t), IANAZone.create(zone).offset(t)), `${zone} ${t}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("equals IANAZone#offset at the edges: negative epochs, millisecond remainders, out-of-range and non-finite instants", () => {
    const instants = [
      -1,
      0,
      1,
      999,
      -999,
      -1001,
      2 ** 32 - 1,
      -(2 ** 32),
      Date.UTC(1, 5, 1),
      Date.UTC(99, 11, 31, 23),
      Date.UTC(-500, 0, 1),
      8.64e15,
      -8.64e15,
      8.64e15 + 1,
      NaN,
      Infinity,
    ];
    for (const zone of ["America/New_York", "Europe/Brussels", "Australia/Sydney", "Africa/Monrovia", "Asia/Kolkata", "Pacific/Chatham", "UTC", "Foo/Bar"]) {
      for (const t of instants) expect(Object.is(intlOffsetMinutes(zone, t), IANAZone.create(zone).offset(t)), `${zone} ${t}`).toBe(true);
    }
  });
});
