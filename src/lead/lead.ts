import * as z from "zod";
import { ChannelName, ConsentStatus, Instant, RegistryId, ZoneName, lazySchema, unwrapSchema } from "../primitives/index.js";
import { HistoryEntry } from "./history.js";

/** Consent for one channel: its state, when it was given or refused, and where it came from. */
export const Consent = lazySchema(() =>
  z.strictObject({
    status: unwrapSchema(ConsentStatus),
    at: unwrapSchema(Instant).optional(),
    source: z.string().optional(),
  }),
);
/** Consent for one channel. */
export type Consent = z.infer<typeof Consent>;

/**
 * The lead opted out of one channel, or of every channel (`all`). With `category: "marketing"` only
 * of marketing messages on it (WhatsApp's "stop marketing messages"): utility and authentication
 * templates may still go.
 */
export const OptOut = lazySchema(() =>
  z.strictObject({
    channel: z.union([unwrapSchema(ChannelName), z.literal("all")]),
    at: unwrapSchema(Instant),
    source: z.string().optional(),
    category: z.literal("marketing").optional(),
  }),
);
/** An opt-out. */
export type OptOut = z.infer<typeof OptOut>;

/** A do-not-contact flag on one channel, with where it came from and when. */
export const DoNotContactFlag = lazySchema(() =>
  z.strictObject({
    channel: z.union([unwrapSchema(ChannelName), z.literal("all")]),
    source: z.string().optional(),
    at: unwrapSchema(Instant).optional(),
  }),
);
/** A do-not-contact flag. */
export type DoNotContactFlag = z.infer<typeof DoNotContactFlag>;

/** The lead's number is on a national do-not-call registry (from the host's registry check). */
export const RegistryListing = lazySchema(() =>
  z.strictObject({
    /** `us-national`, `ca-dncl`, `au-dncr`, `be-bel-me-niet-meer`: the rules are the plan's and its presets' (`doNotCall`). */
    registry: unwrapSchema(RegistryId),
    /** Listed since (absent: listed). */
    at: unwrapSchema(Instant).optional(),
    source: z.string().optional(),
  }),
);
/** A registry listing. */
export type RegistryListing = z.infer<typeof RegistryListing>;

/** The lead asked this business not to call (a company-specific do-not-call request), honoured for the rules' period from `at`. */
export const DoNotCallRequest = lazySchema(() =>
  z.strictObject({
    at: unwrapSchema(Instant),
    /** The channels asked about; default `call` and `sms`. */
    channels: z.array(unwrapSchema(ChannelName)).min(1).optional(),
    source: z.string().optional(),
  }),
);
/** A company-specific do-not-call request. */
export type DoNotCallRequest = z.infer<typeof DoNotCallRequest>;

/**
 * A lead and everything that happened to it. Timestamps are ISO-8601 instants with `Z` or an
 * offset; a history record's `at` may also be epoch milliseconds.
 */
export const LeadSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    enrolledAt: unwrapSchema(Instant),
    /** IANA zone of the lead; when absent it is resolved from `address`, then the `phone` contact, then the plan's fallback zone. */
    timezone: unwrapSchema(ZoneName).optional(),
    /** Contact points by kind: `phone`, `email`, `whatsapp`, `linkedin`, ... */
    contacts: z.record(z.string(), z.string()).default({}),
    consent: z.record(unwrapSchema(ChannelName), unwrapSchema(Consent)).default({}),
    optOuts: z.array(unwrapSchema(OptOut)).default([]),
    status: z.string().optional(),
    /** Postal address; `country` (ISO 3166-1 alpha-2) and `region` (`FL`, `US-FL`) select regional compliance presets. */
    address: z
      .strictObject({ country: z.string().optional(), region: z.string().optional(), postalCode: z.string().optional(), city: z.string().optional() })
      .optional(),
    /** Channels the lead must not be contacted on (set by the host, e.g. from a national do-not-call registry). */
    doNotContact: z.array(z.union([unwrapSchema(ChannelName), unwrapSchema(DoNotContactFlag)])).optional(),
    /** National do-not-call registries the lead's number is on; what they block and exempt is the plan's `doNotCall` rules. */
    dncRegistries: z.array(unwrapSchema(RegistryListing)).optional(),
    /** Company-specific do-not-call requests, honoured for `doNotCall.requestsHonouredFor` from each one. */
    dncRequests: z.array(unwrapSchema(DoNotCallRequest)).optional(),
    /** No touch before this instant. */
    pausedUntil: unwrapSchema(Instant).optional(),
    /** Free-form data conditions can read (`source`, `vehicle.price`, `score`). */
    attributes: z.record(z.string(), z.unknown()).default({}),
    history: z.array(unwrapSchema(HistoryEntry)).default([]),
  }),
);
/** A validated lead (defaults filled in). An interface, so errors and hovers read `Lead`. */
export interface Lead extends z.infer<typeof LeadSchema> {}
/**
 * A lead as given, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `LeadInput` instead of the expanded object type.
 */
export interface LeadInput extends z.input<typeof LeadSchema> {}
