import { parsePlan, type HistoryEntry, type HolidayCalendar, type LeadInput, type PlanInput } from "../../src/index.js";
import { referenceEvaluate, type ReferenceDecision } from "./referenceEvaluate.js";

/*
 * A deliberately naive `evaluateAll`, written from docs/compliance.md ("Several plans, one budget",
 * "Presets") on top of the single-plan reference (referenceEvaluate.ts), to compare the optimised
 * one with (test/schedule/referenceAll.test.ts). Each plan is decided by the reference, one after
 * the other in the documented order (priority, higher first, then id), with every rule the plans
 * share written into it: the caps and quiet hours of all plans in its policies, the compliance
 * presets of all plans as its own ("the compliance presets and quiet hours of every plan apply to
 * all of them": `us-states` resolved for the lead, their windows narrowing this plan's windows, their
 * caps added, their consent rules united, their dated closures closing calls, their do-not-call
 * rules under this plan's own `doNotCall` and their longest request period unless this plan sets one;
 * a channel of this plan's steps that another plan's presets close entirely refuses the decision, as
 * its own presets would), and the touches the plans before it chose in this decision in the lead's
 * history, as touches of their plans at the decision's instant (so caps count them, and a channel one
 * of them used waits a minute). Its subset is the reference's.
 *
 * The opt-out confirmation (docs/compliance.md, "Confirmation message" and "Several plans, one budget"), decided
 * before any plan's steps: sent once for all plans, by the first plan (in the order above) whose own confirmation
 * is due, the single-plan reference deciding each plan's alone with the plans' shared rules; a touch of it that any of
 * the plans recorded counts as every plan's (a skip only as its own plan's, as a plan outside them counts for
 * none). A plan before the one sending it decides its own as usual (a skip, or nothing) and counts the one sent as a
 * contact at `now`; a plan after it finds it among the touches chosen before it, and sends none.
 */

/** What the reference decides for several plans: each plan's decision, in the order the plans were decided. */
export interface ReferenceMergedDecision {
  readonly plans: readonly (ReferenceDecision & { readonly planId: string })[];
  /** The plans' due touches, the plan decided first first. */
  readonly due: readonly (ReferenceDecision["due"][number] & { readonly planId: string })[];
  /** The earliest wake-up of any plan (the first plan decided among equal ones). */
  readonly next: { readonly at: number; readonly stepId: string; readonly planId: string } | null;
  readonly done: boolean;
}

export function referenceEvaluateAll(
  plans: readonly PlanInput[],
  lead: LeadInput,
  now: number,
  options: { holidays?: HolidayCalendar } = {},
): ReferenceMergedDecision {
  const parsed = plans.map((p) => parsePlan(p));
  // Every plan's presets hold for every plan: each plan is decided under all of them.
  const compliance = [...new Set(parsed.flatMap((p) => p.compliance ?? []))];
  const ordered = [...parsed].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const caps = parsed.flatMap((p) => p.policies.caps ?? []);
  const quietHours = parsed.flatMap((p) => p.policies.quietHours ?? []);
  const chosen: HistoryEntry[] = [];
  const decided: (ReferenceDecision & { planId: string })[] = [];
  // A channel the presets close entirely is a plan validation issue (docs/compliance.md, "Presets"): found before any
  // plan is decided, so it wins over a touch of an earlier plan that never finds room. Each plan is valid on its own
  // first (under its own presets and quiet hours, as `evaluate` reads it), then under the rules all plans share.
  for (const plan of ordered)
    try {
      referenceEvaluate(plan, lead, now, options);
    } catch (error) {
      if (/window_never_opens/.test(String(error))) throw error;
    }
  const shared = { caps, quietHours, compliance };
  const confirmedBy = ordered.map((p) => p.id);
  // The plan that sends the confirmation now, if one does: the first whose own confirmation is due.
  let confirming: { index: number; channel: string; touchId: string } | undefined;
  for (const [index, plan] of ordered.entries()) {
    const own = referenceEvaluate(plan, lead, now, { ...options, shared, confirmedBy, confirmationOnly: true }).due[0];
    if (own === undefined) continue;
    confirming = { index, channel: own.channel, touchId: `${lead.id}/${plan.id}@${plan.version}/${own.stepId}#${own.attempt}` };
    break;
  }
  let failed: unknown;
  for (const [index, plan] of ordered.entries()) {
    let decision: ReferenceDecision;
    try {
      decision = referenceEvaluate(plan, { ...lead, history: [...(lead.history ?? []), ...chosen] }, now, {
        ...options,
        shared,
        confirmedBy,
        // Before the plan sending it, the confirmation is not among the touches chosen yet: a contact all the same.
        ...(confirming !== undefined && index < confirming.index ? { confirmationContact: confirming } : {}),
      });
    } catch (error) {
      if (/window_never_opens/.test(String(error))) throw error;
      failed ??= error;
      continue;
    }
    decided.push({ ...decision, planId: plan.id });
    for (const t of decision.due)
      chosen.push({
        type: "touch",
        touchId: `${lead.id}/${plan.id}@${plan.version}/${t.stepId}#${t.attempt}`,
        planId: plan.id,
        stepId: t.stepId,
        channel: t.channel,
        attempt: t.attempt,
        at: now,
      });
  }
  if (failed !== undefined) throw failed;
  let next: ReferenceMergedDecision["next"] = null;
  for (const d of decided) if (d.next !== null && (next === null || d.next.at < next.at)) next = { ...d.next, planId: d.planId };
  return {
    plans: decided,
    due: decided.flatMap((d) => d.due.map((t) => ({ ...t, planId: d.planId }))),
    next,
    done: decided.every((d) => d.done !== null),
  };
}
