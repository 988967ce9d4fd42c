import { z } from "zod";
import { ChannelName, Duration, RegistryId } from "../primitives/index.js";

/**
 * An exemption from a registry flag while a business relationship lasts: `for` after the latest
 * evidence of `basis` — a history `event` record named in `events`, or an instant in one of the
 * lead's `attributes` (`"lastPurchaseAt": "2026-01-10T15:00:00Z"`).
 */
export const DoNotCallExemption = z.strictObject({
  /** What the relationship rests on (`inquiry`, `transaction`): named in the trace. */
  basis: z.string().min(1).max(64),
  /** How long after the evidence the exemption lasts (`P3M`, `P18M`). */
  for: Duration,
  events: z.array(z.string().min(1)).optional(),
  attributes: z.array(z.string().min(1)).optional(),
});
/** A do-not-call exemption. */
export type DoNotCallExemption = z.infer<typeof DoNotCallExemption>;

/** What a registry flag on the lead (`lead.dncRegistries`) blocks, and what exempts from it. */
export const DoNotCallRegistryRule = z.strictObject({
  channels: z.array(ChannelName).min(1),
  exemptions: z.array(DoNotCallExemption).optional(),
  /** The rule text followed (shown in traces and docs). */
  source: z.string().optional(),
});
/** One registry's rule. */
export type DoNotCallRegistryRule = z.infer<typeof DoNotCallRegistryRule>;

/**
 * Do-not-call rules as data: what each national registry flag blocks and its exemptions, and how
 * long a company-specific do-not-call request (`lead.dncRequests`) is honoured. Compliance presets
 * bring their own (`us-federal`: the US National Do Not Call Registry with the
 * established-business-relationship exemptions, requests honoured 5 years); the plan's entries
 * replace a preset's for the same registry, and its `requestsHonouredFor` replaces theirs.
 */
export const DoNotCallRules = z.strictObject({
  registries: z.record(RegistryId, DoNotCallRegistryRule).optional(),
  /** How long a company-specific request is honoured from when it was made (`P5Y`); absent everywhere: for ever. */
  requestsHonouredFor: Duration.optional(),
});
/** Do-not-call rules. */
export type DoNotCallRules = z.infer<typeof DoNotCallRules>;
