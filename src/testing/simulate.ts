import { localLabel } from "./localLabel.js";
import { ArgumentError, describeValue } from "../errors/index.js";
import { parseLead, type Lead, type LeadInput } from "../lead/index.js";
import { parsePlan, type CompliancePresetId, type Plan, type PlanInput } from "../plan/index.js";
import { applyLeadEvent } from "../policy/index.js";
import { readInboundOptOut } from "../policy/optOut/index.js";
import { instantArgument, instantMs, isoInstant as iso, type InstantInput, type Outcome } from "../primitives/index.js";
import { evaluate, touchRecord, outcomeRecord, type Decision, type EvaluateOptions, type Touch, type TraceEntry } from "../schedule/index.js";
import { durationAfter, resolveRelativeInstant, type RelativeInstant } from "./relativeInstant.js";
import { defaultOutcome, type LeadResponse, type Responder, type ResponderContext, type ScheduledEvent, type SimulatedEvent } from "./responders.js";
import { checkOutcome } from "../primitives/index.js";
import { checkEventList, checkResponse } from "./checkResponse.js";
import { SimulationLimitError } from "./SimulationLimitError.js";
import { slaDeadline, slasOf } from "../engine/sla.js";
import { assembleTimeline, type SimulationEndReason, type Timeline, type TimelineDeferral, type TimelineEntry, type TimelineTouch } from "./timeline.js";

/** Options for {@link simulate}. */
export interface SimulateOptions {
  /** Simulation start. @default the lead's `enrolledAt`, or its latest history record when later */
  readonly from?: InstantInput;
  /**
   * Simulation horizon: an ISO-8601 duration from `from` (`"P14D"`, calendar units on the lead's
   * wall clock) or an instant.
   */
  readonly until: RelativeInstant;
  /** The lead's scripted behaviour: see `respond`. */
  readonly responder: Responder;
  /** Custom rules the plan names, as for `evaluate`. */
  readonly rules?: EvaluateOptions["rules"];
  /**
   * Compliance presets to add to the plan's own for this simulation (`["us-federal", "us-states"]`):
   * see how a plan behaves under rules it does not include yet, without editing it.
   */
  readonly presets?: readonly CompliancePresetId[];
  /**
   * Safety bound on `evaluate` calls; reaching it throws {@link SimulationLimitError}.
   * @default 10000
   */
  readonly maxIterations?: number;
}

interface Pending {
  readonly at: number;
  readonly seq: number;
  readonly apply: () => void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Sequenced = { entry: Mutable<TimelineEntry>; ms: number; seq: number };

const DEFERRAL_REASONS: ReadonlySet<string> = /* @__PURE__ */ new Set(["window", "cap", "paused"]);

/**
 * Runs a plan for a lead in virtual time: evaluates, performs the due touches with outcomes from
 * `responder`, appends what happens to the lead's history as a host would, and jumps to the next
 * wake-up, until the cadence is done, `until` is reached, or nothing is scheduled.
 *
 * Never reads the clock and never sleeps: a 30-day plan simulates in milliseconds, and the same
 * inputs always give the same timeline.
 *
 * @throws {PlanValidationError} for an invalid plan; {@link LeadValidationError} for an invalid lead.
 * @throws {ArgumentError} for unusable options; {@link SimulationLimitError} past `maxIterations`.
 * @example
 * const timeline = simulate(plan, lead, { until: "P14D", responder: respond.sequence(["no_answer", "connected"]) });
 * console.log(formatTimeline(timeline));
 */
export function simulate(plan: Plan | PlanInput, lead: LeadInput, options: SimulateOptions): Timeline {
  if (options === null || typeof options !== "object") {
    throw new ArgumentError("options", `Expected \`options\` to be an object with \`until\` and \`responder\`, got ${describeValue(options)}`);
  }
  const { responder, rules } = options;
  if (typeof responder !== "function") {
    throw new ArgumentError("options.responder", `Expected \`options.responder\` to be a function (see respond.*), got ${describeValue(responder)}`);
  }
  const maxIterations = options.maxIterations ?? 10_000;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new ArgumentError("options.maxIterations", `Expected \`options.maxIterations\` to be a positive integer, got ${describeValue(maxIterations)}`);
  }
  const parsed = withPresets(parsedPlan(plan, rules), options.presets, rules);
  const evalOptions: EvaluateOptions = rules === undefined ? {} : { rules };
  const start = parseLead(lead);
  const state: Lead = { ...start, history: [...start.history], optOuts: [...start.optOuts] };
  const fromMs = options.from === undefined ? defaultStart(start) : instantArgument(options.from, "options.from");

