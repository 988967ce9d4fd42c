import type { TraceReason } from "./decision.js";

/**
 * Every trace reason in words, as a person reads it: the command line's `explain`, a CRM's answer
 * to an enrolment, a rep's screen. Typed by {@link TraceReason}, so a new reason cannot be added
 * without its words.
 */
export const TRACE_REASON_WORDS: Readonly<Record<TraceReason, string>> = {
  due: "due now",
  anchor: "waiting for its scheduled time",
  anchor_pending: "waiting for the step it is anchored on",
  attempt_spacing: "waiting between attempts",
  window: "outside the send window or in quiet hours",
  cap: "a frequency cap is full",
  paused: "the lead is paused",
  channel_busy: "another touch uses the channel this minute",
  optout_review: "held: a message on the channel may be an opt-out, awaiting review",
  condition_false: "its condition is false",
  no_contact: "no contact point for the channel",
  no_consent: "no consent for the channel",
  consent_denied: "consent denied",
  channel_bounced: "the channel bounced",
  opted_out: "the lead opted out",
  do_not_contact: "the lead must not be contacted on the channel",
  whatsapp_window_closed: "the WhatsApp 24-hour window is closed and the step has no template",
  whatsapp_template_blocked: "a template rule keeps the template's category from the lead's number",
  zone_unknown: "the lead's time zone is unknown and the plan allows only untimed channels",
  sent: "sent",
  outcome_reached: "its target outcome was reached",
  attempts_exhausted: "all attempts made",
  exit: "the cadence exited",
};

/**
 * A trace reason in words (`window` → "outside the send window or in quiet hours"); a code this
 * version does not know comes back unchanged.
 * @example
 * for (const entry of decision.trace) console.log(entry.stepId, describeTraceReason(entry.reason));
 */
export function describeTraceReason(reason: string): string {
  return Object.hasOwn(TRACE_REASON_WORDS, reason) ? (TRACE_REASON_WORDS[reason as TraceReason] as string) : reason;
}
