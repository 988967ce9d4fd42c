import { instantMs } from "../primitives/index.js";
import { describeZone } from "../schedule/index.js";
import { eventTable } from "./eventTable.js";
import { html, type Html } from "./html.js";
import { channelLabel, count, durationLabel, exitReasonLabel } from "./labels.js";
import { legend } from "./legend.js";
import type { LeadModel } from "./leadModel.js";
import { swimlaneChart, type Chart } from "./swimlanes.js";
import type { TimeScale } from "./timeScale.js";

/** The headline figures of one lead's timeline. */
export function leadKpis(model: LeadModel): Html {
  const t = model.timeline;
  const from = instantMs(t.from);
  const first = t.firstTouch;
  const exit = t.exit;
  const perChannel = Object.entries(t.byChannel)
    .map(([c, list]) => `${channelLabel(c)} ${list.length}`)
    .join(" · ");
  const items: [string, string][] = [
    [String(t.touches.length), t.touches.length === 0 ? "touches" : `touches (${perChannel})`],
    [first === undefined ? "none" : durationLabel(instantMs(first.at) - from), "to the first touch"],
    [String(t.deferrals.length), "deferrals (windows, quiet hours, caps)"],
    [String(t.skips.length), "steps skipped"],
    ...(t.escalations.length === 0 ? [] : ([[String(t.escalations.length), "SLA escalations"]] as [string, string][])),
    exit === null
      ? [t.end.reason === "until" ? "still running" : "waiting", t.end.reason === "until" ? "at the end of the simulation" : "nothing more scheduled"]
      : [
          exitReasonLabel(exit.reason),
          // An exit the lead's history already held (an opt-out before its latest record) precedes the start.
          instantMs(exit.at) < from ? "exit before the simulation start" : `exit after ${durationLabel(instantMs(exit.at) - from)}`,
        ],
  ];
  return html`<ul class="kpis">${items.map(([v, k]) => html`<li><span class="v">${v}</span><span class="k">${k}</span></li>`)}</ul>`;
}

/** One lead's section: heading, figures, legend, swimlanes (on `scale`, lane labels in a `left` margin) and the event table. */
export function leadSection(model: LeadModel, scale: TimeScale, left: number, chartId: string, heading: string): { html: Html; chart: Chart } {
  const t = model.timeline;
  const zone = describeZone(t.zone);
  const caption = `Timeline of lead ${t.leadId} under ${t.plan.name} v${t.planVersion}, in the lead's local time, ${zone}`;
  const chart = swimlaneChart(model, scale, chartId, caption, left);
  return {
    chart,
    html: html`<section class="card lead" aria-labelledby="${chartId}-h">
<h2 id="${chartId}-h">${heading}</h2>
<p class="sub">Lead ${t.leadId} · local time ${zone} · simulated ${t.fromLocal} → ${t.untilLocal} · ${count(t.evaluations, "evaluation")}</p>
${leadKpis(model)}${legend()}
<div class="chart-wrap">${chart.svg}</div>${chart.closures}
${eventTable(model, `Every event, in the lead's local time (${t.zone.name}). Hover or focus a mark on the chart for the same entry.`)}
</section>`,
  };
}
