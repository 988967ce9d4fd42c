import { instantMs, isoInstant, settleOutcomes, type LearntOutcome } from "../primitives/index.js";
import type { TouchRecord } from "../lead/index.js";
import { sameTouch } from "../policy/index.js";
import { parseTouchId } from "../schedule/index.js";
import { enrollmentHistoryEnd } from "./enrollmentView.js";
import type { StoredLead } from "./store.js";

/** A distribution of durations in ms (`null` fields when there is no sample). */
export interface Durations {
  readonly count: number;
  readonly p50Ms: number | null;
  readonly p90Ms: number | null;
  readonly meanMs: number | null;
  readonly maxMs: number | null;
}

/** Figures for one step of one plan. */
export interface StepMetrics {
  /** Touches performed (history touch records). */
  readonly touches: number;
  /** Enrolment to this step's first touch, per lead touched. */
  readonly timeToFirstTouch: Durations;
  /** Latest outcome of each touch, counted. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Times the step was settled as skipped, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
}

/** Figures for one plan id (all its versions). */
export interface PlanMetrics {
  readonly leads: number;
  /** Leads by enrolment state: `active`, `paused`, `done`, `unenrolled`. */
  readonly states: Readonly<Record<string, number>>;
  /** Why cadences ended: `replied`, `connected`, `completed`, ... */
  readonly endedReasons: Readonly<Record<string, number>>;
  /** Enrolment to the first touch of the plan. */
  readonly timeToFirstTouch: Durations;
  /** Enrolment to the first `connected` outcome. */
  readonly timeToFirstConnect: Durations;
  /** Touches per lead. */
  readonly attemptsPerLead: { readonly mean: number | null; readonly max: number };
  readonly outcomes: Readonly<Record<string, number>>;
  readonly slaBreaches: number;
  readonly steps: Readonly<Record<string, StepMetrics>>;
}

/** Speed-to-lead figures per plan and step, computed from history. */
export interface EngineMetrics {
  /** When they were computed (ISO-8601). */
  readonly at: string;
  readonly plans: Readonly<Record<string, PlanMetrics>>;
}

interface StepAcc {
  touches: number;
  first: number[];
  outcomes: Record<string, number>;
  skipped: Record<string, number>;
}
interface PlanAcc {
  leads: number;
  states: Record<string, number>;
  endedReasons: Record<string, number>;
  first: number[];
  connect: number[];
  attempts: number[];
  outcomes: Record<string, number>;
  slaBreaches: number;
  steps: Map<string, StepAcc>;
}

/** One touch of an enrolment as metrics count it: its first record, its earliest instant, its outcomes as learnt. */
interface MetricsTouch {
  readonly record: TouchRecord;
  at: number;
  readonly outcomes: LearntOutcome[];
}

/** Folds stored leads into per-plan, per-step metrics, one entry per enrolment (`leads` counts enrolments). Pure: reads history only. */
export function computeMetrics(records: Iterable<StoredLead>, now: number): EngineMetrics {
  const plans = new Map<string, PlanAcc>();
  for (const stored of records)
    for (const rec of stored.enrollments) {
      let p = plans.get(rec.planId);
      if (p === undefined) {
        p = { leads: 0, states: {}, endedReasons: {}, first: [], connect: [], attempts: [], outcomes: {}, slaBreaches: 0, steps: new Map() };
        plans.set(rec.planId, p);
      }
      const enrolled = instantMs(rec.enrolledAt);
      const historyEnd = enrollmentHistoryEnd(stored.enrollments, rec);
      p.leads++;
      bump(p.states, rec.state);
      if (rec.endedReason !== undefined) bump(p.endedReasons, rec.endedReason);
      // The touches under each id, in history order (two touches may share an id: `sameTouch` tells a copy of one from
      // another touch, as `evaluate` reads them); each with its earliest instant and its outcomes as learnt, its record's
      // own first, settled once the history is read: outcome records may come in any order.
      const byId = new Map<string, MetricsTouch[]>();
      const learnt: { touchId: string; outcome: string; at: number }[] = [];
      // Each touched step's earliest touch record (the history may list them in any order).
      const stepFirst = new Map<string, number>();
      let touches = 0;
      let firstTouch = Infinity;
      stored.lead.history.forEach((h, index) => {
        if (h.type === "touch" && (h.planId === undefined || h.planId === rec.planId) && (parseTouchId(h.touchId)?.sequence ?? 1) === rec.sequence) {
          const at = instantMs(h.at);
          firstTouch = Math.min(firstTouch, at);
          stepFirst.set(h.stepId, Math.min(stepFirst.get(h.stepId) ?? Infinity, at));
          const same = byId.get(h.touchId);
          const known = same?.find((t) => sameTouch(t.record, h));
          if (known !== undefined) {
            // The same touch recorded again (docs/concepts.md, "History"): one touch, at the earliest of its records, its outcome learnt at this record's instant.
            known.at = Math.min(known.at, at);
            if (h.outcome !== undefined) known.outcomes.push({ outcome: h.outcome, at });
            return;
          }
          touches++;
          stepAcc(p, h.stepId).touches++;
          const touch: MetricsTouch = { record: h, at, outcomes: h.outcome === undefined ? [] : [{ outcome: h.outcome, at }] };
          if (same === undefined) byId.set(h.touchId, [touch]);
          else same.push(touch);
        } else if (h.type === "outcome") {
          learnt.push({ touchId: h.touchId, outcome: h.outcome, at: instantMs(h.at) });
        } else if (h.type === "skip" && (h.planId === undefined || h.planId === rec.planId) && index >= rec.historyStart && index < historyEnd) {
          bump(stepAcc(p, h.stepId).skipped, h.reason);
        } else if (h.type === "event" && h.name === "sla_breached" && index >= rec.historyStart && index < historyEnd) {
          p.slaBreaches++;
        }
      });
      for (const [stepId, at] of stepFirst) stepAcc(p, stepId).first.push(at - enrolled);
      // An outcome record names an id, not a touch: of several touches under it, the last listed (as `evaluate` reads it).
      for (const o of learnt) byId.get(o.touchId)?.at(-1)?.outcomes.push(o);
      let connect = Infinity;
      for (const list of byId.values())
        for (const touch of list) {
          const { current } = settleOutcomes(touch.outcomes, touch.at);
          if (current === undefined) continue;
          bump(p.outcomes, current.outcome);
          bump(stepAcc(p, touch.record.stepId).outcomes, current.outcome);
          // A connect stays a connect, whatever followed it (as the `connected` exit reads it).
          for (const o of touch.outcomes) if (o.outcome === "connected") connect = Math.min(connect, o.at);
        }
      if (firstTouch !== Infinity) p.first.push(firstTouch - enrolled);
      if (connect !== Infinity) p.connect.push(connect - enrolled);
      p.attempts.push(touches);
    }
  const out: Record<string, PlanMetrics> = {};
  for (const [id, p] of plans) {
    const steps: Record<string, StepMetrics> = {};
    for (const [stepId, s] of p.steps) steps[stepId] = { touches: s.touches, timeToFirstTouch: durations(s.first), outcomes: s.outcomes, skipped: s.skipped };
    out[id] = {
      leads: p.leads,
      states: p.states,
      endedReasons: p.endedReasons,
      timeToFirstTouch: durations(p.first),
      timeToFirstConnect: durations(p.connect),
      attemptsPerLead: { mean: p.attempts.length === 0 ? null : sum(p.attempts) / p.attempts.length, max: p.attempts.reduce((a, b) => Math.max(a, b), 0) },
      outcomes: p.outcomes,
      slaBreaches: p.slaBreaches,
      steps,
    };
  }
  return { at: isoInstant(now), plans: out };
}

function stepAcc(p: PlanAcc, stepId: string): StepAcc {
  let s = p.steps.get(stepId);
  if (s === undefined) {
    s = { touches: 0, first: [], outcomes: {}, skipped: {} };
    p.steps.set(stepId, s);
  }
  return s;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Nearest-rank percentiles. */
function durations(xs: number[]): Durations {
  if (xs.length === 0) return { count: 0, p50Ms: null, p90Ms: null, meanMs: null, maxMs: null };
  xs.sort((a, b) => a - b);
  const rank = (q: number): number => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] as number;
  return { count: xs.length, p50Ms: rank(0.5), p90Ms: rank(0.9), meanMs: sum(xs) / xs.length, maxMs: xs[xs.length - 1] as number };
}
