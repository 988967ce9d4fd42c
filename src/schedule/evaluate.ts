import { ArgumentError, describeValue, PlanValidationError } from "../errors/index.js";
import type { LeadInput, SkipRecord } from "../lead/index.js";
import { safeParsePlan, type Cap, type Plan, type PlanInput } from "../plan/index.js";
import {
  type ChannelRules,
  channelUnavailable,
  contactKinds,
  describeCap,
  findExit,
  indexLeadFacts,
  inWhatsAppWindow,
  marketingOptOut,
  templateBlocked,
  doNotCallVerdict,
  hasDoNotCallEntries,
  DEFAULT_WHATSAPP_TEMPLATE_RULES,
  type ContactTime,
  type LeadFacts,
  type TouchFact,
  type Unavailable,
} from "../policy/index.js";
import { checkLead } from "./checkLead.js";
import { compilePlan } from "./compilePlan.js";
import type { CompiledPlan, CompiledStep } from "./compiledPlan.js";
import { compiledForLead } from "./compliantPlan.js";
import { withOptOutConfirmation } from "./optOutConfirmation.js";
import type { SharedBudget } from "./sharedBudget.js";
import { evaluateCondition, type ConditionContext } from "./conditions.js";
import type { Decision, Done, Touch, TraceEntry } from "./decision.js";
import { earliestAllowed } from "./earliestAllowed.js";
import type { EvaluateOptions } from "./evaluateOptions.js";
import { ALWAYS_OPEN, instantArgument, isAlwaysOpen, isoInstant as iso, type InstantInput } from "../primitives/index.js";
import { resolveLeadClock, type ResolvedClock } from "./resolveLeadClock.js";
import { firstAttemptAt, nextAttemptAt, nextRecurringAttemptAt } from "./scheduledTime.js";
import { touchId } from "./touchId.js";

/**
 * Decides what to do for one lead at one instant: the touches due now, the steps settled as
 * skipped, the next wake-up, whether the cadence is over, and a trace explaining every step.
 *
 * Pure and deterministic: it reads no clock, no host time zone and no randomness, and does not
 * mutate its arguments. History records after `now` are ignored.
 *
 * @param plan A plan from {@link parsePlan} or plan data (validated on first use, then memoised per object).
 * @param lead The lead with its history; timestamps must carry `Z` or an offset.
 * @param now The instant to decide for.
 * @throws {PlanValidationError} for an invalid plan, or a rule the plan names that `options.rules` lacks.
 * @throws {LeadValidationError} for a malformed lead, naming the path.
 * @throws {ArgumentError} for an unusable `now` or rule.
 * @example
 * const decision = evaluate(plan, lead, new Date());
 * for (const touch of decision.due) await perform(touch);
 */
export function evaluate(plan: Plan | PlanInput, lead: LeadInput, now: InstantInput, options: EvaluateOptions = {}): Decision {
  const base = compilePlan(plan);
  const nowMs = instantArgument(now, "now");
  checkLead(lead);
  if (options.rules !== undefined) checkRules(base, options.rules);
  const compiled = compiledForLead(base, lead);
  const zone = leadZone(lead, compiled, options.holidays);
  const facts = indexLeadFacts(lead, nowMs);
  return withOptOutConfirmation(compiled, lead, facts, decide(compiled, lead, nowMs, zone, facts, options));
}

/**
 * The decision for one plan. `shared` is the contact budget of a merged decision across plans
 * (see `evaluateAll`): the touches counted so far (history plus touches already chosen, ascending),
 * caps from the other plans, and channels used this minute; the touches chosen here are added to it.
 */
