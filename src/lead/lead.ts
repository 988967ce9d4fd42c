import { z } from "zod";
import { ChannelName, ConsentStatus, Instant, ZoneName } from "../primitives/index.js";
import { HistoryEntry } from "./history.js";

/** Consent for one channel: its state, when it was given or refused, and where it came from. */
export const Consent = z.strictObject({
  status: ConsentStatus,
  at: Instant.optional(),
  source: z.string().optional(),
});
/** Consent for one channel. */
export type Consent = z.infer<typeof Consent>;

/** The lead opted out of one channel, or of every channel (`all`). */
export const OptOut = z.strictObject({
  channel: z.union([ChannelName, z.literal("all")]),
  at: Instant,
  source: z.string().optional(),
});
/** An opt-out. */
export type OptOut = z.infer<typeof OptOut>;

/** Where the lead is; `country` (ISO 3166-1 alpha-2) and `region` (ISO 3166-2 code, `FL` or `US-FL`) select its zone and holidays. */
export const Address = z.strictObject({
  country: z.string().regex(/^[A-Za-z]{2}$/, { error: "Expected an ISO 3166-1 alpha-2 country code like US" }).optional(),
  region: z.string().min(1).optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
});
/** A lead's address. */
export type Address = z.infer<typeof Address>;

/** A lead and everything that happened to it. Timestamps are ISO-8601 instants. */
export const LeadSchema = z.strictObject({
  id: z.string().min(1),
  enrolledAt: Instant,
  /** IANA zone of the lead; when absent it is resolved from `address`, then the `phone` contact, then the plan's fallback zone. */
  timezone: ZoneName.optional(),
  /** Used for the zone (when `timezone` is absent) and for holidays (plans with `holidays.fromLead`). */
  address: Address.optional(),
  /** Contact points by kind: `phone`, `email`, `whatsapp`, `linkedin`, ... */
  contacts: z.record(z.string(), z.string()).default({}),
  consent: z.record(ChannelName, Consent).default({}),
  optOuts: z.array(OptOut).default([]),
  status: z.string().optional(),
  /** No touch before this instant. */
  pausedUntil: Instant.optional(),
  /** Free-form data conditions can read (`source`, `vehicle.price`, `score`). */
  attributes: z.record(z.string(), z.unknown()).default({}),
  history: z.array(HistoryEntry).default([]),
});
/** A validated lead (defaults filled in). */
export type Lead = z.infer<typeof LeadSchema>;
/** A lead as given, before defaults. */
export type LeadInput = z.input<typeof LeadSchema>;
