import { instantMs } from "../primitives/index.js";
import type { SimulatedEvent, Timeline, TimelineEntry } from "../testing/index.js";
import { elapsed } from "../testing/elapsed.js";
import { localLabel } from "../testing/localLabel.js";
import { calendarBands, type CalendarBands, type Span } from "./calendarBands.js";
import { channelLabel, durationLabel, exitReasonLabel, outcomeTone, skipReasonLabel, words, type Tone } from "./labels.js";

/** The lane of what the lead did on its own (replies, bookings, opt-outs). */
export const LEAD_LANE = "\u0000lead";

/** One timeline entry as the report draws it and lists it: the chart and the table read the same objects. */
export interface ReportEvent {
  /** Index of the entry in `timeline.entries`. */
  readonly entry: number;
  readonly kind: TimelineEntry["kind"];
  /** The channel lane, {@link LEAD_LANE}, or `""` for the exit (drawn across every lane). */
  readonly lane: string;
  readonly at: number;
  /** A deferral's end: when the touch may go. */
  readonly until?: number;
  readonly local: string;
  readonly elapsed: string;
  /** `Touch`, `Deferred`, `Skipped`, `Outcome`, `Lead`, `Exit`. */
  readonly what: string;
  /** One line: `Call · no answer`. */
  readonly title: string;
  /** The table's detail cell. */
  readonly detail: string;
  /** The tooltip's lines after the title: the trace entry in words. */
  readonly lines: readonly string[];
  readonly tone: Tone;
  readonly channel?: string;
  readonly step?: string;
}

/** What the lead view of a report is built from. */
export interface LeadModel {
  readonly timeline: Timeline;
  /** Channel lanes in plan order, then any other channel the timeline used. */
  readonly lanes: readonly string[];
  readonly events: readonly ReportEvent[];
  readonly bands: CalendarBands;
  /** Whole local days covering the simulation. */
  readonly span: Span;
  /** Where the picture ends: the exit, or the end of the simulation. */
  readonly endMs: number;
}

/** Reads a timeline into lanes, events and calendar bands; `cover` widens the bands (two timelines drawn on one axis). */
export function leadModel(timeline: Timeline, cover?: Span): LeadModel {
  const plan = timeline.plan;
  const lanes: string[] = [];
  const lane = (c: string | undefined): void => {
    if (c !== undefined && !lanes.includes(c)) lanes.push(c);
  };
  for (const step of plan.steps) {
    lane(step.channel);
    lane(step.fallback);
  }
  lane(plan.optOutConfirmation?.channel);
  for (const e of timeline.entries) if (e.kind === "touch" || e.kind === "deferral" || e.kind === "outcome" || e.kind === "escalation") lane(e.channel);
  const fromMs = instantMs(timeline.from);
  const endMs = Math.max(fromMs, instantMs(timeline.exit?.at ?? timeline.end.at));
  let lastMs = endMs;
  for (const e of timeline.entries) lastMs = Math.max(lastMs, instantMs(e.at), e.kind === "deferral" ? instantMs(e.until) : 0);
  const bands = calendarBands(timeline, lanes, Math.min(fromMs, cover?.start ?? fromMs), Math.max(lastMs + 1, cover?.end ?? 0));
  const first = bands.days[0];
  const last = bands.days[bands.days.length - 1];
  const span = { start: first?.start ?? fromMs, end: last?.end ?? lastMs };
  const stepNames = new Map(plan.steps.map((s) => [s.id, s.name]));
  const stepChannels = new Map(plan.steps.map((s) => [s.id, s.channel]));
  const stepLabel = (id: string): string => {
    const name = stepNames.get(id);
    return name === undefined ? id : `${name} (${id})`;
  };
  const events = timeline.entries.map((entry, index) => describe(entry, index, { bands, stepLabel, stepChannels, zone: timeline.zone.name }));
  return { timeline, lanes, events, bands, span, endMs };
}

interface Context {
  readonly bands: CalendarBands;
  readonly stepLabel: (id: string) => string;
  readonly stepChannels: ReadonlyMap<string, string>;
  readonly zone: string;
}

