import * as z from "zod/mini";
import { unwrapSchema } from "../primitives/index.js";
import { DocumentedPlanSchema } from "./documentedPlanSchema.js";

/**
 * The JSON Schema (draft 2020-12) of the plan format, for editors and other languages. Every
 * property's description is its zod field's text in `PLAN_DESCRIPTIONS` (descriptions.ts, one source for both); it
 * compiles under Ajv's strict mode (test/plan/planJsonSchemaAjv.test.ts).
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(unwrapSchema(DocumentedPlanSchema), { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...(withoutTypeLists(schema) as Record<string, unknown>),
    $id: "https://unpkg.com/lead-cadence/schema/plan.schema.json",
    title: "lead-cadence plan",
    description: "A multichannel follow-up cadence: steps, exits and policies.",
  };
}

/** `type: [a, b]` as `anyOf: [{ type: a }, { type: b }]`: Ajv's strict mode refuses type lists (strictTypes). */
function withoutTypeLists(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTypeLists);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = withoutTypeLists(value);
  if (Array.isArray(out["type"])) {
    const types = out["type"] as string[];
    delete out["type"];
    out["anyOf"] = types.map((type) => ({ type }));
  }
  return out;
}