export function decide(
  compiled: CompiledPlan,
  lead: LeadInput,
  now: number,
  resolved: ResolvedClock,
  facts: LeadFacts,
  options: EvaluateOptions,
  shared?: SharedBudget,
): Decision {
  const { plan, steps } = compiled;
  const { zone, clock, untimedOnly } = resolved;
  const exit = findExit(plan.exits, facts);
  const stepTouches = touchesByStep(compiled, facts.touches);
  // What later steps anchor on, per step index (NaN: not yet): first touch or skip; settling outcome or skip.
  const anchorTouchAt: number[] = new Array<number>(steps.length).fill(NaN);
  const anchorOutcomeAt: number[] = new Array<number>(steps.length).fill(NaN);
  const skipNow: boolean[] = new Array<boolean>(steps.length).fill(false);
  const trace: TraceEntry[] = new Array<TraceEntry>(steps.length);
  const due: Touch[] = [];
  const skipped: SkipRecord[] = [];
  let contacts: ContactTime[] | readonly ContactTime[] = shared?.contacts ?? facts.contactTimes;
  let nextAt = Infinity;
  let nextStep = "";
  let openSteps = 0;
  let lastSettle = -Infinity;
  const caps = shared === undefined || shared.caps.length === 0 ? compiled.caps : [...compiled.caps, ...shared.caps];
  const pausedUntil = facts.pausedUntil !== undefined && facts.pausedUntil > now ? facts.pausedUntil : undefined;

  const ctx: ConditionContext = {
    lead,
    outcomeOf: (stepId) => outcomeOf(compiled, stepId, stepTouches, facts, skipNow),
    contactKindsOf: (channel) => compiled.channels.get(channel)?.contactKinds ?? contactKinds(plan.policies, channel),
    rules: options.rules,
  };

  for (const i of compiled.order) {
    const step = steps[i] as CompiledStep;
    const touches = stepTouches[i] ?? NO_TOUCHES;
    const skip = skipRecordFor(facts, plan.id, step.id);

    if (skip !== undefined) {
      anchorTouchAt[i] = touches[0]?.at ?? skip.at;
      anchorOutcomeAt[i] = skip.at;
      lastSettle = Math.max(lastSettle, skip.at);
      trace[i] = { stepId: step.id, state: "skipped", reason: skip.reason as TraceEntry["reason"] };
      continue;
    }

    const last = touches[touches.length - 1];
    if (last !== undefined) {
      anchorTouchAt[i] = touches[0]?.at ?? NaN;
      const reached = touches.some((t) => t.outcome !== undefined && step.until.has(t.outcome));
      if (reached || last.attempt >= step.maxAttempts) {
        anchorOutcomeAt[i] = last.outcomeAt ?? NaN;
        lastSettle = Math.max(lastSettle, last.outcomeAt ?? last.at);
        trace[i] = {
          stepId: step.id,
          state: "completed",
          reason: reached ? "outcome_reached" : step.maxAttempts > 1 ? "attempts_exhausted" : "sent",
          attempt: last.attempt,
          channel: last.channel,
        };
        continue;
      }
    }

    openSteps++;
    if (exit !== undefined) {
      trace[i] = { stepId: step.id, state: "exited", reason: "exit", detail: exit.reason };
      continue;
    }

    const attempt = last === undefined ? 1 : last.attempt + 1;
    let scheduled: number;
    if (last !== undefined && step.timing.kind === "rrule") {
      const anchorAt = step.anchorIndex < 0 ? facts.enrolledAt : ((step.anchorOn === "touch" ? anchorTouchAt : anchorOutcomeAt)[step.anchorIndex] ?? NaN);
      scheduled = nextRecurringAttemptAt(clock, step, Number.isNaN(anchorAt) ? last.at : anchorAt, last.at, compiled.calendar.nonexistentTime);
    } else if (last !== undefined) {
      scheduled = nextAttemptAt(clock, step.every ?? ZERO, step.everyExact, last.at, compiled.calendar.nonexistentTime);
    } else {
      const anchorAt = step.anchorIndex < 0 ? facts.enrolledAt : ((step.anchorOn === "touch" ? anchorTouchAt : anchorOutcomeAt)[step.anchorIndex] ?? NaN);
      if (Number.isNaN(anchorAt)) {
        const anchorId = steps[step.anchorIndex]?.id ?? "";
        trace[i] = { stepId: step.id, state: "waiting", reason: "anchor_pending", attempt, detail: `waiting for the ${step.anchorOn} of step ${anchorId}` };
        continue;
      }
      scheduled = firstAttemptAt(clock, step, anchorAt, compiled.calendar.nonexistentTime);
    }
    if (scheduled === Infinity) {
      // The step's recurrence has ended (COUNT reached or UNTIL passed): nothing more to send.
      openSteps--;
      if (last !== undefined) {
        anchorOutcomeAt[i] = last.outcomeAt ?? last.at;
        lastSettle = Math.max(lastSettle, last.outcomeAt ?? last.at);
      }
      trace[i] = {
        stepId: step.id,
        state: "completed",
        reason: "attempts_exhausted",
        ...(last === undefined ? {} : { attempt: last.attempt, channel: last.channel }),
      };
      continue;
    }
    const timeReason = attempt === 1 ? "anchor" : "attempt_spacing";
    const start = pausedUntil !== undefined && pausedUntil > scheduled ? pausedUntil : scheduled;

    if (start > now) {
      const channel = chooseChannel(compiled, step, lead, facts, untimedOnly);
      const use = typeof channel === "string" ? channel : step.channel;
      const info = compiled.channels.get(use);
      const allowed = earliestAllowed(clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, start, info?.closed);
      const reason = allowed.heldBy ?? (start === pausedUntil && pausedUntil !== scheduled ? "paused" : timeReason);
      const until = iso(allowed.at);
      trace[i] = {
        stepId: step.id,
        state: "waiting",
        reason,
        attempt,
        channel: use,
        until,
        ...recurrenceNote(step, reason),
        ...whatsappNote(compiled, step, lead, use, facts, allowed.at),
        ...capDetail(allowed.cap),
      };
      if (allowed.at < nextAt) {
        nextAt = allowed.at;
        nextStep = step.id;
      }
      continue;
    }

    if (step.when !== undefined && !evaluateCondition(step.when, ctx)) {
      settleSkip(i, step, "condition_false", undefined);
      continue;
    }
    const channel = chooseChannel(compiled, step, lead, facts, untimedOnly);
    if (typeof channel !== "string") {
      settleSkip(i, step, channel.reason, channel.detail);
      continue;
    }
    const heldSince = facts.reviewHolds.size === 0 ? undefined : (facts.reviewHolds.get(channel) ?? facts.reviewHolds.get("all"));
    if (heldSince !== undefined) {
      // Held, not dropped: no wake-up until the host records how the review was resolved.
      trace[i] = {
        stepId: step.id,
        state: "waiting",
        reason: "optout_review",
        attempt,
        channel,
        detail: `an inbound message at ${iso(heldSince)} may be an opt-out; held until the review is resolved`,
      };
      continue;
    }
    let use = channel;
    let info = compiled.channels.get(use);
    let allowed = earliestAllowed(clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, now, info?.closed);
    // WhatsApp free-form is judged at the actual send instant: only when the touch can go now.
    let requiresTemplate = false;
    let fellBack: string | undefined;
    if (allowed.at <= now && use === "whatsapp" && !inWhatsAppWindow(facts, now)) {
      const wa = whatsappOutsideWindow(compiled, step, lead, facts);
      if (wa.use === undefined) {
        settleSkip(i, step, wa.reason, wa.detail);
        continue;
      }
      if (wa.reason === "whatsapp_template_blocked") fellBack = wa.detail;
      if (wa.use === "whatsapp") requiresTemplate = true;
      else {
        use = wa.use;
        info = compiled.channels.get(use);
        allowed = earliestAllowed(clock, use, info?.open ?? ALWAYS_OPEN, caps, contacts, now, info?.closed);
      }
    }
    const busyUntil = shared?.busy.get(use);
    if (allowed.at <= now && busyUntil !== undefined && busyUntil > now) {
      allowed = { at: busyUntil, heldBy: undefined };
      trace[i] = {
        stepId: step.id,
        state: "waiting",
        reason: "channel_busy",
        attempt,
        channel: use,
        until: iso(busyUntil),
        detail: `${use} already used this minute`,
      };
      if (busyUntil < nextAt) {
        nextAt = busyUntil;
        nextStep = step.id;
      }
      continue;
    }
    if (allowed.at > now) {
      const until = iso(allowed.at);
      trace[i] = {
        stepId: step.id,
        state: "waiting",
        reason: allowed.heldBy ?? "window",
        attempt,
        channel: use,
        until,
        ...whatsappNote(compiled, step, lead, use, facts, allowed.at),
        ...capDetail(allowed.cap),
      };
      if (allowed.at < nextAt) {
        nextAt = allowed.at;
        nextStep = step.id;
      }
      continue;
    }
    const dueSince = earliestAllowed(clock, use, info?.open ?? ALWAYS_OPEN, [], [], scheduled, info?.closed).at;
    const template = requiresTemplate ? step.templateOutsideWindow : step.template;
    due.push({
      id: touchId(facts.leadId, plan.id, plan.version, step.id, attempt),
      leadId: facts.leadId,
      planId: plan.id,
      planVersion: plan.version,
      stepId: step.id,
      channel: use,
      attempt,
      dueAt: iso(Math.min(dueSince, now)),
      mode: step.mode,
      ...(template === undefined ? {} : { template }),
      ...(use === step.channel ? {} : { fallbackFrom: step.channel }),
      ...(requiresTemplate ? { requiresTemplate: true as const } : {}),
    });
    if (caps.length > 0 || shared !== undefined) {
      if (contacts === facts.contactTimes) contacts = [...facts.contactTimes];
      (contacts as ContactTime[]).push({ channel: use, at: now });
    }
    shared?.busy.set(use, now + MINUTE);
    const exemption = hasDoNotCallEntries(lead) ? doNotCallVerdict(compiled.doNotCall, use, lead, facts)?.detail : undefined;
    const detail = fellBack === undefined ? exemption : exemption === undefined ? fellBack : `${fellBack}; ${exemption}`;
    trace[i] = { stepId: step.id, state: "due", reason: "due", attempt, channel: use, ...(detail === undefined ? {} : { detail }) };
  }

  function settleSkip(
    i: number,
    step: CompiledStep,
    reason: Unavailable | "condition_false" | "whatsapp_window_closed" | "whatsapp_template_blocked",
    detail: string | undefined,
  ): void {
    if (Number.isNaN(anchorTouchAt[i])) anchorTouchAt[i] = now;
    anchorOutcomeAt[i] = now;
    skipNow[i] = true;
    openSteps--;
    lastSettle = Math.max(lastSettle, now);
    skipped.push({ type: "skip", planId: plan.id, stepId: step.id, reason, at: iso(now), ...(detail === undefined ? {} : { detail }) });
    trace[i] = { stepId: step.id, state: "skipped", reason, ...(detail === undefined ? {} : { detail }) };
  }

  let done: Done | null = null;
  if (exit !== undefined) done = { reason: exit.reason, at: iso(exit.at), ...(exit.detail === undefined ? {} : { detail: exit.detail }) };
  else if (openSteps === 0) done = { reason: "completed", at: iso(lastSettle === -Infinity ? now : lastSettle) };

  return {
    leadId: facts.leadId,
    planId: plan.id,
    planVersion: plan.version,
    now: iso(now),
    zone,
    due,
    skipped,
    next: done === null && nextAt !== Infinity ? { at: iso(nextAt), stepId: nextStep } : null,
    done,
    trace,
  };
}