  let decision: Decision = evaluate(parsed, state, fromMs, evalOptions);
  let iterations = 0;
  const zone = decision.zone;
  const untilMs = resolveRelativeInstant(options.until, "options.until", zone.name, fromMs);
  if (untilMs < fromMs) {
    throw new ArgumentError("options.until", `Expected \`options.until\` to be at or after the start ${iso(fromMs)}, got ${iso(untilMs)}`);
  }

  const entries: Sequenced[] = [];
  let seq = 0;
  /** An entry at `ms`, ordered after everything made before it at `ms`, not yet in the timeline. */
  const entryAt = (ms: number, entry: Record<string, unknown>): Sequenced => ({
    entry: { ...entry, at: iso(ms), local: localLabel(zone.name, ms), offsetMs: ms - fromMs } as Mutable<TimelineEntry>,
    ms,
    seq: seq++,
  });
  const add = (ms: number, entry: Record<string, unknown>): Mutable<TimelineEntry> => {
    const sequenced = entryAt(ms, entry);
    entries.push(sequenced);
    return sequenced.entry;
  };
  const pending: Pending[] = [];
  const schedule = (at: number, apply: () => void): void => {
    pending.push({ at, seq: seq++, apply });
    pending.sort((a, b) => a.at - b.at || a.seq - b.seq);
  };
  const leadEvent = (at: number, event: SimulatedEvent): void => {
    appendEvent(state, event, at);
    add(at, { kind: "lead", event });
  };
  for (const [i, item] of checkEventList<ScheduledEvent>(responder.scheduled ?? [], "responder.scheduled").entries()) {
    const at = resolveRelativeInstant(item.at, `responder.scheduled[${i}].at`, zone.name, fromMs);
    schedule(at, () => leadEvent(at, item.event));
  }

  /**
   * Deferrals by `stepId#attempt`. One placed after the evaluation that finds its step waiting is
   * `held` (in the timeline) only once its time comes with the step still waiting; a step settled
   * otherwise before then (skipped, sent, no longer held) was never held, and its deferral is dropped.
   */
  const deferrals = new Map<string, { sequenced: Sequenced; entry: Mutable<TimelineDeferral>; held: boolean }>();
  let stripped: Plan | null | undefined;
  /** When each step was scheduled at `now` without limits, evaluated once per call of `noteDeferrals` (the state does not change within it). */
  const scheduledTimes = (now: number): Map<string, number> => {
    stripped ??= withoutLimits(parsed, rules);
    const times = new Map<string, number>();
    if (stripped === null) return times;
    const free = evaluate(stripped, state, now, evalOptions);
    // A step's first due touch wins, then its first trace entry (waiting: until when it waits).
    for (const t of free.due) if (!times.has(t.stepId)) times.set(t.stepId, instantMs(t.dueAt));
    for (const t of free.trace) if (!times.has(t.stepId)) times.set(t.stepId, t.state === "waiting" && t.until !== undefined ? instantMs(t.until) : now);
    return times;
  };
  const noteDeferrals = (d: Decision, now: number): void => {
    let scheduled: Map<string, number> | undefined;
    const waiting = new Set<string>();
    for (const t of d.trace) {
      if (t.state !== "waiting" || !DEFERRAL_REASONS.has(t.reason) || t.until === undefined) continue;
      const key = `${t.stepId}#${t.attempt ?? 1}`;
      waiting.add(key);
      const known = deferrals.get(key);
      // Most waiting steps wait as they did at the last evaluation: nothing to rewrite.
      if (known !== undefined && sameDeferral(known.entry, t)) continue;
      const until = instantMs(t.until);
      const fields = {
        kind: "deferral",
        stepId: t.stepId,
        attempt: t.attempt ?? 1,
        reason: t.reason,
        until: iso(until),
        untilLocal: localLabel(zone.name, until),
        ...(t.channel === undefined ? {} : { channel: t.channel }),
        ...(t.detail === undefined ? {} : { detail: t.detail }),
      };
      if (known === undefined) {
        scheduled ??= scheduledTimes(now);
        const sequenced = entryAt(Math.max(fromMs, Math.min(scheduled.get(t.stepId) ?? now, until)), fields);
        const held = sequenced.ms <= now;
        if (held) entries.push(sequenced);
        deferrals.set(key, { sequenced, entry: sequenced.entry as Mutable<TimelineDeferral>, held });
      } else {
        Object.assign(known.entry, fields);
        if (t.detail === undefined) delete known.entry.detail;
      }
    }
    // The state between two evaluations is that of the earlier: a time passed since was reached waiting.
    for (const [key, deferral] of deferrals) {
      if (deferral.held) continue;
      const ms = deferral.sequenced.ms;
      if (ms < now || (ms === now && waiting.has(key))) {
        entries.push(deferral.sequenced);
        deferral.held = true;
      } else if (!waiting.has(key)) deferrals.delete(key);
    }
  };

