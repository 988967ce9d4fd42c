import { ArgumentError, describeValue } from "../errors/index.js";
import type { LeadInput, SkipRecord } from "../lead/index.js";
import type { Cap, Plan, PlanInput, QuietHours } from "../plan/index.js";
import { indexLeadFacts } from "../policy/index.js";
import { compilePlan } from "./compilePlan.js";
import type { CompiledPlan } from "./compiledPlan.js";
import { compiledForLead, type SharedRules } from "./compliantPlan.js";
import type { Decision, Touch, WakeUp } from "./decision.js";
import { checkLead } from "./checkLead.js";
import { checkRules, decide, touchesByStep } from "./evaluate.js";
import { resolveLeadClock } from "./resolveLeadClock.js";
import { checkEvaluateOptions, type EvaluateOptions } from "./evaluateOptions.js";
import { instantArgument, isoInstant, type InstantInput } from "../primitives/index.js";
import { type Confirmation, confirmationContact, optOutConfirmation, withOptOutConfirmation } from "./optOutConfirmation.js";
import { spend, startingBudget, type SharedBudget } from "./contactBudget.js";
import type { StepTouches } from "./stepTransitions.js";

/** One decision for a lead enrolled in several plans at once, under one contact budget. */
export interface MergedDecision {
  readonly leadId: string;
  /** The instant evaluated (ISO-8601, UTC). */
  readonly now: string;
  /** Touches due now across all plans, the plan that went first first. */
  readonly due: readonly Touch[];
  /** Skip records of every plan: append them to the lead's history. */
  readonly skipped: readonly SkipRecord[];
  /** The earliest wake-up of any plan, with the plan it belongs to. */
  readonly next: (WakeUp & { readonly planId: string }) | null;
  /** True when every plan is done. */
  readonly done: boolean;
  /** Each plan's own decision (trace, skipped, next, done), in the order the plans were evaluated. */
  readonly plans: readonly Decision[];
}

/** Options for {@link evaluateAll}. */
export interface EvaluateAllOptions extends EvaluateOptions {
  /**
   * Per plan id, the lead as that plan's enrolment sees it: the same person with its own
   * `enrolledAt` (exits and timing count from it) and, for a re-enrolment, the earlier enrolments'
   * records of that plan renamed so they count as contacts but not as this enrolment's steps. Plans
   * not listed see `lead`. Caps, opt-outs and quiet hours are read from `lead` for every plan.
   */
  readonly leads?: Readonly<Record<string, LeadInput>>;
}

/**
 * Decides for a lead enrolled in several plans at once, with one shared contact budget: plans go
 * by `priority` (higher first), then by id; every plan's caps and its compliance presets and quiet
 * hours apply to the touches of all plans; caps count the touches of every plan in history and
 * those already chosen in this decision; a channel is used at most once in the same minute (a
 * second touch on it, in this decision or after one the history holds, waits until a minute after
 * the first, reason `channel_busy`); opt-outs and do-not-contact flags are
 * the lead's, so they apply everywhere; an opt-out confirmation is sent once for all plans (by the
 * first whose confirmation is due; one any of them recorded counts for all, a skip only for its own
 * plan), and every plan's steps count it as a contact at `now`.
 *
 * Pure and deterministic like {@link evaluate}.
 * @throws {ArgumentError} when `plans` is not a non-empty array or two plans share an id.
 * @throws {PlanValidationError} / {LeadValidationError} as {@link evaluate} does.
 * @example
 * const merged = evaluateAll([onboarding, promo], lead, new Date());
 * for (const touch of merged.due) await perform(touch);
 */
