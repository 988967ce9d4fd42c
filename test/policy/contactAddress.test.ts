import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactAddressKey } from "../../src/policy/contactAddress.js";

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
