import { instantMs } from "../primitives/index.js";
import { ArgumentError, describeValue } from "../errors/index.js";
import type { Timeline } from "../testing/index.js";
import { checkTimeline } from "../testing/timeline.js";
import { reportDocument } from "./document.js";
import { compareTable, touchShifts } from "./compareSection.js";
import { html, type Html } from "./html.js";
import { count, durationLabel } from "./labels.js";
import { leadModel, type LeadModel } from "./leadModel.js";
import { leadSection } from "./leadSection.js";
import { laneMargin } from "./swimlanes.js";
import { populationSection } from "./populationSection.js";
import { populationStats } from "./populationStats.js";
import type { LocalDay } from "./calendarBands.js";
import { timeScale, type TimeScale } from "./timeScale.js";

/** Options for {@link renderTimelineHtml}. */
export interface RenderTimelineHtmlOptions {
  /** The page's title and main heading. @default the plan's name, and what the report shows */
  readonly title?: string;
  /**
   * What to draw. `lead`: one timeline; `compare`: two timelines of the same lead (two plan
   * versions) on one time axis with a table of what changed; `population`: figures over many leads.
   * @default `lead` for one timeline; `compare` for two of the same lead; otherwise `population`
   */
  readonly mode?: "lead" | "population" | "compare";
  /** Names of the two sides in `compare` mode. @default `["v<version>", "v<version>"]` of each plan; each plan's name and version when the plans differ */
  readonly labels?: readonly [string, string];
  /** In `population` mode, also draw the timeline of this lead below the figures. */
  readonly detailLeadId?: string;
  /**
   * Width in pixels of a lead chart's plot area before it scales to the page; long simulations
   * grow past it and scroll sideways inside their card.
   * @default 1080
   */
  readonly chartWidth?: number;
}

/**
 * Renders simulated timelines as one self-contained HTML document: inline SVG and CSS, no script,
 * and a content-security policy that forbids every external request, so the file works offline,
 * prints, and follows the reader's light or dark setting. Every text from a plan, a lead or a reply
 * is escaped.
 *
 * One timeline: swimlanes per channel in the lead's local time with send windows, quiet hours,
 * weekends and holidays, a mark per touch, deferral and skip (hover or focus shows the trace entry),
 * the exit, and the same events as a table. Two timelines of the same lead: both on one time axis
 * and what changed. More: a population (heat map of touches by lead-local hour and weekday, reach
 * by step, exits by reason, time to first touch).
 *
 * @throws {ArgumentError} when the input is not a timeline from `simulate` (or a non-empty list of them), or an option is unusable.
 * @example
 * writeFileSync("report.html", renderTimelineHtml(simulate(plan, lead, { until: "P14D", responder: respond.never() })));
 */
