import { instantMs } from "../../../primitives/index.js";
import { localDayNumber, minuteOfDay, toLocalMs } from "../../../calendar/index.js";
import type { TimelineTouch } from "../../../testing/index.js";
import type { RawFinding } from "../finding.js";
import { example, type ProbeRun } from "../probe.js";
import { MINUTE, stepPath, type LintRule, type RuleContext } from "../rule.js";

const ms = (t: TimelineTouch): number => instantMs(t.at);

/** Groups runs whose `find` returns something by the step it names; one finding per step (or for the plan). */
function byStep(
  context: RuleContext,
  runs: readonly ProbeRun[],
  find: (run: ProbeRun) => { stepId?: string; detail: string; lines?: (e: TimelineTouch) => boolean } | undefined,
  message: (stepId: string | undefined, detail: string, cases: number) => string,
): RawFinding[] {
  const groups = new Map<
    string,
    { run: ProbeRun; stepId: string | undefined; detail: string; cases: number; pick: ((e: TimelineTouch) => boolean) | undefined }
  >();
  for (const run of runs) {
    const hit = find(run);
    if (hit === undefined) continue;
    const key = hit.stepId ?? "";
    const known = groups.get(key);
    if (known === undefined) groups.set(key, { run, stepId: hit.stepId, detail: hit.detail, cases: 1, pick: hit.lines });
    else known.cases++;
  }
  return [...groups.values()].map((g) => ({
    ...(g.stepId === undefined ? {} : { stepId: g.stepId }),
    message: message(g.stepId, g.detail, g.cases),
    evidence: {
      summary: `${g.cases} of ${runs.length} simulated leads: ${g.detail}`,
      cases: g.cases,
      of: runs.length,
      example: example(g.run, (e) => e.kind === "touch" && (g.pick === undefined || g.pick(e))),
    },
    path: g.stepId === undefined ? ["steps"] : stepPath(context.plan, g.stepId),
  }));
}

/** The first two consecutive touches less than `withinMs` apart for which `counts` holds (touches in time order). */
function firstClosePair(
  touches: readonly TimelineTouch[],
  withinMs: number,
  counts: (a: TimelineTouch, b: TimelineTouch) => boolean = () => true,
): { a: TimelineTouch; b: TimelineTouch; gap: number } | undefined {
  for (let i = 1; i < touches.length; i++) {
    const a = touches[i - 1] as TimelineTouch;
    const b = touches[i] as TimelineTouch;
    const gap = ms(b) - ms(a);
    if (gap < withinMs && counts(a, b)) return { a, b, gap };
  }
  return undefined;
}

/** More touches on one lead-local day than the threshold, for a lead who never answers. */
export const touchesPerDay: LintRule = {
  id: "touches-per-day",
  title: "No more than N touches on one lead-local day",
  rationale: "Past a handful of touches a day persistence turns into harassment: complaints, blocks and opt-outs rise.",
  source: "Practice of sequence vendors (Outreach, Salesloft) and dealer BDC guidelines; frequency caps in the TCPA harassment provisions (47 U.S.C. 227).",
  defaultSeverity: "warn",
  check(context) {
    const max = context.thresholds.maxTouchesPerDay;
    return byStep(
      context,
      context.probe.base,
      (run) => {
        const perDay = new Map<number, TimelineTouch[]>();
        for (const t of run.timeline.touches) {
          const day = localDayNumber(toLocalMs(run.timeline.zone.name, ms(t)));
          const list = perDay.get(day) ?? [];
          list.push(t);
          perDay.set(day, list);
        }
        for (const list of perDay.values()) {
          if (list.length <= max) continue;
          const day = (list[0] as TimelineTouch).local.slice(0, 14);
          return { detail: `${list.length} touches on ${day}`, lines: (e) => list.includes(e) };
        }
        return undefined;
      },
      (_s, detail) => `More than ${max} touches on one lead-local day (${detail}); add a cap ({ "max": ${max}, "per": "day" }) or spread the steps`,
    );
  },
};

/** Two different channels in the same minute. */
export const sameMinuteChannels: LintRule = {
  id: "same-minute-channels",
  title: "No two channels in the same minute",
  rationale: "A call, a text and an email in the same minute look automated and spend three touches on one moment of attention.",
  source: "Multichannel cadence practice (Salesloft, Outreach guidance on spacing channels); practice.",
  defaultSeverity: "warn",
  check(context) {
    return byStep(
      context,
      context.probe.base,
      (run) => {
        const pair = firstClosePair(run.timeline.touches, MINUTE, (a, b) => a.channel !== b.channel);
        if (pair === undefined) return undefined;
        const { a, b } = pair;
        return { stepId: b.stepId, detail: `${a.stepId} (${a.channel}) and ${b.stepId} (${b.channel}) at ${b.local}`, lines: (e) => e === a || e === b };
      },
      (stepId, detail) => `Step ${stepId} goes out in the same minute as another channel (${detail}); delay it by a few minutes`,
    );
  },
};

/** Call attempts closer than the threshold. */
export const callSpacing: LintRule = {
  id: "call-spacing",
  title: "Call attempts at least 10 minutes apart",
  rationale: "Redialling within minutes reads as a robocaller, gets numbers flagged as spam by carriers, and rarely connects better than a later attempt.",
  source: "Carrier spam-labelling practice (STIR/SHAKEN analytics); double-dial is a deliberate tactic only when immediate.",
  defaultSeverity: "warn",
  check(context) {
    const min = context.thresholds.minCallSpacingMinutes;
    return byStep(
      context,
      context.probe.base,
      (run) => {
        const pair = firstClosePair(run.timeline.byChannel["call"] ?? [], min * MINUTE);
        if (pair === undefined) return undefined;
        const { a, b, gap } = pair;
        return { stepId: b.stepId, detail: `calls ${Math.round(gap / MINUTE)} min apart at ${b.local}`, lines: (e) => e === a || e === b };
      },
      (stepId, detail) => `Step ${stepId} calls less than ${min} minutes after the previous call (${detail})`,
    );
  },
};

/** Calls or texts at night, lead-local: no window, quiet hours or preset keeps them out. */
export const nightTouches: LintRule = {
  id: "night-touches",
  title: "No calls or texts at night (21:00–08:00 lead-local)",
  rationale: "Calls and texts outside 08:00–21:00 at the lead's location are illegal in the US and resented everywhere.",
  source: "TCPA 47 CFR 64.1200(c)(1) (no calls before 8 a.m. or after 9 p.m. local time); state mini-TCPA laws.",
  defaultSeverity: "error",
  check(context) {
    const night = (run: ProbeRun, t: TimelineTouch): boolean => {
      if (t.channel !== "call" && t.channel !== "sms" && t.channel !== "whatsapp") return false;
      const m = minuteOfDay(toLocalMs(run.timeline.zone.name, ms(t)));
      return m < 8 * 60 || m >= 21 * 60;
    };
    return byStep(
      context,
      context.probe.base,
      (run) => {
        const t = run.timeline.touches.find((x) => night(run, x));
        return t === undefined ? undefined : { stepId: t.stepId, detail: `${t.channel} at ${t.local}`, lines: (e) => e === t };
      },
      (stepId, detail) => `Step ${stepId} reaches leads at night (${detail}); add send windows, quiet hours or the us-federal preset`,
    );
  },
};
