import { instantMs } from "../../../primitives/index.js";
import { isoLocalDate, localDayNumber, toLocalMs, weekdayOfLocal } from "../../../calendar/index.js";
import { respond, type TimelineTouch } from "../../../testing/index.js";
import type { RawFinding } from "../finding.js";
import { example, type ProbeRun } from "../probe.js";
import { holidayEveLeads, weekdayPublicHolidays, type WeekdayHoliday } from "../publicHolidays.js";
import { DAY, HOUR, MINUTE, stepPath, type LintRule, type RuleContext } from "../rule.js";

const ms = (iso: string): number => instantMs(iso);

/** The first touch, for leads arriving on a weekday around 13:00, later than the threshold. */
export const speedToLead: LintRule = {
  id: "speed-to-lead",
  title: "An inbound lead is first touched within 5 minutes",
  rationale: "Contact odds fall about 100-fold between 5 and 30 minutes after an inbound lead arrives; the first touch decides most of the plan's reach.",
  source: 'MIT/InsideSales Lead Response Management Study (Oldroyd, 2007); Oldroyd, McElheran, Elkington, HBR 2011 "The Short Life of Online Sales Leads".',
  defaultSeverity: "warn",
  check(context) {
    if (!context.profile.inbound) return [];
    const limit = context.thresholds.speedToLeadMinutes * MINUTE;
    const runs = context.probe.baseAt(context.probe.midday);
    const late = runs.filter((r) => r.timeline.firstTouch === undefined || ms(r.timeline.firstTouch.at) - ms(r.timeline.from) > limit);
    const first = late[0];
    if (first === undefined || late.length < runs.length) return [];
    const touch = first.timeline.firstTouch;
    const delay = touch === undefined ? "never" : `${Math.round((ms(touch.at) - ms(first.timeline.from)) / MINUTE)} min after arrival`;
    return [
      {
        ...(touch === undefined ? {} : { stepId: touch.stepId }),
        message: `Leads arriving on a weekday afternoon are first touched ${delay}, later than ${context.thresholds.speedToLeadMinutes} minutes; make the first step due at once (after PT0S)`,
        evidence: {
          summary: `${late.length} of ${runs.length} weekday-afternoon arrivals first touched after ${context.thresholds.speedToLeadMinutes} min`,
          cases: late.length,
          of: runs.length,
          example: example(first, (e) => e.kind === "touch" || e.kind === "deferral"),
        },
        path: touch === undefined ? ["steps"] : stepPath(context.plan, touch.stepId, "at"),
      },
    ];
  },
};

/** Two consecutive touches further apart than the threshold. */
export const longGap: LintRule = {
  id: "long-gap",
  title: "No silent stretch longer than 7 days",
  rationale: "A lead left alone for more than a week has usually bought elsewhere or forgotten the request; the later touches land cold.",
  source: "HBR 2011 (lead value decays within hours and days); sequence vendors' guidance on cadence length.",
  defaultSeverity: "warn",
  check(context) {
    const limit = context.thresholds.maxGapDays * DAY;
    const found = new Map<string, { run: ProbeRun; gap: number; cases: number; a: TimelineTouch; b: TimelineTouch }>();
    for (const run of context.probe.base) {
      const touches = run.timeline.touches;
      for (let i = 1; i < touches.length; i++) {
        const a = touches[i - 1] as TimelineTouch;
        const b = touches[i] as TimelineTouch;
        const gap = ms(b.at) - ms(a.at);
        if (gap <= limit) continue;
        const known = found.get(b.stepId);
        if (known === undefined) found.set(b.stepId, { run, gap, cases: 1, a, b });
        else known.cases++;
        break;
      }
    }
    return [...found.entries()].map(([stepId, f]) => ({
      stepId,
      message: `Step ${stepId} comes ${(f.gap / DAY).toFixed(1)} days after the touch before it (more than ${context.thresholds.maxGapDays}); add a touch in between or end the cadence earlier`,
      evidence: {
        summary: `${f.cases} of ${context.probe.base.length} simulated leads wait ${(f.gap / DAY).toFixed(1)} days before ${stepId}`,
        cases: f.cases,
        of: context.probe.base.length,
        example: example(f.run, (e) => e === f.a || e === f.b),
      },
      path: stepPath(context.plan, stepId, "at"),
    }));
  },
};

/** A B2B plan that touches on Saturdays or Sundays, or names no holidays. */
export const weekendTouches: LintRule = {
  id: "weekend-touches",
  title: "A B2B plan does not touch on weekends or holidays",
  rationale: "Business contacts are not at their desk on weekends and public holidays; a touch then is wasted or irritating.",
  source: "B2B sales-development practice (business-day cadences in Outreach, Salesloft); ISO 8601 weekdays.",
  defaultSeverity: "warn",
  check(context) {
    if (!context.profile.b2b) return [];
    const out: RawFinding[] = [];
    const found = new Map<string, { run: ProbeRun; touch: TimelineTouch; cases: number }>();
    for (const run of context.probe.base) {
      const t = run.timeline.touches.find((x) => weekdayOfLocal(toLocalMs(run.timeline.zone.name, ms(x.at))) >= 5);
      if (t === undefined) continue;
      const known = found.get(t.stepId);
      if (known === undefined) found.set(t.stepId, { run, touch: t, cases: 1 });
      else known.cases++;
    }
    for (const [stepId, f] of found) {
      out.push({
        stepId,
        message: `Step ${stepId} touches business leads on a weekend (${f.touch.local}); give its channel a Monday–Friday window`,
        evidence: {
          summary: `${f.cases} of ${context.probe.base.length} simulated leads touched on a Saturday or Sunday`,
          cases: f.cases,
          of: context.probe.base.length,
          example: example(f.run, (e) => e === f.touch),
        },
        path: ["policies", "windows"],
      });
    }
    out.push(...holidayTouches(context));
    return out;
  },
};

