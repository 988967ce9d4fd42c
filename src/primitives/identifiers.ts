import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/**
 * The longest lead id accepted, in UTF-16 code units. Touch ids (idempotency keys) are built from the
 * lead id, and providers cap key length (a few hundred bytes); CRM ids (UUIDs, 18-character
 * Salesforce ids, numeric keys) stay far below this, so a longer one is a bug or hostile data.
 */
export const MAX_LEAD_ID_LENGTH = 512;

/**
 * True when a lead id holds an unpaired surrogate (half of a UTF-16 pair, as cutting a string inside
 * an emoji leaves). UTF-8, the encoding of every store and provider, writes each one as U+FFFD, so two
 * such ids would be one key: one Redis hash field, one Postgres row, one idempotency key.
 */
export function hasUnpairedSurrogate(id: string): boolean {
  // `isWellFormed` (ES2024) where the runtime has it: a regex with a Unicode property costs several times more per lead.
  const wellFormed = (id as { isWellFormed?: () => boolean }).isWellFormed;
  return wellFormed === undefined ? /\p{Cs}/u.test(id) : !wellFormed.call(id);
}

/**
 * A string of at least one character (a template, a name, a reason): a new schema at every call, so
 * that each field using it can be described on its own (see `describable.ts`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function nonEmptyString(): z.ZodMiniString<string> {
  return z.string().check(z.minLength(1));
}

/** Plan and step ids: letters, digits, `_`, `.`, `-`; they become part of touch ids. */
export const Identifier = /* @__PURE__ */ lazySchema(() =>
  z.string().check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, {
      error: "Expected an id of letters, digits, '_', '.' or '-' (at most 128 characters, starting with a letter or digit)",
    }),
  ),
);

/**
 * What a channel name is: {@link ChannelName}'s pattern, also tested by `evaluate`'s checks of a lead
 * it did not parse (never global: `test` keeps no state).
 */
export const CHANNEL_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;
/** What a channel name is, as an issue says it (the issue adds what came). */
export const CHANNEL_NAME_ERROR = "Expected a channel name in lower case (call, sms, whatsapp, email, video or a custom name like linkedin)";

/**
 * A channel name. Built-ins are `call`, `sms`, `whatsapp`, `email`, `video`; any other lower-case
 * name (`linkedin`, `task`, `notify`) is a custom channel.
 */
export const ChannelName = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(CHANNEL_NAME_PATTERN, { error: CHANNEL_NAME_ERROR })));

/** The channels lead-cadence knows by name. */
export const BUILT_IN_CHANNELS = ["call", "sms", "whatsapp", "email", "video"] as const;
/** A built-in channel. */
export type BuiltInChannel = (typeof BUILT_IN_CHANNELS)[number];

/** The names most leads hold, the built-ins and `all`: {@link isChannelName} finds them by one lookup. */
const COMMON_CHANNEL_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([...BUILT_IN_CHANNELS, "all"]);

/** True for a channel name, of {@link CHANNEL_NAME_PATTERN}'s form; the common ones found by a lookup, at half the pattern's cost. */
export function isChannelName(value: string): boolean {
  return COMMON_CHANNEL_NAMES.has(value) || CHANNEL_NAME_PATTERN.test(value);
}
