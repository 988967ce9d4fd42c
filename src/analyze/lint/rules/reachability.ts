import type { LeadInput } from "../../../lead/index.js";
import type { Condition, Plan } from "../../../plan/index.js";
import { instantMs, type Outcome } from "../../../primitives/index.js";
import { explorePaths, respond, type Timeline, type TimelineTouch } from "../../../testing/index.js";
import type { RawFinding } from "../finding.js";
import { applyLeadVariant, describeLeadVariant, findLeadFor, readsLeadData, readsOutcomes, readsRules, type LeadVariant } from "../leadVariants.js";
import { example, type ProbeRun } from "../probe.js";
import { HOUR, stepPath, type LintRule } from "../rule.js";

/** Every outcome the plan's conditions and `until` lists name, with the default outcomes first. */
function plannedOutcomes(plan: Plan): Outcome[] {
  const out = new Set<Outcome>(["no_answer", "sent"]);
  const visit = (c: Condition): void => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("outcome" in c) for (const o of c.outcome.in) if (o !== "none" && o !== "skipped") out.add(o);
  };
  for (const step of plan.steps) {
    if (step.when !== undefined) visit(step.when);
    for (const o of step.attempts?.until ?? []) out.add(o);
  }
  return [...out];
}

/**
 * A step that never runs in any simulated case: the grid with no answers, every outcome path of the
 * first touches, and, for a step whose condition reads lead data, a lead whose data lets it hold.
 */
export const unreachableStep: LintRule = {
  id: "unreachable-step",
  title: "Every step can run",
  rationale:
    "A step whose condition cannot hold or whose anchor is never reached is dead weight that hides a mistake (a wrong step id, an outcome the channel never gives, attribute tests that contradict each other).",
  source: "Simulated over outcome paths of the first touches (explorePaths) and over the lead data conditions read; compilers' unreachable-code warnings.",
  defaultSeverity: "warn",
  check(context) {
    const { plan, probe } = context;
    // Custom rules are host code: a step that names one is not judged.
    const judged = plan.steps.filter((s) => s.when === undefined || !readsRules(s.when));
    if (judged.length === 0) return [];
    const touched = new Set<string>();
    const timelines: Timeline[] = probe.base.map((r) => r.timeline);
    const see = (t: Timeline): void => {
      timelines.push(t);
      for (const x of t.touches) touched.add(x.stepId);
    };
    for (const t of timelines) for (const x of t.touches) touched.add(x.stepId);
    if (judged.every((s) => touched.has(s.id))) return [];
    const point = probe.midday[0] ?? probe.grid[0];
    const outcomes = plannedOutcomes(plan);
    const explore = (lead: LeadInput): void => {
      // At most 64 paths, fewer only when the grid was thinned for a long plan (each path is one more simulation); a small grid the caller chose is not thinned.
      const paths = probe.omitted === 0 ? 64 : Math.max(2, Math.min(64, probe.grid.length));
      const depth = Math.max(1, Math.min(4, Math.floor(Math.log(paths) / Math.log(Math.max(2, outcomes.length)))));
      for (const path of explorePaths(plan, lead, { outcomes, maxDepth: depth, until: probe.horizon, maxPaths: 500 })) see(path.timeline);
    };
    if (point !== undefined) explore(point.lead);
    // Steps for some leads only: search the data their condition reads, then simulate such a lead.
    const contradictory = new Set<string>();
    const triedWith = new Map<string, LeadVariant>();
    for (const step of judged) {
      if (touched.has(step.id) || step.when === undefined || !readsLeadData(step.when) || point === undefined) continue;
      const search = findLeadFor(step.when, plan, point.lead);
      if (search.kind === "none") contradictory.add(step.id);
      if (search.kind !== "found") continue;
      triedWith.set(step.id, search.variant);
      for (const run of probe.runs(`lead-data:${step.id}`, probe.midday, respond.never(), { lead: (l) => applyLeadVariant(l, search.variant, plan) }))
        see(run.timeline);
      if (!touched.has(step.id) && readsOutcomes(step.when)) explore(applyLeadVariant(point.lead, search.variant, plan));
    }
    const out: RawFinding[] = [];
    for (const step of judged) {
      if (touched.has(step.id)) continue;
      if (step.when !== undefined && readsLeadData(step.when) && !contradictory.has(step.id) && !triedWith.has(step.id)) continue;
      const skip = timelines.flatMap((t) => t.skips).find((s) => s.stepId === step.id);
      const why = contradictory.has(step.id)
        ? "its condition holds for no lead (the tests it makes on lead data contradict each other)"
        : skip !== undefined
          ? `it is skipped (${skip.reason}${skip.detail === undefined ? "" : `: ${skip.detail}`})`
          : step.at.from !== undefined
            ? `its anchor ${step.at.from.step} (on ${step.at.from.on}) is never reached`
            : "it never comes due";
      const variant = triedWith.get(step.id);
      const withLead = variant === undefined ? "" : `, including leads with ${describeLeadVariant(variant)}`;
      out.push({
        stepId: step.id,
        message: contradictory.has(step.id)
          ? `Step ${step.id} never runs: ${why}`
          : `Step ${step.id} never runs in ${timelines.length} simulated cases: ${why}`,
        evidence: {
          summary: contradictory.has(step.id)
            ? `no combination of the lead data its condition reads makes it hold`
            : `0 of ${timelines.length} simulated cases touched ${step.id} within ${probe.horizon}${withLead}`,
          cases: 0,
          of: timelines.length,
        },
        path: stepPath(plan, step.id, ...(step.when !== undefined && (contradictory.has(step.id) || skip?.reason === "condition_false") ? ["when"] : ["at"])),
      });
    }
    return out;
  },
};

