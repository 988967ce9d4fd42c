import { ArgumentError, checkShape, describeValue } from "../errors/index.js";
import type { Lead } from "../lead/index.js";
import type { Plan } from "../plan/index.js";
import type { Outcome } from "../primitives/index.js";
import type { DoneReason, ZoneSource } from "../schedule/index.js";
import type { SimulatedEvent } from "./responders.js";

/** What every timeline entry carries: the instant (UTC) and the lead's local time. */
export interface TimelineEntryBase {
  /** ISO-8601 instant, UTC. */
  readonly at: string;
  /** The lead's local time, `"Mon 2026-03-09 10:05 EDT"`. */
  readonly local: string;
  /** Milliseconds since the simulation start. */
  readonly offsetMs: number;
}

/** A touch performed in the simulation, with the outcome the responder chose. */
export interface TimelineTouch extends TimelineEntryBase {
  readonly kind: "touch";
  readonly touchId: string;
  readonly stepId: string;
  readonly channel: string;
  readonly attempt: number;
  readonly mode: "auto" | "task";
  /** The final outcome (learnt at the touch, or later when the responder said so). */
  readonly outcome: Outcome;
  /** When the outcome was learnt, when later than the touch. */
  readonly outcomeAt?: string;
  readonly template?: string;
  /** Set when the step's own channel was unavailable and its fallback was used. */
  readonly fallbackFrom?: string;
  /** When the touch became due, when it was performed later (a responder's `performedAfter`). */
  readonly dueAt?: string;
}

/**
 * A touch not performed within its step's SLA: escalation level `level` fired, as the engine's
 * `sla:breached` does, on the level's channel. `at` is when it fired.
 */
export interface TimelineEscalation extends TimelineEntryBase {
  readonly kind: "escalation";
  /** The late touch. */
  readonly touchId: string;
  readonly stepId: string;
  readonly attempt: number;
  /** 1 for the first level of the step's ladder. */
  readonly level: number;
  /** The channel the escalation goes out on (a manager's email, a team's SMS...). */
  readonly channel: string;
  readonly template?: string;
  /** The SLA deadline the touch missed (ISO-8601, UTC). */
  readonly deadline: string;
}

/** An outcome learnt after its touch (a call result reported later, a bounce). */
export interface TimelineOutcome extends TimelineEntryBase {
  readonly kind: "outcome";
  readonly touchId: string;
  readonly stepId: string;
  readonly channel: string;
  readonly outcome: Outcome;
}

/** A step settled as skipped, with the engine's reason. */
export interface TimelineSkip extends TimelineEntryBase {
  readonly kind: "skip";
  readonly stepId: string;
  readonly reason: string;
  readonly detail?: string;
}

/**
 * A touch held back by a send window or quiet hours, a cap, or a pause. `at` is when it was
 * scheduled (or when the hold was first seen), `until` when it may go. Only a touch actually held:
 * a step settled before its time (skipped, sent, no longer held) has none, even when an earlier
 * evaluation saw it would wait.
 */
export interface TimelineDeferral extends TimelineEntryBase {
  readonly kind: "deferral";
  readonly stepId: string;
  readonly attempt: number;
  readonly channel?: string;
  readonly reason: "window" | "cap" | "paused";
  readonly until: string;
  readonly untilLocal: string;
  readonly detail?: string;
}

/** Something the lead did on its own (a reply, a booking, an opt-out...). */
export interface TimelineLeadEvent extends TimelineEntryBase {
  readonly kind: "lead";
  readonly event: SimulatedEvent;
}

/** The cadence ended, and why. */
export interface TimelineExit extends TimelineEntryBase {
  readonly kind: "exit";
  readonly reason: DoneReason;
  readonly detail?: string;
}

/** One line of a timeline. */
export type TimelineEntry = TimelineTouch | TimelineOutcome | TimelineSkip | TimelineDeferral | TimelineLeadEvent | TimelineExit | TimelineEscalation;