const MINUTE = 60_000;
const ZERO = { years: 0, months: 0, weeks: 0, days: 0, exactMs: 0 } as const;

const NO_TOUCHES: readonly TouchFact[] = [];

/** For a waiting WhatsApp touch that will be sent outside the 24 h window: what will happen then (judged again at send time). */
function whatsappNote(compiled: CompiledPlan, step: CompiledStep, lead: LeadInput, use: string, facts: LeadFacts, at: number): { detail?: string } {
  if (use !== "whatsapp" || inWhatsAppWindow(facts, at)) return NO_DETAIL;
  if (step.templateOutsideWindow !== undefined) {
    const blocked = templateBlockedFor(compiled, step, lead);
    if (blocked !== undefined) return { detail: `outside the WhatsApp window at send time: ${blocked}; fallback or skip` };
    return { detail: `outside the WhatsApp window at send time: template ${step.templateOutsideWindow}` };
  }
  return { detail: "outside the WhatsApp window at send time: no template, fallback or skip" };
}

/** What the step's template category meets on the lead's WhatsApp number (`policies.whatsappTemplates`, else the defaults). */
function templateBlockedFor(compiled: CompiledPlan, step: CompiledStep, lead: LeadInput): string | undefined {
  const rules = compiled.plan.policies.whatsappTemplates ?? DEFAULT_WHATSAPP_TEMPLATE_RULES;
  const kinds = compiled.channels.get("whatsapp")?.contactKinds ?? contactKinds(compiled.plan.policies, "whatsapp");
  return templateBlocked(rules, step.category, lead, kinds)?.detail;
}

