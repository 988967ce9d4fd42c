import { html, type Html } from "./html.js";
import { count, durationLabel } from "./labels.js";
import type { Bin, PopulationStats } from "./populationStats.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function pct(n: number, of: number): string {
  return of === 0 ? "0 %" : `${Math.round((100 * n) / of)} %`;
}

/** The population's headline figures. */
function kpis(s: PopulationStats): Html {
  const items: [string, string][] = [
    [String(s.leads), "leads simulated"],
    [pct(s.contacted, s.leads), `reached (${s.contacted} connected, replied or booked)`],
    [s.firstTouch.medianMs === undefined ? "none" : durationLabel(s.firstTouch.medianMs), "median time to first touch"],
    [s.firstTouch.p90Ms === undefined ? "none" : durationLabel(s.firstTouch.p90Ms), "90th percentile to first touch"],
    [s.leads === 0 ? "0" : (s.touches / s.leads).toFixed(1), "touches per lead"],
  ];
  return html`<ul class="kpis">${items.map(([v, k]) => html`<li><span class="v">${v}</span><span class="k">${k}</span></li>`)}</ul>`;
}

/** Touches per lead-local weekday × hour. */
function heatMap(s: PopulationStats): Html {
  const cell = 46;
  const rowH = 30;
  const left = 40;
  const top = 22;
  const width = left + 24 * cell + 4;
  const height = top + 7 * rowH + 6;
  const max = Math.max(1, ...s.heat.flat());
  const cells = s.heat.flatMap((row, d) =>
    row.map((n, h) => {
      const x = left + h * cell;
      const y = top + d * rowH;
      const label = `${WEEKDAYS[d] ?? ""} ${String(h).padStart(2, "0")}:00–${String(h + 1).padStart(2, "0")}:00 · ${count(n, "touch", "touches")}`;
      return html`<g class="heat" data-weekday="${d}" data-hour="${h}" data-count="${n}"><rect class="heat-cell" x="${x}" y="${y}" width="${cell}" height="${rowH}" rx="4" fill-opacity="${n === 0 ? 0.05 : 0.15 + 0.85 * (n / max)}"><title>${label}</title></rect>${n === 0 ? "" : html`<text x="${x + cell / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" class="heat-value">${n}</text>`}</g>`;
    }),
  );
  const hours = Array.from({ length: 24 }, (_, h) =>
    h % 3 === 0
      ? html`<text class="axis-label" x="${left + h * cell + cell / 2}" y="${top - 8}" text-anchor="middle">${`${String(h).padStart(2, "0")}h`}</text>`
      : html``,
  );
  const days = WEEKDAYS.map((d, i) => html`<text class="axis-label" x="${left - 8}" y="${top + i * rowH + rowH / 2 + 4}" text-anchor="end">${d}</text>`);
  return html`<svg class="chart small heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Touches per lead-local weekday and hour; the largest cell holds ${max}">${hours}${days}${cells}</svg>`;
}

/** Horizontal bars, the label above each bar, each a share of its row's `of` (else of `max`); an optional thin second bar (green) below it. */
function bars(
  rows: readonly { label: string; value: number; text: string; second?: number; secondText?: string; of?: number }[],
  max: number,
  cls: string,
  aria: string,
): Html {
  const barW = 400;
  const width = barW + 150;
  const rowH = rows.some((r) => r.second !== undefined) ? 48 : 40;
  const height = rows.length * rowH + 4;
  const body = rows.map((r, i) => {
    const of = r.of ?? max;
    const scale = (v: number): number => (of === 0 ? 0 : (v / of) * barW);
    const y = i * rowH + 2;
    const second =
      r.second === undefined
        ? html``
        : html`<rect class="bar-bg" x="0" y="${y + 35}" width="${barW}" height="6" rx="3"/><rect class="bar-contact" x="0" y="${y + 35}" width="${scale(r.second)}" height="6" rx="3"/><text class="bar-value" x="${barW + 10}" y="${y + 42}">${r.secondText ?? ""}</text>`;
    return html`<g class="bar-row" data-label="${r.label}" data-value="${r.value}"><text class="bar-label" x="0" y="${y + 12}">${clipLabel(r.label)}<title>${r.label}</title></text><rect class="bar-bg" x="0" y="${y + 18}" width="${barW}" height="14" rx="4"/><rect class="bar" x="0" y="${y + 18}" width="${scale(r.value)}" height="14" rx="4"/><text class="bar-value" x="${barW + 10}" y="${y + 29}">${r.text}</text>${second}</g>`;
  });
  return html`<svg class="chart small ${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${`${aria}: ${rows.map((r) => `${r.label}: ${r.text}${r.secondText === undefined ? "" : `, ${r.secondText}`}`).join("; ")}`}">${body}</svg>`;
}

