import { parseInstant } from "../../primitives/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { canonicalZone, fromLocalMs } from "../../calendar/index.js";
import type { LeadInput } from "../../lead/index.js";
import type { CompliancePresetId, Plan } from "../../plan/index.js";
import type { EvaluateOptions } from "../../schedule/index.js";
import { reachableLeadData } from "../simulatedLead.js";
import { respond, simulate, type Responder, type Timeline, type TimelineEntry } from "../../testing/index.js";
import { durationAfter } from "../../testing/relativeInstant.js";

/** One simulated enrolment: the lead's zone, when it arrived, its local weekday (0 = Monday) and hour. */
export interface GridPoint {
  readonly zone: string;
  readonly enrolledAt: number;
  readonly weekday: number;
  readonly hour: number;
  readonly lead: LeadInput;
}

/** A grid point and the timeline the plan gives it. */
export interface ProbeRun {
  readonly point: GridPoint;
  readonly timeline: Timeline;
}

/** Where and when the linter enrols its simulated leads. */
export interface LintGrid {
  /** Lead zones. @default the plan's zone and Asia/Kolkata (no DST, a half-hour offset) */
  readonly zones?: readonly string[];
  /** Lead-local enrolment hours (fractions are minutes: 9.5 is 09:30), on each day of the week. @default [3, 9.5, 13, 17.75, 22] */
  readonly hours?: readonly number[];
  /** The Monday (`YYYY-MM-DD`, lead-local) of the simulated week. @default "2026-06-08" (no DST change nearby) */
  readonly week?: string;
  /** How long each simulated lead is followed. @default "P90D" */
  readonly horizon?: string;
}

/**
 * How much simulation lint spends on its grid, in simulated leads times plan steps: a simulation's
 * cost grows with the square of the step count (each `evaluate` reads every step, and the number of
 * evaluations grows with the steps), so a generated plan of 1,000 steps over the whole grid took
 * minutes. A plan of up to 50 steps simulates the whole default grid (70 leads); a longer one a
 * subset of it (the midday leads first, then spread over the grid, at least 2), and the report
 * notes how many leads were left out.
 */
export const LINT_SIMULATION_BUDGET = 3_500;
const MIN_SIMULATED_LEADS = 2;

const DEFAULT_HOURS = [3, 9.5, 13, 17.75, 22];
const DEFAULT_WEEK = "2026-06-08";
const DAY = 86_400_000;

/** A grid list, or its default. @throws {ArgumentError} for anything but a non-empty array (an empty grid simulates nothing, and every step looks unreachable). */
function gridList<T>(value: readonly T[] | undefined, name: string, fallback: readonly T[]): readonly T[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0)
    throw new ArgumentError(`grid.${name}`, `Expected \`grid.${name}\` to be a non-empty list, got ${describeValue(value)}`);
  return value;
}

/** @throws {ArgumentError} for a zone the zone tables do not know (it would reach them unchecked). */
function gridZone(zone: unknown, i: number): string {
  const canonical = typeof zone === "string" ? canonicalZone(zone) : undefined;
  if (canonical === undefined) throw new ArgumentError(`grid.zones[${i}]`, `Expected \`grid.zones[${i}]\` to be an IANA zone, got ${describeValue(zone)}`);
  return canonical;
}

/** @throws {ArgumentError} for an hour off the clock (a lead-local hour is 0 to 24, 24 excluded). */
function gridHour(hour: unknown, i: number): number {
  if (typeof hour !== "number" || !(hour >= 0 && hour < 24))
    throw new ArgumentError(`grid.hours[${i}]`, `Expected \`grid.hours[${i}]\` to be a lead-local hour from 0 to 24 (24 excluded), got ${describeValue(hour)}`);
  return hour;
}

/** The settings of a lint grid. */
const GRID_KEYS: readonly string[] = ["zones", "hours", "week", "horizon"];

/**
 * Simulations of one plan over a grid of enrolment instants and zones, computed on first use and
 * shared by every rule. Simulated leads have every contact the plan's channels use and granted
 * consent on each, so what the simulation shows comes from the plan, not from the lead.
 */
export class PlanProbe {
  readonly plan: Plan;
  readonly horizon: string;
  readonly #options: EvaluateOptions;
  readonly #grid: readonly GridPoint[];
  readonly #midday: readonly GridPoint[];
  /** Grid points left out to stay within {@link LINT_SIMULATION_BUDGET}; 0 when the whole grid is simulated. */
  readonly omitted: number;
  readonly #cache = new Map<string, readonly ProbeRun[]>();

