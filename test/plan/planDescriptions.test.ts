import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { LeadSchema, PlanSchema, planJsonSchema } from "../../src/index.js";
import { PLAN_DESCRIPTIONS, type PlanDescriptionKey } from "../../src/plan/descriptions.js";
import { planDescriptionTarget, planDescriptionTargets } from "../../src/plan/planDescriptionTargets.js";
import { Identifier, unwrapSchema } from "../../src/primitives/index.js";

type Schema = z.core.$ZodType;
const KEYS = Object.keys(PLAN_DESCRIPTIONS) as PlanDescriptionKey[];

/** Every schema object a plan is validated with: the schemas inside `root`, through every kind of definition. */
function schemasIn(root: Schema): Set<Schema> {
  const seen = new Set<Schema>();
  const visit = (schema: Schema): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    const inner = [def["innerType"], def["element"], def["keyType"], def["valueType"], def["in"], def["out"], def["left"], def["right"]];
    if (def["type"] === "lazy") inner.push((schema as z.core.$ZodLazy)._zod.innerType);
    inner.push(...Object.values((def["shape"] as Record<string, unknown> | undefined) ?? {}), ...((def["options"] as unknown[] | undefined) ?? []));
    for (const child of inner) if (child !== undefined) visit(child as Schema);
  };
  visit(root);
  return seen;
}

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

  it("every key leads to one schema a plan is validated with, and no two keys to the same one", () => {
    const targets = planDescriptionTargets(KEYS);
    const plan = schemasIn(unwrapSchema(PlanSchema) as unknown as Schema);
    expect(KEYS.filter((key) => !plan.has(targets.get(key) as Schema))).toEqual([]);
    const keysOf = new Map<Schema, string[]>();
    for (const [key, schema] of targets) keysOf.set(schema, [...(keysOf.get(schema) ?? []), key]);
    expect([...keysOf.values()].filter((keys) => keys.length > 1)).toEqual([]);
    // Attached there by the exported PlanSchema, and nowhere else: the shared schema a field copies stays undescribed.
    expect(KEYS.filter((key) => z.globalRegistry.get(targets.get(key) as Schema)?.description !== PLAN_DESCRIPTIONS[key])).toEqual([]);
    expect(z.globalRegistry.get(unwrapSchema(Identifier))?.description).toBeUndefined();
    const json = planJsonSchema() as { properties: { id: { description: string }; steps: { items: { properties: { id: { description: string } } } } } };
    expect([json.properties.id.description, json.properties.steps.items.properties.id.description]).toEqual([
      PLAN_DESCRIPTIONS["Plan.id"],
      PLAN_DESCRIPTIONS["Step.id"],
    ]);
  });

  it("a key that leads to no schema, or to several members of a union, is refused", () => {
    expect(() => planDescriptionTarget("Step.nothing")).toThrow("Plan description Step.nothing: no nothing in a schema of type object");
    expect(() => planDescriptionTarget("Nothing.id")).toThrow("no schema named Nothing");
    expect(() => planDescriptionTarget("Exit.on")).toThrow("6 members of a union match on");
    expect(() => planDescriptionTarget("Exit.reply.nothing")).toThrow("no nothing");
    expect(planDescriptionTarget("Exit.reply.on")._zod.def.type).toBe("literal");
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
