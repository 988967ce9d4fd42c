import { addCalendarDuration } from "../calendar/index.js";
import { LeadValidationError, validationIssue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import type { DoNotCallRegistryRule, DoNotCallRules } from "../plan/index.js";
import { isoInstant, leadInstant, validDuration, type DurationParts } from "../primitives/index.js";
import type { LeadFacts } from "./leadFacts.js";

/** A duration as written and as parts. */
interface CompiledPeriod {
  readonly text: string;
  readonly parts: DurationParts;
}

/** One registry's rule, ready to judge. */
interface CompiledRegistry {
  readonly channels: ReadonlySet<string>;
  readonly exemptions: readonly {
    readonly basis: string;
    readonly for: CompiledPeriod;
    readonly events: readonly string[];
    readonly attributes: readonly string[];
  }[];
}

/** Do-not-call rules of a plan and its presets, merged. */
export interface CompiledDoNotCall {
  readonly registries: ReadonlyMap<string, CompiledRegistry>;
  /** How long a company-specific request holds; `undefined`: for ever. */
  readonly requestsHonouredFor: CompiledPeriod | undefined;
}

/** What a registry the rules do not name blocks (no exemption applies to it), and what a request covers by default. */
export const DEFAULT_DO_NOT_CALL_CHANNELS: readonly string[] = /* @__PURE__ */ Object.freeze(["call", "sms"]);

const UNKNOWN_REGISTRY: CompiledRegistry = { channels: new Set(DEFAULT_DO_NOT_CALL_CHANNELS), exemptions: [] };

/**
 * Merges do-not-call rules: the presets' (in order), then the plan's. A later rule for the same
 * registry replaces an earlier one; the plan's `requestsHonouredFor` replaces the presets', and
 * among presets the longest period holds.
 */
export function compileDoNotCall(presets: readonly (DoNotCallRules | undefined)[], plan: DoNotCallRules | undefined): CompiledDoNotCall {
  const registries = new Map<string, CompiledRegistry>();
  let requests: CompiledPeriod | undefined;
  for (const rules of presets) {
    if (rules === undefined) continue;
    addRegistries(registries, rules.registries);
    if (rules.requestsHonouredFor !== undefined) {
      const period = periodOf(rules.requestsHonouredFor);
      if (requests === undefined || nominalDays(period.parts) > nominalDays(requests.parts)) requests = period;
    }
  }
  if (plan !== undefined) {
    addRegistries(registries, plan.registries);
    if (plan.requestsHonouredFor !== undefined) requests = periodOf(plan.requestsHonouredFor);
  }
  return { registries, requestsHonouredFor: requests };
}

function addRegistries(into: Map<string, CompiledRegistry>, rules: Readonly<Record<string, DoNotCallRegistryRule>> | undefined): void {
  if (rules === undefined) return;
  for (const [id, rule] of Object.entries(rules)) {
    into.set(id, {
      channels: new Set(rule.channels),
      exemptions: (rule.exemptions ?? []).map((e) => ({ basis: e.basis, for: periodOf(e.for), events: e.events ?? [], attributes: e.attributes ?? [] })),
    });
  }
}

function periodOf(text: string): CompiledPeriod {
  return { text, parts: validDuration(text) };
}

function nominalDays(p: DurationParts): number {
  return p.years * 366 + p.months * 30.5 + p.weeks * 7 + p.days + p.exactMs / 86_400_000;
}

/**
 * What the lead's do-not-call listings and requests mean for `channel` at `facts.now`: blocked
 * (with why), exempt (with the exemption and until when), or `undefined` when none concerns it.
 *
 * - A company-specific request covering the channel (naming it, or `all`) blocks it from its `at` for
 *   `requestsHonouredFor` (for ever without one), and ends every business-relationship exemption
 *   resting on evidence from before it.
 * - A registry listing blocks the registry's channels unless an exemption holds: `for` after the
 *   latest evidence of its basis (an event record named in `events`, an instant in one of
 *   `attributes`). When it lapses, the listing blocks again.
 * Periods are counted on the UTC calendar.
 * @throws {LeadValidationError} when an exemption's attribute holds something other than an instant.
 */
export function doNotCallVerdict(rules: CompiledDoNotCall, channel: string, lead: LeadInput, facts: LeadFacts): DoNotCallVerdict | undefined {
  const now = facts.now;
  let lastRequest = -Infinity;
  let held: { at: number; until: number } | undefined;
  const requests = lead.dncRequests ?? NONE;
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    if (r === undefined) continue;
    const channels = r.channels ?? DEFAULT_DO_NOT_CALL_CHANNELS;
    if (!channels.includes(channel) && !channels.includes("all")) continue;
    const at = leadInstant(r.at, ["dncRequests", i, "at"]);
    if (at > now) continue;
    if (at > lastRequest) lastRequest = at;
    const until = rules.requestsHonouredFor === undefined ? Infinity : addCalendarDuration("UTC", at, rules.requestsHonouredFor.parts);
    if (now < until && (held === undefined || until > held.until)) held = { at, until };
  }
  if (held !== undefined) {
    const period =
      rules.requestsHonouredFor === undefined ? "for ever (no requestsHonouredFor)" : `until ${isoInstant(held.until)} (${rules.requestsHonouredFor.text})`;
    return { blocked: true, detail: `company do-not-call request of ${isoInstant(held.at)}, honoured ${period}` };
  }
  let exempt: DoNotCallVerdict | undefined;
  const listings = lead.dncRegistries ?? NONE;
  for (let i = 0; i < listings.length; i++) {
    const listing = listings[i];
    if (listing === undefined) continue;
    if (listing.at !== undefined && leadInstant(listing.at, ["dncRegistries", i, "at"]) > now) continue;
    const rule = rules.registries.get(listing.registry) ?? UNKNOWN_REGISTRY;
    if (!rule.channels.has(channel)) continue;
    let best: { basis: string; since: number; until: number; period: string } | undefined;
    let lapsed: { basis: string; until: number } | undefined;
    for (const e of rule.exemptions) {
      const since = latestEvidence(e, lead, facts);
      if (since === undefined || since <= lastRequest) continue;
      const until = addCalendarDuration("UTC", since, e.for.parts);
      if (until > now) {
        if (best === undefined || until > best.until) best = { basis: e.basis, since, until, period: e.for.text };
      } else if (lapsed === undefined || until > lapsed.until) lapsed = { basis: e.basis, until };
    }
    if (best === undefined) {
      const ended = lapsed === undefined ? "" : `; the ${lapsed.basis} exemption ended ${isoInstant(lapsed.until)}`;
      return { blocked: true, detail: `on the ${listing.registry} do-not-call registry${ended}` };
    }
    exempt ??= {
      blocked: false,
      until: best.until,
      detail: `${listing.registry} do-not-call registry: ${best.basis} exemption (${best.basis} on ${isoInstant(best.since)}, ${best.period}) until ${isoInstant(best.until)}`,
    };
  }
  return exempt;
}

