import { ArgumentError, checkShape, describeValue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import type { TemplateDeliveryRule, WhatsAppTemplateRules } from "../plan/index.js";
import type { LeadFacts } from "./leadFacts.js";
import { ownContact } from "./channelAvailability.js";
import { internationalDigits, phoneDigits } from "./phoneDigits.js";

/**
 * The template rules used when a plan sets no `policies.whatsappTemplates`: Meta stopped
 * delivering marketing template messages to US numbers on 1 April 2025. `+1` also covers Canada
 * and the Caribbean numbering plan; a host that reaches those with marketing templates lists
 * narrower prefixes in its plan.
 */
export const DEFAULT_WHATSAPP_TEMPLATE_RULES: WhatsAppTemplateRules = /* @__PURE__ */ Object.freeze({
  undelivered: Object.freeze([
    Object.freeze({
      category: "marketing" as const,
      countryCodes: Object.freeze(["+1"]) as string[],
      reason: "Meta does not deliver marketing templates to +1 (US) numbers since 1 April 2025",
    }),
  ]) as TemplateDeliveryRule[],
});

/** A template rule that stops a touch, with the country code it matched. */
export interface TemplateBlock {
  readonly rule: TemplateDeliveryRule;
  readonly countryCode: string;
  /** What the trace says. */
  readonly detail: string;
}

/**
 * The rule that keeps a template of `category` from the lead's WhatsApp number, or `undefined`.
 * The number is the first non-empty contact of `kinds` (`whatsapp`, then `phone`); a number
 * without its country code (no `+` or `00`, other than a `whatsapp` contact, which WhatsApp ids
 * always carry) matches no rule.
 */
export function templateBlocked(
  rules: WhatsAppTemplateRules,
  category: string | undefined,
  lead: LeadInput,
  kinds: readonly string[],
): TemplateBlock | undefined {
  checkShape(rules, "rules", "WhatsApp template rules (with undelivered)", { undelivered: "array" });
  checkShape(lead, "lead", "a lead");
  if (!Array.isArray(kinds)) throw new ArgumentError("kinds", `Expected \`kinds\` to be a list of contact kinds, got ${describeValue(kinds)}`);
  if (category === undefined || rules.undelivered.length === 0) return undefined;
  const digits = leadNumberDigits(lead, kinds);
  if (digits === undefined) return undefined;
  for (const rule of rules.undelivered) {
    if (rule.category !== category) continue;
    for (const code of rule.countryCodes) {
      if (digits.startsWith(code.slice(1))) {
        const why = rule.reason ?? `${category} templates are not delivered to ${code} numbers`;
        return { rule, countryCode: code, detail: `${category} template to a ${code} number: ${why}` };
      }
    }
  }
  return undefined;
}

/** The lead's number for the channel as international digits (country code first), or `undefined`. */
function leadNumberDigits(lead: LeadInput, kinds: readonly string[]): string | undefined {
  const contacts = lead.contacts;
  if (contacts === undefined) return undefined;
  for (const kind of kinds) {
    const value = ownContact(contacts, kind);
    if (value === undefined || value.trim() === "") continue;
    const international = internationalDigits(value);
    if (international !== undefined) return international;
    const digits = phoneDigits(value);
    return kind === "whatsapp" && digits.length >= 8 ? digits : undefined;
  }
  return undefined;
}

/**
 * `opted_out` when an opt-out of marketing messages (`category: "marketing"`, e.g. WhatsApp's
 * "stop marketing messages") covers `channel` for a step of `category`: every step but utility and
 * authentication ones, since a follow-up cadence's messages are marketing.
 */
export function marketingOptOut(facts: LeadFacts, channel: string, category: string | undefined): "opted_out" | undefined {
  if (facts.marketingOptOuts.size === 0 || category === "utility" || category === "authentication") return undefined;
  if (facts.marketingOptOuts.has(channel)) return "opted_out";
  return facts.marketingOptOuts.has("all") && facts.marketingAllOptOutLifted?.has(channel) !== true ? "opted_out" : undefined;
}
