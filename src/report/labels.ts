import type { Outcome } from "../primitives/index.js";

const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  call: "Call",
  sms: "SMS",
  email: "Email",
  whatsapp: "WhatsApp",
  video: "Video",
  linkedin: "LinkedIn",
  mail: "Mail",
};

/** A channel as people write it: `sms` → `SMS`; a custom channel keeps its own name. */
export function channelLabel(channel: string): string {
  return Object.hasOwn(CHANNEL_NAMES, channel) ? (CHANNEL_NAMES[channel] as string) : channel;
}

/** `no_answer` → `no answer`. */
export function words(code: string): string {
  return code.replace(/_/g, " ");
}

/** How a report colours a result. */
export type Tone = "reached" | "sent" | "missed" | "failed" | "held" | "lead" | "exit";

const TONES: Readonly<Record<Outcome, Tone>> = {
  connected: "reached",
  replied: "reached",
  no_answer: "missed",
  busy: "missed",
  voicemail: "missed",
  wrong_number: "failed",
  sent: "sent",
  delivered: "sent",
  read: "sent",
  opened: "sent",
  clicked: "sent",
  completed: "sent",
  failed: "failed",
  bounced: "failed",
};

/** Reached the lead (connected, replied), went out (sent, delivered, completed...), missed (no answer, busy, voicemail), or failed. */
export function outcomeTone(outcome: Outcome): Tone {
  return TONES[outcome];
}

/** Whether an outcome means a person was reached. */
export function isContact(outcome: Outcome): boolean {
  return TONES[outcome] === "reached";
}

const SKIP_REASONS: Readonly<Record<string, string>> = {
  condition_false: "its condition did not hold",
  no_contact: "no contact for the channel",
  no_consent: "no consent for the channel",
  consent_denied: "consent denied",
  channel_bounced: "the channel bounced",
  opted_out: "the lead opted out",
  do_not_contact: "do not contact",
  whatsapp_window_closed: "WhatsApp 24-hour window closed",
  whatsapp_template_blocked: "WhatsApp template not delivered to this number",
  zone_unknown: "the lead's time zone is unknown",
};

/** A skip reason code in words. */
export function skipReasonLabel(reason: string): string {
  return Object.hasOwn(SKIP_REASONS, reason) ? (SKIP_REASONS[reason] as string) : words(reason);
}

const EXIT_REASONS: Readonly<Record<string, string>> = {
  completed: "cadence completed",
  replied: "lead replied",
  connected: "call connected",
  meeting_booked: "meeting booked",
  opted_out: "lead opted out",
  status: "status changed",
  event: "event",
};

/** An exit reason code in words. */
export function exitReasonLabel(reason: string): string {
  return Object.hasOwn(EXIT_REASONS, reason) ? (EXIT_REASONS[reason] as string) : words(reason);
}

/** A duration for people: `45 s`, `4 min`, `2 h 5 min`, `3 d 4 h`. */
export function durationLabel(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  if (h < 24) return minutes % 60 === 0 ? `${h} h` : `${h} h ${minutes % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}

/** `1 touch`, `3 touches`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