function clipLabel(label: string): string {
  const chars = [...label];
  return chars.length <= 70 ? label : `${chars.slice(0, 69).join("")}…`;
}

/** Vertical histogram. */
function histogram(bins: readonly Bin[], aria: string): Html {
  const colW = 64;
  const left = 8;
  const chartH = 150;
  const top = 18;
  const width = left + bins.length * colW + 8;
  const height = top + chartH + 40;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const body = bins.map((b, i) => {
    const h = (b.count / max) * chartH;
    const x = left + i * colW;
    return html`<g class="hist-bin" data-label="${b.label}" data-count="${b.count}"><rect class="bar-bg" x="${x + 8}" y="${top}" width="${colW - 16}" height="${chartH}" rx="4"/><rect class="bar" x="${x + 8}" y="${top + chartH - h}" width="${colW - 16}" height="${h}" rx="4"/><text class="bar-value" x="${x + colW / 2}" y="${top + chartH - h - 5}" text-anchor="middle">${b.count}</text><text class="axis-label" x="${x + colW / 2}" y="${top + chartH + 16}" text-anchor="middle">${b.label}</text></g>`;
  });
  return html`<svg class="chart small histogram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${`${aria}: ${bins.map((b) => `${b.label}: ${b.count}`).join("; ")}`}">${body}</svg>`;
}

/** The heat map's counts as a table for screen readers (the chart is an image to them). */
function heatTable(s: PopulationStats): Html {
  const hour = (h: number): string => `${String(h).padStart(2, "0")}:00`;
  return html`<div class="sr-only"><table class="heat-table"><caption>Touches per lead-local weekday (rows) and hour (columns)</caption>
<thead><tr><td></td>${Array.from({ length: 24 }, (_, h) => html`<th scope="col">${hour(h)}</th>`)}</tr></thead>
<tbody>${s.heat.map((row, d) => html`<tr><th scope="row">${WEEKDAYS[d] ?? ""}</th>${row.map((n) => html`<td>${n}</td>`)}</tr>`)}</tbody></table></div>`;
}

/** The population view: figures, heat map, reach by step, exits, time to first touch. */
export function populationSection(s: PopulationStats, heading: string, sub: string): Html {
  const severalPlans = new Set(s.steps.map((st) => st.plan)).size > 1;
  const reach = s.steps.map((st) => ({
    label: severalPlans ? `${st.plan} · ${st.name ?? st.stepId}` : (st.name ?? st.stepId),
    value: st.touched,
    of: st.leads,
    text: `${pct(st.touched, st.leads)} touched`,
    second: st.contactedBy,
    secondText: `${pct(st.contactedBy, st.leads)} reached so far`,
  }));
  const exits = s.exits.map((e) => ({ label: e.label, value: e.count, text: `${e.count} · ${pct(e.count, s.leads)}` }));
  const noTouch = s.firstTouch.none === 0 ? "" : ` ${count(s.firstTouch.none, "lead")} got no touch at all.`;
  return html`<section class="card population" aria-labelledby="pop-h">
<h2 id="pop-h">${heading}</h2><p class="sub">${sub}</p>
${kpis(s)}</section>
<section class="card" aria-labelledby="heat-h"><h3 id="heat-h">When touches happen (lead-local time)</h3><div class="chart-wrap">${heatMap(s)}</div>${heatTable(s)}<p class="note">Each cell counts touches in that hour of the lead's own day, whatever its time zone.</p></section>
<div class="grid2">
<section class="card" aria-labelledby="ttf-h"><h3 id="ttf-h">Time to first touch</h3><div class="chart-wrap">${histogram(s.firstTouch.bins, "Leads by time from enrolment to their first touch")}</div><p class="note">Median ${s.firstTouch.medianMs === undefined ? "none" : durationLabel(s.firstTouch.medianMs)}, 90th percentile ${s.firstTouch.p90Ms === undefined ? "none" : durationLabel(s.firstTouch.p90Ms)}.${noTouch}</p></section>
<section class="card" aria-labelledby="reach-h"><h3 id="reach-h">Reach by step</h3><div class="chart-wrap">${bars(reach, s.leads, "reach", "Share of leads each step touched, and the share reached so far")}</div><p class="note">Blue: leads the step touched. Green: leads reached (connected, replied or booked) by the end of the step, in plan order.</p></section>
<section class="card" aria-labelledby="exit-h"><h3 id="exit-h">How leads left the cadence</h3><div class="chart-wrap">${bars(exits, s.leads, "exits", "Leads by exit reason")}</div></section>
</div>`;
}
