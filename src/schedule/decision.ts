import type { SkipRecord } from "../lead/index.js";

/** A touch to perform now. `id` is the idempotency key: the same touch always has the same id. */
export interface Touch {
  /** `leadId/planId@version/stepId#attempt`; stable across evaluations and machines. */
  readonly id: string;
  readonly leadId: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly stepId: string;
  /** The channel to use; the step's fallback when its own channel is unavailable. */
  readonly channel: string;
  /** 1 for the first attempt of the step. */
  readonly attempt: number;
  /** When the touch became due (ISO-8601, UTC): its scheduled time, or the end of a pause it fell due in, moved into its window and past its caps. */
  readonly dueAt: string;
  readonly mode: "auto" | "task";
  readonly template?: string;
  /** Set when the step's own channel was unavailable and its fallback is used. */
  readonly fallbackFrom?: string;
  /** WhatsApp outside the 24 h window after the lead's last message: only the approved `template` may be sent. */
  readonly requiresTemplate?: true;
}

/** Why a step was settled as skipped. */
export type SkipReason =
  | "condition_false"
  | "no_contact"
  | "no_consent"
  | "consent_denied"
  | "channel_bounced"
  | "opted_out"
  | "do_not_contact"
  | "whatsapp_window_closed"
  | "whatsapp_template_blocked"
  | "zone_unknown";

/** Why a cadence is over. */
export type DoneReason = "completed" | "replied" | "connected" | "meeting_booked" | "opted_out" | "status" | "event";

/** The cadence is over: no touch will be due again. */
export interface Done {
  readonly reason: DoneReason;
  /** When the ending happened (the exit's record, or the last step settling). */
  readonly at: string;
  /** Human-readable detail: the channel replied on, the status, the event name. */
  readonly detail?: string;
}

/** The next instant worth evaluating again, and the step that wakes. */
export interface WakeUp {
  readonly at: string;
  readonly stepId: string;
}

/** What a step is doing right now, and why. */
export type StepState = "due" | "waiting" | "skipped" | "completed" | "exited";

/**
 * Why a step is in its state:
 * - `due` — it is due now;
 * - `anchor` — waiting for its anchor time; `anchor_pending` — its anchor step has not happened yet;
 * - `attempt_spacing` — waiting between attempts;
 * - `window` — outside the channel's send window or inside quiet hours;
 * - `cap` — a frequency cap is full;
 * - `paused` — the lead is paused;
 * - `channel_busy` — another plan's touch uses the channel this minute (see `evaluateAll`);
 * - `optout_review` — an inbound message on the channel may be an opt-out: held, with no wake-up,
 *   until the host resolves the review (`optout_review_resolved` in history);
 * - `condition_false`, `no_contact`, `no_consent`, `consent_denied`, `channel_bounced`, `opted_out`,
 *   `do_not_contact` (a do-not-contact flag), `whatsapp_window_closed` (no template outside the
 *   WhatsApp window and no usable fallback), `whatsapp_template_blocked` (a template rule keeps the
 *   step's template category from the lead's number and no fallback is usable), `zone_unknown` (the lead's zone is unknown and the plan
 *   allows only untimed channels) — skipped;
 * - `sent`, `outcome_reached`, `attempts_exhausted` — completed;
 * - `exit` — the cadence exited.
 */
export type TraceReason =
  | "due"
  | "anchor"
  | "anchor_pending"
  | "attempt_spacing"
  | "window"
  | "cap"
  | "paused"
  | "channel_busy"
  | "optout_review"
  | SkipReason
  | "sent"
  | "outcome_reached"
  | "attempts_exhausted"
  | "exit";

/** One line of the explanation: a step, its state, why, and until when. */
export interface TraceEntry {
  readonly stepId: string;
  readonly state: StepState;
  readonly reason: TraceReason;
  /** The attempt concerned (the next one for waiting steps). */
  readonly attempt?: number;
  /** The channel concerned (the fallback when it is in use). */
  readonly channel?: string;
  /** For waiting steps: the earliest instant the step can be due (ISO-8601, UTC). */
  readonly until?: string;
  /** Human-readable detail (which cap, which window, which condition). */
  readonly detail?: string;
}

/**
 * Where the lead's zone came from: its `timezone` (`lead`), its address country and region
 * (`address`), its phone number (`phone`), or the plan's fallback zone (`plan`).
 */
export type ZoneSource = "lead" | "address" | "phone" | "plan";

/** The zone a decision read the lead's clock rules in. */
export interface DecisionZone {
  /** The zone of local dates and times (recurrences, "next day at 10:00", business days, caps). */
  readonly name: string;
  readonly source: ZoneSource;
  /** Every zone the lead may be in when the source names several; windows must be open in all of them. */
  readonly candidates?: readonly string[];
  /** Why a resolution step was passed over (e.g. phone lookup unavailable). */
  readonly detail?: string;
}

/** Everything `evaluate` decided for one lead at one instant. */
export interface Decision {
  readonly leadId: string;
  readonly planId: string;
  readonly planVersion: number;
  /** The instant evaluated (ISO-8601, UTC). */
  readonly now: string;
  /**
   * The IANA zone the lead's clock rules were read in, and where it came from. A zone from the lead's
   * own `timezone` is one frozen object shared by the decisions in that zone: copy it to change it.
   */
  readonly zone: DecisionZone;
  /** Touches to perform now, in plan order. */
  readonly due: readonly Touch[];
  /** Steps settled as skipped now: append these records to the lead's history. */
  readonly skipped: readonly SkipRecord[];
  /**
   * The next wake-up after the due touches, or `null` when nothing is scheduled by time (also when it
   * would fall after 2200-12-31, the last accepted instant: the waiting step's trace `detail` says so).
   */
  readonly next: WakeUp | null;
  /** Set when the cadence is over. */
  readonly done: Done | null;
  /** One entry per step, in plan order; then one for `opt-out-confirmation` once an opt-out calls for it. */
  readonly trace: readonly TraceEntry[];
}
