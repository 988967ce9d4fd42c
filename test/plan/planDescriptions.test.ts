import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { LeadSchema, PlanSchema, planJsonSchema } from "../../src/index.js";
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

  it("docs/plan-format.md documents every field of a plan, a step, the policies and a lead", () => {
    const doc = readFileSync(new URL("../../docs/plan-format.md", import.meta.url), "utf8");
    /** The text of a `## ` section, up to the next one. */
    const section = (heading: string) => {
      const start = doc.indexOf(`\n## ${heading}\n`);
      expect(start, heading).toBeGreaterThan(0);
      const end = doc.indexOf("\n## ", start + 1);
      return doc.slice(start, end < 0 ? undefined : end);
    };
    type Properties = { properties: Record<string, unknown> };
    const plan = planJsonSchema() as unknown as Properties & { properties: { steps: { items: Properties }; policies: Properties } };
    const lead = z.toJSONSchema(LeadSchema, { io: "input", unrepresentable: "any" }) as unknown as Properties;
    const missing = [
      ...Object.keys(plan.properties)
        .filter((k) => !section("The plan").includes(`| \`${k}\``))
        .map((k) => `plan: ${k}`),
      ...Object.keys(plan.properties.steps.items.properties)
        .filter((k) => !section("Steps").includes(`| \`${k}\``))
        .map((k) => `step: ${k}`),
      ...Object.keys(plan.properties.policies.properties)
        .filter((k) => !section("Policies").includes(`"${k}"`))
        .map((k) => `policies: ${k}`),
      ...Object.keys(lead.properties)
        .filter((k) => !section("The lead format").includes(`| \`${k}\``))
        .map((k) => `lead: ${k}`),
    ];
    expect(Object.keys(lead.properties).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
