import * as z from "zod/mini";
import { ChannelName, ConsentStatus, Identifier, Outcome, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

const JsonPrimitive = /* @__PURE__ */ lazySchema(() => z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The latest outcome of a step is in the set; `none` matches a step with no outcome yet, `skipped` a skipped step. */
export const OutcomeCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    outcome: z.strictObject({
      step: describable(Identifier),
      in: z.array(z.union([unwrapSchema(Outcome), z.literal("none"), z.literal("skipped")])).check(z.minLength(1)),
    }),
  }),
);

const ATTRIBUTE_OPERATORS = ["eq", "in", "exists", "gt", "gte", "lt", "lte"] as const;

/**
 * Compares a lead attribute (dot path into `lead.attributes`) with exactly one operator:
 * `eq`, `in`, `exists`, or the numeric `gt`, `gte`, `lt`, `lte`.
 */
export const AttributeCondition = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      attribute: nonEmptyString(),
      eq: z.optional(unwrapSchema(JsonPrimitive)),
      in: z.optional(z.array(unwrapSchema(JsonPrimitive)).check(z.minLength(1))),
      exists: z.optional(z.boolean()),
      gt: z.optional(z.number()),
      gte: z.optional(z.number()),
      lt: z.optional(z.number()),
      lte: z.optional(z.number()),
    })
    .check(
      z.meta({ minProperties: 2, maxProperties: 2 }),
      z.refine((c) => ATTRIBUTE_OPERATORS.filter((k) => k in c).length === 1, {
        error: "Expected exactly one operator of eq, in, exists, gt, gte, lt, lte beside attribute",
      }),
    ),
);

/** The lead has a contact for the channel (a phone for call/sms, an email for email, ...). */
export const HasContactCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    hasContact: describable(ChannelName),
  }),
);

/** The lead's consent for a channel is in the set. */
export const ConsentCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    consent: z.strictObject({
      channel: describable(ChannelName),
      in: z.array(unwrapSchema(ConsentStatus)).check(z.minLength(1)),
    }),
  }),
);

/** A custom predicate registered in code: `evaluate(plan, lead, now, { rules: { name: (lead) => boolean } })`. */
export const RuleCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    rule: z
      .string()
      .check(z.regex(/^[A-Za-z_$][A-Za-z0-9_$.-]*$/, { error: "Expected a rule name: a letter, '_' or '$', then letters, digits, '_', '$', '.' or '-'" })),
  }),
);

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
export const Condition: z.ZodMiniType<Condition> = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() =>
    z.union([
      unwrapSchema(OutcomeCondition),
      unwrapSchema(AttributeCondition),
      unwrapSchema(HasContactCondition),
      unwrapSchema(ConsentCondition),
      unwrapSchema(RuleCondition),
      z.strictObject({ all: z.array(unwrapSchema(Condition)).check(z.minLength(1)) }),
      z.strictObject({ any: z.array(unwrapSchema(Condition)).check(z.minLength(1)) }),
      // Its own lazy schema, not `Condition` itself: the one the description `Condition.not` is attached to.
      z.strictObject({ not: z.lazy(() => unwrapSchema(Condition)) }),
    ]),
  ),
);
