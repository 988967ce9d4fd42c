import { ArgumentError, checkShape, describeValue } from "../../errors/index.js";
import type { Plan, Step } from "../../plan/index.js";

/** What a step change is about. */
export type StepChangeKind = "timing" | "channel" | "condition" | "template" | "attempts" | "sla" | "mode" | "name";
/** What a plan-level change is about. */
export type PlanChangeKind = "windows" | "caps" | "presets" | "exits" | "channels" | "calendar" | "lint" | "settings";

/** One field that differs: absent `before` means added, absent `after` means removed. */
export interface FieldChange<K extends string = string> {
  /** The field: a step field (`at`, `channel`) or a plan path (`policies.caps`, `exits`). */
  readonly field: string;
  readonly kind: K;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A step only the new version has, and where it sits there. */
export interface AddedStep {
  readonly id: string;
  readonly index: number;
  readonly step: Step;
}

/** A step only the old version has. */
export interface RemovedStep {
  readonly id: string;
  readonly step: Step;
}

/** A step both versions have (same id) whose fields differ. */
export interface ChangedStep {
  readonly id: string;
  readonly changes: readonly FieldChange<StepChangeKind>[];
}

/**
 * The difference between two plan versions, by step id. JSON-serialisable: written out and read
 * back, `applyPlanDiff(from, diff)` gives `to`.
 */
export interface PlanDiff {
  readonly from: { readonly id: string; readonly version: number };
  readonly to: { readonly id: string; readonly version: number };
  readonly steps: {
    readonly added: readonly AddedStep[];
    readonly removed: readonly RemovedStep[];
    readonly changed: readonly ChangedStep[];
    /** The new version's step order, present only when adding and removing alone does not give it. */
    readonly order?: readonly string[];
  };
  /** Plan-level fields that differ (version, windows, caps, presets, exits, ...). */
  readonly plan: readonly FieldChange<PlanChangeKind>[];
  /** How many changes in all (rewrites not counted); `0` for identical plans and for plans that mean the same. */
  readonly changes: number;
  /**
   * Fields written differently that mean the same (a duration in other units, window days in
   * another order, a default written out): not changes, listed so that `applyPlanDiff` gives the
   * new version as written. Present only when there are some.
   */
  readonly rewritten?: {
    readonly steps: readonly ChangedStep[];
    readonly plan: readonly FieldChange<PlanChangeKind>[];
  };
}

/** Which kind each step field's change is. */
export const STEP_FIELD_KINDS: Readonly<Record<keyof Step, StepChangeKind>> = {
  id: "name",
  name: "name",
  channel: "channel",
  fallback: "channel",
  mode: "mode",
  template: "template",
  templateOutsideWindow: "template",
  category: "template",
  at: "timing",
  when: "condition",
  attempts: "attempts",
  sla: "sla",
};

/** Which kind each plan-level field's change is; `policies` is compared field by field. */
export const PLAN_FIELD_KINDS: Readonly<Record<string, PlanChangeKind>> = {
  "policies.windows": "windows",
  "policies.quietHours": "windows",
  "policies.caps": "caps",
  "policies.consentRequired": "channels",
  "policies.optOut": "channels",
  "policies.channels": "channels",
  "policies.whatsappTemplates": "channels",
  "policies.doNotCall": "channels",
  compliance: "presets",
  exits: "exits",
  holidays: "calendar",
  businessDays: "calendar",
  unknownZone: "calendar",
  timezone: "calendar",
  lint: "lint",
};

/** The plan-level field paths of a plan: top-level fields but `steps`, and `policies` field by field. */
export function planFields(plan: Plan): string[] {
  const out: string[] = [];
  for (const key of Object.keys(plan)) {
    if (key === "steps") continue;
    if (key === "policies") for (const p of Object.keys(plan.policies)) out.push(`policies.${p}`);
    else out.push(key);
  }
  return out;
}

/**
 * The check on a plan diff handed back to `formatPlanDiff` and `applyPlanDiff`: every part of the shape `diffPlans`
 * makes, each field change naming a step field or a plan path (`name`, `policies.caps`), so a diff read from a file
 * never reaches past the plan it applies to (`__proto__.x`, `constructor.prototype.x`).
 * @throws {ArgumentError} for anything but a diff from `diffPlans` (or a JSON copy of one), naming the part.
 */
export function checkPlanDiff(diff: unknown): asserts diff is PlanDiff {
  checkShape(diff, "diff", "a plan diff from diffPlans ({ from, to, steps, plan })", { from: "object", to: "object", steps: "object", plan: "array" });
  const d = diff as PlanDiff;
  checkShape(d.from, "diff.from", "a plan's id and version", { id: "string", version: "number" });
  checkShape(d.to, "diff.to", "a plan's id and version", { id: "string", version: "number" });
  const steps = d.steps;
  checkShape(steps, "diff.steps", "the steps added, removed and changed", { added: "array", removed: "array", changed: "array" });
  steps.added.forEach((a, i) =>
    checkShape(a, `diff.steps.added[${i}]`, "an added step ({ id, index, step })", { id: "string", index: "number", step: "object" }),
  );
  steps.removed.forEach((r, i) => checkShape(r, `diff.steps.removed[${i}]`, "a removed step ({ id, step })", { id: "string", step: "object" }));
  checkStepChanges(steps.changed, "diff.steps.changed");
  if (steps.order !== undefined && !(Array.isArray(steps.order) && steps.order.every((id) => typeof id === "string")))
    throw new ArgumentError("diff.steps.order", `Expected \`diff.steps.order\` to be an array of step ids, got ${describeValue(steps.order)}`);
  checkPlanChanges(d.plan, "diff.plan");
  if (d.rewritten !== undefined) {
    checkShape(d.rewritten, "diff.rewritten", "the fields written differently ({ steps, plan })", { steps: "array", plan: "array" });
    checkStepChanges(d.rewritten.steps, "diff.rewritten.steps");
    checkPlanChanges(d.rewritten.plan, "diff.rewritten.plan");
  }
}

function checkStepChanges(changed: readonly ChangedStep[], name: string): void {
  changed.forEach((c, i) => {
    checkShape(c, `${name}[${i}]`, "a changed step ({ id, changes })", { id: "string", changes: "array" });
    c.changes.forEach((f, j) => {
      const at = `${name}[${i}].changes[${j}]`;
      checkShape(f, at, "a field change ({ field, kind, before?, after? })", { field: "string", kind: "string" });
      if (!Object.hasOwn(STEP_FIELD_KINDS, f.field))
        throw new ArgumentError(
          `${at}.field`,
          `Expected \`${at}.field\` to be a step field (${Object.keys(STEP_FIELD_KINDS).join(", ")}), got ${describeValue(f.field)}`,
        );
    });
  });
}

/** A plan path: a top-level field but `steps`, or `policies.<field>`; no part names a prototype. */
function checkPlanChanges(changes: readonly FieldChange[], name: string): void {
  changes.forEach((f, i) => {
    const at = `${name}[${i}]`;
    checkShape(f, at, "a field change ({ field, kind, before?, after? })", { field: "string", kind: "string" });
    const parts = f.field.split(".");
    const ok =
      (parts.length === 1 || (parts.length === 2 && parts[0] === "policies")) && parts.every((p) => p !== "" && p !== "steps" && !PROTOTYPE_KEYS.has(p));
    if (!ok)
      throw new ArgumentError(
        `${at}.field`,
        `Expected \`${at}.field\` to be a plan field (\`name\`, \`exits\`) or a policy (\`policies.caps\`), got ${describeValue(f.field)}`,
      );
  });
}

/** Keys that reach an object's prototype or its constructor when written. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
