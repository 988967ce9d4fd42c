import type * as z from "zod/mini";
import { unwrapSchema } from "../primitives/index.js";
import { ClosureRule, HolidaysRule } from "./calendarRules.js";
import { AttributeCondition, Condition, ConsentCondition, HasContactCondition, OutcomeCondition, RuleCondition } from "./condition.js";
import type { PlanDescriptionKey } from "./descriptions.js";
import { DoNotCallExemption, DoNotCallRegistryRule, DoNotCallRules } from "./doNotCall.js";
import { Exit } from "./exit.js";
import { LintSettings, LintSuppression } from "./lintSettings.js";
import { PlanSchema } from "./plan.js";
import { Cap, ChannelSettings, Policies, QuietHours, WindowRule } from "./policies.js";
import { Attempts, EscalationLevel, Step, StepSla } from "./step.js";
import { AfterTiming, Anchor, BusinessDaysTiming, DaysTiming, RecurrenceTiming } from "./timing.js";
import { TemplateDeliveryRule, WhatsAppTemplateRules } from "./whatsappTemplates.js";

type Schema = z.core.$ZodType;
/** The schema a key's path starts from: its first segment (`Step` of `Step.attempts`). */
type RootName<K extends string> = K extends `${infer Root}.${string}` ? Root : K;

// Exactly the first segments of the keys (the compiler refuses one missing or one too many).
const ROOTS = {
  ClosureRule,
  HolidaysRule,
  OutcomeCondition,
  AttributeCondition,
  HasContactCondition,
  ConsentCondition,
  RuleCondition,
  Condition,
  DoNotCallExemption,
  DoNotCallRegistryRule,
  DoNotCallRules,
  Exit,
  LintSuppression,
  LintSettings,
  Plan: PlanSchema,
  WindowRule,
  QuietHours,
  Cap,
  ChannelSettings,
  Policies,
  Attempts,
  EscalationLevel,
  StepSla,
  Step,
  Anchor,
  AfterTiming,
  DaysTiming,
  RecurrenceTiming,
  BusinessDaysTiming,
  TemplateDeliveryRule,
  WhatsAppTemplateRules,
} satisfies Record<RootName<PlanDescriptionKey>, object>;

/**
 * The schema object a description of the plan format describes, found by its key, a path from a
 * named schema (`descriptions.ts`): each further segment is a field of an object (`Step.attempts`),
 * looked up through `optional`, `default` and `lazy` (`Plan.reenrollment.after`); in a union it is the
 * member whose literal it is (`Exit.reply`, then `.on`), or else the field of the one member that has it
 * (`Condition.all`). These are the objects `parsePlan` validates with: no schema on the `evaluate` path
 * names its documentation. Throws when the path leads to no schema or, in a union, to more than one.
 */
export function planDescriptionTarget(key: string): Schema {
  const [root = "", ...path] = key.split(".");
  const start: object | undefined = (ROOTS as Readonly<Record<string, object>>)[root];
  if (start === undefined) throw new Error(`Plan description ${key}: no schema named ${root}`);
  return path.reduce((schema, segment) => child(schema, segment, key), unwrapSchema(start) as Schema);
}

/** Every description's schema, by key, in the order of `keys`. */
export function planDescriptionTargets(keys: readonly PlanDescriptionKey[]): Map<PlanDescriptionKey, Schema> {
  return new Map(keys.map((key) => [key, planDescriptionTarget(key)]));
}

/** The shapes of the definitions the paths go through; any other schema ends a path. */
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly options?: readonly Schema[];
}

const def = (schema: Schema): Def => schema._zod.def as unknown as Def;

function child(schema: Schema, segment: string, key: string): Schema {
  const { type, innerType, shape, options } = def(schema);
  if (innerType !== undefined && (type === "optional" || type === "default")) return child(innerType, segment, key);
  // A lazy schema's inner one is built once and kept: its `getter` would build another.
  if (type === "lazy") return child((schema as z.core.$ZodLazy)._zod.innerType, segment, key);
  const field = shape?.[segment];
  if (field !== undefined) return field;
  if (options !== undefined) {
    const byLiteral = options.filter((member) => Object.values(def(member).shape ?? {}).some((value) => literals(value).includes(segment)));
    const found = byLiteral.length > 0 ? byLiteral : options.flatMap((member) => def(member).shape?.[segment] ?? []);
    if (found.length === 1 && found[0] !== undefined) return found[0];
    throw new Error(`Plan description ${key}: ${found.length} members of a union match ${segment}`);
  }
  throw new Error(`Plan description ${key}: no ${segment} in a schema of type ${type}`);
}

/** The values of a literal schema; none for any other. */
const literals = (schema: Schema): unknown[] => (def(schema).type === "literal" ? [...((schema as z.core.$ZodLiteral)._zod.values ?? [])] : []);
