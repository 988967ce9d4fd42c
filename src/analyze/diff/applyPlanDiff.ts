import { ArgumentError } from "../../errors/index.js";
import { parsePlan, type Plan, type PlanInput, type Step } from "../../plan/index.js";
import { impliedOrder } from "./diffPlans.js";
import { checkPlanDiff, type PlanDiff } from "./planDiff.js";

/**
 * Applies a diff (from `diffPlans`, possibly written out as JSON and read back) to the plan it was
 * taken from, and returns the other version, validated: its changes and its rewrites, so the result
 * is the other version as written.
 * @throws {ArgumentError} when the diff does not fit the plan (a step it changes or removes is
 * missing, a step it adds is already there); {@link PlanValidationError} when the result is invalid.
 */
export function applyPlanDiff(plan: Plan | PlanInput, diff: PlanDiff): Plan {
  checkPlanDiff(diff);
  const base = parsePlan(plan);
  const steps = new Map<string, Record<string, unknown>>(base.steps.map((s) => [s.id, { ...s }]));
  for (const r of diff.steps.removed) {
    if (!steps.delete(r.id))
      throw new ArgumentError(
        "diff.steps.removed",
        `Expected step ${JSON.stringify(r.id)} (removed by the diff) in ${base.id}@${base.version}, but the plan has no such step`,
      );
  }
  for (const c of [...diff.steps.changed, ...(diff.rewritten?.steps ?? [])]) {
    const step = steps.get(c.id);
    if (step === undefined)
      throw new ArgumentError(
        "diff.steps.changed",
        `Expected step ${JSON.stringify(c.id)} (changed by the diff) in ${base.id}@${base.version}, but the plan has no such step`,
      );
    for (const f of c.changes) {
      if (f.after === undefined) delete step[f.field];
      else step[f.field] = f.after;
    }
  }
  for (const a of diff.steps.added) {
    if (steps.has(a.id))
      throw new ArgumentError(
        "diff.steps.added",
        `Expected step ${JSON.stringify(a.id)} (added by the diff) to be new, but ${base.id}@${base.version} already has it`,
      );
    steps.set(a.id, { ...a.step });
  }
  const order =
    diff.steps.order ??
    impliedOrder(
      base.steps.map((s) => s.id),
      diff.steps.removed,
      diff.steps.added,
    );
  const out: Record<string, unknown> = structuredClone({ ...base, steps: order.map((id) => steps.get(id)) as Step[] });
  for (const f of [...diff.plan, ...(diff.rewritten?.plan ?? [])]) {
    const keys = f.field.split(".");
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    const last = keys[keys.length - 1] as string;
    if (f.after === undefined) delete target[last];
    else target[last] = structuredClone(f.after);
  }
  return parsePlan(out);
}
