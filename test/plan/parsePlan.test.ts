import { describe, expect, it } from "vitest";
import { CadenceError, PlanValidationError, isPlanValidationError } from "../../src/errors/index.js";
import { PlanSchema, parsePlan, planJsonSchema } from "../../src/plan/index.js";
import { DEALER_PLAN, minimalPlan, readJson } from "./fixtures.js";

describe("parsePlan", () => {
  it("returns the plan with defaults filled in", () => {
    const plan = parsePlan(minimalPlan());
    expect(plan).toMatchObject({ priority: 0, exits: [], policies: {} });
    expect(plan.steps[0]?.mode).toBe("auto");
  });

  it("throws PlanValidationError with code, issues and a message naming each path", () => {
    const input = minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "5 minutes" } }] });
    let caught: unknown;
    try {
      parsePlan(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanValidationError);
    expect(caught).toBeInstanceOf(CadenceError);
    expect(caught).toBeInstanceOf(Error);
    expect(isPlanValidationError(caught)).toBe(true);
    const error = caught as PlanValidationError;
    expect(error.code).toBe("plan_invalid");
    expect(error.name).toBe("PlanValidationError");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["steps", 0, "at", "after"], received: '"5 minutes" (string)' })]);
    expect(error.message).toContain("steps[0].at.after");
    expect(error.message).toContain("1 issue");
  });

  it("lists every issue in the message", () => {
    const input = minimalPlan({ timezone: "Mars/Base", steps: [{ id: "a", channel: "call", at: { days: 1, time: "25:00" } }] });
    expect(() => parsePlan(input)).toThrow(/2 issues[\s\S]*timezone[\s\S]*steps\[0\]\.at\.time/);
  });

  it("accepts a $schema reference for editors", () => {
    const plan = parsePlan({ $schema: "./node_modules/lead-cadence/schema/plan.schema.json", ...minimalPlan() });
    expect(plan.$schema).toBe("./node_modules/lead-cadence/schema/plan.schema.json");
  });

  it("checks rule names only when rules are supplied", () => {
    const input = minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, when: { rule: "isVip" } }] });
    expect(() => parsePlan(input)).not.toThrow();
    expect(() => parsePlan(input, { rules: { isHotLead: () => true } })).toThrow(PlanValidationError);
    expect(() => parsePlan(input, { rules: { isHotLead: () => true } })).toThrow(/steps\[0\]\.when\.rule/);
  });
});

describe("planJsonSchema", () => {
  const schema = planJsonSchema();

  it("is a JSON-serialisable object with properties.steps", () => {
    const copy = JSON.parse(JSON.stringify(schema)) as Record<string, any>;
    expect(copy).toEqual(schema);
    expect(copy["type"]).toBe("object");
    expect(copy["properties"]["steps"]).toMatchObject({ type: "array" });
    expect(copy["$schema"]).toContain("2020-12");
    expect(copy["$id"]).toContain("plan.schema.json");
  });

  it("names every top-level field of the plan, $schema included", () => {
    const properties = Object.keys((schema["properties"] ?? {}) as object).sort();
    expect(properties).toEqual(Object.keys(PlanSchema.shape).sort());
    expect(properties).toContain("$schema");
  });

  it("describes the input form: fields with defaults are optional", () => {
    const required = [...(schema["required"] as string[])];
    expect(required.sort()).toEqual(["id", "name", "steps", "timezone", "version"]);
  });

  it("is stable between calls", () => {
    expect(planJsonSchema()).toEqual(schema);
  });

  it("does not forbid the dealer plan's fields", () => {
    const props = schema["properties"] as Record<string, unknown>;
    for (const key of Object.keys(readJson(DEALER_PLAN) as object)) expect(props).toHaveProperty([key]);
  });
});
