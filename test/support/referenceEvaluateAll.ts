import { parsePlan, type HistoryEntry, type HolidayCalendar, type LeadInput, type PlanInput } from "../../src/index.js";
import { referenceEvaluate, type ReferenceDecision } from "./referenceEvaluate.js";

/*
 * A deliberately naive `evaluateAll`, written from docs/compliance.md ("Several plans, one budget")
 * on top of the single-plan reference (referenceEvaluate.ts), to compare the optimised one with
 * (test/schedule/referenceAll.test.ts). Each plan is decided by the reference, one after the other
 * in the documented order (priority, higher first, then id), with every rule the plans share written
 * into it: the caps and quiet hours of all plans in its policies, and the touches the plans before it
 * chose in this decision in the lead's history, as touches of their plans at the decision's instant
 * (so caps count them, and a channel one of them used waits a minute). Its subset is the reference's,
 * without compliance presets and the opt-out confirmation.
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
  // Another plan's presets hold for every plan (not modelled: the single-plan reference reads only its own).
  if (parsed.some((p) => (p.compliance ?? []).length > 0)) throw new Error("referenceEvaluateAll: unsupported compliance presets");
  const ordered = [...parsed].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const caps = parsed.flatMap((p) => p.policies.caps ?? []);
  const quietHours = parsed.flatMap((p) => p.policies.quietHours ?? []);
  const chosen: HistoryEntry[] = [];
  const decided: (ReferenceDecision & { planId: string })[] = [];
  for (const plan of ordered) {
    const decision = referenceEvaluate(plan, { ...lead, history: [...(lead.history ?? []), ...chosen] }, now, { ...options, shared: { caps, quietHours } });
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
  let next: ReferenceMergedDecision["next"] = null;
  for (const d of decided) if (d.next !== null && (next === null || d.next.at < next.at)) next = { ...d.next, planId: d.planId };
  return {
    plans: decided,
    due: decided.flatMap((d) => d.due.map((t) => ({ ...t, planId: d.planId }))),
    next,
    done: decided.every((d) => d.done !== null),
  };
}
