import { describe, expect, it } from "vitest";
import { ArgumentError, DEFAULT_WHATSAPP_TEMPLATE_RULES, presetIdsForLead, templateBlocked, usStatesOf } from "../../src/index.js";
import { caught } from "../support/caught.js";

const lead = { id: "l", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+13055550100" }, address: { country: "US", region: "FL" } };

describe("the exported policy helpers refuse what they cannot read with an ArgumentError", () => {
  // Each was a TypeError: reading `address` of null, iterating a number, `length` of undefined.
  for (const [name, call, argument] of [
    ["usStatesOf(null)", () => usStatesOf(null as never), "lead"],
    ["presetIdsForLead of a number", () => presetIdsForLead(5 as never, lead), "ids"],
    ["presetIdsForLead for a null lead", () => presetIdsForLead(["us-states"], null as never), "lead"],
    ["templateBlocked with rules that are a number", () => templateBlocked(5 as never, "marketing", lead, ["whatsapp", "phone"]), "rules"],
    ["templateBlocked for a null lead", () => templateBlocked(DEFAULT_WHATSAPP_TEMPLATE_RULES, "marketing", null as never, ["phone"]), "lead"],
    ["templateBlocked with kinds that are a string", () => templateBlocked(DEFAULT_WHATSAPP_TEMPLATE_RULES, "marketing", lead, "phone" as never), "kinds"],
  ] as const) {
    it(`${name} names ${argument}`, () => {
      const error = caught(call);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    });
  }

  it("an address whose fields are not strings is read as no address (it was a TypeError from trim)", () => {
    expect(usStatesOf({ ...lead, address: { country: 5, region: {} } } as never)).toEqual(["FL"]);
    expect(usStatesOf(lead)).toEqual(["FL"]);
    expect(presetIdsForLead(["us-federal", "us-states"], lead)).toContain("us-fl");
  });
});