  /**
   * What was learnt of auto touches in the instant they went out (delivered, a reply): recorded after
   * the next evaluation, as the engine decides again once a send is recorded, before the host can
   * record anything. Invariant: a reply to a cadence's last touch comes after it completed (after the
   * exit entry), as in the engine.
   */
  const learntAfterSend: (() => void)[] = [];
  const touchCounts = new Map<string, number>();
  /** The channels of the touches performed so far, in order (its length is the next touch's index). */
  const earlierChannels: string[] = [];
  /** Touches due but not performed yet (a responder's `performedAfter`): not performed twice. */
  const awaiting = new Set<string>();
  /**
   * The escalations the engine would fire for `touch`, due at `now` and performed at `performedMs`:
   * each level whose instant comes before the performance, and (as the engine looks at a task before
   * anyone can perform it) each level already past at `now`, fired at `now` (a deadline shorter than
   * the time between its `dueAt` and the decision that finds it due).
   */
  const escalate = (touch: Touch, now: number, performedMs: number): void => {
    const sla = slasOf(parsed).get(touch.stepId);
    if (sla === undefined) return;
    const deadline = slaDeadline(sla, touch);
    for (const [i, level] of sla.levels.entries()) {
      const due = deadline + level.delayMs;
      if (due >= performedMs && due > now) break;
      const fires = Math.max(due, now);
      const fire = (): void => {
        state.history.push({
          type: "event",
          name: "sla_breached",
          at: iso(fires),
          data: { touchId: touch.id, stepId: touch.stepId, level: i + 1, channel: level.channel },
        });
        add(fires, {
          kind: "escalation",
          touchId: touch.id,
          stepId: touch.stepId,
          attempt: touch.attempt,
          level: i + 1,
          channel: level.channel,
          deadline: iso(deadline),
          ...(level.template === undefined ? {} : { template: level.template }),
        });
      };
      // Already past: before the touch record, as the engine appends it in the round that opens the task.
      if (fires === now) fire();
      else schedule(fires, fire);
    }
  };
  const perform = (touch: Touch, now: number): void => {
    const channelIndex = touchCounts.get(touch.channel) ?? 0;
    touchCounts.set(touch.channel, channelIndex + 1);
    const context: ResponderContext = {
      now: iso(now),
      from: iso(fromMs),
      zone: zone.name,
      touchIndex: earlierChannels.length,
      channelIndex,
      earlierChannels: earlierChannels.slice(),
    };
    earlierChannels.push(touch.channel);
    const response = checkResponse(responder(touch, state, context), "responder result");
    const outcome: Outcome = response.outcome === undefined ? defaultOutcome(touch.channel) : checkOutcome(response.outcome, "responder result");
    const performed = response.performedAfter === undefined ? now : durationAfter(response.performedAfter, "responder result performedAfter", zone.name, now);
    escalate(touch, now, performed);
    if (performed === now) complete(touch, response, outcome, now);
    else {
      awaiting.add(touch.id);
      schedule(performed, () => {
        awaiting.delete(touch.id);
        complete(touch, response, outcome, performed, now);
      });
    }
  };
  /** Records `touch` as performed at `now`; `dueMs` when it had become due earlier and waited. */
  const complete = (touch: Touch, response: LeadResponse, outcome: Outcome, now: number, dueMs?: number): void => {
    const entry = add(now, {
      kind: "touch",
      touchId: touch.id,
      stepId: touch.stepId,
      channel: touch.channel,
      attempt: touch.attempt,
      mode: touch.mode,
      outcome,
      ...(touch.template === undefined ? {} : { template: touch.template }),
      ...(touch.fallbackFrom === undefined ? {} : { fallbackFrom: touch.fallbackFrom }),
      ...(dueMs === undefined ? {} : { dueAt: iso(dueMs) }),
    }) as Mutable<TimelineTouch>;
    const learnt = response.outcomeAfter === undefined ? now : durationAfter(response.outcomeAfter, "responder result outcomeAfter", zone.name, now);
    // An auto touch's adapter says sent (or failed); what became of it is learnt after, even in the same instant.
    const afterSend = learnt === now && touch.mode === "auto" && outcome !== "sent" && outcome !== "failed";
    if (afterSend) {
      state.history.push(touchRecord(touch, { at: now, outcome: "sent" }));
      learntAfterSend.push(() => {
        applyLeadEvent(state, outcomeRecord(touch, outcome, now));
        if (outcome === "replied") leadEvent(now, { type: "inbound", channel: touch.channel });
      });
    } else if (learnt === now) state.history.push(touchRecord(touch, { at: now, outcome }));
    else {
      state.history.push(touchRecord(touch, { at: now }));
      entry.outcomeAt = iso(learnt);
      schedule(learnt, () => {
        applyLeadEvent(state, outcomeRecord(touch, outcome, learnt));
        add(learnt, { kind: "outcome", touchId: touch.id, stepId: touch.stepId, channel: touch.channel, outcome });
      });
    }
    if (outcome === "replied" && !afterSend) schedule(learnt, () => leadEvent(learnt, { type: "inbound", channel: touch.channel }));
    for (const [i, item] of (response.events ?? []).entries()) {
      const at = durationAfter(item.after ?? "PT0S", `responder result events[${i}].after`, zone.name, now);
      schedule(at, () => leadEvent(at, item.event));
    }
  };

