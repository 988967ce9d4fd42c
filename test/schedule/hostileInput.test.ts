import { describe, expect, it } from "vitest";
import { ArgumentError, evaluate, evaluateAll, LeadValidationError, PlanValidationError, type LeadInput, type PlanInput } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { leadAt, planWith } from "../support/drive.js";

const plan = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
const lead: LeadInput = { ...leadAt("2026-03-10T14:00:00Z"), contacts: { phone: "+12125550100" } };
const NOW = "2026-03-10T14:00:00Z";


describe("null and wrong types where a lead holds an object", () => {
  const cases: [string, unknown, string][] = [
    ["consent: null", { consent: null }, "consent"],
    ["contacts: null", { contacts: null }, "contacts"],
    ["optOuts: [null]", { optOuts: [null] }, "optOuts.0"],
    ["optOuts: null", { optOuts: null }, "optOuts"],
    ["consent.sms: null", { consent: { sms: null } }, "consent.sms"],
    ["consent.sms.status: 5", { consent: { sms: { status: 5 } } }, "consent.sms.status"],
    ["contacts.phone: 5", { contacts: { phone: 5 } }, "contacts.phone"],
    ["attributes: null", { attributes: null }, "attributes"],
    ["address: null", { address: null }, "address"],
    ["doNotContact: [null]", { doNotContact: [null] }, "doNotContact.0"],
    ["doNotContact: {}", { doNotContact: {} }, "doNotContact"],
    ["status: 7", { status: 7 }, "status"],
    ["history: null", { history: null }, "history"],
    ["history: [null]", { history: [null] }, "history.0"],
    ["the lead is an array", null, ""],
  ];
  for (const [name, patch, path] of cases) {
    it(`${name} is a LeadValidationError naming ${path || "the root"}`, () => {
      const input = patch === null ? [] : { ...lead, ...(patch as object) };
      for (const call of [() => evaluate(plan, input as LeadInput, NOW), () => evaluateAll([plan], input as LeadInput, NOW)]) {
        const error = caught(call);
        expect(error).toBeInstanceOf(LeadValidationError);
        expect((error as LeadValidationError).issues.map((i) => i.path.join("."))).toContain(path);
        expect((error as Error).message).toMatch(/Expected .*, got /);
      }
    });
  }

  it("a well-formed lead still decides", () => {
    expect(evaluate(plan, { ...lead, consent: { sms: { status: "granted" } }, doNotContact: ["email", { channel: "call" }] }, NOW).due).toHaveLength(1);
  });
});

describe("rules are looked up as own properties", () => {
  for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) {
    it(`a plan naming rule ${JSON.stringify(name)} never calls a built-in`, () => {
      const ruled = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" }, when: { rule: name } }] }) as PlanInput;
      for (const rules of [{}, { other: () => true }]) {
        const error = caught(() => evaluate(ruled, lead, NOW, { rules }));
        expect(error).toBeInstanceOf(PlanValidationError);
        expect((error as PlanValidationError).issues[0]?.code).toBe("unknown_rule");
      }
      expect(caught(() => evaluate(ruled, lead, NOW))).toBeInstanceOf(ArgumentError);
      // Registered as an own property, the rule is used.
      const own = Object.defineProperty({}, name, { value: () => false, enumerable: true });
      expect(evaluate(ruled, lead, NOW, { rules: own }).due).toHaveLength(0);
    });
  }
});
