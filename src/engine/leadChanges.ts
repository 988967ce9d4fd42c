import { ArgumentError, describeValue, LeadValidationError, type ValidationIssue } from "../errors/index.js";
import { LeadSchema, leadIssues, type Lead, type LeadInput } from "../lead/index.js";
import { canonicalJson } from "../primitives/canonicalJson.js";
import { nestingIssue, unstorableTextIssue, unwrapSchema } from "../primitives/index.js";

/**
 * Changes to a stored lead's own fields (`engine.updateLead`). `contacts` and `consent` change by
 * key: a contact kind or channel given is set, `null` removes it, the others keep theirs. Other
 * fields given replace the stored ones, and `null` removes an optional one, except the lists
 * compliance only grows: `optOuts` and `dncRequests` given are added to the stored ones (an entry
 * already there is not added twice) and none is ever removed (consent given later lifts an opt-out).
 * What happened is not a field: append it with `record` (status changes, replies, outcomes); a
 * pause is `pause`/`resume`.
 */
export interface LeadChanges {
  readonly contacts?: Readonly<Record<string, string | null>>;
  readonly consent?: Readonly<Record<string, NonNullable<LeadInput["consent"]>[string] | null>>;
  readonly optOuts?: LeadInput["optOuts"];
  readonly doNotContact?: LeadInput["doNotContact"] | null;
  readonly dncRegistries?: LeadInput["dncRegistries"] | null;
  readonly dncRequests?: LeadInput["dncRequests"];
  readonly address?: LeadInput["address"] | null;
  readonly timezone?: LeadInput["timezone"] | null;
  readonly attributes?: LeadInput["attributes"];
}

/** Fields a change replaces; `true`: `null` removes the field. */
const REPLACED: Readonly<Record<string, boolean>> = {
  attributes: false,
  doNotContact: true,
  dncRegistries: true,
  address: true,
  timezone: true,
};
/** Maps a change sets or removes entries of, by key. */
const BY_KEY: Readonly<Record<string, true>> = { contacts: true, consent: true };
/** Lists a change adds to and never shortens. */
const ADDED: Readonly<Record<string, true>> = { optOuts: true, dncRequests: true };

/** Why a lead field is not a change, and what to use instead. */
const NOT_CHANGES: Readonly<Record<string, string>> = {
  id: "the lead id is fixed",
  enrolledAt: "each enrolment keeps its own enrolment instant",
  history: "history is append-only: append a record with record(leadId, event)",
  status: 'a status change is a record: record(leadId, { type: "status", status })',
  pausedUntil: "use pause(leadId, until) and resume(leadId)",
};

/** A checked change: each field's value as the lead schema reads it (defaults filled), `null` to remove. */
export type CheckedLeadChanges = ReadonlyMap<string, unknown>;

/**
 * Checks `changes` before anything is read or written.
 * @throws {ArgumentError} for a non-object, a field that is not a change (naming what to use) or unknown, `null` for a field that cannot be removed.
 * @throws {LeadValidationError} for a value the lead schema refuses (an own `__proto__` key, an empty
 * contact kind or channel; `null` for one, removing nothing or what was stored before the rule, is
 * accepted), or text holding a NUL or an unpaired surrogate (which a `jsonb` column refuses), naming its path.
 */
export function checkLeadChanges(changes: unknown): CheckedLeadChanges {
  if (changes === null || typeof changes !== "object" || Array.isArray(changes))
    throw new ArgumentError("changes", `Expected \`changes\` to be an object of lead fields, got ${describeValue(changes)}`);
  const tooDeep = nestingIssue(changes);
  if (tooDeep !== undefined) throw new LeadValidationError([tooDeep]);
  const shape = unwrapSchema(LeadSchema).shape as Readonly<Record<string, { safeParse(value: unknown, params?: { reportInput?: boolean }): ParseResult }>>;
  const checked = new Map<string, unknown>();
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(changes)) {
    const value = (changes as Record<string, unknown>)[key];
    if (Object.hasOwn(NOT_CHANGES, key)) throw new ArgumentError(`changes.${key}`, `\`${key}\` cannot be changed: ${NOT_CHANGES[key]}`);
    const removable = Object.hasOwn(REPLACED, key) ? REPLACED[key] : Object.hasOwn(ADDED, key) || Object.hasOwn(BY_KEY, key) ? false : undefined;
    if (removable === undefined) throw new ArgumentError(`changes.${key}`, `Expected lead fields among ${CHANGEABLE.join(", ")}, got ${JSON.stringify(key)}`);
    if (value === undefined) continue;
    if (value === null) {
      if (!removable)
        throw new ArgumentError(
          `changes.${key}`,
          `\`${key}\` cannot be removed: give ${Object.hasOwn(ADDED, key) ? "entries to add" : Object.hasOwn(BY_KEY, key) ? "the keys to change (null removes one)" : "its new value"}`,
        );
      checked.set(key, null);
      continue;
    }
    // By key: the entries to remove (null) apart, the rest checked as the field.
    const removed = Object.hasOwn(BY_KEY, key) && typeof value === "object" && !Array.isArray(value) ? nullKeys(value as Record<string, unknown>) : undefined;
    const parsed = (shape[key] as (typeof shape)[string]).safeParse(removed === undefined ? value : withoutKeys(value as Record<string, unknown>, removed), {
      reportInput: true,
    });
    // Text a jsonb column refuses is refused here, not by one store's write.
    const unstorable = parsed.success ? unstorableTextIssue(parsed.data) : undefined;
    if (unstorable !== undefined) issues.push({ ...unstorable, path: [key, ...unstorable.path] });
    else if (parsed.success) checked.set(key, removed === undefined ? parsed.data : { set: parsed.data, removed });
    else for (const issue of leadIssues(parsed.error.issues)) issues.push({ ...issue, path: [key, ...issue.path] });
  }
  if (issues.length > 0) throw new LeadValidationError(issues);
  return checked;
}

type ParseResult = { success: true; data: unknown } | { success: false; error: { issues: Parameters<typeof leadIssues>[0] } };

/** Every field a change may name. */
const CHANGEABLE = [...Object.keys(BY_KEY), ...Object.keys(REPLACED), ...Object.keys(ADDED)];

function nullKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((k) => value[k] === null);
}

/** `value` without `keys`, as own data properties whatever the key (assigning "__proto__" would set the prototype). */
function withoutKeys(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

/** Writes checked changes into a stored lead: maps changed by key, replaced fields set or removed, added lists extended by the entries not already in them. */
export function applyLeadChanges(lead: Lead, changes: CheckedLeadChanges): void {
  const fields = lead as unknown as Record<string, unknown>;
  for (const [key, value] of changes) {
    if (value === null) delete fields[key];
    else if (Object.hasOwn(BY_KEY, key)) {
      const { set, removed } = value as { set: Record<string, unknown>; removed: readonly string[] };
      // Own data properties whatever the key (a "__proto__" key set by assignment would change the prototype).
      const map = new Map(Object.entries((fields[key] as Record<string, unknown> | undefined) ?? {}));
      for (const k of removed) map.delete(k);
      for (const [k, v] of Object.entries(set)) map.set(k, v);
      fields[key] = Object.fromEntries(map);
    } else if (Object.hasOwn(ADDED, key)) {
      const list = (fields[key] as unknown[] | undefined) ?? [];
      const seen = new Set(list.map(canonicalJson));
      for (const entry of value as unknown[]) {
        const text = canonicalJson(entry);
        if (seen.has(text)) continue;
        seen.add(text);
        list.push(entry);
      }
      fields[key] = list;
    } else fields[key] = value;
  }
}
