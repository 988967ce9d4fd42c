import { describe, expect, it } from "vitest";
import { ownContact } from "../../src/policy/channelAvailability.js";
import { hasContact } from "../../src/policy/index.js";
import type { LeadInput } from "../../src/index.js";

describe("ownContact", () => {
  it("reads the lead's own string contact of a kind", () => {
    expect(ownContact({ phone: "+15555550100" }, "phone")).toBe("+15555550100");
    expect(ownContact({ phone: "+15555550100" }, "email")).toBeUndefined();
  });

  it("ignores a value that is not a string, and a string inherited from a prototype", () => {
    expect(ownContact({ phone: 5555550100 as unknown as string }, "phone")).toBeUndefined();
    const inherited = Object.create({ phone: "+15555550100" }) as Record<string, string>;
    expect(ownContact(inherited, "phone")).toBeUndefined();
    expect(ownContact({}, "toString")).toBeUndefined();
  });

  it("is what hasContact reads: an inherited or blank contact is no contact", () => {
    const lead = (contacts: Record<string, string>): LeadInput => ({ id: "l", enrolledAt: "2026-03-02T14:00:00Z", contacts });
    expect(hasContact(lead({ phone: "+15555550100" }), ["phone"])).toBe(true);
    expect(hasContact(lead(Object.create({ phone: "+15555550100" }) as Record<string, string>), ["phone"])).toBe(false);
    expect(hasContact(lead({ phone: "  " }), ["email", "phone"])).toBe(false);
  });
});
