import * as z from "zod/mini";
import { ChannelName, Duration, RegistryId, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

/**
 * An exemption from a registry flag while a business relationship lasts: `for` after the latest
 * evidence of `basis` — a history `event` record named in `events`, or an instant in one of the
 * lead's `attributes` (`"lastPurchaseAt": "2026-01-10T15:00:00Z"`).
 */
export const DoNotCallExemption = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    basis: z.string().check(z.minLength(1), z.maxLength(64)),
    for: describable(Duration),
    events: z.optional(z.array(nonEmptyString())),
    attributes: z.optional(z.array(nonEmptyString())),
  }),
);
/** A do-not-call exemption. */
export type DoNotCallExemption = z.infer<typeof DoNotCallExemption>;

/** What a registry flag on the lead (`lead.dncRegistries`) blocks, and what exempts from it. */
export const DoNotCallRegistryRule = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    channels: z.array(unwrapSchema(ChannelName)).check(z.minLength(1)),
    exemptions: z.optional(z.array(unwrapSchema(DoNotCallExemption))),
    source: z.optional(z.string()),
  }),
);
/** One registry's rule. */
export type DoNotCallRegistryRule = z.infer<typeof DoNotCallRegistryRule>;

/**
 * Do-not-call rules as data: what each national registry flag blocks and its exemptions, and how
 * long a company-specific do-not-call request (`lead.dncRequests`) is honoured. Compliance presets
 * bring their own (`us-federal`: the US National Do Not Call Registry with the
 * established-business-relationship exemptions, requests honoured 5 years); the plan's entries
 * replace a preset's for the same registry, and its `requestsHonouredFor` replaces theirs.
 */
export const DoNotCallRules = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    registries: z.optional(z.record(unwrapSchema(RegistryId), unwrapSchema(DoNotCallRegistryRule))),
    requestsHonouredFor: z.optional(unwrapSchema(Duration)),
  }),
);
/** Do-not-call rules. */
export type DoNotCallRules = z.infer<typeof DoNotCallRules>;