  let now = fromMs;
  let end: { reason: SimulationEndReason; at: number };
  for (;;) {
    if (iterations >= maxIterations) {
      throw new SimulationLimitError(
        "maxIterations",
        maxIterations,
        `The simulation reached ${maxIterations} evaluations at ${iso(now)} before the cadence ended or ${iso(untilMs)} was reached; raise \`maxIterations\` or shorten \`until\``,
      );
    }
    while (pending.length > 0 && (pending[0] as Pending).at <= now) (pending.shift() as Pending).apply();
    decision = evaluate(parsed, state, now, evalOptions);
    iterations++;
    // Learnt of sends before this evaluation: recorded after it, unless it ended the cadence (then they come after the end).
    const learnt = learntAfterSend.splice(0);
    noteDeferrals(decision, now);
    const due = awaiting.size === 0 ? decision.due : decision.due.filter((t) => !awaiting.has(t.id));
    for (const touch of due) perform(touch, now);
    for (const skip of decision.skipped) {
      state.history.push(skip);
      add(instantMs(skip.at), { kind: "skip", stepId: skip.stepId, reason: skip.reason, ...(skip.detail === undefined ? {} : { detail: skip.detail }) });
    }
    if (decision.done === null) for (const apply of learnt) apply();
    else learntAfterSend.unshift(...learnt);
    // Whatever was appended at `now` may change the decision at `now`: evaluate again before moving on.
    if (due.length > 0 || decision.skipped.length > 0 || (decision.done === null && learnt.length > 0)) continue;
    if (decision.done !== null) {
      const done = decision.done;
      add(instantMs(done.at), { kind: "exit", reason: done.reason, ...(done.detail === undefined ? {} : { detail: done.detail }) });
      // Recorded after the end, as a host records a late reply: in the history, and in the timeline after the exit.
      for (const apply of learntAfterSend.splice(0)) apply();
      end = { reason: "done", at: now };
      break;
    }
    const wake = decision.next === null ? Infinity : instantMs(decision.next.at);
    // A touch awaiting its performance stays due: the next thing that happens is on `pending`.
    const next = Math.min(awaiting.size > 0 && wake <= now ? Infinity : wake, pending[0]?.at ?? Infinity);
    if (next === Infinity) {
      end = { reason: "idle", at: now };
      break;
    }
    if (next > untilMs) {
      end = { reason: "until", at: untilMs };
      break;
    }
    now = Math.max(next, now);
  }

  // Still waiting at the end: held when its time came by then, else not reached.
  for (const deferral of deferrals.values()) if (!deferral.held && deferral.sequenced.ms <= end.at) entries.push(deferral.sequenced);
  entries.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
  return assembleTimeline(
    {
      planId: parsed.id,
      planVersion: parsed.version,
      leadId: state.id,
      zone,
      from: iso(fromMs),
      until: iso(untilMs),
      fromLocal: localLabel(zone.name, fromMs),
      untilLocal: localLabel(zone.name, untilMs),
      end: { reason: end.reason, at: iso(end.at) },
      lead: state,
      evaluations: iterations,
      plan: parsed,
    },
    entries.map((e) => e.entry as TimelineEntry),
  );
}