/**
 * Outside the WhatsApp window: the step's template outside it unless a template rule keeps its
 * category from the lead's number, else its usable fallback, else nothing (with the reason).
 */
function whatsappOutsideWindow(
  compiled: CompiledPlan,
  step: CompiledStep,
  lead: LeadInput,
  facts: LeadFacts,
): { use: string | undefined; reason: "whatsapp_window_closed" | "whatsapp_template_blocked"; detail: string } {
  let reason: "whatsapp_window_closed" | "whatsapp_template_blocked" = "whatsapp_window_closed";
  let detail = "outside the 24 h WhatsApp window and no templateOutsideWindow";
  if (step.templateOutsideWindow !== undefined) {
    const blocked = templateBlockedFor(compiled, step, lead);
    if (blocked === undefined) return { use: "whatsapp", reason, detail: "" };
    reason = "whatsapp_template_blocked";
    detail = blocked;
  }
  const fallback = step.fallback;
  if (fallback === undefined || fallback === "whatsapp") return { use: undefined, reason, detail };
  const why = unavailable(compiled, fallback, lead, facts) ?? marketingOptOut(facts, fallback, step.category);
  return why === undefined
    ? { use: fallback, reason, detail: `${detail}; fallback ${fallback}` }
    : { use: undefined, reason, detail: `${detail}; fallback ${fallback}: ${why}` };
}