/**
 * Touches on the weekday public holidays of each country the plan's leads live in, simulated for
 * leads who arrive the business day before each holiday of the year after the grid's week. Without
 * a known country (or without `date-holidays`), a plan with no holidays at all is reported as such.
 */
function holidayTouches({ plan, probe, profile }: RuleContext): RawFinding[] {
  const noHolidays: RawFinding = {
    message: `The plan names no holidays: business leads are touched on public holidays; add holidays (a country calendar or closures)${profile.countries.length === 0 ? ", and name the leads' countries (lint setting `countries`) to see which holidays are touched" : ""}`,
    evidence: { summary: "no `holidays` in a B2B plan" },
    path: [],
  };
  const first = probe.grid[0];
  if (profile.countries.length === 0 || first === undefined) return plan.holidays === undefined ? [noHolidays] : [];
  const fromDay = localDayNumber(toLocalMs(first.zone, first.enrolledAt)) - first.weekday;
  const out: RawFinding[] = [];
  let simulated = false;
  for (const country of profile.countries) {
    const holidays = weekdayPublicHolidays(country, fromDay);
    if (holidays === undefined) continue;
    simulated = true;
    const byDate = new Map(holidays.map((h) => [h.date, h]));
    const hits: { run: ProbeRun; touch: TimelineTouch; holiday: WeekdayHoliday }[] = [];
    for (const run of probe.runs(`holidays:${country}`, holidayEveLeads(probe, country, holidays), respond.never())) {
      for (const touch of run.timeline.touches) {
        const holiday = byDate.get(isoLocalDate(toLocalMs(run.timeline.zone.name, ms(touch.at))));
        if (holiday === undefined) continue;
        hits.push({ run, touch, holiday });
        break;
      }
    }
    const f = hits[0];
    if (f === undefined) continue;
    const named = [...new Set(hits.map((h) => `${h.holiday.date} ${h.holiday.name}`))];
    out.push({
      stepId: f.touch.stepId,
      message: `Business leads in ${country} are touched on public holidays (${named.slice(0, 3).join("; ")}${named.length > 3 ? "; …" : ""}); add "holidays": { "country": "${country}" }, or "fromLead": true for leads of several countries`,
      evidence: {
        summary: `${hits.length} of ${holidays.length} weekday public holidays of ${country} in the simulated year had a touch`,
        cases: hits.length,
        of: holidays.length,
        example: example(f.run, (e) => e === f.touch),
      },
      path: plan.holidays === undefined ? [] : ["holidays"],
    });
  }
  if (!simulated && plan.holidays === undefined) out.push(noHolidays);
  return out;
}

/** A step that send windows hold back by more than the threshold in every simulated case. */
export const windowDeferral: LintRule = {
  id: "window-deferral",
  title: "No step is always pushed far by the send windows",
  rationale: "A step whose time always falls outside its channel's window fires hours or days later than written, usually together with the next step.",
  source: "Follows from the plan's own windows (simulated); practice.",
  defaultSeverity: "warn",
  check(context) {
    const limit = context.thresholds.maxWindowDeferralHours * HOUR;
    const stats = new Map<string, { touched: number; far: number; run?: ProbeRun; longest: number }>();
    for (const run of context.probe.base) {
      for (const stepId of new Set(run.timeline.touches.filter((t) => t.attempt === 1).map((t) => t.stepId))) {
        const s = stats.get(stepId) ?? { touched: 0, far: 0, longest: 0 };
        s.touched++;
        const d = run.timeline.deferrals.find((x) => x.stepId === stepId && x.attempt === 1 && x.reason === "window");
        const held = d === undefined ? 0 : ms(d.until) - ms(d.at);
        if (held > limit) {
          s.far++;
          s.run ??= run;
          s.longest = Math.max(s.longest, held);
        }
        stats.set(stepId, s);
      }
    }
    const out: RawFinding[] = [];
    for (const [stepId, s] of stats) {
      if (s.touched === 0 || s.far < s.touched || s.run === undefined) continue;
      out.push({
        stepId,
        message: `Windows hold step ${stepId} back by more than ${context.thresholds.maxWindowDeferralHours} hours every time (up to ${(s.longest / HOUR).toFixed(1)} h); move its time into its channel's window`,
        evidence: {
          summary: `held > ${context.thresholds.maxWindowDeferralHours} h in ${s.far} of ${s.touched} simulated leads`,
          cases: s.far,
          of: s.touched,
          example: example(s.run, (e) => "stepId" in e && e.stepId === stepId),
        },
        path: stepPath(context.plan, stepId, "at"),
      });
    }
    return out;
  },
};
