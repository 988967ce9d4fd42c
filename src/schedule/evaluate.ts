import { ArgumentError, describeValue, PlanValidationError, validationIssue } from "../errors/index.js";
import type { LeadInput, SkipRecord } from "../lead/index.js";
import { safeParsePlan, type Plan, type PlanInput } from "../plan/index.js";
import {
  consentAt,
  contactKinds,
  findExit,
  indexLeadFacts,
  sameTouch,
  touchOutcome,
  touchOutcomeAt,
  type ContactLog,
  type ContactTime,
  type LeadFacts,
  type TouchLog,
  type TouchRecordFields,
} from "../policy/index.js";
import { type ConsentStatus, instantArgument, isoInstant as iso, MAX_INSTANT_MS, type InstantInput } from "../primitives/index.js";
import { channelVerdicts } from "./chooseChannel.js";
import { checkLead } from "./checkLead.js";
import { compilePlan } from "./compilePlan.js";
import type { CompiledPlan, CompiledStep } from "./compiledPlan.js";
import { compiledForLead } from "./compliantPlan.js";
import { heldByScratch } from "./earliestAllowed.js";
import type { Decision, Done, Touch, TraceEntry } from "./decision.js";
import type { ConditionContext } from "./conditions.js";
import { checkEvaluateOptions, type EvaluateOptions } from "./evaluateOptions.js";
import { noteDecidedNext } from "./decidedNext.js";
import { confirmationContact, optOutConfirmation, withOptOutConfirmation } from "./optOutConfirmation.js";
import { resolveLeadClock, type ResolvedClock } from "./resolveLeadClock.js";
import { type SharedBudget, spend, startingBudget } from "./contactBudget.js";
import { stepOutcome, stepResult, type StepContext, type StepTouches } from "./stepTransitions.js";

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
 * @param options Custom rules the plan names, and the host's own holiday calendar.
 * @throws {PlanValidationError} for an invalid plan, or a rule the plan names that `options.rules` lacks.
 * @throws {LeadValidationError} for a malformed lead, naming the path.
 * @throws {ArgumentError} for an unusable `now`, rule or holiday calendar, or a rule returning a non-boolean.
 * @throws {MissingDependencyError} when the plan needs an optional peer that is not installed (country holidays: `date-holidays`).
 * @throws {CadenceError} `rule_failed` when a rule throws (the error is its `cause`); `no_opening`, `no_business_day` or
 *   `rrule_never_matches` when windows, caps, business days or a recurrence leave no instant.
 * @example
 * const decision = evaluate(plan, lead, new Date());
 * for (const touch of decision.due) await perform(touch);
 */
export function evaluate(plan: Plan | PlanInput, lead: LeadInput, now: InstantInput, options: EvaluateOptions = {}): Decision {
  const base = compilePlan(plan);
  const nowMs = instantArgument(now, "now");
  checkLead(lead);
  checkEvaluateOptions(options);
  if (options.rules !== undefined) checkRules(base, options.rules);
  const compiled = compiledForLead(base, lead);
  const zone = resolveLeadClock(lead, compiled, options.holidays);
  let facts = indexLeadFacts(lead, nowMs);
  const confirmation = optOutConfirmation(compiled, lead, facts);
  if (confirmation?.touch === undefined) return withOptOutConfirmation(decide(compiled, lead, nowMs, zone, facts, options).decision, confirmation);
  // A due confirmation is a contact of this decision, at `now`, for the steps' caps and the once-a-minute rule (as once recorded):
  // the steps are decided under a budget holding it, made of the history read with every touch once.
  let byStep = touchesByStep(compiled, facts.touches);
  if (byStep === undefined) {
    facts = indexLeadFacts(lead, nowMs, true);
    byStep = touchesByStep(compiled, facts.touches) ?? [];
  }
  const budget = spend(startingBudget(facts), confirmationContact(confirmation, nowMs));
  return withOptOutConfirmation(decide(compiled, lead, nowMs, zone, facts, options, budget, byStep).decision, confirmation);
}

/** One plan's decision, and the contacts its due touches spend (for the other plans of a merged decision). */
export interface DecideResult {
  readonly decision: Decision;
  /** With a shared budget (`evaluateAll`): one contact per due touch, at `now`, in the order chosen; else empty (nothing reads it). */
  readonly used: readonly ContactTime[];
}

/**
 * The decision for one plan: the step outcomes (`stepTransitions.ts`) folded in plan order, every
 * anchor before its dependants. `shared` is the contact budget of a merged decision across plans
 * (see `evaluateAll`): the touches counted so far (history plus touches already chosen, ascending),
 * caps from the other plans, and channels used this minute. It is read, not written: the contacts
 * this plan spends come back in `used`. `touchesOfSteps`: the plan's touches by step in `readFacts`
 * when the caller has made them (`touchesByStep`, not `undefined`); made here otherwise.
 */
