import { ArgumentError, checkShape, describeValue, formatPath } from "../../errors/index.js";
import { parsePlan, safeParsePlan, type LintSettings, type LintSeverity, type LintSuppression, type Plan, type PlanInput } from "../../plan/index.js";
import { isExactDuration, parseDuration } from "../../primitives/duration.js";
import type { EvaluateOptions } from "../../schedule/index.js";
import type { LintFinding } from "./finding.js";
import { LINT_SIMULATION_BUDGET, PlanProbe, type LintGrid } from "./probe.js";
import type { LintRule, LintThresholds, PlanProfile } from "./rule.js";
import { LINT_RULES } from "./rules/index.js";

/** Options for {@link lintPlan}: the project-wide settings (a config file); the plan's own `lint` section wins over them. */
export interface LintOptions extends Omit<LintSettings, "rules" | "suppress"> {
  /** Severity per rule id (`off`, `warn`, `error`). */
  readonly rules?: Readonly<Record<string, LintSeverity>>;
  /** Suppressions, each with a reason; added to the plan's own. */
  readonly suppress?: readonly LintSuppression[];
  readonly thresholds?: LintThresholds;
  /** Where and when simulated leads are enrolled. */
  readonly grid?: LintGrid;
  /** Custom condition rules the plan names, as for `evaluate`. */
  readonly predicates?: EvaluateOptions["rules"];
}

/** What {@link lintPlan} returns: findings in rule order, and counts of those not suppressed. */
export interface LintReport {
  readonly planId: string;
  readonly planVersion: number;
  readonly findings: readonly LintFinding[];
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  /** The plan profile the rules used (given or guessed). */
  readonly profile: PlanProfile;
  /** What lint did not look at, one sentence each (a long plan simulates part of the grid: `LINT_SIMULATION_BUDGET`); empty when it looked at everything. */
  readonly notes: readonly string[];
}

const DEFAULT_THRESHOLDS: Required<LintThresholds> = {
  maxTouchesPerDay: 4,
  minCallSpacingMinutes: 10,
  speedToLeadMinutes: 5,
  maxGapDays: 7,
  maxWindowDeferralHours: 12,
  callAttempts: [6, 8],
};

/**
 * Checks a plan for the mistakes sales teams make when they edit cadences: missing exits, too many
 * touches, calls at night, slow first touches, dead steps, caps and windows that reshape the plan.
 * Most rules simulate the plan (`simulate`) over a grid of enrolment instants, zones and lead
 * responses; each finding carries the simulated evidence. Pure: no clock, no I/O.
 *
 * Settings: defaults, then `options` (a project config), then the plan's own `lint` section.
 * @throws {PlanValidationError} for an invalid plan; {@link ArgumentError} for an unknown rule id or bad options.
 * @example
 * const report = lintPlan(plan);
 * for (const f of report.findings) console.log(f.severity, f.rule, f.message);
 */
