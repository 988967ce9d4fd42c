import { INSTANT_RANGE, inInstantRange, instantMs, parseInstant } from "../../primitives/index.js";
import { canonicalZone, fromLocalMs, minuteOfDay, toLocalMs, weekdayOfLocal } from "../../calendar/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { parseLead, type LeadInput } from "../../lead/index.js";
import { parsePlan, type Plan, type PlanInput } from "../../plan/index.js";
import type { EvaluateOptions } from "../../schedule/index.js";
import { fnv1a, mulberry32, simulate, type Responder, type Timeline } from "../../testing/index.js";
import { seedState } from "../../testing/prng.js";
import { reachableLeadData } from "../simulatedLead.js";
import { DEFAULT_RESPONSE_MODEL } from "./defaultResponseModel.js";
import { channelResponse, checkResponseModel, reachProbability, type ResponseModel } from "./responseModel.js";

/** A synthetic population: `size` leads arriving uniformly over `spreadDays` from `start`, spread over `zones`. */
export interface Population {
  readonly size: number;
  /** @default the plan's zone */
  readonly zones?: readonly string[];
  /** Lead-local date (`YYYY-MM-DD`) of the first arrivals. @default "2026-06-08" (a Monday far from DST changes) */
  readonly start?: string;
  /** @default 7 */
  readonly spreadDays?: number;
}