/** Whether a deferral entry already says what the trace entry `t` says (the same instant, reason, channel and detail). */
function sameDeferral(entry: TimelineDeferral, t: TraceEntry): boolean {
  return entry.until === t.until && entry.reason === t.reason && entry.channel === t.channel && entry.detail === t.detail;
}

/** The lead's enrolment, or its latest history record when later: where a host would pick it up. */
function defaultStart(lead: Lead): number {
  let start = instantMs(lead.enrolledAt);
  for (const entry of lead.history) start = Math.max(start, instantMs(entry.at));
  return start;
}

/** Records a lead event the way the engine does (`applyLeadEvent`). */
function appendEvent(state: Lead, event: SimulatedEvent, atMs: number): void {
  const at = iso(atMs);
  switch (event.type) {
    case "inbound":
      applyLeadEvent(
        state,
        {
          type: "inbound",
          channel: event.channel,
          at,
          ...(event.text === undefined ? {} : { text: event.text }),
          ...(event.automatic === undefined ? {} : { automatic: event.automatic }),
        },
        { readInbound: readInboundOptOut },
      );
      return;
    case "meeting":
      applyLeadEvent(state, { type: "meeting", at, ...(event.note === undefined ? {} : { note: event.note }) });
      return;
    case "status":
      applyLeadEvent(state, { type: "status", status: event.status, at });
      return;
    case "event":
      applyLeadEvent(state, { type: "event", name: event.name, at, ...(event.data === undefined ? {} : { data: { ...event.data } }) });
      return;
    case "opt_out":
      state.optOuts.push({ channel: event.channel, at, source: "simulation" });
      return;
    default:
      throw new ArgumentError(
        "event.type",
        `Expected a lead event of type inbound, meeting, status, event or opt_out, got ${describeValue((event as { type?: unknown }).type)}`,
      );
  }
}

const NO_RULES = {};
/** Validated plans per input object and rules object: repeated simulations (path exploration) parse once. */
const parsedCache = new WeakMap<object, WeakMap<object, Plan>>();
/** Each validated plan without its limits, memoised so `evaluate` compiles it once. */
const unlimitedCache = new WeakMap<Plan, Plan | null>();

function parsedPlan(plan: Plan | PlanInput, rules: EvaluateOptions["rules"]): Plan {
  const key = rules ?? NO_RULES;
  const cached = typeof plan === "object" && plan !== null ? parsedCache.get(plan)?.get(key) : undefined;
  if (cached !== undefined) return cached;
  const parsed = parsePlan(plan, rules === undefined ? {} : { rules });
  if (typeof plan === "object" && plan !== null) {
    let byRules = parsedCache.get(plan);
    if (byRules === undefined) parsedCache.set(plan, (byRules = new WeakMap()));
    byRules.set(key, parsed);
  }
  return parsed;
}

const presetCache = new WeakMap<Plan, Map<string, Plan>>();

/** The plan with `presets` added to its own compliance presets (validated, memoised per preset list). */
function withPresets(plan: Plan, presets: readonly CompliancePresetId[] | undefined, rules: EvaluateOptions["rules"]): Plan {
  if (presets === undefined) return plan;
  if (!Array.isArray(presets)) {
    throw new ArgumentError("options.presets", `Expected \`options.presets\` to be an array of compliance preset ids, got ${describeValue(presets)}`);
  }
  const all = [...new Set([...(plan.compliance ?? []), ...presets])].sort();
  const key = all.join(",");
  let byKey = presetCache.get(plan);
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const extended = parsePlan({ ...plan, compliance: all }, rules === undefined ? {} : { rules });
  if (byKey === undefined) presetCache.set(plan, (byKey = new Map()));
  byKey.set(key, extended);
  return extended;
}

/**
 * The plan without windows, quiet hours, caps, presets and holidays (kept when a step counts business
 * days, which skip them): its trace tells when a step was scheduled.
 */
function withoutLimits(plan: Plan, rules: EvaluateOptions["rules"]): Plan | null {
  if (unlimitedCache.has(plan)) return unlimitedCache.get(plan) ?? null;
  const { windows: _windows, quietHours: _quiet, caps: _caps, ...policies } = plan.policies;
  const { compliance: _presets, holidays, ...rest } = plan;
  const countsBusinessDays = plan.steps.some((step) => "businessDays" in step.at);
  let unlimited: Plan | null;
  try {
    unlimited = parsePlan({ ...rest, policies, ...(countsBusinessDays && holidays !== undefined ? { holidays } : {}) }, rules === undefined ? {} : { rules });
  } catch {
    unlimited = null;
  }
  unlimitedCache.set(plan, unlimited);
  return unlimited;
}
