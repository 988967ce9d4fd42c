import * as z from "zod/mini";
import { lazySchema, unwrapSchema } from "../primitives/index.js";
import { PLAN_DESCRIPTIONS, type PlanDescriptionKey } from "./descriptions.js";
import { PlanSchema } from "./plan.js";
import { planDescriptionTargets } from "./planDescriptionTargets.js";

/**
 * The plan schema as the package exports it (`PlanSchema`): the same schema object `parsePlan`
 * and `evaluate` validate with, whose first use also describes the plan format's schemas: each
 * text of `PLAN_DESCRIPTIONS` becomes, in zod's global registry, the description of the schema
 * its key leads to, so `z.toJSONSchema(PlanSchema)` carries them. The modules on the `evaluate`
 * path use `plan.ts`'s binding and so never load the texts, nor the keys.
 *
 * A zod/mini schema: no classic methods (`.extend`, `.optional`: use `z.extend(PlanSchema, …)`,
 * `z.optional(PlanSchema)`), not `instanceof` classic `z.ZodType` (docs/plan-format.md, "The zod schemas").
 */
// Marked pure where it is called: in dist/ lazySchema sits in another chunk, where a bundler does not see its own annotation.
export const DocumentedPlanSchema: typeof PlanSchema = /* @__PURE__ */ lazySchema(() => {
  for (const [key, schema] of planDescriptionTargets(Object.keys(PLAN_DESCRIPTIONS) as PlanDescriptionKey[])) {
    // After the metadata the schema has (a shared schema's pattern, through a copy's parent), as `z.describe` would.
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), description: PLAN_DESCRIPTIONS[key] });
  }
  return unwrapSchema(PlanSchema);
});