export function lintPlan(plan: Plan | PlanInput, options: LintOptions = {}): LintReport {
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object, got ${describeValue(options)}`);
  const parsed = parsePlan(plan, options.predicates === undefined ? {} : { rules: options.predicates });
  if (options.predicates === undefined) checkNoRuleNamed(parsed);
  const own = parsed.lint ?? {};
  const severities = { ...checkedSeverities(options.rules, "options.rules"), ...checkedSeverities(own.rules, "plan.lint.rules") };
  const suppressions = [...checkedSuppressions(options.suppress, "options.suppress"), ...checkedSuppressions(own.suppress, "plan.lint.suppress")];
  const thresholds = { ...DEFAULT_THRESHOLDS, ...checkedThresholds(options.thresholds, "options.thresholds") };
  const profile = planProfile(parsed, { ...checkedProfile(options), ...own });
  if (options.grid !== undefined) checkShape(options.grid, "options.grid", "an object of grid settings (zones, hours, week, horizon)");
  const probe = new PlanProbe(parsed, options.grid ?? {}, options.predicates === undefined ? {} : { rules: options.predicates });
  const findings: LintFinding[] = [];
  for (const rule of LINT_RULES) {
    const severity = severities[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    for (const raw of rule.check({ plan: parsed, probe, thresholds, profile })) {
      const hit = suppressions.find((s) => s.rule === rule.id && (s.step === undefined || s.step === raw.stepId));
      findings.push({
        rule: rule.id,
        severity,
        ...(raw.stepId === undefined ? {} : { stepId: raw.stepId }),
        message: raw.message,
        evidence: raw.evidence,
        path: raw.path ?? [],
        ...(hit === undefined ? {} : { suppressed: { reason: hit.reason } }),
      });
    }
  }
  const active = findings.filter((f) => f.suppressed === undefined);
  return {
    planId: parsed.id,
    planVersion: parsed.version,
    findings,
    errors: active.filter((f) => f.severity === "error").length,
    warnings: active.filter((f) => f.severity === "warn").length,
    suppressed: findings.length - active.length,
    profile,
    notes: probe.omitted === 0 ? [] : [probeNote(probe, parsed.steps.length)],
  };
}

/** What a thinned grid left out. */
function probeNote(probe: PlanProbe, steps: number): string {
  const of = probe.grid.length + probe.omitted;
  return `The plan has ${steps} steps: lint simulated ${probe.grid.length} of ${of} leads of its grid (the simulation budget is ${LINT_SIMULATION_BUDGET} leads × steps); findings may miss what only the other ${probe.omitted} would show`;
}

/** The rule with this id, for documentation and reports. */
export function lintRule(id: string): LintRule | undefined {
  return LINT_RULES.find((r) => r.id === id);
}

/**
 * What kind of plan this is, when not told: inbound when its earliest step counts from enrolment
 * with a delay of at most an hour; B2B when it uses business days; countries from its holidays and
 * its compliance presets.
 */
function planProfile(plan: Plan, given: Pick<LintSettings, "inbound" | "b2b" | "countries">): PlanProfile {
  // The earliest delay from enrolment of the steps that count from it, wherever the plan lists them.
  let fromEnrolment = Infinity;
  for (const s of plan.steps) if (s.at.from === undefined && "after" in s.at) fromEnrolment = Math.min(fromEnrolment, durationMs(s.at.after) ?? Infinity);
  const inbound = given.inbound ?? fromEnrolment <= 3_600_000;
  const b2b = given.b2b ?? (plan.businessDays !== undefined || plan.steps.some((s) => "businessDays" in s.at));
  const countries = new Set(given.countries ?? []);
  if (plan.holidays?.country !== undefined) countries.add(plan.holidays.country.toUpperCase());
  // Every preset id starts with its country's code: `us-federal`, `nl-telemarketing`, `be`.
  for (const preset of plan.compliance ?? []) countries.add((preset.split("-")[0] as string).toUpperCase());
  return { inbound, b2b, countries: [...countries].sort() };
}

/** Exact length of a duration without calendar units; `undefined` for `P1D` and the like. */
function durationMs(text: string): number | undefined {
  const parts = parseDuration(text);
  return parts !== undefined && isExactDuration(parts) ? parts.exactMs : undefined;
}

/**
 * Without `predicates`, a plan naming a custom rule cannot be simulated. Said here, naming lintPlan's own
 * option: `evaluate`'s error would say to pass `rules`, which lintPlan reads as severities.
 */
function checkNoRuleNamed(plan: Plan): void {
  const named = safeParsePlan(plan, { rules: [] });
  if (named.success) return;
  const issue = named.issues.find((i) => i.code === "unknown_rule");
  if (issue === undefined) return;
  // An unknown_rule issue receives the rule's name as JSON text.
  const name = JSON.parse(issue.received as string) as string;
  throw new ArgumentError(
    "options.predicates",
    `The plan uses rule ${JSON.stringify(name)} (at ${formatPath(issue.path)}) but no predicates were passed; pass { predicates: { ${name}: (lead) => boolean } } (lintPlan's \`rules\` set the lint rules' severities)`,
  );
}

function checkedSeverities(map: Readonly<Record<string, LintSeverity>> | undefined, where: string): Record<string, LintSeverity> {
  if (map === undefined) return {};
  if (map === null || typeof map !== "object")
    throw new ArgumentError(where, `Expected \`${where}\` to be an object of rule id → "off" | "warn" | "error", got ${describeValue(map)}`);
  for (const [id, severity] of Object.entries(map)) {
    if (lintRule(id) === undefined)
      throw new ArgumentError(
        `${where}.${id}`,
        `Expected a lint rule id in \`${where}\`, got ${JSON.stringify(id)}; rules: ${LINT_RULES.map((r) => r.id).join(", ")}`,
      );
    if (severity !== "off" && severity !== "warn" && severity !== "error")
      throw new ArgumentError(`${where}.${id}`, `Expected \`${where}.${id}\` to be "off", "warn" or "error", got ${describeValue(severity)}`);
  }
  return { ...map };
}