/** Options for {@link forecast}. Give `leads` (a sample of real leads) or `population`. */
export interface ForecastOptions {
  readonly leads?: readonly LeadInput[];
  readonly population?: Population;
  /** @default DEFAULT_RESPONSE_MODEL (baselines are placeholders) */
  readonly model?: ResponseModel;
  /** Monte-Carlo runs over the whole sample. @default 100 */
  readonly runs?: number;
  /** Any safe integer (every bit counts); the same seed gives the same forecast on every machine and host zone. @default 1 */
  readonly seed?: number;
  /** How long each lead is followed. @default "P30D" */
  readonly until?: string;
  /** Custom condition rules the plan names. */
  readonly rules?: EvaluateOptions["rules"];
  /** Called after each simulated lead, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A point estimate with its 95 % Monte-Carlo interval (2.5th and 97.5th percentile over runs). */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** What {@link forecast} returns. */
export interface Forecast {
  readonly planId: string;
  readonly planVersion: number;
  readonly leads: number;
  readonly runs: number;
  readonly seed: number;
  readonly until: string;
  readonly model: string;
  /** Share of leads reached at least once. */
  readonly reach: Estimate;
  /** Per step, in plan order: share of leads first reached by this step, and reached by this step or an earlier one. */
  readonly byStep: readonly { readonly stepId: string; readonly channel: string; readonly firstReach: Estimate; readonly cumulative: Estimate }[];
  /** Minutes from arrival to first contact, among reached leads (`null` when none is reached). */
  readonly timeToFirstContact: { readonly median: Estimate; readonly p90: Estimate } | null;
  readonly touchesPerLead: Estimate;
}

/**
 * Forecasts what a plan reaches: Monte-Carlo over `simulate`, where a seeded responder reaches the
 * lead with the probability the response model gives each touch (time since arrival, attempt,
 * lead-local hour and weekday). A reached call or video is `connected`, a reached message
 * `replied`; the plan's exits then apply. Pure and deterministic for a seed: no clock, no
 * `Math.random`, no host zone.
 * @throws {PlanValidationError} for an invalid plan; {@link ArgumentError} for bad options.
 * @example forecast(plan, { population: { size: 200 }, runs: 50, seed: 7 }).reach // { value: 0.41, low: 0.37, high: 0.45 }
 */
export function forecast(plan: Plan | PlanInput, options: ForecastOptions): Forecast {
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object with \`leads\` or \`population\`, got ${describeValue(options)}`);
  const parsed = parsePlan(plan, options.rules === undefined ? {} : { rules: options.rules });
  const model = options.model === undefined ? DEFAULT_RESPONSE_MODEL : checkResponseModel(options.model, "options.model");
  const runs = options.runs ?? 100;
  const seed = options.seed ?? 1;
  const until = options.until ?? "P30D";
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000)
    throw new ArgumentError("options.runs", `Expected \`options.runs\` to be an integer from 1 to 100000, got ${String(runs)}`);
  if (options.onProgress !== undefined && typeof options.onProgress !== "function")
    throw new ArgumentError("options.onProgress", `Expected \`options.onProgress\` to be a function (done, total), got ${describeValue(options.onProgress)}`);
  const state = seedState(seed, "options.seed");
  const leads = sample(parsed, options, state);
  const total = runs * leads.length;
  const steps = parsed.steps.map((s) => s.id);
  const perRun = {
    reach: [] as number[],
    touches: [] as number[],
    median: [] as number[],
    p90: [] as number[],
    first: steps.map(() => [] as number[]),
    cumulative: steps.map(() => [] as number[]),
  };
  const allTimes: number[] = [];
  let done = 0;
  for (let run = 0; run < runs; run++) {
    const responder = modelResponder(model, seed, run);
    let reached = 0;
    let touches = 0;
    const times: number[] = [];
    const firstBy = steps.map(() => 0);
    for (const lead of leads) {
      const timeline = simulate(parsed, lead, { until, responder, ...(options.rules === undefined ? {} : { rules: options.rules }) });
      touches += timeline.touches.length;
      const hit = firstReach(timeline);
      if (hit !== undefined) {
        reached++;
        times.push(hit.minutes);
        const i = steps.indexOf(hit.stepId);
        if (i >= 0) firstBy[i] = (firstBy[i] as number) + 1;
      }
      options.onProgress?.(++done, total);
    }
    const n = leads.length;
    perRun.reach.push(reached / n);
    perRun.touches.push(touches / n);
    let cum = 0;
    for (let i = 0; i < steps.length; i++) {
      cum += firstBy[i] as number;
      (perRun.first[i] as number[]).push((firstBy[i] as number) / n);
      (perRun.cumulative[i] as number[]).push(cum / n);
    }
    if (times.length > 0) {
      times.sort((a, b) => a - b);
      perRun.median.push(quantile(times, 0.5));
      perRun.p90.push(quantile(times, 0.9));
      allTimes.push(...times);
    }
  }
  allTimes.sort((a, b) => a - b);
  return {
    planId: parsed.id,
    planVersion: parsed.version,
    leads: leads.length,
    runs,
    seed,
    until,
    model: model.source,
    reach: estimate(perRun.reach),
    byStep: parsed.steps.map((s, i) => ({
      stepId: s.id,
      channel: s.channel,
      firstReach: estimate(perRun.first[i] as number[]),
      cumulative: estimate(perRun.cumulative[i] as number[]),
    })),
    timeToFirstContact:
      allTimes.length === 0 ? null : { median: estimate(perRun.median, quantile(allTimes, 0.5)), p90: estimate(perRun.p90, quantile(allTimes, 0.9)) },
    touchesPerLead: estimate(perRun.touches),
  };
}

/**
 * A responder that reaches the lead with the model's probability. The draw for a touch depends only
 * on the seed, the run and the touch id, so runs repeat exactly and leads draw independently.
 * @param seed any safe integer, every bit counted.
 * @throws {ArgumentError} when `seed` is not a safe integer.
 */
export function modelResponder(model: ResponseModel, seed: number, run: number): Responder {
  const state = seedState(seed, "seed");
  return (touch, lead, context) => {
    const c = channelResponse(model, touch.channel);
    if (c === undefined) return undefined;
    const now = instantMs(context.now);
    const local = toLocalMs(context.zone, now);
    const p = reachProbability(c, {
      minutesSinceArrival: (now - instantMs(lead.enrolledAt)) / 60_000,
      attempt: context.channelIndex + 1,
      hour: Math.floor(minuteOfDay(local) / 60),
      weekday: weekdayOfLocal(local),
    });
    const draw = mulberry32((state ^ Math.imul(run + 1, 0x9e3779b1) ^ fnv1a(touch.id)) >>> 0)();
    if (draw >= p) return undefined;
    return touch.channel === "call" || touch.channel === "video" ? "connected" : "replied";
  };
}

