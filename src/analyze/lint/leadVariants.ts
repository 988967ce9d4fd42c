import type { LeadInput } from "../../lead/index.js";
import type { Condition, Plan } from "../../plan/index.js";
import { consentAt, contactKinds } from "../../policy/index.js";
import { ConsentStatus } from "../../primitives/index.js";
import { evaluateCondition } from "../../schedule/index.js";

/**
 * Lead data chosen so that a step's condition can hold: attribute values, channels whose contact
 * is removed, and consent statuses. Applied on top of a simulated lead that can reach every channel.
 */
export interface LeadVariant {
  /** Attribute paths (`a.b`) and their values; `undefined` leaves the attribute missing. */
  readonly attributes: ReadonlyMap<string, unknown>;
  /** Channels whose contacts the lead lacks. */
  readonly withoutContact: readonly string[];
  /** Consent status per channel. */
  readonly consent: Readonly<Record<string, ConsentStatus>>;
}

/** What the search for a lead found: one for which the condition can hold, proof that none exists, or too many cases to tell. */
export type VariantSearch = { readonly kind: "found"; readonly variant: LeadVariant } | { readonly kind: "none" } | { readonly kind: "too-many" };

/** At most this many combinations of lead data are judged per condition; a larger space is not searched. */
const MAX_COMBINATIONS = 4096;
/** A value no condition names: an attribute that exists and equals nothing the plan compares with. */
const OTHER_VALUE = "\u0000lint-other";

/** True when the condition reads lead data (attributes, contacts, consent, custom rules), not only outcomes. */
export function readsLeadData(c: Condition): boolean {
  if ("all" in c) return c.all.some(readsLeadData);
  if ("any" in c) return c.any.some(readsLeadData);
  if ("not" in c) return readsLeadData(c.not);
  return !("outcome" in c);
}

/** True when the condition names a custom rule: host code the linter cannot vary. */
export function readsRules(c: Condition): boolean {
  if ("all" in c) return c.all.some(readsRules);
  if ("any" in c) return c.any.some(readsRules);
  if ("not" in c) return readsRules(c.not);
  return "rule" in c;
}

/** True when the condition reads an outcome of a step. */
export function readsOutcomes(c: Condition): boolean {
  if ("all" in c) return c.all.some(readsOutcomes);
  if ("any" in c) return c.any.some(readsOutcomes);
  if ("not" in c) return readsOutcomes(c.not);
  return "outcome" in c;
}

type Dimension =
  | { readonly kind: "attribute"; readonly path: string; readonly values: readonly unknown[] }
  | { readonly kind: "contact"; readonly channel: string; readonly values: readonly boolean[] }
  | { readonly kind: "consent"; readonly channel: string; readonly values: readonly ConsentStatus[] };

/**
 * Searches the lead data a condition reads (every value it compares attributes with, and a number in each
 * part numeric bounds cut the number line into; contact present or not; each consent status) for a lead for which
 * the condition holds, or may hold once the outcomes it reads are known. Outcomes and custom rules
 * count as unknown. `none` means no lead at all satisfies it: the condition contradicts itself.
 */
export function findLeadFor(condition: Condition, plan: Plan, base: LeadInput): VariantSearch {
  const dimensions = dimensionsOf(condition);
  let combinations = 1;
  for (const d of dimensions) combinations *= d.values.length;
  if (combinations > MAX_COMBINATIONS) return { kind: "too-many" };
  let maybe: LeadVariant | undefined;
  const choice = dimensions.map(() => 0);
  for (let n = 0; n < combinations; n++) {
    let rest = n;
    for (let i = 0; i < dimensions.length; i++) {
      const size = (dimensions[i] as Dimension).values.length;
      choice[i] = rest % size;
      rest = Math.floor(rest / size);
    }
    const variant = variantOf(dimensions, choice);
    const verdict = judge(condition, applyLeadVariant(base, variant, plan), plan);
    if (verdict === true) return { kind: "found", variant };
    if (verdict === undefined) maybe ??= variant;
  }
  return maybe === undefined ? { kind: "none" } : { kind: "found", variant: maybe };
}

/** The simulated lead with the variant's data: attributes set, contacts removed, consent replaced. */
export function applyLeadVariant(lead: LeadInput, variant: LeadVariant, plan: Plan): LeadInput {
  const attributes = structuredClone((lead.attributes ?? {}) as Record<string, unknown>);
  // No lead holds a `__proto__` attribute (parseLead refuses the key): a variant giving it one is the lead without it.
  for (const [path, value] of variant.attributes) if (value !== undefined && path.split(".", 1)[0] !== "__proto__") setPath(attributes, path, value);
  const contacts: Record<string, unknown> = { ...(lead.contacts ?? {}) };
  for (const channel of variant.withoutContact) for (const kind of contactKinds(plan.policies, channel)) delete contacts[kind];
  const consent: Record<string, unknown> = { ...(lead.consent ?? {}) };
  for (const [channel, status] of Object.entries(variant.consent)) consent[channel] = { status };
  return { ...lead, attributes, contacts, consent } as LeadInput;
}