/** The options' plan profile settings, checked as the plan's own `lint` section is by its schema. */
function checkedProfile(options: LintOptions): Pick<LintSettings, "inbound" | "b2b" | "countries"> {
  for (const key of ["inbound", "b2b"] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== "boolean")
      throw new ArgumentError(`options.${key}`, `Expected \`options.${key}\` to be true or false, got ${describeValue(value)}`);
  }
  const countries: unknown = options.countries;
  if (countries !== undefined && !Array.isArray(countries))
    throw new ArgumentError("options.countries", `Expected \`options.countries\` to be a list of country codes like ["US"], got ${describeValue(countries)}`);
  for (const [i, code] of (countries ?? []).entries()) {
    if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code))
      throw new ArgumentError(
        `options.countries[${i}]`,
        `Expected \`options.countries[${i}]\` to be an upper-case ISO 3166-1 alpha-2 country code like "US", got ${describeValue(code)}`,
      );
  }
  return options;
}

function checkedThresholds(thresholds: LintThresholds | undefined, where: string): LintThresholds {
  if (thresholds === undefined) return {};
  if (thresholds === null || typeof thresholds !== "object" || Array.isArray(thresholds))
    throw new ArgumentError(where, `Expected \`${where}\` to be an object of threshold name → number, got ${describeValue(thresholds)}`);
  for (const [name, value] of Object.entries(thresholds) as [string, unknown][]) {
    const at = `${where}.${name}`;
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, name))
      throw new ArgumentError(
        at,
        `Expected a threshold name in \`${where}\`, got ${JSON.stringify(name)}; thresholds: ${Object.keys(DEFAULT_THRESHOLDS).join(", ")}`,
      );
    const number = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x >= 0;
    if (name === "callAttempts") {
      if (!Array.isArray(value) || value.length !== 2 || !value.every(number) || (value[0] as number) > (value[1] as number))
        throw new ArgumentError(at, `Expected \`${at}\` to be a range [low, high] of attempts (low ≤ high), got ${describeValue(value)}`);
    } else if (!number(value)) throw new ArgumentError(at, `Expected \`${at}\` to be a number ≥ 0, got ${describeValue(value)}`);
  }
  return thresholds;
}

function checkedSuppressions(list: readonly LintSuppression[] | undefined, where: string): readonly LintSuppression[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new ArgumentError(where, `Expected \`${where}\` to be an array of { rule, step?, reason }, got ${describeValue(list)}`);
  for (const [i, s] of list.entries()) {
    if (s === null || typeof s !== "object" || lintRule(s.rule) === undefined)
      throw new ArgumentError(
        `${where}[${i}].rule`,
        `Expected a lint rule id, got ${describeValue((s as { rule?: unknown } | null)?.rule)}; rules: ${LINT_RULES.map((r) => r.id).join(", ")}`,
      );
    if (typeof s.reason !== "string" || s.reason.trim() === "")
      throw new ArgumentError(`${where}[${i}].reason`, `Expected a reason for suppressing ${s.rule}, got ${JSON.stringify(s.reason)}`);
  }
  return list;
}
