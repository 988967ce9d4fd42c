import { parsePlan, type Plan, type PlanInput, type Step } from "../../plan/index.js";
import { planFieldMeaning, readField, stepFieldMeaning } from "./fieldMeaning.js";
import { jsonEqual } from "./jsonEqual.js";
import {
  PLAN_FIELD_KINDS,
  STEP_FIELD_KINDS,
  planFields,
  type AddedStep,
  type ChangedStep,
  type FieldChange,
  type PlanChangeKind,
  type PlanDiff,
  type RemovedStep,
  type StepChangeKind,
} from "./planDiff.js";

/**
 * The difference between two versions of a plan, by step id: steps added, removed and changed
 * (timing, channel, condition, template, attempts, SLA, ...), and plan-level changes (windows,
 * caps, presets, exits, ...). Fields are compared by what they mean, not by how they are written:
 * defaults written out or left implicit, durations in other units, window days in another order,
 * spans split differently over the same minutes are not changes (they are listed in `rewritten`).
 * `diffPlans(a, a)` has no changes; `applyPlanDiff(a, diffPlans(a, b))` equals `b`.
 * @throws {PlanValidationError} when either plan is invalid.
 * @example console.log(formatPlanDiff(diffPlans(v1, v2)));
 */
export function diffPlans(from: Plan | PlanInput, to: Plan | PlanInput): PlanDiff {
  const a = parsePlan(from);
  const b = parsePlan(to);
  const before = new Map(a.steps.map((s) => [s.id, s]));
  const after = new Map(b.steps.map((s) => [s.id, s]));
  const added: AddedStep[] = [];
  const removed: RemovedStep[] = [];
  const changed: ChangedStep[] = [];
  const rewrittenSteps: ChangedStep[] = [];
  for (const [index, step] of b.steps.entries()) {
    const old = before.get(step.id);
    if (old === undefined) added.push({ id: step.id, index, step });
    else {
      const { changes, rewrites } = fieldChanges(old, step);
      if (changes.length > 0) changed.push({ id: step.id, changes });
      if (rewrites.length > 0) rewrittenSteps.push({ id: step.id, changes: rewrites });
    }
  }
  for (const step of a.steps) if (!after.has(step.id)) removed.push({ id: step.id, step });
  const order = b.steps.map((s) => s.id);
  const implied = impliedOrder(
    a.steps.map((s) => s.id),
    removed,
    added,
  );
  const plan: FieldChange<PlanChangeKind>[] = [];
  const rewrittenPlan: FieldChange<PlanChangeKind>[] = [];
  for (const field of [...new Set([...planFields(a), ...planFields(b)])]) {
    const x = readField(a, field);
    const y = readField(b, field);
    if (jsonEqual(x, y)) continue;
    const change = { field, kind: PLAN_FIELD_KINDS[field] ?? "settings", ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) };
    (jsonEqual(planFieldMeaning(a, field), planFieldMeaning(b, field)) ? rewrittenPlan : plan).push(change);
  }
  const reordered = !jsonEqual(order, implied);
  const rewritten = rewrittenSteps.length + rewrittenPlan.length > 0 ? { rewritten: { steps: rewrittenSteps, plan: rewrittenPlan } } : {};
  return {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    steps: { added, removed, changed, ...(reordered ? { order } : {}) },
    plan,
    changes: added.length + removed.length + changed.reduce((n, c) => n + c.changes.length, 0) + plan.length + (reordered ? 1 : 0),
    ...rewritten,
  };
}

/** The order the old ids give once `removed` are dropped and `added` inserted at their indexes. */
export function impliedOrder(ids: readonly string[], removed: readonly { id: string }[], added: readonly { id: string; index: number }[]): string[] {
  const gone = new Set(removed.map((r) => r.id));
  const out = ids.filter((id) => !gone.has(id));
  for (const a of [...added].sort((x, y) => x.index - y.index)) out.splice(Math.min(a.index, out.length), 0, a.id);
  return out;
}

/** The fields of a step that differ: in meaning (`changes`), or only as written (`rewrites`). */
function fieldChanges(a: Step, b: Step): { changes: FieldChange<StepChangeKind>[]; rewrites: FieldChange<StepChangeKind>[] } {
  const changes: FieldChange<StepChangeKind>[] = [];
  const rewrites: FieldChange<StepChangeKind>[] = [];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof Step)[];
  for (const field of fields) {
    const x = a[field];
    const y = b[field];
    if (jsonEqual(x, y)) continue;
    const change = { field, kind: STEP_FIELD_KINDS[field] ?? "name", ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) };
    (jsonEqual(stepFieldMeaning(a, field), stepFieldMeaning(b, field)) ? rewrites : changes).push(change);
  }
  return { changes, rewrites };
}
