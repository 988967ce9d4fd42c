import * as z from "zod/mini";
import { ChannelName, Duration, RegistryId, lazySchema, unwrapSchema } from "../primitives/index.js";

/**
 * An exemption from a registry flag while a business relationship lasts: `for` after the latest
 * evidence of `basis` — a history `event` record named in `events`, or an instant in one of the
 * lead's `attributes` (`"lastPurchaseAt": "2026-01-10T15:00:00Z"`).
 */
export const DoNotCallExemption = lazySchema(() =>
  z.strictObject({
    basis: z.string().check(z.minLength(1), z.maxLength(64), z.describe("What the relationship rests on (inquiry, transaction): named in the trace.")),
    for: unwrapSchema(Duration).check(z.describe("ISO-8601 duration the exemption lasts after the latest evidence (P3M, P18M).")),
    events: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe("Names of history `event` records that are evidence of the relationship.")),
    attributes: z
      .optional(z.array(z.string().check(z.minLength(1))))
      .check(z.describe("Lead attributes holding an instant that is evidence of the relationship (lastPurchaseAt).")),
  }),
);
/** A do-not-call exemption. */
export type DoNotCallExemption = z.infer<typeof DoNotCallExemption>;

/** What a registry flag on the lead (`lead.dncRegistries`) blocks, and what exempts from it. */
export const DoNotCallRegistryRule = lazySchema(() =>
  z.strictObject({
    channels: z.array(unwrapSchema(ChannelName)).check(z.minLength(1), z.describe("The channels a flag of this registry blocks.")),
    exemptions: z.optional(z.array(unwrapSchema(DoNotCallExemption))).check(z.describe("Business relationships that exempt a flagged lead for a while.")),
    source: z.optional(z.string()).check(z.describe("The rule text followed (shown in traces and docs).")),
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
export const DoNotCallRules = lazySchema(() =>
  z.strictObject({
    registries: z
      .optional(z.record(unwrapSchema(RegistryId), unwrapSchema(DoNotCallRegistryRule)))
      .check(z.describe("Per registry id: what its flag on a lead blocks and what exempts from it.")),
    requestsHonouredFor: z
      .optional(unwrapSchema(Duration))
      .check(z.describe("ISO-8601 duration a company-specific do-not-call request is honoured from when it was made (P5Y); absent everywhere: for ever.")),
  }),
);
/** Do-not-call rules. */
export type DoNotCallRules = z.infer<typeof DoNotCallRules>;
