/**
 * What one step comes to at `now`, as transitions. Each reads the step, its touches and what
 * the steps visited before it settled (their anchors), returns the step's trace entry and writes
 * the rest of its outcome to the decision's {@link StepResult}; `decide` (evaluate.ts) folds the
 * outcomes in plan order. Nothing here mutates its inputs (the result object is the decision's own).
 */
import type { LeadInput, SkipRecord } from "../lead/index.js";
import type { LeadClock } from "../calendar/index.js";
import type { Cap } from "../plan/index.js";
import {
  describeCap,
  doNotCallVerdict,
  hasDoNotCallEntries,
  inWhatsAppWindow,
  type ExitHit,
  type LeadFacts,
  touchOutcomeAt,
  touchOutcomeReachedAt,
  type TouchLog,
  type TouchRecordFields,
  type Unavailable,
} from "../policy/index.js";
import { ALWAYS_OPEN, isoInstant as iso, memoiseWeak } from "../primitives/index.js";
import { type ChannelVerdicts, chooseChannel, NO_DETAIL, stepChannel, whatsappNote, whatsappOutsideWindow } from "./chooseChannel.js";
import type { CompiledPlan, CompiledStep } from "./compiledPlan.js";
import { evaluateCondition, type ConditionContext } from "./conditions.js";
import type { Touch, TraceEntry } from "./decision.js";
import { earliestAllowed, earliestOpen, type HeldBy } from "./earliestAllowed.js";
import { firstAttemptAt, nextAttemptAt, nextRecurringAttemptAt } from "./scheduledTime.js";
import { channelBusyUntil, contactsFor, type ContactsSoFar } from "./contactBudget.js";
import { touchIdWith } from "./touchId.js";

/** What a step comes to at `now`. */
export type StepKind =
  /** Due now: one touch (`touch`), which spends one contact at `now` on its channel. Stays open. */
  | "due"
  /** Open and waiting: for `wakeAt`, or (NaN) for something only the host records. */
  | "waiting"
  /** Settled as skipped: by a skip in the history, or now (`record` is the skip to write). */
  | "skipped"
  /** Settled as completed (outcome reached, attempts exhausted, recurrence ended). */
  | "completed";

/**
 * What one step came to, apart from its trace entry (which the transitions return). One object per
 * decision, overwritten by every step and read by `decide` right after it: no object per step.
 * Every transition sets every field.
 */
export interface StepResult {
  kind: StepKind;
  /** When dependants anchored on the step's touch may start (NaN: not before a touch is recorded). */
  anchorTouchAt: number;
  /** Skipped or completed: when dependants anchored on its outcome may start (NaN: never). */
  anchorOutcomeAt: number;
  /** Skipped or completed: when it settled (a recurrence that ended before its first occurrence: at its anchor). */
  settledAt: number;
  /** Waiting: the wake-up, whose ISO-8601 text is the trace entry's `until` (NaN: no wake-up). */
  wakeAt: number;
  /** Due: the touch to perform. */
  touch: Touch | undefined;
  /** Skipped now: the skip record to write. */
  record: SkipRecord | undefined;
}

/** A fresh {@link StepResult}, for one decision. */
export function stepResult(): StepResult {
  return {
    kind: "waiting",
    anchorTouchAt: NaN,
    anchorOutcomeAt: NaN,
    settledAt: NaN,
    wakeAt: NaN,
    touch: undefined,
    record: undefined,
  };
}

/** What every step of one decision reads; `anchorTouchAt`, `anchorOutcomeAt`, and `contacts` reflect the steps folded so far. */
export interface StepContext extends ContactsSoFar {
  readonly compiled: CompiledPlan;
  readonly lead: LeadInput;
  readonly facts: LeadFacts;
  readonly now: number;
  /** `now` in ISO-8601 (written once per decision: the decision's `now`, skip records, most `dueAt`s). */
  readonly nowIso: string;
  readonly clock: LeadClock;
  readonly untimedOnly: boolean;
  /** The plan's caps, plus the other plans' in a merged decision. */
  readonly caps: readonly Cap[];
  readonly pausedUntil: number | undefined;
  readonly exit: ExitHit | undefined;
  readonly condition: ConditionContext;
  /** Per step index, when a dependant anchored on its touch (or outcome) may start; NaN: not yet. */
  readonly anchorTouchAt: readonly number[];
  readonly anchorOutcomeAt: readonly number[];
  /** The decision's verdicts on the channels, filled as steps ask (see `chooseChannel.ts`). */
  readonly verdicts: ChannelVerdicts;
  /** What held back the decision's latest `earliestAllowed` answer (its scratch, read right after each call). */
  readonly held: HeldBy;
  /** Where each step's result goes (see {@link StepResult}). */
  readonly out: StepResult;
}

