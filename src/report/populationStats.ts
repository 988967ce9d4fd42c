import { instantMs } from "../primitives/index.js";
import { toLocalMs, weekdayOfLocal } from "../calendar/index.js";
import type { Timeline } from "../testing/index.js";
import { exitReasonLabel, isContact } from "./labels.js";

/** One bin of the time-to-first-touch distribution. */
export interface Bin {
  readonly label: string;
  readonly count: number;
}

/** One step's reach across the leads that ran its plan. */
export interface StepReach {
  /** The step's plan and version as people read it, `Dealer speed-to-lead v1`. */
  readonly plan: string;
  readonly stepId: string;
  readonly name?: string;
  /** Leads that ran the step's plan (and version): what the shares are of. */
  readonly leads: number;
  /** Leads that got at least one touch of this step. */
  readonly touched: number;
  /** Leads reached (connected, replied, booked) by the end of this step, cumulative in its plan's order. */
  readonly contactedBy: number;
}

/** The figures a manager asks of a population run. */
export interface PopulationStats {
  readonly leads: number;
  readonly touches: number;
  /** Touches per lead-local weekday (0 = Monday) and hour. */
  readonly heat: readonly (readonly number[])[];
  /** Per plan (and version), in the order the population first ran them, its steps in plan order. */
  readonly steps: readonly StepReach[];
  readonly exits: readonly Bin[];
  /** Time from each lead's enrolment (not the simulation start) to its first touch of the plan, history included; `none`: leads without one. */
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
  // Steps are counted per plan and version: two plans may share a step id, and a step's shares are of the leads that ran its plan.
  const plans = new Map<string, { plan: Timeline["plan"]; label: string; leads: number; touched: Map<string, number>; firstContact: Map<string, number> }>();
  const exits = new Map<string, number>();
  const delays: number[] = [];
  let touches = 0;
  let contacted = 0;
  for (const t of timelines) {
    touches += t.touches.length;
    const key = `${t.planId}\u0000${t.planVersion}`;
    const ran = plans.get(key) ?? { plan: t.plan, label: `${t.plan.name} v${t.planVersion}`, leads: 0, touched: new Map(), firstContact: new Map() };
    plans.set(key, ran);
    ran.leads++;
    const zone = t.zone.name;
    const seen = new Set<string>();
    for (const touch of t.touches) {
      const local = toLocalMs(zone, instantMs(touch.at));
      const hour = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
      (heat[weekdayOfLocal(local)] as number[])[hour]! += 1;
      if (!seen.has(touch.stepId)) {
        seen.add(touch.stepId);
        ran.touched.set(touch.stepId, (ran.touched.get(touch.stepId) ?? 0) + 1);
      }
    }
    const contactStep = contactStepOf(t);
    if (contactStep !== undefined) {
      contacted++;
      ran.firstContact.set(contactStep, (ran.firstContact.get(contactStep) ?? 0) + 1);
    }
    const exit = t.exit === null ? (t.end.reason === "until" ? "still running at the end" : "waiting, nothing scheduled") : exitReasonLabel(t.exit.reason);
    exits.set(exit, (exits.get(exit) ?? 0) + 1);
    const first = firstTouchMs(t);
    if (first !== undefined) delays.push(first - instantMs(t.lead.enrolledAt));
  }
  const steps = [...plans.values()].flatMap((ran) => {
    let cumulative = 0;
    return ran.plan.steps.map((step): StepReach => {
      cumulative += ran.firstContact.get(step.id) ?? 0;
      return {
        plan: ran.label,
        stepId: step.id,
        ...(step.name === undefined ? {} : { name: step.name }),
        leads: ran.leads,
        touched: ran.touched.get(step.id) ?? 0,
        contactedBy: cumulative,
      };
    });
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
 * The instant of the lead's first touch of the timeline's plan since its enrolment: from the lead's
 * history, which holds the records it came with (a simulation `from` later, or one that continues a
 * history, starts after them) and the simulated ones.
 */
function firstTouchMs(t: Timeline): number | undefined {
  const enrolled = instantMs(t.lead.enrolledAt);
  let first: number | undefined;
  for (const h of t.lead.history) {
    if (h.type !== "touch" || h.planId !== t.planId) continue;
    const at = instantMs(h.at);
    if (at >= enrolled && (first === undefined || at < first)) first = at;
  }
  return first;
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
