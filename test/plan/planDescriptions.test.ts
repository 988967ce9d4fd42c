import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { PlanSchema, planJsonSchema } from "../../src/index.js";
import { PLAN_DESCRIPTIONS } from "../../src/plan/descriptions.js";

describe("the plan format's descriptions (plan/descriptions.ts)", () => {
  it("the exported PlanSchema converts with its descriptions, before planJsonSchema is ever called", () => {
    // Its own module graph (vitest isolates test files): nothing has provided the texts yet.
    const text = JSON.stringify(z.toJSONSchema(PlanSchema, { io: "input", unrepresentable: "any" }));
    expect(text).toContain(JSON.stringify(PLAN_DESCRIPTIONS["Plan.version"]));
    expect(text).toContain(JSON.stringify(PLAN_DESCRIPTIONS["Step.attempts"]));
  });

  it("every text is the description of something in the JSON Schema (none is left over)", () => {
    const text = JSON.stringify(planJsonSchema());
    const unused = Object.entries(PLAN_DESCRIPTIONS).filter(([, description]) => !text.includes(JSON.stringify(description)));
    expect(unused).toEqual([]);
  });
});