/**
 * A step's touches of this plan: indices into the decision's {@link TouchLog} (`facts.touches`),
 * ordered by attempt, then time. No object per touch: the log's parallel arrays are read in place.
 */
export type StepTouches = readonly number[];

/**
 * The trace entry of `step` at `ctx.now`, given its touches (this plan's, by attempt) and its skip in
 * the history; the rest of what it comes to is written to `ctx.out`.
 */
export function stepOutcome(ctx: StepContext, step: CompiledStep, touches: StepTouches, skip: { at: number; reason: string } | undefined): TraceEntry {
  const log = ctx.facts.touches;
  return settledByHistory(ctx.out, step, log, touches, skip) ?? openStep(ctx, step, log, touches);
}

/**
 * A step the history has settled: skipped, or touched until an outcome in `until` or the last
 * attempt. Its trace entry, with the rest written to `out`; `undefined` (and `out` untouched) when
 * the history has not settled it.
 */
export function settledByHistory(
  out: StepResult,
  step: CompiledStep,
  log: TouchLog,
  touches: StepTouches,
  skip: { at: number; reason: string } | undefined,
): TraceEntry | undefined {
  if (skip !== undefined) {
    settle(out, "skipped", firstTouchAt(log, touches, skip.at), skip.at, skip.at, undefined);
    return { stepId: step.id, state: "skipped", reason: skip.reason as TraceEntry["reason"] };
  }
  if (touches.length === 0) return undefined;
  const last = touches[touches.length - 1] as number;
  const record = log.records[last] as TouchRecordFields;
  // Reached: when the first outcome in `until` was learnt (it settled the step, whichever attempt it answers, whatever followed it); NaN: not reached.
  let reachedAt = NaN;
  if (step.until.size > 0) {
    for (const k of touches) {
      const at = touchOutcomeReachedAt(log, k, step.until);
      if (!Number.isNaN(at) && !(at >= reachedAt)) reachedAt = at;
    }
  }
  const reached = !Number.isNaN(reachedAt);
  if (!reached && record.attempt < step.maxAttempts) return undefined;
  const learnt = reached ? reachedAt : touchOutcomeAt(log, last);
  settle(out, "completed", firstTouchAt(log, touches, NaN), learnt, Number.isNaN(learnt) ? (log.at[last] as number) : learnt, undefined);
  return {
    stepId: step.id,
    state: "completed",
    reason: reached ? "outcome_reached" : step.maxAttempts > 1 ? "attempts_exhausted" : "sent",
    attempt: record.attempt,
    channel: record.channel,
  };
}

/** The instant of the step's first touch, `otherwise` when it has none. */
function firstTouchAt(log: TouchLog, touches: StepTouches, otherwise: number): number {
  return touches.length === 0 ? otherwise : (log.at[touches[0] as number] as number);
}

/** An open step: exited with the cadence, waiting for its anchor or its time, or decided now. */
function openStep(ctx: StepContext, step: CompiledStep, log: TouchLog, touches: StepTouches): TraceEntry {
  // The last touch's index in the log, -1 when none (never read at -1: V8 looks that up as a property name, slowly).
  const last = touches.length === 0 ? -1 : (touches[touches.length - 1] as number);
  const lastRecord = last < 0 ? undefined : (log.records[last] as TouchRecordFields);
  const lastAt = last < 0 ? NaN : (log.at[last] as number);
  const anchorTouchAt = firstTouchAt(log, touches, NaN);
  if (ctx.exit !== undefined) return waiting(ctx.out, { stepId: step.id, state: "exited", reason: "exit", detail: ctx.exit.reason }, NaN, anchorTouchAt);
  const attempt = lastRecord === undefined ? 1 : lastRecord.attempt + 1;
  const scheduled = scheduledAt(ctx, step, lastRecord === undefined ? undefined : lastAt);
  if (scheduled === undefined) {
    const trace: TraceEntry = { stepId: step.id, state: "waiting", reason: "anchor_pending", attempt, detail: step.anchorPendingDetail };
    return waiting(ctx.out, trace, NaN, anchorTouchAt);
  }
  if (scheduled === Infinity) {
    // The step's recurrence has ended (COUNT reached or UNTIL passed): nothing more to send. Ended
    // before its first occurrence, it settles at its anchor (as a skipped step at its skip), so its dependants start;
    // after touches, as a step whose attempts ran out: its outcome dependants wait for the last touch's outcome (NaN: not learnt yet).
    const learnt = last < 0 ? anchorInstant(ctx, step) : touchOutcomeAt(log, last);
    const settledAt = Number.isNaN(learnt) ? lastAt : learnt;
    settle(ctx.out, "completed", last < 0 ? settledAt : anchorTouchAt, learnt, settledAt, undefined);
    return lastRecord === undefined
      ? { stepId: step.id, state: "completed", reason: "attempts_exhausted" }
      : { stepId: step.id, state: "completed", reason: "attempts_exhausted", attempt: lastRecord.attempt, channel: lastRecord.channel };
  }
  const start = ctx.pausedUntil !== undefined && ctx.pausedUntil > scheduled ? ctx.pausedUntil : scheduled;
  if (start > ctx.now) return notYet(ctx, step, attempt, scheduled, start, anchorTouchAt);
  return atNow(ctx, step, attempt, scheduled, anchorTouchAt);
}

