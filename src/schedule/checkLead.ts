import { describeValue, expectedIssue, LeadValidationError, unknownKeyIssue, type ValidationIssue } from "../errors/index.js";
import { LEAD_FIELDS, type LeadInput } from "../lead/index.js";
import {
  CHANNEL_NAME_ERROR,
  CONSENT_KEYS,
  CONSENT_STATUSES,
  CONTACT_KEYS,
  DATA_KEYS,
  MAX_LEAD_ID_LENGTH,
  REGISTRY_ID_ERROR,
  REGISTRY_ID_PATTERN,
  formatIssue,
  hasUnpairedSurrogate,
  isChannelName,
  isRefusedKey,
  notOneOfIssue,
  refusedKeyIssue,
  refusedKeyIssues,
} from "../primitives/index.js";

/**
 * The shape checks `evaluate` makes on a lead it did not parse: every field it reads is of the
 * type `parseLead` guarantees, so bad data ends in a `LeadValidationError` naming its path, never
 * in a `TypeError`; an own top-level field the lead schema lacks ({@link LEAD_FIELDS}) is refused
 * as `parseLead` refuses it (`unknown_key`: read as absent, `optOut` written for `optOuts` would stop
 * nothing; nested objects are checked only for the fields read); an own key `parseLead` refuses in `contacts`, `consent` or `attributes` (`__proto__`,
 * an empty contact kind or channel) is refused here too. The compliance values read by exact string are
 * refused as `parseLead` refuses them: a channel name not in its one form (an opt-out's, a do-not-contact
 * flag, a consent key, a do-not-call request's), a consent status not among {@link CONSENT_STATUSES}, a
 * request for no channel, a registry id not in its form; read as given, each would say less than the
 * lead said (an opt-out of "SMS" or "sms " stops no channel a plan names, "DENIED" denies nothing). Each
 * issue is `parseLead`'s for that path (a type by zod's name: `string`, `object`, `record`, `array`), but
 * the id's, one for all its rules, and a missing field's ("Expected string, got undefined"). Cheap: linear
 * in the lead's small fields, one pattern test per name (keys are checked in the loops that read the maps'
 * values; `attributes`, whose values are not read here, costs one lookup); history records and instants
 * are checked where they are read (`indexLeadFacts`; a bounced touch's channel there too).
 * @throws {LeadValidationError} listing every problem found.
 */