  constructor(plan: Plan, grid: LintGrid, options: EvaluateOptions) {
    this.plan = plan;
    this.#options = options;
    // A misspelt setting would leave the default grid in its place, silently.
    const unknown = Object.keys(grid).find((k) => !GRID_KEYS.includes(k));
    if (unknown !== undefined)
      throw new ArgumentError(
        `grid.${unknown}`,
        `Expected no \`grid.${unknown}\` (grid settings: ${GRID_KEYS.join(", ")}), got ${describeValue(grid[unknown as keyof LintGrid])}`,
      );
    this.horizon = grid.horizon ?? "P90D";
    const zones = [...new Set(gridList(grid.zones, "zones", [plan.timezone, "Asia/Kolkata"]).map((z, i) => gridZone(z, i)))];
    const hours = gridList(grid.hours, "hours", DEFAULT_HOURS).map((h, i) => gridHour(h, i));
    const week = parseInstant(`${grid.week ?? DEFAULT_WEEK}T00:00:00Z`);
    if (week === undefined) throw new ArgumentError("grid.week", `Expected \`grid.week\` to be a date "YYYY-MM-DD", got ${describeValue(grid.week)}`);
    durationAfter(this.horizon, "grid.horizon", zones[0] as string, week);
    const base = reachableLeadData(plan);
    const points: GridPoint[] = [];
    let n = 0;
    for (const zone of zones) {
      for (let day = 0; day < 7; day++) {
        for (const hour of hours) {
          const enrolledAt = fromLocalMs(zone, week + day * DAY + Math.round(hour * 60) * 60_000);
          points.push({
            zone,
            enrolledAt,
            weekday: day,
            hour,
            lead: { ...base, id: `lint-${n++}`, timezone: zone, enrolledAt: new Date(enrolledAt).toISOString() },
          });
        }
      }
    }
    const full = middayOf(points);
    const leads = Math.max(MIN_SIMULATED_LEADS, Math.floor(LINT_SIMULATION_BUDGET / Math.max(1, plan.steps.length)));
    this.#grid = leads >= points.length ? points : thinned(points, full, leads);
    this.#midday = full.filter((p) => this.#grid.includes(p));
    this.omitted = points.length - this.#grid.length;
  }

  /** Every grid point. */
  get grid(): readonly GridPoint[] {
    return this.#grid;
  }

  /** A few typical arrivals: weekdays (Tue, Wed, Thu) around 13:00 lead-local, in every zone (those of the simulated grid). */
  get midday(): readonly GridPoint[] {
    return this.#midday;
  }

  /** The plan over the whole grid for a lead who never answers. */
  get base(): readonly ProbeRun[] {
    return this.runs("base", this.#grid, respond.never());
  }

  /** The base runs of `points` (a subset of the grid). */
  baseAt(points: readonly GridPoint[]): readonly ProbeRun[] {
    const ids = new Set(points.map((p) => p.lead.id));
    return this.base.filter((r) => ids.has(r.point.lead.id));
  }

  /**
   * The plan over `points` with `responder`, optionally another lead and extra presets; memoised
   * under `key`.
   */
  runs(
    key: string,
    points: readonly GridPoint[],
    responder: Responder,
    change?: { lead?: (lead: LeadInput) => LeadInput; presets?: readonly CompliancePresetId[] },
  ): readonly ProbeRun[] {
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    const runs = points.map((point) => {
      const lead = change?.lead === undefined ? point.lead : change.lead(point.lead);
      const timeline = simulate(this.plan, lead, {
        until: this.horizon,
        responder,
        ...(this.#options.rules === undefined ? {} : { rules: this.#options.rules }),
        ...(change?.presets === undefined ? {} : { presets: change.presets }),
      });
      return { point: { ...point, lead }, timeline };
    });
    this.#cache.set(key, runs);
    return runs;
  }
}

/** The typical arrivals of a grid: weekdays (Tue, Wed, Thu) at the grid hour closest to 13:00. */
function middayOf(points: readonly GridPoint[]): GridPoint[] {
  const hour = closest(
    points.map((p) => p.hour),
    13,
  );
  return points.filter((p) => p.weekday >= 1 && p.weekday <= 3 && p.hour === hour);
}

/** `count` of `points`: the midday ones first (rules look at them), then others spread evenly over the grid, in grid order. */
function thinned(points: readonly GridPoint[], midday: readonly GridPoint[], count: number): GridPoint[] {
  const kept = new Set(midday.slice(0, count));
  const rest = points.filter((p) => !kept.has(p));
  const more = count - kept.size;
  for (let i = 0; i < more; i++) kept.add(rest[Math.floor((i * rest.length) / more)] as GridPoint);
  return points.filter((p) => kept.has(p));
}

function closest(values: readonly number[], target: number): number {
  let best = values[0] ?? target;
  for (const v of values) if (Math.abs(v - target) < Math.abs(best - target)) best = v;
  return best;
}

/** A timeline entry as one short line for evidence. */
export function entryLine(entry: TimelineEntry): string {
  switch (entry.kind) {
    case "touch":
      return `${entry.local}  touch ${entry.stepId} #${entry.attempt} ${entry.channel}${entry.fallbackFrom === undefined ? "" : ` (instead of ${entry.fallbackFrom})`}`;
    case "deferral":
      return `${entry.local}  ${entry.stepId} held by ${entry.reason} until ${entry.untilLocal}`;
    case "skip":
      return `${entry.local}  skip ${entry.stepId}: ${entry.reason}`;
    case "lead":
      return `${entry.local}  lead ${entry.event.type}${"channel" in entry.event ? ` on ${entry.event.channel}` : ""}`;
    case "exit":
      return `${entry.local}  exit: ${entry.reason}`;
    case "outcome":
      return `${entry.local}  outcome ${entry.stepId}: ${entry.outcome}`;
    case "escalation":
      return `${entry.local}  escalation ${entry.stepId} #${entry.attempt} level ${entry.level} on ${entry.channel}`;
  }
}

/** The example part of evidence for one run, with the lines `pick` keeps (all when omitted). */
export function example(run: ProbeRun, pick?: (entry: TimelineEntry) => boolean): { zone: string; enrolledAt: string; lines: string[] } {
  const entries = pick === undefined ? run.timeline.entries : run.timeline.entries.filter(pick);
  return { zone: run.point.zone, enrolledAt: run.timeline.fromLocal, lines: entries.slice(0, 12).map(entryLine) };
}