/** Why the simulation stopped: the cadence was done, `until` was reached, or nothing was scheduled. */
export type SimulationEndReason = "done" | "until" | "idle";

/** What {@link simulate} returns: everything that happened, in order, and views on it. */
export interface Timeline {
  readonly planId: string;
  readonly planVersion: number;
  readonly leadId: string;
  /** The zone local times are shown in, and where it came from. */
  readonly zone: { readonly name: string; readonly source: ZoneSource };
  /** Simulation start (ISO-8601, UTC). */
  readonly from: string;
  /** Simulation horizon (ISO-8601, UTC). */
  readonly until: string;
  /** `from` and `until` on the lead's wall clock. */
  readonly fromLocal: string;
  readonly untilLocal: string;
  /** Every entry in time order (entries at the same instant keep the order they happened in). */
  readonly entries: readonly TimelineEntry[];
  readonly touches: readonly TimelineTouch[];
  /** Touches per channel, in time order. */
  readonly byChannel: Readonly<Record<string, readonly TimelineTouch[]>>;
  readonly firstTouch: TimelineTouch | undefined;
  readonly skips: readonly TimelineSkip[];
  readonly deferrals: readonly TimelineDeferral[];
  /** SLA escalations, in time order. */
  readonly escalations: readonly TimelineEscalation[];
  /** The exit, or `null` when the simulation stopped before the cadence was done. */
  readonly exit: TimelineExit | null;
  readonly end: { readonly reason: SimulationEndReason; readonly at: string };
  /** The lead as it stands at the end, with the history the simulation appended. */
  readonly lead: Lead;
  /** How many times `evaluate` ran. */
  readonly evaluations: number;
  /** The validated plan as simulated (with the run's extra presets): what a report draws windows from. */
  readonly plan: Plan;
}

/** Builds the derived views of a timeline from its entries. */
export function assembleTimeline(
  head: Omit<Timeline, "entries" | "touches" | "byChannel" | "firstTouch" | "skips" | "deferrals" | "escalations" | "exit">,
  entries: readonly TimelineEntry[],
): Timeline {
  const touches = entries.filter((e): e is TimelineTouch => e.kind === "touch");
  // No prototype: a custom channel named `constructor` is a key like any other, and a channel without touches reads undefined.
  const byChannel: Record<string, TimelineTouch[]> = Object.create(null) as Record<string, TimelineTouch[]>;
  for (const t of touches) (byChannel[t.channel] ??= []).push(t);
  const exit = entries.find((e): e is TimelineExit => e.kind === "exit") ?? null;
  return {
    ...head,
    entries,
    touches,
    byChannel,
    firstTouch: touches[0],
    skips: entries.filter((e): e is TimelineSkip => e.kind === "skip"),
    deferrals: entries.filter((e): e is TimelineDeferral => e.kind === "deferral"),
    escalations: entries.filter((e): e is TimelineEscalation => e.kind === "escalation"),
    exit,
  };
}

/**
 * The shape checks made on a timeline given back to the functions that read one (`formatTimeline`,
 * `renderTimelineHtml`, `findTouches`): an object with `entries`, `touches`, `plan` and `zone`, each entry an object with a
 * `kind` and an instant `at`, so a hand-made or damaged one ends in an error naming its place.
 * @throws {ArgumentError} naming `path` or `path.entries[i]`.
 */
export function checkTimeline(t: unknown, path: string): asserts t is Timeline {
  checkShape(t, path, "a timeline returned by simulate (with entries, touches, plan and zone)", {
    entries: "array",
    touches: "array",
    plan: "object",
    zone: "object",
  });
  const entries: readonly unknown[] = (t as Timeline).entries;
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (entry === null || typeof entry !== "object" || typeof (entry as TimelineEntry).kind !== "string" || typeof (entry as TimelineEntry).at !== "string") {
      const at = `${path}.entries[${i}]`;
      throw new ArgumentError(at, `Expected \`${at}\` to be a timeline entry (with a kind and an instant at), got ${describeValue(entry)}`);
    }
  }
}
