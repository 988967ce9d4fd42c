import * as z from "zod/mini";
import {
  CONSENT_KEYS,
  CONTACT_KEYS,
  ChannelName,
  ConsentStatus,
  Instant,
  JsonData,
  MAX_LEAD_ID_LENGTH,
  RegistryId,
  ZoneName,
  hasUnpairedSurrogate,
  keptKeysRecord,
  lazySchema,
  unwrapSchema,
} from "../primitives/index.js";
import { Country } from "./country.js";
import { HistoryEntry } from "./history.js";

/** Consent for one channel: its state, when it was given or refused, and where it came from. */
export const Consent = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    status: unwrapSchema(ConsentStatus),
    at: z.optional(unwrapSchema(Instant)),
    source: z.optional(z.string()),
  }),
);
/** Consent for one channel. */
export type Consent = z.infer<typeof Consent>;

/**
 * The lead opted out of one channel, or of every channel (`all`). With `category: "marketing"` only
 * of marketing messages on it (WhatsApp's "stop marketing messages"): utility and authentication
 * templates may still go.
 */
export const OptOut = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    channel: z.union([unwrapSchema(ChannelName), z.literal("all")]),
    at: unwrapSchema(Instant),
    source: z.optional(z.string()),
    category: z.optional(z.literal("marketing")),
  }),
);
/** An opt-out. */
export type OptOut = z.infer<typeof OptOut>;

/** A do-not-contact flag on one channel, with where it came from and when. */
export const DoNotContactFlag = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    channel: z.union([unwrapSchema(ChannelName), z.literal("all")]),
    source: z.optional(z.string()),
    at: z.optional(unwrapSchema(Instant)),
  }),
);
/** A do-not-contact flag. */
export type DoNotContactFlag = z.infer<typeof DoNotContactFlag>;

/** The lead's number is on a national do-not-call registry (from the host's registry check). */
export const RegistryListing = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** `us-national`, `ca-dncl`, `au-dncr`, `be-bel-me-niet-meer`: the rules are the plan's and its presets' (`doNotCall`). */
    registry: unwrapSchema(RegistryId),
    /** Listed since (absent: listed). */
    at: z.optional(unwrapSchema(Instant)),
    source: z.optional(z.string()),
  }),
);
/** A registry listing. */
export type RegistryListing = z.infer<typeof RegistryListing>;

/** The lead asked this business not to call (a company-specific do-not-call request), honoured for the rules' period from `at`. */
export const DoNotCallRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    at: unwrapSchema(Instant),
    /** The channels asked about (`all`: every channel); default `call` and `sms`. */
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))),
    source: z.optional(z.string()),
  }),
);
/** A company-specific do-not-call request. */
export type DoNotCallRequest = z.infer<typeof DoNotCallRequest>;

/**
 * A lead and everything that happened to it. Timestamps are ISO-8601 instants with `Z` or an
 * offset; a history record's `at` may also be epoch milliseconds. An own `__proto__` key in
 * `contacts`, `consent` or `attributes`, and an empty contact kind or channel, are refused
 * (`invalid_key`), not dropped. A zod/mini schema: no classic
 * methods (use `z.extend(LeadSchema, …)`), not `instanceof` classic `z.ZodType` (docs/plan-format.md).
 */
export const LeadSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** At most {@link MAX_LEAD_ID_LENGTH} characters, no unpaired surrogate: touch ids (idempotency keys) and store keys are built from it. */
    id: z.string().check(
      z.minLength(1),
      z.maxLength(MAX_LEAD_ID_LENGTH),
      z.refine((id) => !hasUnpairedSurrogate(id), {
        error: "Expected a lead id of well-formed Unicode text: an unpaired surrogate is written as U+FFFD in UTF-8, so two such ids would be one lead",
      }),
    ),
    enrolledAt: unwrapSchema(Instant),
    /** IANA zone of the lead; when absent it is resolved from `address`, then the `phone` contact, then the plan's fallback zone. */
    timezone: z.optional(unwrapSchema(ZoneName)),
    /** Contact points by kind: `phone`, `email`, `whatsapp`, `linkedin`, ... (a kind is neither empty nor `__proto__`). */
    contacts: z._default(keptKeysRecord(z.record(z.string(), z.string()), CONTACT_KEYS), {}),
    /** Consent by channel name. */
    consent: z._default(keptKeysRecord(z.record(unwrapSchema(ChannelName), unwrapSchema(Consent)), CONSENT_KEYS), {}),
    optOuts: z._default(z.array(unwrapSchema(OptOut)), []),
    status: z.optional(z.string()),
    /**
     * Postal address; `country` (ISO 3166-1 alpha-2, in any case, or a name `evaluate` reads: `United States`, `USA`;
     * `France` is refused, naming `FR`: {@link Country}) and `region` (`FL`, `US-FL`) select regional compliance presets.
     */
    address: z.optional(
      z.strictObject({
        country: z.optional(unwrapSchema(Country)),
        region: z.optional(z.string()),
        postalCode: z.optional(z.string()),
        city: z.optional(z.string()),
      }),
    ),
    /** Channels the lead must not be contacted on (set by the host, e.g. from a national do-not-call registry). */
    doNotContact: z.optional(z.array(z.union([unwrapSchema(ChannelName), unwrapSchema(DoNotContactFlag)]))),
    /** National do-not-call registries the lead's number is on; what they block and exempt is the plan's `doNotCall` rules. */
    dncRegistries: z.optional(z.array(unwrapSchema(RegistryListing))),
    /** Company-specific do-not-call requests, honoured for `doNotCall.requestsHonouredFor` from each one. */
    dncRequests: z.optional(z.array(unwrapSchema(DoNotCallRequest))),
    /** No touch before this instant. */
    pausedUntil: z.optional(unwrapSchema(Instant)),
    /** Free-form data conditions can read (`source`, `vehicle.price`, `score`). */
    attributes: z._default(unwrapSchema(JsonData), {}),
    history: z._default(z.array(unwrapSchema(HistoryEntry)), []),
  }),
);
/**
 * The fields {@link LeadSchema} has, for `evaluate`'s check of a lead it did not parse: any other own
 * field is refused there as `parseLead` refuses it (read as absent, an `optOut` written for `optOuts`
 * would stop nothing). A test holds the two lists equal.
 */
export const LEAD_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  "id enrolledAt timezone contacts consent optOuts status address doNotContact dncRegistries dncRequests pausedUntil attributes history".split(" "),
);
/** A validated lead (defaults filled in). An interface, so errors and hovers read `Lead`. */
export interface Lead extends z.infer<typeof LeadSchema> {}
/**
 * A lead as given, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `LeadInput` instead of the expanded object type.
 */
export interface LeadInput extends z.input<typeof LeadSchema> {}
