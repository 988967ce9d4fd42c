import { z } from "zod";
import { ChannelName, ConsentStatus, Identifier, Outcome } from "../primitives/index.js";

const JsonPrimitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The latest outcome of a step is in the set; `none` matches a step with no outcome yet, `skipped` a skipped step. */
export const OutcomeCondition = z.strictObject({
  outcome: z.strictObject({
    step: Identifier,
    in: z.array(z.union([Outcome, z.literal("none"), z.literal("skipped")])).min(1),
  }),
});

/**
 * Compares a lead attribute (dot path into `lead.attributes`) with exactly one operator:
 * `eq`, `in`, `exists`, or the numeric `gt`, `gte`, `lt`, `lte`.
 */
export const AttributeCondition = z
  .strictObject({
    attribute: z.string().min(1),
    eq: JsonPrimitive.optional(),
    in: z.array(JsonPrimitive).min(1).optional(),
    exists: z.boolean().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
  })
  .refine((c) => ["eq", "in", "exists", "gt", "gte", "lt", "lte"].filter((k) => k in c).length === 1, {
    error: "Expected exactly one operator of eq, in, exists, gt, gte, lt, lte beside attribute",
  });

/** The lead has a contact for the channel (a phone for call/sms, an email for email, ...). */
export const HasContactCondition = z.strictObject({ hasContact: ChannelName });

/** The lead's consent for a channel is in the set. */
export const ConsentCondition = z.strictObject({
  consent: z.strictObject({ channel: ChannelName, in: z.array(ConsentStatus).min(1) }),
});

/** A custom predicate registered in code: `evaluate(plan, lead, now, { rules: { name: (lead) => boolean } })`. */
export const RuleCondition = z.strictObject({ rule: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$.-]*$/) });

/** A condition is data: outcomes, attributes, contacts, consent, custom rules, combined with all/any/not. */
export type Condition =
  | z.infer<typeof OutcomeCondition>
  | z.infer<typeof AttributeCondition>
  | z.infer<typeof HasContactCondition>
  | z.infer<typeof ConsentCondition>
  | z.infer<typeof RuleCondition>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** A condition (`when`) on a step. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    OutcomeCondition,
    AttributeCondition,
    HasContactCondition,
    ConsentCondition,
    RuleCondition,
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);