/** Why neither the step's channel nor its fallback can be used. */
interface NoChannel {
  readonly reason: Unavailable;
  readonly detail: string | undefined;
}

/** The step's channel, or its fallback, or why neither can be used. */
function chooseChannel(compiled: CompiledPlan, step: CompiledStep, lead: LeadInput, facts: LeadFacts, untimedOnly = false): string | NoChannel {
  const primary = unavailable(compiled, step.channel, lead, facts, untimedOnly) ?? marketingOptOut(facts, step.channel, step.category);
  if (primary === undefined) return step.channel;
  const why = primary === "do_not_contact" ? doNotCallDetail(compiled, step.channel, lead, facts) : undefined;
  if (step.fallback === undefined) return { reason: primary, detail: why };
  const secondary = unavailable(compiled, step.fallback, lead, facts, untimedOnly) ?? marketingOptOut(facts, step.fallback, step.category);
  if (secondary === undefined) return step.fallback;
  const fallbackWhy = secondary === "do_not_contact" ? doNotCallDetail(compiled, step.fallback, lead, facts) : undefined;
  const fallback = `fallback ${step.fallback}: ${secondary}${fallbackWhy === undefined ? "" : ` (${fallbackWhy})`}`;
  return { reason: primary, detail: why === undefined ? fallback : `${why}; ${fallback}` };
}

/** Why a do-not-call listing or request blocks `channel` (the registry, the request, a lapsed exemption), when one does. */
function doNotCallDetail(compiled: CompiledPlan, channel: string, lead: LeadInput, facts: LeadFacts): string | undefined {
  if (!hasDoNotCallEntries(lead)) return undefined;
  const verdict = doNotCallVerdict(compiled.doNotCall, channel, lead, facts);
  return verdict?.blocked === true ? verdict.detail : undefined;
}