/** A short description of the variant, for evidence. */
export function describeLeadVariant(variant: LeadVariant): string {
  const parts: string[] = [];
  for (const [path, value] of variant.attributes)
    parts.push(value === undefined ? `no ${path}` : `${path} = ${value === OTHER_VALUE ? "(another value)" : JSON.stringify(value)}`);
  for (const channel of variant.withoutContact) parts.push(`no ${channel} contact`);
  for (const [channel, status] of Object.entries(variant.consent)) parts.push(`${channel} consent ${status}`);
  return parts.length === 0 ? "any lead" : parts.join(", ");
}

/** Three-valued: `true`, `false`, or `undefined` when it depends on outcomes or custom rules. */
function judge(c: Condition, lead: LeadInput, plan: Plan): boolean | undefined {
  if ("all" in c) {
    let result: boolean | undefined = true;
    for (const part of c.all) {
      const v = judge(part, lead, plan);
      if (v === false) return false;
      if (v === undefined) result = undefined;
    }
    return result;
  }
  if ("any" in c) {
    let result: boolean | undefined = false;
    for (const part of c.any) {
      const v = judge(part, lead, plan);
      if (v === true) return true;
      if (v === undefined) result = undefined;
    }
    return result;
  }
  if ("not" in c) {
    const v = judge(c.not, lead, plan);
    return v === undefined ? undefined : !v;
  }
  if ("outcome" in c || "rule" in c) return undefined;
  return evaluateCondition(c, {
    lead,
    outcomeOf: () => "none",
    contactKindsOf: (channel) => contactKinds(plan.policies, channel),
    // A variant's consent records carry no date: each is in force whenever the condition is judged.
    consentOf: (channel) => consentAt(lead, channel, Number.POSITIVE_INFINITY),
    rules: undefined,
  });
}

function dimensionsOf(condition: Condition): Dimension[] {
  const attributes = new Map<string, unknown[]>();
  // Per attribute, the numbers it is compared with: they cut the number line into points and open intervals.
  const bounds = new Map<string, number[]>();
  const contacts = new Set<string>();
  const consent = new Set<string>();
  const visit = (c: Condition): void => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("hasContact" in c) contacts.add(c.hasContact);
    else if ("consent" in c) consent.add(c.consent.channel);
    else if ("attribute" in c) {
      let values = attributes.get(c.attribute);
      if (values === undefined) attributes.set(c.attribute, (values = [undefined, OTHER_VALUE]));
      if (c.eq !== undefined) values.push(c.eq);
      if (c.in !== undefined) values.push(...c.in);
      for (const bound of [c.gt, c.gte, c.lt, c.lte]) {
        if (bound === undefined) continue;
        const cuts = bounds.get(c.attribute);
        if (cuts === undefined) bounds.set(c.attribute, [bound]);
        else cuts.push(bound);
      }
    }
  };
  visit(condition);
  const dimensions: Dimension[] = [];
  for (const [path, values] of attributes) dimensions.push({ kind: "attribute", path, values: [...new Set([...values, ...oneOfEachPart(bounds.get(path))])] });
  for (const channel of contacts) dimensions.push({ kind: "contact", channel, values: [true, false] });
  for (const channel of consent) dimensions.push({ kind: "consent", channel, values: ConsentStatus.options });
  return dimensions;
}

/**
 * A number from each part the bounds cut the number line into: each bound itself, one between each two neighbours
 * (their midpoint), one below the least and one above the greatest. Numeric comparisons answer alike for every number
 * of one part, so these stand for all numbers.
 */
function oneOfEachPart(cuts: readonly number[] | undefined): number[] {
  if (cuts === undefined) return [];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out = [(sorted[0] as number) - 1];
  sorted.forEach((cut, i) => {
    out.push(cut);
    const next = sorted[i + 1];
    // Written so that it cannot overflow: half the gap added to the lower neighbour.
    if (next !== undefined) out.push(cut + (next - cut) / 2);
  });
  out.push((sorted[sorted.length - 1] as number) + 1);
  return out;
}

function variantOf(dimensions: readonly Dimension[], choice: readonly number[]): LeadVariant {
  const attributes = new Map<string, unknown>();
  const withoutContact: string[] = [];
  const consent: Record<string, ConsentStatus> = {};
  dimensions.forEach((d, i) => {
    const k = choice[i] as number;
    if (d.kind === "attribute") attributes.set(d.path, d.values[k]);
    else if (d.kind === "contact") {
      if (d.values[k] === false) withoutContact.push(d.channel);
    } else consent[d.channel] = d.values[k] as ConsentStatus;
  });
  return { attributes, withoutContact, consent };
}

/** Sets `a.b.c` as own data properties (a key such as `__proto__` stays an ordinary key). */
function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.hasOwn(target, key) ? target[key] : undefined;
    const child = next !== null && typeof next === "object" && !Array.isArray(next) ? (next as Record<string, unknown>) : {};
    Object.defineProperty(target, key, { value: child, enumerable: true, writable: true, configurable: true });
    target = child;
  });
}