/** A do-not-call judgement: blocked, or exempt until an instant (epoch ms). */
export type DoNotCallVerdict =
  | { readonly blocked: true; readonly detail: string }
  | { readonly blocked: false; readonly detail: string; readonly until: number };

/** True when the lead has do-not-call listings or requests at all (the cheap test before {@link doNotCallVerdict}). */
export function hasDoNotCallEntries(lead: LeadInput): boolean {
  return (lead.dncRegistries?.length ?? 0) > 0 || (lead.dncRequests?.length ?? 0) > 0;
}

/** The latest evidence of an exemption's basis at or before `facts.now`. */
function latestEvidence(e: CompiledRegistry["exemptions"][number], lead: LeadInput, facts: LeadFacts): number | undefined {
  let latest: number | undefined;
  if (e.events.length > 0) {
    const events = facts.latestEvents;
    for (const name of e.events) {
      const at = events.get(name);
      if (at !== undefined && (latest === undefined || at > latest)) latest = at;
    }
  }
  for (const name of e.attributes) {
    const at = evidenceAttribute(lead.attributes, name);
    if (at !== undefined && at <= facts.now && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
}

/**
 * The instant (epoch ms) a do-not-call exemption's evidence attribute `name` holds; `undefined` when absent or `null`.
 * @throws {LeadValidationError} at `attributes.<name>` for anything but an ISO-8601 instant.
 */
export function evidenceAttribute(attributes: LeadInput["attributes"], name: string): number | undefined {
  const value = attributes !== undefined && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    const path = ["attributes", name];
    throw new LeadValidationError([
      validationIssue(
        "invalid_type",
        path,
        `Expected an ISO-8601 instant (evidence for a do-not-call exemption), got ${typeof value}`,
        "an ISO-8601 instant",
        typeof value,
      ),
    ]);
  }
  return leadInstant(value, ["attributes", name]);
}

const NONE: readonly never[] = [];
