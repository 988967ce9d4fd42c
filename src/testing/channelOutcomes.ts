import { ArgumentError, describeValue } from "../errors/index.js";
import { type BuiltInChannel, checkOutcome, OUTCOMES, type Outcome } from "../primitives/index.js";

/**
 * The outcomes a touch on each built-in channel can have: a call is never `replied` or `opened`, an
 * SMS never `connected`. `completed` (a task done) and `failed` belong to every channel. A custom
 * channel (`linkedin`, `notify`) can have any outcome.
 */
const BY_CHANNEL: Readonly<Record<BuiltInChannel, readonly Outcome[]>> = {
  call: ["connected", "no_answer", "busy", "voicemail", "wrong_number", "completed", "failed"],
  // A video touch is a video call (connected, no_answer) or a recorded video message (sent ... replied).
  video: ["connected", "no_answer", "sent", "delivered", "read", "opened", "clicked", "replied", "completed", "failed"],
  sms: ["sent", "delivered", "replied", "completed", "failed", "bounced"],
  whatsapp: ["sent", "delivered", "read", "replied", "completed", "failed", "bounced"],
  email: ["sent", "delivered", "opened", "clicked", "replied", "completed", "failed", "bounced"],
};

/** The outcomes a touch on `channel` can have (every outcome for a custom channel). */
export function outcomesForChannel(channel: string): readonly Outcome[] {
  return Object.hasOwn(BY_CHANNEL, channel) ? BY_CHANNEL[channel as keyof typeof BY_CHANNEL] : OUTCOMES;
}

/** True when a touch on `channel` can have `outcome`. */
export function outcomeFitsChannel(outcome: Outcome, channel: string): boolean {
  return outcomesForChannel(channel).includes(outcome);
}

/**
 * `value` as an outcome a touch on `channel` can have (any outcome on a custom channel).
 * @throws {ArgumentError} naming `name`: for an unknown outcome, listing the outcomes; for one the
 * channel cannot have (`connected` for `email`), listing the channel's outcomes and what came.
 */
export function checkChannelOutcome(value: unknown, channel: string, name: string): Outcome {
  const outcome = checkOutcome(value, name);
  if (!outcomeFitsChannel(outcome, channel))
    throw new ArgumentError(
      name,
      `Expected \`${name}\` to be one of the outcomes ${channel} touches can have (${outcomesForChannel(channel).join(", ")}), got ${describeValue(value)}`,
    );
  return outcome;
}
