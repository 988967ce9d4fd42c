import { instantMs } from "../primitives/index.js";
import { toLocalMs, weekdayOfLocal } from "../calendar/index.js";
import type { Timeline } from "../testing/index.js";
import { exitReasonLabel, isContact } from "./labels.js";

/** One bin of the time-to-first-touch distribution. */
export interface Bin {
  readonly label: string;
  readonly count: number;
}

/** One step's reach across a population. */
export interface StepReach {
  readonly stepId: string;
  readonly name?: string;
  /** Leads that got at least one touch of this step. */
  readonly touched: number;
  /** Leads reached (connected, replied, booked) by the end of this step, cumulative in plan order. */
  readonly contactedBy: number;
}

/** The figures a manager asks of a population run. */
export interface PopulationStats {
  readonly leads: number;
  readonly touches: number;
  /** Touches per lead-local weekday (0 = Monday) and hour. */
  readonly heat: readonly (readonly number[])[];
  readonly steps: readonly StepReach[];
  readonly exits: readonly Bin[];
  readonly firstTouch: { readonly bins: readonly Bin[]; readonly medianMs?: number; readonly p90Ms?: number; readonly none: number };
  /** Leads reached at all (a connected call, a reply, a booked meeting). */
  readonly contacted: number;
}

const BINS: readonly (readonly [number, string])[] = [
  [60_000, "under 1 min"],
  [5 * 60_000, "1–5 min"],
  [15 * 60_000, "5–15 min"],
  [3_600_000, "15–60 min"],
  [4 * 3_600_000, "1–4 h"],
  [24 * 3_600_000, "4–24 h"],
  [72 * 3_600_000, "1–3 days"],
  [Infinity, "over 3 days"],
];

/** Aggregates many leads' timelines (each in its own lead's local time). */
export function populationStats(timelines: readonly Timeline[]): PopulationStats {
  const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const stepOrder: string[] = [];
  const stepNames = new Map<string, string | undefined>();
  for (const t of timelines) {
    for (const s of t.plan.steps) {
      if (!stepNames.has(s.id)) {
        stepOrder.push(s.id);
        stepNames.set(s.id, s.name);
      }
    }
  }
  const touched = new Map<string, number>();
  const firstContactStep = new Map<string, number>();
  const exits = new Map<string, number>();
  const delays: number[] = [];
  let touches = 0;
  let contacted = 0;
  for (const t of timelines) {
    touches += t.touches.length;
    const zone = t.zone.name;
    const seen = new Set<string>();
    for (const touch of t.touches) {
      const local = toLocalMs(zone, instantMs(touch.at));
      const hour = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
      (heat[weekdayOfLocal(local)] as number[])[hour]! += 1;
      if (!seen.has(touch.stepId)) {
        seen.add(touch.stepId);
        touched.set(touch.stepId, (touched.get(touch.stepId) ?? 0) + 1);
      }
    }
    const contactStep = contactStepOf(t);
    if (contactStep !== undefined) {
      contacted++;
      firstContactStep.set(contactStep, (firstContactStep.get(contactStep) ?? 0) + 1);
    }
    const exit = t.exit === null ? (t.end.reason === "until" ? "still running at the end" : "waiting, nothing scheduled") : exitReasonLabel(t.exit.reason);
    exits.set(exit, (exits.get(exit) ?? 0) + 1);
    if (t.firstTouch !== undefined) delays.push(instantMs(t.firstTouch.at) - instantMs(t.from));
  }
  let cumulative = 0;
  const steps = stepOrder.map((stepId): StepReach => {
    cumulative += firstContactStep.get(stepId) ?? 0;
    const name = stepNames.get(stepId);
    return { stepId, ...(name === undefined ? {} : { name }), touched: touched.get(stepId) ?? 0, contactedBy: cumulative };
  });
  delays.sort((a, b) => a - b);
  const bins = BINS.map(([, label]) => ({ label, count: 0 }));
  for (const d of delays) {
    const i = BINS.findIndex(([limit]) => d < limit);
    (bins[i] as { count: number }).count++;
  }
  const quantile = (q: number): number | undefined => (delays.length === 0 ? undefined : delays[Math.min(delays.length - 1, Math.ceil(q * delays.length) - 1)]);
  const median = quantile(0.5);
  const p90 = quantile(0.9);
  return {
    leads: timelines.length,
    touches,
    heat,
    steps,
    exits: [...exits.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    firstTouch: {
      bins,
      ...(median === undefined ? {} : { medianMs: median }),
      ...(p90 === undefined ? {} : { p90Ms: p90 }),
      none: timelines.length - delays.length,
    },
    contacted,
  };
}

/**
 * The step that first reached the lead: its first touch with a connected or replied outcome, or the
 * last touch before the lead replied or booked on its own. `undefined` when the lead was never reached.
 */
function contactStepOf(t: Timeline): string | undefined {
  let last: string | undefined;
  for (const e of t.entries) {
    if (e.kind === "touch") {
      if (isContact(e.outcome)) return e.stepId;
      last = e.stepId;
    } else if (e.kind === "outcome" && isContact(e.outcome)) return e.stepId;
    else if (e.kind === "lead" && (e.event.type === "meeting" || (e.event.type === "inbound" && e.event.automatic !== true)))
      return last ?? t.plan.steps[0]?.id;
  }
  return undefined;
}