function describe(e: TimelineEntry, index: number, ctx: Context): ReportEvent {
  const at = instantMs(e.at);
  const base = { entry: index, kind: e.kind, at, local: e.local, elapsed: elapsed(e.offsetMs) };
  const when = `${e.local} · ${base.elapsed}`;
  switch (e.kind) {
    case "touch": {
      const notes = [
        e.mode === "task" ? "a task for a rep" : "sent automatically",
        ...(e.fallbackFrom === undefined ? [] : [`fallback: ${channelLabel(e.fallbackFrom)} was unavailable`]),
      ];
      const outcome = words(e.outcome);
      return {
        ...base,
        lane: e.channel,
        channel: e.channel,
        step: e.stepId,
        what: "Touch",
        title: `${channelLabel(e.channel)} · ${outcome}`,
        detail: `${outcome}${e.outcomeAt === undefined ? "" : " (learnt later)"}; ${notes.join("; ")}${e.template === undefined ? "" : `; template ${e.template}`}${e.dueAt === undefined ? "" : `; performed ${durationLabel(at - instantMs(e.dueAt))} after it became due`}`,
        lines: [
          `Step: ${ctx.stepLabel(e.stepId)} · attempt ${e.attempt}`,
          when,
          `Outcome: ${outcome}${e.outcomeAt === undefined ? "" : ` (learnt ${durationLabel(instantMs(e.outcomeAt) - at)} later)`}`,
          ...(e.template === undefined ? [] : [`Template: ${e.template}`]),
          notes.join(" · "),
          ...(e.dueAt === undefined
            ? []
            : [`Performed ${durationLabel(at - instantMs(e.dueAt))} after it became due (${localLabel(ctx.zone, instantMs(e.dueAt))})`]),
        ],
        tone: outcomeTone(e.outcome),
      };
    }
    case "outcome":
      return {
        ...base,
        lane: e.channel,
        channel: e.channel,
        step: e.stepId,
        what: "Outcome",
        title: `${channelLabel(e.channel)} outcome · ${words(e.outcome)}`,
        detail: `${words(e.outcome)} (reported for ${e.touchId})`,
        lines: [`Step: ${ctx.stepLabel(e.stepId)}`, when, `Reported for touch ${e.touchId}`],
        tone: outcomeTone(e.outcome),
      };
    case "deferral": {
      const until = instantMs(e.until);
      const channel = e.channel ?? ctx.stepChannels.get(e.stepId) ?? "";
      const reason = deferralReason(e.reason, e.detail, channel, at, ctx.bands);
      return {
        ...base,
        lane: channel,
        ...(channel === "" ? {} : { channel }),
        step: e.stepId,
        until,
        what: "Deferred",
        title: `${channelLabel(channel)} deferred · ${reason}`,
        detail: `${reason}; held ${durationLabel(until - at)}, until ${e.untilLocal}`,
        lines: [
          `Step: ${ctx.stepLabel(e.stepId)} · attempt ${e.attempt}`,
          `Intended ${when}`,
          `Reason: ${reason}`,
          `Goes ${e.untilLocal} (held ${durationLabel(until - at)})`,
        ],
        tone: "held",
      };
    }
    case "skip": {
      const channel = ctx.stepChannels.get(e.stepId) ?? "";
      const reason = skipReasonLabel(e.reason);
      return {
        ...base,
        lane: channel,
        ...(channel === "" ? {} : { channel }),
        step: e.stepId,
        what: "Skipped",
        title: `${channelLabel(channel)} step skipped · ${reason}`,
        detail: `${reason}${e.detail === undefined ? "" : ` (${e.detail})`}`,
        lines: [`Step: ${ctx.stepLabel(e.stepId)}`, when, `Reason: ${reason}`, ...(e.detail === undefined ? [] : [e.detail])],
        tone: "failed",
      };
    }
    case "lead": {
      const text = leadEventText(e.event);
      return {
        ...base,
        lane: LEAD_LANE,
        what: "Lead",
        title: text.title,
        // The table has no title column: its detail says what the lead did, then what it wrote.
        detail: text.detail === "" ? text.title : `${text.title}: ${text.detail}`,
        lines: [when, ...(text.detail === "" ? [] : [text.detail])],
        tone: "lead",
      };
    }
    case "escalation": {
      const deadline = localLabel(ctx.zone, instantMs(e.deadline));
      return {
        ...base,
        lane: e.channel,
        channel: e.channel,
        step: e.stepId,
        what: "Escalation",
        title: `SLA breached · level ${e.level} on ${channelLabel(e.channel)}`,
        detail: `attempt ${e.attempt} not performed by ${deadline}; level ${e.level} on ${channelLabel(e.channel)}${e.template === undefined ? "" : `, template ${e.template}`}`,
        lines: [
          `Step: ${ctx.stepLabel(e.stepId)} · attempt ${e.attempt}`,
          when,
          `Not performed by the deadline ${deadline}`,
          `Escalated on ${channelLabel(e.channel)}${e.template === undefined ? "" : ` with ${e.template}`}`,
        ],
        tone: "failed",
      };
    }
    case "exit": {
      const reason = exitReasonLabel(e.reason);
      return {
        ...base,
        lane: "",
        what: "Exit",
        title: `Exit · ${reason}`,
        detail: `${reason}${e.detail === undefined ? "" : ` (${e.detail})`}`,
        lines: [when, ...(e.detail === undefined ? [] : [e.detail])],
        tone: "exit",
      };
    }
  }
}

/** A window deferral in the words a manager uses: quiet hours, a holiday, or outside the channel's window. */
function deferralReason(reason: "window" | "cap" | "paused", detail: string | undefined, channel: string, at: number, bands: CalendarBands): string {
  if (reason === "cap") return detail ?? "frequency cap";
  if (reason === "paused") return detail === undefined ? "cadence paused" : `cadence paused (${detail})`;
  const inside = (spans: readonly Span[] | undefined): Span | undefined => spans?.find((s) => s.start <= at && at < s.end);
  const quiet = inside(bands.quiet.get(channel));
  if (quiet !== undefined) return "quiet hours";
  const holiday = bands.closures.find((s) => s.start <= at && at < s.end);
  if (holiday !== undefined) return `holiday: ${holiday.name}`;
  // Open when intended, yet held for the window: a cap held it until the window had closed.
  if (inside(bands.open.get(channel)) !== undefined) return `caps, then outside the ${channelLabel(channel)} send window`;
  return `outside the ${channelLabel(channel)} send window`;
}

function leadEventText(event: SimulatedEvent): { title: string; detail: string } {
  switch (event.type) {
    case "inbound":
      return {
        title: `${event.automatic === true ? "Automatic reply" : "Reply"} by ${channelLabel(event.channel)}`,
        detail: event.text === undefined ? "" : `“${event.text}”`,
      };
    case "meeting":
      return { title: "Meeting booked", detail: event.note ?? "" };
    case "status":
      return { title: `Status: ${event.status}`, detail: "" };
    case "event":
      return { title: `Event: ${event.name}`, detail: "" };
    case "opt_out":
      return { title: `Opted out of ${channelLabel(event.channel)}`, detail: "" };
  }
}
