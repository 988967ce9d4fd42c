import { describeValue, LeadValidationError, validationIssue, type ValidationIssue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import {
  CONSENT_KEYS,
  CONTACT_KEYS,
  DATA_KEYS,
  MAX_LEAD_ID_LENGTH,
  hasUnpairedSurrogate,
  isRefusedKey,
  refusedKeyIssue,
  refusedKeyIssues,
} from "../primitives/index.js";

/**
 * The shape checks `evaluate` makes on a lead it did not parse: every field it reads is of the
 * type `parseLead` guarantees, so bad data ends in a `LeadValidationError` naming its path, never
 * in a `TypeError`; an own key `parseLead` refuses in `contacts`, `consent` or `attributes` (`__proto__`,
 * an empty contact kind or channel) is refused here too. Cheap: linear in the lead's small fields (keys
 * are checked in the loops that read the maps' values; `attributes`, whose values are not read here,
 * costs one lookup); history records and instants are checked where they are read (`indexLeadFacts`).
 * @throws {LeadValidationError} listing every problem found.
 */
export function checkLead(lead: LeadInput): void {
  if (lead === null || typeof lead !== "object" || Array.isArray(lead)) {
    throw new LeadValidationError([issue([], "a lead object", lead)]);
  }
  const issues: ValidationIssue[] = [];
  if (typeof lead.id !== "string" || lead.id === "" || lead.id.length > MAX_LEAD_ID_LENGTH || hasUnpairedSurrogate(lead.id))
    issues.push(issue(["id"], `a non-empty string id of at most ${MAX_LEAD_ID_LENGTH} characters of well-formed Unicode text`, lead.id));
  const { contacts, consent, address, attributes, status, history } = lead;
  if (contacts !== undefined) {
    if (!isRecord(contacts)) issues.push(issue(["contacts"], "an object of contact strings", contacts));
    else {
      for (const key in contacts) {
        if (isRefusedKey(key, CONTACT_KEYS)) {
          if (Object.hasOwn(contacts, key)) issues.push(refusedKeyIssue(CONTACTS, key, CONTACT_KEYS));
        } else if (typeof contacts[key] !== "string" && Object.hasOwn(contacts, key)) issues.push(issue(["contacts", key], "a string", contacts[key]));
      }
    }
  }
  if (consent !== undefined) {
    if (!isRecord(consent)) issues.push(issue(["consent"], "an object of consent records by channel", consent));
    else {
      for (const key in consent) {
        if (!Object.hasOwn(consent, key)) continue;
        if (isRefusedKey(key, CONSENT_KEYS)) {
          issues.push(refusedKeyIssue(CONSENT, key, CONSENT_KEYS));
          continue;
        }
        const entry: unknown = consent[key];
        if (!isRecord(entry)) issues.push(issue(["consent", key], 'a consent record such as { status: "granted" }', entry));
        else if (typeof entry["status"] !== "string") issues.push(issue(["consent", key, "status"], "granted, denied or unknown", entry["status"]));
      }
    }
  }
  // Each list's elements have one field checked (`doNotContact` also takes channel names as they are).
  checkList(issues, lead.optOuts, "optOuts", "an array of opt-outs", 'an opt-out such as { channel: "sms", at: "2026-03-09T14:00:00Z" }', "channel", CHANNEL);
  checkList(issues, lead.doNotContact, "doNotContact", "an array of channels or flags", "a channel name or { channel }", "channel", CHANNEL);
  checkList(
    issues,
    lead.dncRegistries,
    "dncRegistries",
    "an array of registry listings",
    'a listing such as { registry: "us-national" }',
    "registry",
    "a registry id",
  );
  checkList(
    issues,
    lead.dncRequests,
    "dncRequests",
    "an array of do-not-call requests",
    'a request such as { at: "2026-03-09T14:00:00Z" }',
    "channels",
    "an array of channel names",
  );
  if (address !== undefined && !isRecord(address)) issues.push(issue(["address"], "an address object", address));
  else if (address !== undefined)
    for (const key of ADDRESS_FIELDS)
      if (address[key] !== undefined && typeof address[key] !== "string") issues.push(issue(["address", key], "a string", address[key]));
  if (attributes !== undefined && !isRecord(attributes)) issues.push(issue(["attributes"], "an object", attributes));
  else if (attributes !== undefined) refusedKeyIssues(attributes, ATTRIBUTES, DATA_KEYS, issues);
  if (lead.timezone !== undefined && typeof lead.timezone !== "string") issues.push(issue(["timezone"], "an IANA time zone name", lead.timezone));
  if (status !== undefined && typeof status !== "string") issues.push(issue(["status"], "a string", status));
  if (history !== undefined && !Array.isArray(history)) issues.push(issue(["history"], "an array of history records", history));
  if (issues.length > 0) throw new LeadValidationError(issues);
}

const CHANNEL = "a channel name or all";
const CONTACTS = ["contacts"] as const;
const CONSENT = ["consent"] as const;
const ATTRIBUTES = ["attributes"] as const;

/**
 * Checks a list of records whose `key` must be a string (a do-not-call request's `channels`, an
 * optional array of strings); `doNotContact` also takes channel names as they are.
 */
function checkList(issues: ValidationIssue[], items: unknown, field: string, list: string, element: string, key: string, value: string): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    issues.push(issue([field], list, items));
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (isRecord(item)) {
      const v = item[key];
      if (key === "channels" ? v !== undefined && !(Array.isArray(v) && v.every((c) => typeof c === "string")) : typeof v !== "string")
        issues.push(issue([field, i, key], value, v));
    } else if (!(field === "doNotContact" && typeof item === "string")) issues.push(issue([field, i], element, item));
  }
}

/** The address fields, all strings: the zone, holiday and US state lookups read them. */
const ADDRESS_FIELDS = ["country", "region", "postalCode", "city"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function issue(path: (string | number)[], expected: string, value: unknown): ValidationIssue {
  const received = describeValue(value);
  return validationIssue("invalid_type", path, `Expected ${expected}, got ${received}`, expected, received);
}