export function checkLead(lead: LeadInput): void {
  if (lead === null || typeof lead !== "object" || Array.isArray(lead)) {
    throw new LeadValidationError([expectedIssue([], "object", lead)]);
  }
  const issues: ValidationIssue[] = [];
  for (const key in lead) if (!LEAD_FIELDS.has(key) && Object.hasOwn(lead, key)) issues.push(unknownKeyIssue([], key));
  if (typeof lead.id !== "string" || lead.id === "" || lead.id.length > MAX_LEAD_ID_LENGTH || hasUnpairedSurrogate(lead.id))
    issues.push(expectedIssue(["id"], `a non-empty string id of at most ${MAX_LEAD_ID_LENGTH} characters of well-formed Unicode text`, lead.id));
  const { contacts, consent, address, attributes, status, history } = lead;
  if (contacts !== undefined) {
    if (!isRecord(contacts)) issues.push(expectedIssue(["contacts"], "record", contacts));
    else {
      for (const key in contacts) {
        if (isRefusedKey(key, CONTACT_KEYS)) {
          if (Object.hasOwn(contacts, key)) issues.push(refusedKeyIssue(CONTACTS, key, CONTACT_KEYS));
        } else if (typeof contacts[key] !== "string" && Object.hasOwn(contacts, key)) issues.push(expectedIssue(["contacts", key], "string", contacts[key]));
      }
    }
  }
  if (consent !== undefined) {
    if (!isRecord(consent)) issues.push(expectedIssue(["consent"], "record", consent));
    else {
      for (const key in consent) {
        if (!Object.hasOwn(consent, key)) continue;
        if (isRefusedKey(key, CONSENT_KEYS)) {
          issues.push(refusedKeyIssue(CONSENT, key, CONSENT_KEYS));
          continue;
        }
        if (!isChannelName(key)) {
          issues.push(formatIssue(["consent", key], CHANNEL_NAME_ERROR, describeValue(key), true));
          continue;
        }
        const entry: unknown = consent[key];
        if (!isRecord(entry)) issues.push(expectedIssue(["consent", key], "object", entry));
        else if (!(CONSENT_STATUSES as readonly unknown[]).includes(entry["status"]))
          issues.push(notOneOfIssue(["consent", key, "status"], CONSENT_STATUSES, describeValue(entry["status"])));
      }
    }
  }
  // Each list's elements have one name checked (`doNotContact` also takes channel names as they are).
  checkList(issues, lead.optOuts, "optOuts", "channel");
  checkList(issues, lead.doNotContact, "doNotContact", "channel");
  checkList(issues, lead.dncRegistries, "dncRegistries", "registry");
  checkList(issues, lead.dncRequests, "dncRequests", "channels");
  if (address !== undefined && !isRecord(address)) issues.push(expectedIssue(["address"], "object", address));
  else if (address !== undefined)
    for (const key of ADDRESS_FIELDS)
      if (address[key] !== undefined && typeof address[key] !== "string") issues.push(expectedIssue(["address", key], "string", address[key]));
  if (attributes !== undefined && !isRecord(attributes)) issues.push(expectedIssue(["attributes"], "record", attributes));
  else if (attributes !== undefined) refusedKeyIssues(attributes, ATTRIBUTES, DATA_KEYS, issues);
  if (lead.timezone !== undefined && typeof lead.timezone !== "string") issues.push(expectedIssue(["timezone"], "string", lead.timezone));
  if (status !== undefined && typeof status !== "string") issues.push(expectedIssue(["status"], "string", status));
  if (history !== undefined && !Array.isArray(history)) issues.push(expectedIssue(["history"], "array", history));
  if (issues.length > 0) throw new LeadValidationError(issues);
}

const CONTACTS = ["contacts"] as const;
const CONSENT = ["consent"] as const;
const ATTRIBUTES = ["attributes"] as const;

/**
 * Checks a list of records whose `key` names a channel (a registry with `registry`; with `channels`, an
 * optional non-empty array of channel names); `doNotContact` also takes channel names as they are.
 */
function checkList(issues: ValidationIssue[], items: unknown, field: string, key: string): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    issues.push(expectedIssue([field], "array", items));
    return;
  }
  const registry = key === "registry";
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (isRecord(item)) {
      const v = item[key];
      if (key !== "channels") {
        if (!isName(v, registry)) issues.push(nameIssue([field, i, key], v, registry));
      } else if (v !== undefined) {
        if (!Array.isArray(v)) issues.push(expectedIssue([field, i, key], "array", v));
        else if (v.length === 0) issues.push(expectedIssue([field, i, key], "at least 1 item(s)", v, "too_small"));
        else for (let j = 0; j < v.length; j++) if (!isName(v[j])) issues.push(nameIssue([field, i, key, j], v[j]));
      }
    } else if (field !== "doNotContact" || typeof item !== "string")
      issues.push(expectedIssue([field, i], field === "doNotContact" ? "string" : "object", item));
    else if (!isName(item)) issues.push(nameIssue([field, i], item));
  }
}

/** A channel name (a registry id with `registry`), in the one form `parseLead` takes. */
function isName(value: unknown, registry?: boolean): boolean {
  return typeof value === "string" && (registry ? REGISTRY_ID_PATTERN.test(value) : isChannelName(value));
}

/** The issue of a value that is not {@link isName}, parseLead's: of its type, or of its form. */
function nameIssue(path: (string | number)[], value: unknown, registry?: boolean): ValidationIssue {
  if (typeof value !== "string") return expectedIssue(path, "string", value);
  return formatIssue(path, registry ? REGISTRY_ID_ERROR : CHANNEL_NAME_ERROR, describeValue(value));
}

/** The address fields, all strings: the zone, holiday and US state lookups read them. */
const ADDRESS_FIELDS = ["country", "region", "postalCode", "city"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