export function decide(
  compiled: CompiledPlan,
  lead: LeadInput,
  now: number,
  resolved: ResolvedClock,
  readFacts: LeadFacts,
  options: EvaluateOptions,
  shared?: SharedBudget,
  touchesOfSteps?: (StepTouches | undefined)[],
): DecideResult {
  const { plan, steps } = compiled;
  let facts = readFacts;
  let stepTouches = touchesOfSteps ?? touchesByStep(compiled, facts.touches);
  if (stepTouches === undefined) {
    // A touch of the plan recorded twice (rare): the history read again, every touch once.
    facts = indexLeadFacts(lead, now, true);
    stepTouches = touchesByStep(compiled, facts.touches) ?? [];
  }
  // Written at every step's visit (NaN: not yet), and anchors are visited before their dependants.
  const anchorTouchAt = nanPerStep(steps.length);
  const anchorOutcomeAt = nanPerStep(steps.length);
  const trace: TraceEntry[] = new Array<TraceEntry>(steps.length);
  // Made at their first element (`[x]` holds one slot; `[]` grows to sixteen at its first push).
  let due: Touch[] | undefined;
  let skipped: SkipRecord[] | undefined;
  let used: ContactTime[] | undefined;
  const caps = shared === undefined || shared.caps.length === 0 ? compiled.caps : [...compiled.caps, ...shared.caps];
  // Caps and the once-a-minute rule count the touches chosen here too: copied at the first one.
  const contacts: ContactLog = shared?.contacts ?? facts.contactTimes;
  const chosenFrom = shared === undefined ? contacts.at.length : shared.chosenFrom;
  let own: { at: number[]; channel: string[] } | undefined;
  const exit = findExit(plan.exits, facts);
  const nowIso = iso(now);
  DecisionConditions.kept ??= new DecisionConditions(NONE, NONE, NONE, [], [], undefined);
  // The fold's own view: `contacts` grows with the touches chosen (the transitions only read it).
  const ctx: StepContext & { contacts: ContactLog } = {
    compiled,
    lead,
    facts,
    now,
    nowIso,
    clock: resolved.clock,
    untimedOnly: resolved.untimedOnly,
    caps,
    pausedUntil: facts.pausedUntil !== undefined && facts.pausedUntil > now ? facts.pausedUntil : undefined,
    exit,
    condition: new DecisionConditions(compiled, lead, facts, stepTouches, trace, options.rules),
    anchorTouchAt,
    anchorOutcomeAt,
    contacts,
    history: shared?.history ?? facts.touches,
    chosenFrom,
    contactsAfter: shared?.contactsAfter ?? facts.contactsAfter,
    verdicts: channelVerdicts(compiled),
    held: heldByScratch(),
    out: stepResult(),
  };
  const out = ctx.out;

  let nextAt = Infinity;
  // The waking step's index (-1: none).
  let nextIndex = -1;
  // The wake-up's instant in ISO: the waking step's trace already wrote it as its `until`.
  let nextIso: string | undefined;
  let openSteps = 0;
  let lastSettle = -Infinity;
  // Steps are visited anchors first: a step anchored on a later one comes after it. `due` is listed in plan order.
  let lastDue = -1;
  let outOfPlanOrder = false;
  for (const i of compiled.order) {
    const step = steps[i] as CompiledStep;
    const entry = stepOutcome(ctx, step, stepTouches[i] ?? NO_TOUCHES, skipRecordFor(facts, plan.id, step.id));
    trace[i] = entry;
    anchorTouchAt[i] = out.anchorTouchAt;
    anchorOutcomeAt[i] = out.anchorOutcomeAt;
    switch (out.kind) {
      case "due": {
        openSteps++;
        const touch = out.touch as Touch;
        if (due === undefined) due = [touch];
        else {
          due.push(touch);
          if (i < lastDue) outOfPlanOrder = true;
        }
        lastDue = i;
        if (shared !== undefined) {
          // The touch spends one contact, at `now`, on its channel (what the other plans of a merged decision count).
          const contact: ContactTime = { channel: touch.channel, at: now };
          if (used === undefined) used = [contact];
          else used.push(contact);
        }
        // Copied at the first (slice: one copy; `concat` is V8's slow generic path): the history's contacts are never written.
        own ??= { at: contacts.at.slice(), channel: contacts.channel.slice() };
        own.at.push(now);
        own.channel.push(touch.channel);
        ctx.contacts = own;
        break;
      }
      case "waiting":
        openSteps++;
        // NaN (no wake-up) is never below nextAt.
        if (out.wakeAt < nextAt) {
          nextAt = out.wakeAt;
          nextIndex = i;
          nextIso = entry.until;
        }
        break;
      case "skipped":
        lastSettle = Math.max(lastSettle, out.settledAt);
        if (out.record !== undefined) {
          if (skipped === undefined) skipped = [out.record];
          else skipped.push(out.record);
        }
        break;
      case "completed":
        // NaN (no instant known) is never above lastSettle.
        if (out.settledAt > lastSettle) lastSettle = out.settledAt;
        break;
    }
  }

  // A wake-up after the accepted instants could not be passed back as `now`: none, and the waking step says why.
  if (nextAt > MAX_INSTANT_MS && nextAt !== Infinity) {
    const entry = trace[nextIndex] as TraceEntry;
    const beyond = `its time lies after ${iso(MAX_INSTANT_MS)}, the last accepted instant: no wake-up`;
    trace[nextIndex] = { ...entry, detail: entry.detail === undefined ? beyond : `${entry.detail}; ${beyond}` };
    nextAt = Infinity;
  }
  if (outOfPlanOrder) due?.sort((a, b) => (compiled.stepIndex.get(a.stepId) as number) - (compiled.stepIndex.get(b.stepId) as number));
  let done: Done | null = null;
  if (exit !== undefined) done = { reason: exit.reason, at: iso(exit.at), ...(exit.detail === undefined ? {} : { detail: exit.detail }) };
  else if (openSteps === 0) done = { reason: "completed", at: lastSettle === -Infinity ? nowIso : iso(lastSettle) };

  const decision: Decision = {
    leadId: facts.leadId,
    planId: plan.id,
    planVersion: plan.version,
    now: nowIso,
    zone: resolved.zone,
    due: due ?? [],
    skipped: skipped ?? [],
    next: done === null && nextAt !== Infinity ? { at: nextIso ?? iso(nextAt), stepId: (steps[nextIndex] as CompiledStep).id } : null,
    done,
    trace,
  };
  // An integer instant reads back from its text unchanged; any other is read from the text.
  if (decision.next !== null && Number.isInteger(nextAt)) noteDecidedNext(decision, nextAt);
  return { decision, used: used ?? [] };
}

