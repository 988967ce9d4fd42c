import type { Plan } from "../../plan/index.js";
import type { FindingSeverity, RawFinding } from "./finding.js";
import type { PlanProbe } from "./probe.js";

/** Numbers the rules compare against; each has a default documented in docs/lint.md. */
export interface LintThresholds {
  /** More touches than this on one lead-local day is a finding. @default 4 */
  readonly maxTouchesPerDay?: number;
  /** Call attempts closer than this many minutes. @default 10 */
  readonly minCallSpacingMinutes?: number;
  /** First touch of an inbound-lead plan later than this many minutes. @default 5 */
  readonly speedToLeadMinutes?: number;
  /** A gap between two touches longer than this many days. @default 7 */
  readonly maxGapDays?: number;
  /** A step windows always hold back longer than this many hours. @default 12 */
  readonly maxWindowDeferralHours?: number;
  /** Total call attempts (lead never answers) outside this range. @default [6, 8] */
  readonly callAttempts?: readonly [number, number];
}

/** What the plan is for, which some rules depend on. */
export interface PlanProfile {
  /** Answers new inbound leads: speed to lead applies. */
  readonly inbound: boolean;
  /** Business contacts: weekends and holidays are off limits. */
  readonly b2b: boolean;
  /** Countries (ISO alpha-2, upper case) the plan's leads live in. */
  readonly countries: readonly string[];
}

/** What a rule reads. */
export interface RuleContext {
  readonly plan: Plan;
  readonly probe: PlanProbe;
  readonly thresholds: Required<LintThresholds>;
  readonly profile: PlanProfile;
}

/** A lint rule: its identity, why it exists and where that comes from, and its check. */
export interface LintRule {
  /** Stable kebab-case id, used in settings, suppressions and SARIF. */
  readonly id: string;
  /** One line: what the rule finds. */
  readonly title: string;
  /** One line: why it matters. */
  readonly rationale: string;
  /** Where the rationale comes from (a study, a regulation, a platform's rules, practice). */
  readonly source: string;
  readonly defaultSeverity: FindingSeverity;
  check(context: RuleContext): RawFinding[];
}

/** Milliseconds per minute, hour and day, for thresholds. */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The path of a step in the plan document. */
export function stepPath(plan: Plan, stepId: string, ...rest: (string | number)[]): (string | number)[] {
  const index = plan.steps.findIndex((s) => s.id === stepId);
  return index === -1 ? ["steps"] : ["steps", index, ...rest];
}
