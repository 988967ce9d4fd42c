import type { EventRecord, InboundRecord, OptOut } from "../../lead/index.js";
import { isoInstant } from "../../primitives/index.js";
import { phoneChannels } from "../channelAvailability.js";
import { detectOptOut, type DetectOptOutOptions, type OptOutDetection } from "./detectOptOut.js";
import { optOutReviewRecord } from "./optOutReview.js";
import { OPT_OUT_RULES } from "./rules/index.js";

/** What an inbound message means for the lead's opt-outs. */
export interface InboundOptOut {
  readonly detection: OptOutDetection;
  /**
   * Records to append to `lead.optOuts`: one per channel the message names (`stop emailing me` →
   * email, whatever channel it came on; `STOP ALL` → `all`), else the channel it came on; a stop of
   * texts or messages that came on another channel written in (WhatsApp, email, a host's messaging
   * channel; not a call) covers that channel as well as SMS. Empty unless the verdict
   * is `opt_out`.
   */
  readonly optOuts: readonly OptOut[];
  /**
   * For an `uncertain` message: history records holding touches on each channel it concerns until a
   * person decides. A "wrong number" that came on a channel reaching a phone concerns every channel
   * reaching one (call, sms, whatsapp, video): the number may now be someone else's.
   */
  readonly reviews: readonly EventRecord[];
}

const NOTHING: readonly never[] = [];

/**
 * Reads an inbound message for opt-outs. Each opt-out's `at` is the message's, so every touch from
 * that instant on is blocked; `source` names the matched rule. Automatic replies and messages
 * without text mean nothing.
 * @example
 * const { optOuts, reviews } = readInboundOptOut(inbound, { locale: "de" });
 * lead.optOuts.push(...optOuts);
 * lead.history.push(...reviews);
 */
export function readInboundOptOut(inbound: Pick<InboundRecord, "channel" | "at" | "text" | "automatic">, options: DetectOptOutOptions = {}): InboundOptOut {
  if (inbound.text === undefined || inbound.automatic === true)
    return { detection: { verdict: "none", optOut: false, confidence: 0, rule: null }, optOuts: NOTHING, reviews: NOTHING };
  const detection = detectOptOut(inbound.text, options);
  // An opt-out's instant is ISO-8601; the inbound record's may be epoch milliseconds.
  const at = typeof inbound.at === "number" ? isoInstant(inbound.at) : inbound.at;
  const named = detection.channels ?? (detection.scope === undefined ? [inbound.channel] : [detection.scope]);
  // An opt-out naming no channel beside one naming some covers the channel it came on too (`inbound`), before those named.
  const read = detection.inbound === true && !named.includes(inbound.channel) && !named.includes("all") ? [inbound.channel, ...named] : named;
  const channels = withConversation(read, inbound.channel);
  if (detection.verdict === "opt_out") {
    const source = `inbound:${detection.rule ?? "unknown"}`;
    return { detection, optOuts: channels.map((channel) => ({ channel, at, source })), reviews: NOTHING };
  }
  if (detection.verdict === "uncertain") {
    const phones = phoneChannels();
    const held = saysWrongNumber(detection.rule) && phones.includes(inbound.channel) ? [...channels, ...phones.filter((c) => !channels.includes(c))] : channels;
    return { detection, optOuts: NOTHING, reviews: held.map((channel) => optOutReviewRecord(channel, at, detection)) };
  }
  return { detection, optOuts: NOTHING, reviews: NOTHING };
}

/**
 * The channels a message read as naming SMS ("stop texting me", "no more messages": its word for
 * messages names SMS) also covers when it came on another channel written in, not on a call: WhatsApp
 * (people call WhatsApp messages texts and messages), email (a reply saying "stop sending me messages"
 * answers the emails), a messaging channel of the host's (`linkedin`): the conversation they are
 * stopping is the one they write in. Erring this way keeps an opt-out from being read too narrowly (a
 * WhatsApp message saying "SMS only, WhatsApp is fine" loses WhatsApp until the host lifts it).
 */
function withConversation(channels: readonly string[], came: string): readonly string[] {
  return came !== "sms" && came !== "call" && channels.includes("sms") && !channels.includes(came) ? [...channels, came] : channels;
}

/** The rule (`<locale>.phrase.<id>`) is a phrase of the shipped tables saying the number reached someone else. */
function saysWrongNumber(rule: string | null): boolean {
  const [locale, kind, id] = rule?.split(".") ?? [];
  return kind === "phrase" && OPT_OUT_RULES.some((t) => t.locale === locale && t.phrases.some((p) => p.id === id && p.wrongNumber === true));
}