export function evaluateAll(plans: readonly (Plan | PlanInput)[], lead: LeadInput, now: InstantInput, options: EvaluateAllOptions = {}): MergedDecision {
  if (!Array.isArray(plans) || plans.length === 0) {
    throw new ArgumentError("plans", `Expected \`plans\` to be a non-empty array of plans, got ${describeValue(plans)}`);
  }
  const compiled: CompiledPlan[] = [];
  // Index by index, not `map`: a hole fails at once (`map` skips holes, visiting every index first).
  for (let i = 0; i < plans.length; i++) {
    if (!(i in plans)) throw new ArgumentError(`plans[${i}]`, `Expected \`plans[${i}]\` to be a plan, got undefined`);
    compiled.push(compilePlan(plans[i] as Plan | PlanInput));
  }
  const nowMs = instantArgument(now, "now");
  checkLead(lead);
  checkEvaluateOptions(options);
  const seen = new Set<string>();
  for (const c of compiled) {
    if (seen.has(c.plan.id)) throw new ArgumentError("plans", `Expected distinct plan ids, got ${JSON.stringify(c.plan.id)} twice`);
    seen.add(c.plan.id);
    if (options.rules !== undefined) checkRules(c, options.rules);
  }
  const ordered = [...compiled].sort((a, b) => b.plan.priority - a.plan.priority || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
  const shared = memo(ordered, sharedRulesMemo, () => sharedRules(ordered));
  // Each plan is valid for the lead on its own first, as `evaluate` reads it: the other plans' rules may close the
  // window its `us-states` presets close entirely, and must not hide that `window_never_opens`.
  for (const c of ordered) if (c.usStates) compiledForLead(c, lead);
  const variants = ordered.map((c) => compiledForLead(c, lead, shared));
  const otherCaps = memo(variants, capsMemo, () => capsOfOthers(variants));
  let facts = indexLeadFacts(lead, nowMs);
  // Each plan's touches by step, made once and handed to its decision; undefined for all when a plan's touch
  // is recorded twice: the history is then read again, every touch once, before the budget all plans share is made of it.
  let byStep: readonly ((StepTouches | undefined)[] | undefined)[] = variants.map((v) => touchesByStep(v, facts.touches));
  if (byStep.includes(undefined)) {
    facts = indexLeadFacts(lead, nowMs, true);
    byStep = [];
  }
  const views = variants.map((v) => {
    const own = options.leads?.[v.plan.id];
    return { own, lead: own ?? lead, facts: own === undefined ? facts : indexLeadFacts(own, nowMs) };
  });
  // The confirmation is sent once for all plans, by the first whose confirmation is due (a touch of it any of them recorded
  // counts for all; a plan's skip only for that plan, another may still confirm): it is known before the steps, and its
  // contact, at `now`, counts for every plan's steps, those of the plans before the one sending it too.
  const together = ordered.map((c) => c.plan.id);
  let sent: Confirmation | undefined;
  const confirmations = variants.map((v, i) => {
    if (sent !== undefined) return undefined;
    const view = views[i] as (typeof views)[number];
    const confirmation = optOutConfirmation(v, view.lead, view.facts, together);
    if (confirmation?.touch !== undefined) sent = confirmation;
    return confirmation;
  });
  let budget: SharedBudget = spend(startingBudget(facts), confirmationContact(sent, nowMs));
  const decisions = variants.map((v, i) => {
    const { own, lead: view, facts: viewFacts } = views[i] as (typeof views)[number];
    const { decision, used } = decide(
      v,
      view,
      nowMs,
      resolveLeadClock(lead, v, options.holidays),
      viewFacts,
      options,
      { ...budget, caps: otherCaps[i] ?? [] },
      own === undefined ? byStep[i] : undefined,
    );
    budget = spend(budget, used);
    return withOptOutConfirmation(decision, confirmations[i]);
  });

  let next: MergedDecision["next"] = null;
  for (const d of decisions) if (d.next !== null && (next === null || d.next.at < next.at)) next = { ...d.next, planId: d.planId };
  return {
    leadId: lead.id,
    now: isoInstant(nowMs),
    due: decisions.flatMap((d) => d.due),
    skipped: decisions.flatMap((d) => d.skipped),
    next,
    done: decisions.every((d) => d.done !== null),
    plans: decisions,
  };
}

function sharedRules(plans: readonly CompiledPlan[]): SharedRules {
  const presetIds = [...new Set(plans.flatMap((c) => c.plan.compliance ?? []))].sort();
  // Each distinct rule once: every plan's variant is compiled with all of them, so n plans with the same quiet hours cost n, not n².
  const quietHours = new Map<string, QuietHours>();
  for (const c of plans) for (const q of c.plan.policies.quietHours ?? []) quietHours.set(JSON.stringify(q), q);
  return { presetIds, quietHours: [...quietHours.values()] };
}

/** For each plan, the distinct caps of the other plans that it does not already have. */
function capsOfOthers(plans: readonly CompiledPlan[]): Cap[][] {
  const keyed = plans.map((p) => p.caps.map((cap) => [JSON.stringify(cap), cap] as const));
  return keyed.map((own, i) => {
    const seen = new Set(own.map(([key]) => key));
    const out: Cap[] = [];
    keyed.forEach((other, j) => {
      if (j === i) return;
      for (const [key, cap] of other) {
        if (!seen.has(key)) out.push(cap);
        seen.add(key);
      }
    });
    return out;
  });
}

/** A memo keyed by a tuple of objects (compiled plans are memoised, so the same plans hit). */
interface MemoNode<T> {
  readonly next: WeakMap<object, MemoNode<T>>;
  value?: T;
}

const sharedRulesMemo: MemoNode<SharedRules> = { next: new WeakMap() };
const capsMemo: MemoNode<Cap[][]> = { next: new WeakMap() };

function memo<T>(keys: readonly object[], root: MemoNode<T>, make: () => T): T {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (child === undefined) node.next.set(key, (child = { next: new WeakMap() }));
    node = child;
  }
  if (node.value === undefined) node.value = make();
  return node.value;
}