/**
 * `length` NaNs in a packed array of doubles: a copy of a template made once per length (`slice()`
 * without arguments is one copy; `new Array(n)` then doubles changes the array's kind, a second
 * allocation). Templates are never written; lengths past the bound are filled by pushes.
 */
function nanPerStep(length: number): number[] {
  if (length >= NAN_TEMPLATES.length) {
    const out: number[] = [];
    for (let i = 0; i < length; i++) out.push(NaN);
    return out;
  }
  let template = NAN_TEMPLATES[length];
  if (template === undefined) {
    template = [];
    for (let i = 0; i < length; i++) template.push(NaN);
    NAN_TEMPLATES[length] = template;
  }
  return template.slice();
}

/** NaN templates by length, for plans of fewer than 64 steps (bounded: one array per length). */
const NAN_TEMPLATES: (number[] | undefined)[] = new Array<number[] | undefined>(64);

const NO_TOUCHES: StepTouches = [];

/** What a blank {@link DecisionConditions} holds for the plan, the lead and its facts. */
const NONE = undefined as never;

/** `[k]` for the first 256 touch indices `k`, shared by every decision (never written; each made at its first use, not at import). */
const ONE_TOUCH: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(256);

/**
 * This plan's touches per step index (absent when none): their indices in `touches`, ordered by
 * attempt, then time, then touch id. A step with one touch gets a shared list from {@link ONE_TOUCH}
 * (most steps have at most one): lists are never written once made. `undefined` when two of a step's
 * records are one touch (`sameTouch`: the same id, attempt and plan): a reading that did not search a
 * long history for repeats (see `indexLeadFacts`) has to be made again.
 */
export function touchesByStep(compiled: CompiledPlan, touches: TouchLog): (StepTouches | undefined)[] | undefined {
  const out = new Array<number[] | undefined>(compiled.steps.length);
  const planId = compiled.plan.id;
  // A history of other plans' touches only (another campaign's) is not walked.
  if (!touches.planIds.has(planId) && !touches.planIds.has(undefined)) return out;
  const records = touches.records;
  const steps = compiled.steps;
  // Histories mostly follow the plan: the step after the last one found is tried before the lookup.
  let next = 0;
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as TouchRecordFields;
    if (r.planId !== undefined && r.planId !== planId) continue;
    const i = next < steps.length && (steps[next] as CompiledStep).id === r.stepId ? next : compiled.stepIndex.get(r.stepId);
    if (i === undefined) continue;
    next = i + 1;
    const list = out[i];
    if (list === undefined) out[i] = k < ONE_TOUCH.length ? ((ONE_TOUCH[k] ??= [k]) as number[]) : [k];
    // A list of one may be shared: the second touch makes the step a list of its own.
    else if (list.length === 1) out[i] = [list[0] as number, k];
    else list.push(k);
  }
  for (const list of out) {
    if (list === undefined || list.length === 1) continue;
    list.sort((a, b) => byAttemptTimeId(touches, a, b));
    // A repeat is among the step's records of its attempt, which the sort made one run.
    for (let j = 1; j < list.length; j++) {
      const r = records[list[j] as number] as TouchRecordFields;
      for (let i = j - 1; i >= 0; i--) {
        const e = records[list[i] as number] as TouchRecordFields;
        if (e.attempt !== r.attempt) break;
        if (sameTouch(e, r)) return undefined;
      }
    }
  }
  return out;
}