/** When the next attempt is scheduled: `undefined` while its anchor has not happened, `Infinity` when a recurrence has ended. */
function scheduledAt(ctx: StepContext, step: CompiledStep, lastAt: number | undefined): number | undefined {
  const { clock, compiled } = ctx;
  const nonexistent = compiled.calendar.nonexistentTime;
  if (lastAt !== undefined && step.timing.kind !== "rrule") return nextAttemptAt(clock, step.every ?? ZERO, step.everyExact, lastAt, nonexistent);
  const at = anchorInstant(ctx, step);
  if (lastAt !== undefined) return nextRecurringAttemptAt(clock, step, Number.isNaN(at) ? lastAt : at, lastAt, nonexistent);
  return Number.isNaN(at) ? undefined : firstAttemptAt(clock, step, at, nonexistent);
}

/** The instant the step's timing counts from: the enrolment, or its anchor step's touch or outcome (NaN: not yet). */
function anchorInstant(ctx: StepContext, step: CompiledStep): number {
  return step.anchorIndex < 0 ? ctx.facts.enrolledAt : ((step.anchorOn === "touch" ? ctx.anchorTouchAt : ctx.anchorOutcomeAt)[step.anchorIndex] ?? NaN);
}

/**
 * Scheduled later than now (or paused until then): waits for the first instant its window and caps
 * allow. A step that would be skipped when its time comes (its condition false, or no channel it may
 * use, as the history stands) waits for that time instead: it settles then and its dependants start.
 */
function notYet(ctx: StepContext, step: CompiledStep, attempt: number, scheduled: number, start: number, anchorTouchAt: number): TraceEntry {
  const { compiled, lead, facts } = ctx;
  const timeReason = start === ctx.pausedUntil && ctx.pausedUntil !== scheduled ? "paused" : attempt === 1 ? "anchor" : "attempt_spacing";
  const channel =
    step.when !== undefined && !evaluateCondition(step.when, ctx.condition)
      ? CONDITION_FALSE
      : chooseChannel(compiled, step, lead, facts, ctx.untimedOnly, ctx.verdicts);
  if (typeof channel !== "string") {
    const why = channel.detail === undefined ? channel.reason : `${channel.reason}: ${channel.detail}`;
    const detail = `${why} now; skipped when its time comes unless the history changes`;
    return waiting(
      ctx.out,
      { stepId: step.id, state: "waiting", reason: timeReason, attempt, channel: step.channel, until: iso(start), detail },
      start,
      anchorTouchAt,
    );
  }
  const use = channel;
  const info = stepChannel(compiled, step, use);
  const { held } = ctx;
  const at = earliestAllowed(held, ctx.clock, use, info?.open ?? ALWAYS_OPEN, ctx.caps, ctx.contacts, start, info?.closed);
  const reason = held.heldBy ?? timeReason;
  const cap = held.cap;
  // The last note that has a detail wins: the cap, else the WhatsApp note, else the recurrence rule.
  const recurrence = recurrenceNote(step, reason).detail;
  const whatsapp = whatsappNote(compiled, step, lead, use, facts, at).detail;
  const detail = capText(cap) ?? whatsapp ?? recurrence;
  const trace = withDetail<TraceEntry>({ stepId: step.id, state: "waiting", reason, attempt, channel: use, until: iso(at) }, detail);
  return waiting(ctx.out, trace, at, anchorTouchAt);
}

