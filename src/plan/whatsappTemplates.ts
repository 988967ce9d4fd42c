import * as z from "zod/mini";
import { TemplateCategory, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

/**
 * Template messages of `category` are not delivered to numbers starting with any of
 * `countryCodes` (`+1`, or a longer prefix such as `+1787`): the step uses its fallback channel,
 * else it is skipped with `whatsapp_template_blocked` and `reason` in the trace.
 */
export const TemplateDeliveryRule = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    category: describable(TemplateCategory),
    countryCodes: z
      .array(z.string().check(z.regex(/^\+[1-9][0-9]{0,6}$/, { error: "Expected a country calling code with its +, like +1 or +44" })))
      .check(z.minLength(1)),
    reason: z.optional(nonEmptyString()),
  }),
);
/** One template delivery rule. */
export type TemplateDeliveryRule = z.infer<typeof TemplateDeliveryRule>;

/**
 * WhatsApp template rules. Absent: the library's defaults (`DEFAULT_WHATSAPP_TEMPLATE_RULES`:
 * no marketing templates to `+1` numbers); given: these rules replace the defaults (`[]` for none).
 */
export const WhatsAppTemplateRules = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    undelivered: z.array(unwrapSchema(TemplateDeliveryRule)),
  }),
);
/** WhatsApp template rules. */
export type WhatsAppTemplateRules = z.infer<typeof WhatsAppTemplateRules>;
