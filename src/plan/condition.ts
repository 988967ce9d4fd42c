import * as z from "zod/mini";
import { described } from "./described.js";
import { ChannelName, ConsentStatus, Identifier, Outcome, lazySchema, unwrapSchema } from "../primitives/index.js";

const JsonPrimitive = /* @__PURE__ */ lazySchema(() => z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The latest outcome of a step is in the set; `none` matches a step with no outcome yet, `skipped` a skipped step. */
export const OutcomeCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    outcome: z
      .strictObject({
        step: unwrapSchema(Identifier).check(described("OutcomeCondition.outcome.step")),
        in: z.array(z.union([unwrapSchema(Outcome), z.literal("none"), z.literal("skipped")])).check(z.minLength(1), described("OutcomeCondition.outcome.in")),
      })
      .check(described("OutcomeCondition.outcome")),
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
      attribute: z.string().check(z.minLength(1), described("AttributeCondition.attribute")),
      eq: z.optional(unwrapSchema(JsonPrimitive)).check(described("AttributeCondition.eq")),
      in: z.optional(z.array(unwrapSchema(JsonPrimitive)).check(z.minLength(1))).check(described("AttributeCondition.in")),
      exists: z.optional(z.boolean()).check(described("AttributeCondition.exists")),
      gt: z.optional(z.number()).check(described("AttributeCondition.gt")),
      gte: z.optional(z.number()).check(described("AttributeCondition.gte")),
      lt: z.optional(z.number()).check(described("AttributeCondition.lt")),
      lte: z.optional(z.number()).check(described("AttributeCondition.lte")),
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
    hasContact: unwrapSchema(ChannelName).check(described("HasContactCondition.hasContact")),
  }),
);

/** The lead's consent for a channel is in the set. */
export const ConsentCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    consent: z
      .strictObject({
        channel: unwrapSchema(ChannelName).check(described("ConsentCondition.consent.channel")),
        in: z.array(unwrapSchema(ConsentStatus)).check(z.minLength(1), described("ConsentCondition.consent.in")),
      })
      .check(described("ConsentCondition.consent")),
  }),
);

/** A custom predicate registered in code: `evaluate(plan, lead, now, { rules: { name: (lead) => boolean } })`. */
export const RuleCondition = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    rule: z
      .string()
      .check(
        z.regex(/^[A-Za-z_$][A-Za-z0-9_$.-]*$/, { error: "Expected a rule name: a letter, '_' or '$', then letters, digits, '_', '$', '.' or '-'" }),
        described("RuleCondition.rule"),
      ),
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

// One described schema instance for `not` (a `z.describe` check inside the lazy union would clone it on every expansion).
const NotOperand: z.ZodMiniType<Condition> = /* @__PURE__ */ lazySchema(() => z.lazy(() => unwrapSchema(Condition)).check(described("NotOperand")));

/** A condition (`when`) on a step. */
export const Condition: z.ZodMiniType<Condition> = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() =>
    z.union([
      unwrapSchema(OutcomeCondition),
      unwrapSchema(AttributeCondition),
      unwrapSchema(HasContactCondition),
      unwrapSchema(ConsentCondition),
      unwrapSchema(RuleCondition),
      z.strictObject({ all: z.array(unwrapSchema(Condition)).check(z.minLength(1), described("Condition.all")) }),
      z.strictObject({ any: z.array(unwrapSchema(Condition)).check(z.minLength(1), described("Condition.any")) }),
      z.strictObject({ not: unwrapSchema(NotOperand) }),
    ]),
  ),
);