/** Caps hold a step back, starve it, or make it go after a step written to come later. */
export const capStarvation: LintRule = {
  id: "cap-starvation",
  title: "Caps do not starve or reorder steps",
  rationale: "A cap the plan's own steps exceed silently moves touches to another day or behind later steps; the plan on paper is not the plan that runs.",
  source: "Follows from the plan's caps (simulated); practice.",
  defaultSeverity: "warn",
  check(context) {
    const found = new Map<string, { run: ProbeRun; cases: number; longest: number; passed: string | undefined }>();
    for (const run of context.probe.base) {
      const t = run.timeline;
      const scheduled = (stepId: string): number | undefined => {
        const d = t.deferrals.find((x) => x.stepId === stepId && x.attempt === 1);
        const touch = t.touches.find((x) => x.stepId === stepId && x.attempt === 1);
        return d !== undefined ? instantMs(d.at) : touch === undefined ? undefined : instantMs(touch.at);
      };
      for (const d of t.deferrals) {
        if (d.reason !== "cap") continue;
        const held = instantMs(d.until) - instantMs(d.at);
        const touch = t.touches.find((x) => x.stepId === d.stepId && x.attempt === d.attempt);
        // When the held attempt was due: a step passes it when written for later and sent before it.
        const mine = instantMs(d.at);
        const passed =
          touch === undefined
            ? undefined
            : t.touches.find(
                (o: TimelineTouch) => o.stepId !== d.stepId && o.attempt === 1 && instantMs(o.at) < instantMs(touch.at) && (scheduled(o.stepId) ?? 0) > mine,
              )?.stepId;
        const known = found.get(d.stepId);
        if (known === undefined) found.set(d.stepId, { run, cases: 1, longest: held, passed });
        else {
          known.cases++;
          known.longest = Math.max(known.longest, held);
          known.passed ??= passed;
        }
        break;
      }
    }
    return [...found.entries()].map(([stepId, f]) => ({
      stepId,
      message: `Caps hold step ${stepId} back by up to ${(f.longest / HOUR).toFixed(1)} h${f.passed === undefined ? "" : `, so it goes after ${f.passed}, which is written to come later`}; raise the cap or move the step`,
      evidence: {
        summary: `held by a cap in ${f.cases} of ${context.probe.base.length} simulated leads`,
        cases: f.cases,
        of: context.probe.base.length,
        example: example(f.run, (e) => e.kind === "touch" || (e.kind === "deferral" && e.reason === "cap")),
      },
      path: stepPath(context.plan, stepId),
    }));
  },
};