function unavailable(compiled: CompiledPlan, channel: string, lead: LeadInput, facts: LeadFacts, untimedOnly = false): Unavailable | undefined {
  const info = compiled.channels.get(channel);
  // Unknown zone under `unknownZone: "untimed-only"`: a channel with time rules cannot be used.
  if (untimedOnly && info !== undefined && !isAlwaysOpen(info.open)) return "zone_unknown" as Unavailable;
  const rules: ChannelRules = {
    channel,
    contactKinds: info?.contactKinds ?? contactKinds(compiled.plan.policies, channel),
    consentRequired: info?.consentRequired ?? false,
    globalOptOut: compiled.globalOptOut,
    doNotCall: compiled.doNotCall,
  };
  return channelUnavailable(rules, lead, facts);
}

/** This plan's touches per step index (absent when none), ordered by attempt. */
function touchesByStep(compiled: CompiledPlan, touches: readonly TouchFact[]): (TouchFact[] | undefined)[] {
  const out = new Array<TouchFact[] | undefined>(compiled.steps.length);
  const planId = compiled.plan.id;
  for (const t of touches) {
    if (t.planId !== undefined && t.planId !== planId) continue;
    const i = compiled.stepIndex.get(t.stepId);
    if (i === undefined) continue;
    const list = out[i];
    if (list === undefined) out[i] = [t];
    else list.push(t);
  }
  for (const list of out) if (list !== undefined && list.length > 1) list.sort((a, b) => a.attempt - b.attempt || a.at - b.at);
  return out;
}

function skipRecordFor(facts: LeadFacts, planId: string, stepId: string): { at: number; reason: string } | undefined {
  const list = facts.skips.get(stepId);
  if (list === undefined) return undefined;
  for (const s of list) if (s.planId === undefined || s.planId === planId) return s;
  return undefined;
}

function outcomeOf(
  compiled: CompiledPlan,
  stepId: string,
  stepTouches: readonly (TouchFact[] | undefined)[],
  facts: LeadFacts,
  skipNow: readonly boolean[],
): string {
  const i = compiled.stepIndex.get(stepId);
  if (i === undefined) return "none";
  if (skipNow[i] === true || skipRecordFor(facts, compiled.plan.id, stepId) !== undefined) return "skipped";
  let latest: TouchFact | undefined;
  for (const t of stepTouches[i] ?? []) {
    if (t.outcome !== undefined && (latest === undefined || (t.outcomeAt ?? 0) >= (latest.outcomeAt ?? 0))) latest = t;
  }
  return latest?.outcome ?? "none";
}

/** A recurring step waiting for its next occurrence says which rule it follows. */
function recurrenceNote(step: CompiledStep, reason: string): { detail?: string } {
  if (step.timing.kind !== "rrule" || step.timing.description === undefined || (reason !== "anchor" && reason !== "attempt_spacing")) return NO_DETAIL;
  return { detail: step.timing.description };
}

/** Shared by every trace entry without a detail: spreading it adds nothing and allocates nothing. */
const NO_DETAIL: { detail?: string } = Object.freeze({});

function capDetail(cap: Cap | undefined): { detail?: string } {
  return cap === undefined ? NO_DETAIL : { detail: `cap ${describeCap(cap)}` };
}

/** Internal: shared with `evaluateAll`. */
export function checkRules(compiled: CompiledPlan, rules: Readonly<Record<string, unknown>>): void {
  if (rules === null || typeof rules !== "object") {
    throw new ArgumentError("options.rules", `Expected options.rules to be an object of functions, got ${describeValue(rules)}`);
  }
  for (const name of compiled.ruleNames) {
    if (!Object.hasOwn(rules, name) || typeof rules[name] !== "function") {
      const result = safeParsePlan(compiled.plan, { rules });
      throw new PlanValidationError(result.success ? [{ code: "unknown_rule", path: [], message: `Unknown rule ${JSON.stringify(name)}` }] : result.issues);
    }
  }
}

/** Internal: shared with `evaluateAll`. The lead's zone, candidate zones and closed days (see {@link resolveLeadClock}). */
export function leadZone(lead: LeadInput, compiled: CompiledPlan, hostHolidays?: EvaluateOptions["holidays"]): ResolvedClock {
  return resolveLeadClock(lead, compiled, hostHolidays);
}
