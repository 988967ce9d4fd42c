import * as z from "zod";
import { ChannelName, ConsentStatus, Identifier, Outcome, lazySchema, unwrapSchema } from "../primitives/index.js";

const JsonPrimitive = lazySchema(() => z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The latest outcome of a step is in the set; `none` matches a step with no outcome yet, `skipped` a skipped step. */
export const OutcomeCondition = lazySchema(() =>
  z.strictObject({
    outcome: z
      .strictObject({
        step: unwrapSchema(Identifier).describe("The id of the step whose latest outcome is tested."),
        in: z
          .array(z.union([unwrapSchema(Outcome), z.literal("none"), z.literal("skipped")]))
          .min(1)
          .describe("The outcomes that make it true; `none`: no outcome yet, `skipped`: the step was skipped."),
      })
      .describe("True when the named step's latest outcome is in the set."),
  }),
);

const ATTRIBUTE_OPERATORS = ["eq", "in", "exists", "gt", "gte", "lt", "lte"] as const;

/**
 * Compares a lead attribute (dot path into `lead.attributes`) with exactly one operator:
 * `eq`, `in`, `exists`, or the numeric `gt`, `gte`, `lt`, `lte`.
 */
export const AttributeCondition = lazySchema(() =>
  z
    .strictObject({
      attribute: z.string().min(1).describe("Dot path into lead.attributes, e.g. vehicle.price."),
      eq: unwrapSchema(JsonPrimitive).optional().describe("True when the attribute equals this string, number, boolean or null."),
      in: z.array(unwrapSchema(JsonPrimitive)).min(1).optional().describe("True when the attribute is one of these values."),
      exists: z.boolean().optional().describe("true: the attribute is present; false: it is absent."),
      gt: z.number().optional().describe("True when the attribute is a number greater than this."),
      gte: z.number().optional().describe("True when the attribute is a number at least this."),
      lt: z.number().optional().describe("True when the attribute is a number less than this."),
      lte: z.number().optional().describe("True when the attribute is a number at most this."),
    })
    // The JSON Schema says what the refinement below checks: `attribute` and exactly one operator (no other key is allowed).
    .meta({ minProperties: 2, maxProperties: 2 })
    .refine((c) => ATTRIBUTE_OPERATORS.filter((k) => k in c).length === 1, {
      error: "Expected exactly one operator of eq, in, exists, gt, gte, lt, lte beside attribute",
    }),
);

/** The lead has a contact for the channel (a phone for call/sms, an email for email, ...). */
export const HasContactCondition = lazySchema(() =>
  z.strictObject({
    hasContact: unwrapSchema(ChannelName).describe("True when the lead has a contact for this channel (a phone for call/sms, an email for email, ...)."),
  }),
);

/** The lead's consent for a channel is in the set. */
export const ConsentCondition = lazySchema(() =>
  z.strictObject({
    consent: z
      .strictObject({
        channel: unwrapSchema(ChannelName).describe("The channel whose consent is tested."),
        in: z.array(unwrapSchema(ConsentStatus)).min(1).describe("The consent states that make it true: granted, denied, unknown."),
      })
      .describe("True when the lead's consent for the channel is in the set."),
  }),
);

/** A custom predicate registered in code: `evaluate(plan, lead, now, { rules: { name: (lead) => boolean } })`. */
export const RuleCondition = lazySchema(() =>
  z.strictObject({
    rule: z
      .string()
      .regex(/^[A-Za-z_$][A-Za-z0-9_$.-]*$/)
      .describe("The name of a predicate registered in code: evaluate(plan, lead, now, { rules: { name: (lead) => boolean } })."),
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

// One described schema instance for `not` (a `.describe()` inside the lazy union would clone it on every expansion).
const NotOperand: z.ZodType<Condition> = lazySchema(() => z.lazy(() => unwrapSchema(Condition)).describe("True when this condition is false."));

/** A condition (`when`) on a step. */
export const Condition: z.ZodType<Condition> = lazySchema(() =>
  z.lazy(() =>
    z.union([
      unwrapSchema(OutcomeCondition),
      unwrapSchema(AttributeCondition),
      unwrapSchema(HasContactCondition),
      unwrapSchema(ConsentCondition),
      unwrapSchema(RuleCondition),
      z.strictObject({ all: z.array(unwrapSchema(Condition)).min(1).describe("True when every condition is true.") }),
      z.strictObject({ any: z.array(unwrapSchema(Condition)).min(1).describe("True when at least one condition is true.") }),
      z.strictObject({ not: unwrapSchema(NotOperand) }),
    ]),
  ),
);
