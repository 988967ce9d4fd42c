import type { LeadInput } from "../lead/index.js";
import type { Policies } from "../plan/index.js";
import { type ConsentStatus, leadInstant } from "../primitives/index.js";
import { contactAddressKey, inAddresses } from "./contactAddress.js";
import { doNotCallVerdict, hasDoNotCallEntries, type CompiledDoNotCall } from "./doNotCall.js";
import type { LeadFacts } from "./leadFacts.js";

/** Why a channel cannot be used for a lead right now. */
export type Unavailable = "opted_out" | "do_not_contact" | "consent_denied" | "channel_bounced" | "no_contact" | "no_consent";

const DEFAULT_CONTACTS: Readonly<Record<string, readonly string[]>> = {
  call: ["phone"],
  sms: ["phone"],
  whatsapp: ["whatsapp", "phone"],
  email: ["email"],
  video: ["email", "phone"],
};

/** The built-in channels that can reach a lead at a phone number: call, sms, whatsapp, video. */
export function phoneChannels(): readonly string[] {
  return Object.keys(DEFAULT_CONTACTS).filter((channel) => DEFAULT_CONTACTS[channel]?.includes("phone"));
}

/** The lead contact kinds a channel can use (any one suffices); custom channels use their own name. */
export function contactKinds(policies: Policies, channel: string): readonly string[] {
  const own = policies.channels;
  if (own !== undefined && Object.hasOwn(own, channel)) return own[channel]?.contact ?? [channel];
  return Object.hasOwn(DEFAULT_CONTACTS, channel) ? (DEFAULT_CONTACTS[channel] as readonly string[]) : [channel];
}

/**
 * The lead's own contact of `kind` when it is a string (a key inherited from a prototype is not
 * the lead's). Read first, checked for ownership only when it is a string: most reads are, and the
 * ownership check costs a second lookup.
 */
export function ownContact(contacts: Readonly<Record<string, unknown>>, kind: string): string | undefined {
  const value = contacts[kind];
  return typeof value === "string" && Object.hasOwn(contacts, kind) ? value : undefined;
}

/** True when the lead has a non-empty contact the channel can use (or the channel needs none). */
export function hasContact(lead: LeadInput, kinds: readonly string[]): boolean {
  if (kinds.length === 0) return true;
  const contacts = lead.contacts;
  if (contacts === undefined) return false;
  for (const kind of kinds) {
    const value = ownContact(contacts, kind);
    if (value !== undefined && !isBlank(value)) return true;
  }
  return false;
}

/**
 * True when the lead has contacts for the channel and every one of them bounced on it (`bounced`:
 * the channel's bounced addresses, as {@link contactAddressKey} writes them, compared by {@link inAddresses}); false without contacts,
 * which is `no_contact`'s to say.
 */
function everyContactBounced(lead: LeadInput, kinds: readonly string[], bounced: ReadonlySet<string> | undefined): boolean {
  const contacts = lead.contacts;
  if (bounced === undefined || contacts === undefined) return false;
  let any = false;
  for (const kind of kinds) {
    const value = ownContact(contacts, kind);
    if (value === undefined || isBlank(value)) continue;
    if (!inAddresses(bounced, contactAddressKey(value))) return false;
    any = true;
  }
  return any;
}

/**
 * `text.trim() === ""` without trimming in the common case: a first character in the printable
 * ASCII range (`!`..`~`, never white space) settles it; anything else asks `trim` itself, so the
 * two agree on every string (this runs for every channel of every step of every decision).
 */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === "";
}

/** What decides whether one channel may be used, apart from the lead and its history. */
export interface ChannelRules {
  /** The channel's name. */
  readonly channel: string;
  /** The lead contact kinds the channel can use (any one suffices; none means it needs no contact). */
  readonly contactKinds: readonly string[];
  /** True when the lead's consent for the channel must be `granted`. */
  readonly consentRequired: boolean;
  /** True when an opt-out from any channel stops this one too. */
  readonly globalOptOut: boolean;
  /** Do-not-call registries and request periods; absent: the lead's `dncRegistries` and `dncRequests` are not judged (the opt-out confirmation). */
  readonly doNotCall?: CompiledDoNotCall;
}

/**
 * Whether a channel may be used for the lead, judged in a fixed order: opt-out, do-not-contact
 * flag, do-not-call listing or request (see `doNotCallVerdict`), denied consent, bounce, missing
 * contact, missing required consent. `undefined` means available.
 */
export function channelUnavailable(rules: ChannelRules, lead: LeadInput, facts: LeadFacts): Unavailable | undefined {
  const { channel, consentRequired, globalOptOut } = rules;
  // Most leads have no opt-outs and no bounces: the size checks spare the set lookups.
  if (facts.optOuts.size > 0 && (globalOptOut || facts.optOuts.has("all") || facts.optOuts.has(channel))) return "opted_out";
  if (facts.allOptOutLifted !== undefined && !facts.allOptOutLifted.has(channel)) return "opted_out";
  if (lead.doNotContact !== undefined && doNotContact(lead.doNotContact, channel)) return "do_not_contact";
  if (rules.doNotCall !== undefined && hasDoNotCallEntries(lead) && doNotCallVerdict(rules.doNotCall, channel, lead, facts)?.blocked === true)
    return "do_not_contact";
  const consent = consentAt(lead, channel, facts.now);
  if (consent === "denied") return "consent_denied";
  if (facts.bouncedChannels.size > 0 && facts.bouncedChannels.has(channel)) return "channel_bounced";
  if (facts.bouncedAddresses.size > 0 && everyContactBounced(lead, rules.contactKinds, facts.bouncedAddresses.get(channel))) return "channel_bounced";
  if (!hasContact(lead, rules.contactKinds)) return "no_contact";
  if (consentRequired && consent !== "granted") return "no_consent";
  return undefined;
}

/**
 * The lead's consent for `channel` in force at `now`: the record's `status`, or `unknown` without a
 * record or when the record's `at` is after `now` — consent given or refused later is not in force
 * yet, as history records after `now` are ignored, so the decision at `now` is the one without it.
 * @throws {LeadValidationError} for a malformed `at`, naming its path.
 */
export function consentAt(lead: LeadInput, channel: string, now: number): ConsentStatus {
  const consent = lead.consent;
  const record = consent !== undefined && Object.hasOwn(consent, channel) ? consent[channel] : undefined;
  if (record === undefined) return "unknown";
  if (record.at !== undefined && leadInstant(record.at, ["consent", channel, "at"]) > now) return "unknown";
  return record.status;
}

/** True when a do-not-contact flag covers `channel` (its own flag or `all`). */
export function doNotContact(flags: readonly (string | { readonly channel: string })[], channel: string): boolean {
  for (const flag of flags) {
    const c = typeof flag === "string" ? flag : flag?.channel;
    if (c === channel || c === "all") return true;
  }
  return false;
}