/** The first touch that reached the lead, and the minutes since arrival. */
function firstReach(t: Timeline): { stepId: string; minutes: number } | undefined {
  const touch = t.touches.find((x) => x.outcome === "connected" || x.outcome === "replied");
  return touch === undefined ? undefined : { stepId: touch.stepId, minutes: (instantMs(touch.at) - instantMs(t.lead.enrolledAt)) / 60_000 };
}

function sample(plan: Plan, options: ForecastOptions, state: number): LeadInput[] {
  if (options.leads !== undefined) {
    if (!Array.isArray(options.leads) || options.leads.length === 0)
      throw new ArgumentError("options.leads", `Expected \`options.leads\` to be a non-empty array of leads, got ${describeValue(options.leads)}`);
    return options.leads.map((l) => parseLead(l));
  }
  const pop = options.population;
  if (pop === undefined || pop === null || typeof pop !== "object")
    throw new ArgumentError("options", "Expected `options.leads` (a sample of leads) or `options.population` ({ size }), got neither");
  if (!Number.isInteger(pop.size) || pop.size < 1 || pop.size > 1_000_000)
    throw new ArgumentError("options.population.size", `Expected \`options.population.size\` to be an integer from 1 to 1000000, got ${String(pop.size)}`);
  if (pop.zones !== undefined && (!Array.isArray(pop.zones) || pop.zones.length === 0))
    throw new ArgumentError(
      "options.population.zones",
      `Expected \`options.population.zones\` to be a non-empty list of IANA zones, got ${describeValue(pop.zones)}`,
    );
  const zones = (pop.zones ?? [plan.timezone]).map((z, i) => {
    const canonical = canonicalZone(z);
    if (canonical === undefined) throw new ArgumentError(`options.population.zones[${i}]`, `Expected an IANA zone, got ${JSON.stringify(z)}`);
    return canonical;
  });
  const start = parseInstant(`${pop.start ?? "2026-06-08"}T00:00:00Z`);
  if (start === undefined || !inInstantRange(start))
    throw new ArgumentError("options.population.start", `Expected a date "YYYY-MM-DD" ${INSTANT_RANGE}, got ${JSON.stringify(pop.start)}`);
  const spreadDays = pop.spreadDays ?? 7;
  const spread = spreadDays * 86_400_000;
  // Arrivals are instants like any other: a spread past the range (or not a number) would reach the zone tables unchecked.
  if (typeof spreadDays !== "number" || !(spreadDays >= 0) || !inInstantRange(start + spread))
    throw new ArgumentError(
      "options.population.spreadDays",
      `Expected \`options.population.spreadDays\` to be a number of days ≥ 0 that keeps arrivals ${INSTANT_RANGE}, got ${String(spreadDays)}`,
    );
  const rnd = mulberry32(state ^ 0x5bd1e995);
  const data = reachableLeadData(plan);
  return Array.from({ length: pop.size }, (_x, i) => {
    const zone = zones[i % zones.length] as string;
    const enrolledAt = fromLocalMs(zone, start + Math.floor((rnd() * spread) / 60_000) * 60_000);
    return { ...data, id: `forecast-${i}`, timezone: zone, enrolledAt: new Date(enrolledAt).toISOString() };
  });
}

function estimate(values: readonly number[], point?: number): Estimate {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { value: round(point ?? mean), low: round(quantile(sorted, 0.025)), high: round(quantile(sorted, 0.975)) };
}

/** Linear-interpolated quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
