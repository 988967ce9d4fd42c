import { z } from "zod";
import { PlanSchema } from "./plan.js";

/** The JSON Schema (draft 2020-12) of the plan format, for editors and other languages. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://unpkg.com/lead-cadence/schema/plan.schema.json",
    title: "lead-cadence plan",
    description: "A multichannel follow-up cadence: steps, exits and policies.",
  };
}
