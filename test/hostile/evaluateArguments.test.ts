import { describe, expect, it } from "vitest";
import { ArgumentError, evaluate, evaluateAll, LeadValidationError, type LeadInput, type PlanInput } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { leadAt, planWith } from "../support/drive.js";

const plan = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
const lead: LeadInput = { ...leadAt("2026-03-10T14:00:00Z"), contacts: { phone: "+12125550100" } };
const NOW = "2026-03-10T14:00:00Z";

describe("evaluateAll: a list of plans with holes", () => {
  it("a hole is an ArgumentError naming its index (it was a TypeError reading `plan` of undefined)", () => {
    const holey: PlanInput[] = [];
    holey[1] = plan;
    const error = caught(() => evaluateAll(holey, lead, NOW));
    expect(error).toBeInstanceOf(ArgumentError);
    expect(error).toMatchObject({ argument: "plans[0]" });
    expect((error as Error).message).toMatch(/Expected `plans\[0\]` to be a plan, got undefined/);
  });

  it("an array of a billion holes fails at the first, at once (map visited every index first)", () => {
    const start = performance.now();
    expect(caught(() => evaluateAll(new Array(1e9) as PlanInput[], lead, NOW))).toBeInstanceOf(ArgumentError);
    // Generous: the old path took minutes; this guards against a hang, not a timing.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("evaluate and evaluateAll: options", () => {
  for (const [name, options] of [
    ["a number", 5],
    ["a string", "rules"],
    ["null", null],
  ] as const) {
    it(`options as ${name} is an ArgumentError (it was silently read as no options)`, () => {
      for (const call of [() => evaluate(plan, lead, NOW, options as never), () => evaluateAll([plan], lead, NOW, options as never)]) {
        const error = caught(call);
        expect(error).toBeInstanceOf(ArgumentError);
        expect((error as Error).message).toMatch(/Expected `options` to be an object, got /);
      }
    });
  }

  for (const [name, holidays] of [
    ["a number", 5],
    ["an empty object", {}],
    ["an object whose isHoliday is a string", { isHoliday: "yes" }],
  ] as const) {
    it(`options.holidays as ${name} is an ArgumentError (it was a TypeError from the holiday memo)`, () => {
      for (const call of [() => evaluate(plan, lead, NOW, { holidays } as never), () => evaluateAll([plan], lead, NOW, { holidays } as never)]) {
        const error = caught(call);
        expect(error).toBeInstanceOf(ArgumentError);
        expect(error).toMatchObject({ argument: "options.holidays" });
        expect((error as Error).message).toMatch(/Expected `options.holidays` to be a holiday calendar .*, got /);
      }
    });
  }

  it("a holiday calendar object still works", () => {
    const holidays = { isHoliday: () => false };
    expect(evaluate(plan, lead, NOW, { holidays }).due).toHaveLength(1);
    expect(evaluateAll([plan], lead, NOW, { holidays }).due).toHaveLength(1);
  });
});

describe("evaluate: a lead's address fields", () => {
  const usPlan = { ...planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] }), compliance: ["us-federal", "us-states"] } as PlanInput;
  // Each was a TypeError (`address?.country?.trim is not a function`) from the US state lookup.
  for (const [name, address, path] of [
    ["a number country", { country: 5 }, "address.country"],
    ["a number region", { region: 5 }, "address.region"],
    ["an object region", { country: "US", region: {} }, "address.region"],
    ["a symbol city", { city: Symbol("c") }, "address.city"],
  ] as const) {
    it(`${name} is a LeadValidationError naming ${path}`, () => {
      for (const p of [usPlan, plan]) {
        const error = caught(() => evaluate(p, { ...lead, address } as never, NOW));
        expect(error).toBeInstanceOf(LeadValidationError);
        expect((error as LeadValidationError).issues.map((i) => i.path.join("."))).toContain(path);
      }
    });
  }

  it("an address of strings still decides", () => {
    expect(evaluate(usPlan, { ...lead, address: { country: "US", region: "FL", city: "Miami" } }, NOW).due.length).toBeGreaterThanOrEqual(0);
  });
});