export function renderTimelineHtml(timelines: Timeline | readonly Timeline[], options: RenderTimelineHtmlOptions = {}): string {
  const list = Array.isArray(timelines) ? (timelines as readonly Timeline[]) : [timelines as Timeline];
  if (list.length === 0) throw new ArgumentError("timelines", "Expected a timeline or a non-empty list of timelines, got an empty list");
  list.forEach((t, i) => checkTimeline(t, Array.isArray(timelines) ? `timelines[${i}]` : "timeline"));
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object, got ${describeValue(options)}`);
  if (options.title !== undefined && typeof options.title !== "string")
    throw new ArgumentError("options.title", `Expected \`options.title\` to be a string, got ${describeValue(options.title)}`);
  const chartWidth = options.chartWidth ?? 1080;
  if (!Number.isFinite(chartWidth) || chartWidth < 200 || chartWidth > 20_000) {
    throw new ArgumentError(
      "options.chartWidth",
      `Expected \`options.chartWidth\` to be a number of pixels from 200 to 20000, got ${describeValue(chartWidth)}`,
    );
  }
  const first = list[0] as Timeline;
  const mode = options.mode ?? (list.length === 1 ? "lead" : list.length === 2 && first.leadId === list[1]?.leadId ? "compare" : "population");
  switch (mode) {
    case "lead": {
      if (list.length !== 1) throw new ArgumentError("options.mode", `Expected one timeline for mode "lead", got ${list.length}`);
      const model = leadModel(first);
      const title = options.title ?? `${first.plan.name} · lead ${first.leadId}`;
      const section = leadSection(model, scaleFor([model], chartWidth), laneMargin([model]), "lead0", `${first.plan.name} v${first.planVersion}`);
      return reportDocument(
        title,
        html`${heading(title, `How plan ${first.planId} v${first.planVersion} treats one lead, in the lead's own local time.`)}${section.html}`,
        section.chart.css,
        footer(),
      );
    }
    case "compare": {
      if (list.length !== 2) throw new ArgumentError("options.mode", `Expected two timelines for mode "compare", got ${list.length}`);
      const second = list[1] as Timeline;
      const cover = { start: Math.min(instantMs(first.from), instantMs(second.from)), end: Math.max(endOf(first), endOf(second)) };
      const models = [leadModel(first, cover), leadModel(second, cover)] as const;
      const labels = options.labels ?? compareLabels(first, second);
      const scale = scaleFor(models, chartWidth);
      const left = laneMargin(models);
      const sections = models.map((m, i) => leadSection(m, scale, left, `lead${i}`, `${labels[i] ?? ""}: ${m.timeline.plan.name} v${m.timeline.planVersion}`));
      const samePlan = first.planId === second.planId;
      const title = options.title ?? `${samePlan ? `${first.plan.name}: ` : ""}${labels[0]} and ${labels[1]} for lead ${first.leadId}`;
      return reportDocument(
        title,
        html`${heading(title, `The same lead and the same scripted responses under both ${samePlan ? "versions" : "plans"}, drawn on one time axis.`)}<section class="card" aria-labelledby="cmp-h"><h2 id="cmp-h">What changed</h2>${compareTable(models[0], models[1], labels)}${touchShifts(models[0], models[1], labels)}</section>${sections.map((s) => s.html)}`,
        sections.flatMap((s) => s.chart.css),
        footer(),
      );
    }
    case "population": {
      const stats = populationStats(list);
      const plans = [...new Set(list.map((t) => `${t.plan.name} v${t.planVersion}`))];
      const title = options.title ?? `${plans.join(", ")} · ${count(list.length, "lead")}`;
      let detail: Html = html``;
      let css: readonly string[] = [];
      if (options.detailLeadId !== undefined) {
        const t = list.find((x) => x.leadId === options.detailLeadId);
        if (t === undefined)
          throw new ArgumentError(
            "options.detailLeadId",
            `Expected \`options.detailLeadId\` to name a lead of the population, got ${describeValue(options.detailLeadId)}`,
          );
        const model = leadModel(t);
        const section = leadSection(model, scaleFor([model], chartWidth), laneMargin([model]), "lead0", `One lead in detail: ${t.leadId}`);
        detail = section.html;
        css = section.chart.css;
      }
      const longest = Math.max(...list.map((t) => instantMs(t.until) - instantMs(t.from)));
      return reportDocument(
        title,
        html`${heading(title, "What the cadence does across many leads, each in its own local time.")}${populationSection(stats, "Population", `${count(list.length, "lead")} · ${count(stats.touches, "touch", "touches")} · each simulated for up to ${durationLabel(longest)}`)}${detail}`,
        css,
        footer(),
      );
    }
    default:
      throw new ArgumentError("options.mode", `Expected \`options.mode\` to be "lead", "compare" or "population", got ${describeValue(mode)}`);
  }
}

/**
 * The two sides' default names: `v1`, `v2` for two versions of one plan; each plan's name and version
 * for two plans; numbered when even those are the same (one plan under other presets).
 */
function compareLabels(a: Timeline, b: Timeline): [string, string] {
  const version = (t: Timeline): string => `v${t.planVersion}`;
  const named = (t: Timeline): string => `${t.plan.name} v${t.planVersion}`;
  const [x, y] =
    a.planId === b.planId
      ? [version(a), version(b)]
      : a.plan.name === b.plan.name
        ? [`${a.planId} ${version(a)}`, `${b.planId} ${version(b)}`]
        : [named(a), named(b)];
  return x === y ? [`${x} (1)`, `${y} (2)`] : [x, y];
}

function heading(title: string, sub: string): Html {
  return html`<header class="report-head"><h1>${title}</h1><p class="sub">${sub}</p></header>`;
}

function footer(): string {
  return "Made by lead-cadence from a simulation: nothing was sent. Times are each lead's local time.";
}

function endOf(t: Timeline): number {
  return instantMs(t.exit?.at ?? t.end.at);
}

/** Shown before the first event and after the last, so marks at the edges keep their room. */
const LEAD_IN_MS = 3_600_000;
const LEAD_OUT_MS = 3 * 3_600_000;

/**
 * One time scale for the given leads (compare mode draws both on it): their local days, the first
 * cut to an hour before the start and the last to three hours after the end.
 */
function scaleFor(models: readonly LeadModel[], width: number): TimeScale {
  const byDay = new Map<number, LocalDay>();
  for (const m of models) for (const d of m.bands.days) if (!byDay.has(d.day)) byDay.set(d.day, d);
  const instants = models.flatMap((m) => [instantMs(m.timeline.from), m.endMs, ...m.events.flatMap((e) => (e.until === undefined ? [e.at] : [e.at, e.until]))]);
  const from = Math.floor((Math.min(...instants) - LEAD_IN_MS) / 3_600_000) * 3_600_000;
  const to = Math.ceil((Math.max(...instants) + LEAD_OUT_MS) / 3_600_000) * 3_600_000;
  const days = [...byDay.values()]
    .sort((a, b) => a.day - b.day)
    .filter((d) => d.end > from && d.start < to)
    .map((d) => ({ ...d, start: Math.max(d.start, from), end: Math.min(d.end, to) }));
  const busy = models.flatMap((m) => m.events.filter((e) => e.kind !== "exit").map((e) => e.at));
  return timeScale(days, busy, width);
}