/** Its time has come: skipped (condition, channel, WhatsApp rules), held, waiting for its window, or due. */
function atNow(ctx: StepContext, step: CompiledStep, attempt: number, scheduled: number, anchorTouchAt: number): TraceEntry {
  const { compiled, lead, facts, now, clock, caps, contacts, held } = ctx;
  if (step.when !== undefined && !evaluateCondition(step.when, ctx.condition)) return skippedNow(ctx, step, "condition_false", undefined, anchorTouchAt);
  const channel = chooseChannel(compiled, step, lead, facts, ctx.untimedOnly, ctx.verdicts);
  if (typeof channel !== "string") return skippedNow(ctx, step, channel.reason, channel.detail, anchorTouchAt);
  const heldSince = facts.reviewHolds.size === 0 ? undefined : (facts.reviewHolds.get(channel) ?? facts.reviewHolds.get("all"));
  if (heldSince !== undefined) {
    // Held, not dropped: no wake-up until the host records how the review was resolved.
    const detail = `an inbound message at ${iso(heldSince)} may be an opt-out; held until the review is resolved`;
    return waiting(ctx.out, { stepId: step.id, state: "waiting", reason: "optout_review", attempt, channel, detail }, NaN, anchorTouchAt);
  }
  let use = channel;
  let info = stepChannel(compiled, step, use);
  let allowed = earliestAllowed(held, clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, now, info?.closed);
  // WhatsApp free-form is judged at the actual send instant: only when the touch can go now.
  let requiresTemplate = false;
  let fellBack: string | undefined;
  if (allowed <= now && use === "whatsapp" && !inWhatsAppWindow(facts, now)) {
    const wa = whatsappOutsideWindow(compiled, step, lead, facts, ctx.verdicts);
    if (wa.use === undefined) return skippedNow(ctx, step, wa.reason, wa.detail, anchorTouchAt);
    if (wa.reason === "whatsapp_template_blocked") fellBack = wa.detail;
    if (wa.use === "whatsapp") requiresTemplate = true;
    else {
      use = wa.use;
      info = stepChannel(compiled, step, use);
      allowed = earliestAllowed(held, clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, now, info?.closed);
    }
  }
  // The touch's id, made only when it can be due now (a re-send of it does not keep its channel busy).
  let id = "";
  let busyUntil: number | undefined;
  if (allowed <= now) busyUntil = channelBusyUntil(ctx, use, (id = touchIdWith(facts.leadId, step.touchIdInfix, attempt)), now);
  if (busyUntil !== undefined) {
    // Free again a minute after the first touch, then only when its window and caps allow (the window may close within that minute).
    const free = earliestAllowed(held, clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, busyUntil, info?.closed);
    const trace: TraceEntry = {
      stepId: step.id,
      state: "waiting",
      reason: "channel_busy",
      attempt,
      channel: use,
      until: iso(free),
      detail: `${use} already used this minute`,
    };
    return waiting(ctx.out, trace, free, anchorTouchAt);
  }
  if (allowed > now) {
    const { heldBy, cap } = held;
    const whatsapp = whatsappNote(compiled, step, lead, use, facts, allowed).detail;
    const trace = withDetail<TraceEntry>(
      { stepId: step.id, state: "waiting", reason: heldBy ?? "window", attempt, channel: use, until: iso(allowed) },
      capText(cap) ?? whatsapp,
    );
    return waiting(ctx.out, trace, allowed, anchorTouchAt);
  }
  const plan = compiled.plan;
  // When it became due: from its schedule, or the end of a pause it fell due in, the first instant its window and caps
  // allowed (the contacts that let it go now let it go by then: never after now); `now` itself when that is now.
  const paused = facts.pausedUntil;
  const since = paused !== undefined && paused > scheduled ? paused : scheduled;
  const open = info?.open ?? ALWAYS_OPEN;
  const dueSince =
    since === now
      ? now
      : caps.length === 0
        ? earliestOpen(clock, use, open, since, info?.closed)
        : Math.min(now, earliestAllowed(held, clock, use, open, caps, contactsFor(ctx, since), since, info?.closed));
  const template = requiresTemplate ? step.templateOutsideWindow : step.template;
  // Built without spreads, optional fields in the order callers see them: template, fallbackFrom, requiresTemplate.
  const touch: Mutable<Touch> = {
    id,
    leadId: facts.leadId,
    planId: plan.id,
    planVersion: plan.version,
    stepId: step.id,
    channel: use,
    attempt,
    dueAt: dueSince < now ? iso(dueSince) : ctx.nowIso,
    mode: step.mode,
  };
  if (template !== undefined) touch.template = template;
  if (use !== step.channel) touch.fallbackFrom = step.channel;
  if (requiresTemplate) touch.requiresTemplate = true;
  const exemption = hasDoNotCallEntries(lead) ? doNotCallVerdict(compiled.doNotCall, use, lead, facts)?.detail : undefined;
  const detail = fellBack === undefined ? exemption : exemption === undefined ? fellBack : `${fellBack}; ${exemption}`;
  write(ctx.out, "due", anchorTouchAt, NaN, NaN, NaN, touch, undefined);
  return withDetail<TraceEntry>({ stepId: step.id, state: "due", reason: "due", attempt, channel: use }, detail);
}

