import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactAddressKey, inAddresses } from "../../src/policy/contactAddress.js";

describe("contactAddressKey", () => {
  it("reads one address however it is written", () => {
    expect(contactAddressKey(" Lead@Example.COM ")).toBe("lead@example.com");
    expect(contactAddressKey("+1 212-555-0100")).toBe("+12125550100");
    expect(contactAddressKey("001 212 555 0100")).toBe("+12125550100");
    expect(contactAddressKey("(212) 555-0100")).toBe("2125550100");
    expect(contactAddressKey("https://linkedin.com/in/Someone")).toBe("https://linkedin.com/in/someone");
  });

  it("keeps different addresses apart: a national number is not its international form, text without digits stays text", () => {
    expect(contactAddressKey("(212) 555-0100")).not.toBe(contactAddressKey("+1 212 555 0100"));
    expect(contactAddressKey("a@example.com")).not.toBe(contactAddressKey("b@example.com"));
    expect(contactAddressKey("---")).not.toBe(contactAddressKey("..."));
  });

  it("is idempotent: a key read again is itself (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (address) => {
        const key = contactAddressKey(address);
        expect(contactAddressKey(key)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});

describe("inAddresses", () => {
  const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));

  it("finds a number written nationally among international ones, either way round, and no number differing in its last 7 digits (property)", () => {
    fc.assert(
      fc.property(
        digits(1, 3),
        fc.integer({ min: 1, max: 9 }),
        digits(6, 11),
        fc.boolean(),
        fc.integer({ min: 0, max: 6 }),
        (country, lead, rest, trunk, changed) => {
          const significant = `${lead}${rest}`;
          const international = contactAddressKey(`+${country} ${significant}`);
          const national = contactAddressKey(`${trunk ? "0" : ""}${significant}`);
          expect(inAddresses(new Set([international]), national)).toBe(true);
          expect(inAddresses(new Set([national]), international)).toBe(true);
          // One of the last seven digits changed: another number.
          const at = significant.length - 1 - changed;
          const other = `${significant.slice(0, at)}${(Number(significant[at]) + 1) % 10}${significant.slice(at + 1)}`;
          expect(inAddresses(new Set([international]), contactAddressKey(other))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never matches two national numbers or two international ones that differ, nor text", () => {
    expect(inAddresses(new Set(["2125550100"]), "12125550100")).toBe(false);
    expect(inAddresses(new Set(["+12125550100"]), "+2125550100")).toBe(false);
    expect(inAddresses(new Set(["+12125550100"]), "lead@example.com")).toBe(false);
    expect(inAddresses(new Set(["+12125550100"]), "")).toBe(false);
  });
});
