import { lazySchema, provideDescriptions, unwrapSchema } from "../primitives/index.js";
import { PLAN_DESCRIPTIONS } from "./descriptions.js";
import { PlanSchema } from "./plan.js";

/**
 * The plan schema as the package exports it (`PlanSchema`): the same schema object `parsePlan`
 * and `evaluate` validate with, whose first use also provides the descriptions of the plan
 * format, so `z.toJSONSchema(PlanSchema)` carries them. The modules on the `evaluate` path use
 * `plan.ts`'s binding and so never load the texts.
 *
 * A zod/mini schema: no classic methods (`.extend`, `.optional`: use `z.extend(PlanSchema, …)`,
 * `z.optional(PlanSchema)`), not `instanceof` classic `z.ZodType` (docs/plan-format.md, "The zod schemas").
 */
// Marked pure where it is called: in dist/ lazySchema sits in another chunk, where a bundler does not see its own annotation.
export const DocumentedPlanSchema: typeof PlanSchema = /* @__PURE__ */ lazySchema(() => {
  provideDescriptions(PLAN_DESCRIPTIONS);
  return unwrapSchema(PlanSchema);
});