/** Settled now as skipped, with the skip record to write; dependants anchor on now. */
function skippedNow(
  ctx: StepContext,
  step: CompiledStep,
  reason: Unavailable | "condition_false" | "whatsapp_window_closed" | "whatsapp_template_blocked",
  detail: string | undefined,
  anchorTouchAt: number,
): TraceEntry {
  const { now, compiled } = ctx;
  const record = withDetail<SkipRecord>({ type: "skip", planId: compiled.plan.id, stepId: step.id, reason, at: ctx.nowIso }, detail);
  settle(ctx.out, "skipped", Number.isNaN(anchorTouchAt) ? now : anchorTouchAt, now, now, record);
  return withDetail<TraceEntry>({ stepId: step.id, state: "skipped", reason }, detail);
}

/** Writes a waiting step's result (`wakeAt` NaN: no wake-up) and returns its trace entry. */
function waiting(out: StepResult, trace: TraceEntry, wakeAt: number, anchorTouchAt: number): TraceEntry {
  write(out, "waiting", anchorTouchAt, NaN, NaN, wakeAt, undefined, undefined);
  return trace;
}

/** Writes a settled step's result. */
function settle(
  out: StepResult,
  kind: "skipped" | "completed",
  anchorTouchAt: number,
  anchorOutcomeAt: number,
  settledAt: number,
  record: SkipRecord | undefined,
): void {
  write(out, kind, anchorTouchAt, anchorOutcomeAt, settledAt, NaN, undefined, record);
}

/** Sets every field of a step's result. */
function write(
  out: StepResult,
  kind: StepKind,
  anchorTouchAt: number,
  anchorOutcomeAt: number,
  settledAt: number,
  wakeAt: number,
  touch: Touch | undefined,
  record: SkipRecord | undefined,
): void {
  out.kind = kind;
  out.anchorTouchAt = anchorTouchAt;
  out.anchorOutcomeAt = anchorOutcomeAt;
  out.settledAt = settledAt;
  out.wakeAt = wakeAt;
  out.touch = touch;
  out.record = record;
}

/** A step whose `when` is false now, as {@link notYet} reads it (no channel is chosen for it). */
const CONDITION_FALSE = { reason: "condition_false", detail: undefined } as const;

const ZERO = { years: 0, months: 0, weeks: 0, days: 0, exactMs: 0 } as const;

/** A recurring step waiting for its next occurrence says which rule it follows. */
function recurrenceNote(step: CompiledStep, reason: string): { detail?: string } {
  if (step.timing.kind !== "rrule" || step.timing.description === undefined || (reason !== "anchor" && reason !== "attempt_spacing")) return NO_DETAIL;
  return { detail: step.timing.description };
}

function capText(cap: Cap | undefined): string | undefined {
  return cap === undefined ? undefined : capWords(cap);
}

/** `cap 3 per day on call`, once per cap object (compiled plans keep theirs). */
const capWords = /* @__PURE__ */ memoiseWeak((cap: Cap): string => `cap ${describeCap(cap)}`);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `entry` with `detail` set when there is one, as the last key (as `{ ...entry, detail }` would
 * place it), without the spread's copy: trace entries are built for every step of every decision.
 */
function withDetail<T extends { readonly detail?: string | undefined }>(entry: T, detail: string | undefined): T {
  if (detail !== undefined) (entry as { detail?: string }).detail = detail;
  return entry;
}