/**
 * Attempt, then instant, then touch id: two touches tied on both are ordered by content, never by where the history
 * lists them. Equal ids there are a repeat (`touchesByStep` answers `undefined` whatever their order), except two
 * records of one id of which only one names the plan: two touches, the one naming none first.
 */
function byAttemptTimeId(touches: TouchLog, a: number, b: number): number {
  const x = touches.records[a] as TouchRecordFields;
  const y = touches.records[b] as TouchRecordFields;
  return (
    x.attempt - y.attempt ||
    (touches.at[a] as number) - (touches.at[b] as number) ||
    (x.touchId < y.touchId ? -1 : x.touchId > y.touchId || x.planId !== undefined ? 1 : -1)
  );
}

function skipRecordFor(facts: LeadFacts, planId: string, stepId: string): { at: number; reason: string } | undefined {
  if (facts.skips.size === 0) return undefined;
  const list = facts.skips.get(stepId);
  if (list === undefined) return undefined;
  // The earliest of the plan's skips (the history's records come in any order; a tie keeps the first recorded).
  let first: { at: number; reason: string } | undefined;
  for (const s of list) if ((s.planId === undefined || s.planId === planId) && !(s.at >= (first?.at as number))) first = s;
  return first;
}

/**
 * What `when` conditions read in one decision. Its methods live on the prototype: a decision
 * allocates this one object, not two closures. `trace` is the fold's own array, so a step skipped
 * earlier in the same decision (its entry's state is `skipped`) reads as `skipped`.
 */
class DecisionConditions implements ConditionContext {
  /**
   * A blank one, made at the first decision and kept for the life of the process: V8 drops a hidden
   * class no live object has at a full collection and deoptimises the code that relied on it, and a
   * decision's conditions live only during its call (see docs/architecture.md).
   */
  static kept: DecisionConditions | undefined;

  constructor(
    private readonly compiled: CompiledPlan,
    readonly lead: LeadInput,
    private readonly facts: LeadFacts,
    private readonly stepTouches: readonly (StepTouches | undefined)[],
    private readonly trace: readonly (TraceEntry | undefined)[],
    readonly rules: EvaluateOptions["rules"],
  ) {}

  /** Latest outcome of a step (`none` when it has none, `skipped` when skipped). */
  outcomeOf(stepId: string): string {
    const { compiled, facts } = this;
    const i = compiled.stepIndex.get(stepId);
    if (i === undefined) return "none";
    if (this.trace[i]?.state === "skipped" || skipRecordFor(facts, compiled.plan.id, stepId) !== undefined) return "skipped";
    const log = facts.touches;
    let latest: string | undefined;
    let latestAt = 0;
    for (const k of this.stepTouches[i] ?? NO_TOUCHES) {
      const outcome = touchOutcome(log, k);
      if (outcome === undefined) continue;
      // When it was learnt; 0 when unknown.
      const learnt = touchOutcomeAt(log, k);
      const at = Number.isNaN(learnt) ? 0 : learnt;
      if (latest === undefined || at >= latestAt) {
        latest = outcome;
        latestAt = at;
      }
    }
    return latest ?? "none";
  }

  /** The lead contact kinds `channel` can use. */
  contactKindsOf(channel: string): readonly string[] {
    return this.compiled.channels.get(channel)?.contactKinds ?? contactKinds(this.compiled.plan.policies, channel);
  }

  /** The lead's consent for `channel` in force at the decision's `now`. */
  consentOf(channel: string): ConsentStatus {
    return consentAt(this.lead, channel, this.facts.now);
  }
}

/** Internal: shared with `evaluateAll`. */
export function checkRules(compiled: CompiledPlan, rules: Readonly<Record<string, unknown>>): void {
  if (rules === null || typeof rules !== "object") {
    throw new ArgumentError("options.rules", `Expected options.rules to be an object of functions, got ${describeValue(rules)}`);
  }
  for (const name of compiled.ruleNames) {
    if (!Object.hasOwn(rules, name) || typeof rules[name] !== "function") {
      const result = safeParsePlan(compiled.plan, { rules });
      throw new PlanValidationError(result.success ? [validationIssue("unknown_rule", [], `Unknown rule ${JSON.stringify(name)}`)] : result.issues);
    }
  }
}
