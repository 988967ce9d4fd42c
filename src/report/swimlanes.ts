import { instantMs } from "../primitives/index.js";
import { DAY_MS, fromLocalMs, toLocalMs } from "../calendar/index.js";
import type { LocalDay, Span } from "./calendarBands.js";
import { html, type Html } from "./html.js";
import { channelLabel } from "./labels.js";
import { LEAD_LANE, type LeadModel, type ReportEvent } from "./leadModel.js";
import type { DayColumn, TimeScale } from "./timeScale.js";
import { tooltip } from "./tooltip.js";

/** An inline SVG chart and the page CSS it needs (its size on screen when it outgrew the width asked for). */
export interface Chart {
  readonly svg: Html;
  readonly css: readonly string[];
  /** The line below the chart that names the holidays and closures it shades (empty when none). */
  readonly closures: Html;
}

/** The left margin's bounds: it widens from the narrowest to hold the longest lane label, up to the widest (longer labels are cut). */
const MIN_LEFT = 128;
const MAX_LEFT = 300;
/** A generous width of one character of a lane label (13 px, semi-bold). */
const LANE_CHAR_W = 8.2;
const RIGHT = 14;
const AXIS = 46;
const FOOT = 30;
const ROW = 16;
const LANE_PAD = 10;
const LANE_GAP = 4;
const R = 6;
/** The narrowest day column that gets a label even when its date does not fit inside it. */
const MIN_LABELLED = 14;
const HOUR_MS = 3_600_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

interface Placed {
  readonly event: ReportEvent;
  readonly x: number;
  readonly x2: number;
  readonly row: number;
}

interface Lane {
  readonly key: string;
  readonly label: string;
  readonly placed: readonly Placed[];
  readonly rows: number;
}

/**
 * Swimlanes per channel against the lead's local time: bands for send windows, quiet hours,
 * weekends and holidays; a marker per touch coloured by outcome; deferrals as arrows from the
 * intended to the actual instant; skips; the lead's own actions; the exit. Every marker is
 * focusable and shows its trace entry on hover and focus (CSS only: the report runs no script).
 * `left`: the margin of the lane labels, {@link laneMargin} of every chart on the same axis.
 */
export function swimlaneChart(model: LeadModel, scale: TimeScale, chartId: string, caption: string, left: number): Chart {
  const plotX = (ms: number): number => left + scale.x(ms);
  const lanes: Lane[] = laneKeysOf(model).map((key) =>
    placeLane(
      key,
      model.events.filter((e) => e.lane === key),
      plotX,
    ),
  );
  const width = left + scale.width + RIGHT;
  const heights = lanes.map((l) => Math.max(2, l.rows) * ROW + 2 * LANE_PAD);
  const lanesHeight = heights.reduce((a, b) => a + b + LANE_GAP, 0);
  const height = Math.max(AXIS + lanesHeight + FOOT, 190);
  const bottom = AXIS + lanesHeight - LANE_GAP;
  const bounds = { width, height };
  const tooltipAt =
    (x: number, y: number) =>
    (e: ReportEvent, tipId: string): Html =>
      tooltip(tipId, e.title, e.lines, x, y, bounds);
  // A plot that outgrew the width asked for keeps its own size on screen and scrolls in its card: scaled to the page, its labels would shrink past reading.
  const css: string[] = scale.overflows ? [`@media screen{#${chartId}{min-width:${Math.ceil(width)}px}}`] : [];
  const glyphs: Html[] = [];
  const marks: Html[] = [];
  const laneRows: Html[] = [];
  let y = AXIS;
  for (const [i, lane] of lanes.entries()) {
    const h = heights[i] as number;
    const top = y;
    const open = model.bands.open.get(lane.key);
    const quiet = model.bands.quiet.get(lane.key);
    laneRows.push(html`<g class="lane" data-lane="${lane.key === LEAD_LANE ? "lead" : lane.key}">
<rect class="lane-bg" x="${left}" y="${top}" width="${scale.width}" height="${h}"/>
${lane.key === LEAD_LANE ? "" : spans(open, plotX, top, h, "band-open")}${spans(quiet, plotX, top, h, "band-quiet")}
${laneLabelText(lane.label, left - 10, top + h / 2 + 4)}</g>`);
    for (const p of lane.placed) {
      const cy = top + LANE_PAD + ROW / 2 + p.row * ROW;
      glyphs.push(glyph(p, cy));
      marks.push(mark(p.event, hitArea(p, cy), chartId, tooltipAt(p.x, cy)));
    }
    y += h + LANE_GAP;
  }
  const columns = scale.columns;
  const weekends = columns
    .filter((c) => c.day.weekend)
    .map((c) => html`<rect class="band-weekend" x="${left + c.x}" y="${AXIS}" width="${c.width}" height="${bottom - AXIS}"/>`);
  // The foot row under the lanes: the exit's label first, then the start line's, then the holidays' names, each only where it runs into none before it.
  const footRow = new FootRow();
  const exitEvent = model.events.find((e) => e.kind === "exit");
  const exit = exitEvent === undefined ? undefined : exitMarker(exitEvent, plotX(exitEvent.at), bottom, width, footRow);
  if (exitEvent !== undefined && exit !== undefined) marks.push(mark(exitEvent, exit.hit, chartId, tooltipAt(plotX(exitEvent.at), bottom)));
  const fromMs = instantMs(model.timeline.from);
  const start = plotX(fromMs);
  const foot = bottom + 18;
  // The simulation starts at the lead's enrolment, or later (its latest history record, or the `from` asked for).
  const startLabel = fromMs === instantMs(model.timeline.lead.enrolledAt) ? "enrolled" : "simulation start";
  const startW = startLabel.length * FOOT_CHAR_W;
  const startText = footRow.take(start + 3, start + 3 + startW)
    ? html`<text class="foot-label" x="${start + 3}" y="${foot}">${startLabel}</text>`
    : footRow.take(start - 5 - startW, start - 5)
      ? html`<text class="foot-label" x="${start - 5}" y="${foot}" text-anchor="end">${startLabel}</text>`
      : html``;
  const holidays = model.bands.closures.flatMap((s) => {
    const x = plotX(s.start);
    const w = plotX(s.end) - x;
    if (w <= 0) return [];
    const half = (s.name.length * FOOT_CHAR_W) / 2;
    const name =
      2 * half <= w && footRow.take(x + w / 2 - half, x + w / 2 + half)
        ? html`<text class="foot-label holiday-label" x="${x + w / 2}" y="${foot}" text-anchor="middle">${s.name}</text>`
        : html``;
    return [html`<rect class="band-holiday" x="${x}" y="${AXIS}" width="${w}" height="${bottom - AXIS}"><title>${s.name}</title></rect>${name}`];
  });
  const dayLines = columns.map(
    (c) => html`<line class="${c.day.weekday === 0 ? "grid-week" : "grid-day"}" x1="${left + c.x}" x2="${left + c.x}" y1="${AXIS - 16}" y2="${bottom}"/>`,
  );
  const dayLabels = dayLabelsOf(columns, left);
  const zone = model.timeline.zone.name;
  const hourTicks = columns.flatMap((c) =>
    hourTicksOf(
      c.width * (DAY_MS / (c.day.end - c.day.start)),
      (h) => {
        const wall = c.day.day * DAY_MS + h * HOUR_MS;
        const t = fromLocalMs(zone, wall);
        // An hour the clocks skip (02:00 on a spring-forward day) resolves to another: it gets no tick.
        return t <= c.day.start || t >= c.day.end || toLocalMs(zone, t) !== wall ? undefined : plotX(t);
      },
      bottom,
    ),
  );
  return {
    svg: html`<svg class="chart swimlanes" id="${chartId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${caption}" data-lanes="${lanes.length}">
<defs><pattern id="${chartId}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch" x1="0" y1="0" x2="0" y2="6"/></pattern>
<marker id="${chartId}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-head" d="M0,0 L8,4 L0,8 z"/></marker></defs>
<style>#${chartId} .band-quiet{fill:url(#${chartId}-hatch)}#${chartId} .deferral-path{marker-end:url(#${chartId}-arrow)}</style>
${laneRows}${weekends}${holidays}${dayLines}${hourTicks}${dayLabels}
<line class="start-line" x1="${start}" x2="${start}" y1="${AXIS}" y2="${bottom}"/>${startText}
<g class="glyphs">${glyphs}${exit?.glyph}</g><g class="marks">${marks}</g></svg>`,
    css,
    closures: closuresNote(columns),
  };
}

/** Places a lane's markers in rows so that none overlaps another (a dodge: each goes to the first row free at its x). */
function placeLane(key: string, events: readonly ReportEvent[], plotX: (ms: number) => number): Lane {
  const sorted = [...events].sort((a, b) => a.at - b.at || a.entry - b.entry);
  const rowEnds: number[] = [];
  const placed: Placed[] = [];
  for (const event of sorted) {
    const x = plotX(event.at);
    const x2 = event.until === undefined ? x : plotX(event.until);
    let row = rowEnds.findIndex((end) => end + 2 * R + 2 <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = Math.max(x, x2 - 2 * R);
    placed.push({ event, x, x2, row });
  }
  return { key, label: laneLabel(key, events), placed, rows: rowEnds.length };
}

/** A chart's lanes: the model's channels, then the lead's own when it did anything. */
function laneKeysOf(model: LeadModel): string[] {
  return [...model.lanes, ...(model.events.some((e) => e.lane === LEAD_LANE) ? [LEAD_LANE] : [])];
}

/** `Call · 4` (the lane's touches), or `Lead`. */
function laneLabel(key: string, events: readonly ReportEvent[]): string {
  return key === LEAD_LANE ? "Lead" : `${channelLabel(key)} · ${events.filter((e) => e.kind === "touch").length}`;
}

/**
 * The left margin that holds the lane labels of the given leads' charts, within its bounds. Charts
 * drawn on one time axis (a comparison) must share it, or their plots would not line up.
 */
export function laneMargin(models: readonly LeadModel[]): number {
  const longest = Math.max(
    0,
    ...models.flatMap((m) =>
      laneKeysOf(m).map(
        (key) =>
          [
            ...laneLabel(
              key,
              m.events.filter((e) => e.lane === key),
            ),
          ].length,
      ),
    ),
  );
  return Math.min(MAX_LEFT, Math.max(MIN_LEFT, Math.ceil(longest * LANE_CHAR_W) + 18));
}

/** A lane's label ending at `x`, cut with "…" (the whole one in its title) where even the widest margin cannot hold it. */
function laneLabelText(label: string, x: number, y: number): Html {
  const chars = [...label];
  const fits = Math.floor((x - 8) / LANE_CHAR_W);
  const shown = chars.length <= fits ? label : `${chars.slice(0, fits - 1).join("")}…`;
  return html`<text class="lane-label" x="${x}" y="${y}" text-anchor="end">${shown}${shown === label ? "" : html`<title>${label}</title>`}</text>`;
}

function spans(list: readonly Span[] | undefined, plotX: (ms: number) => number, top: number, h: number, cls: string): Html[] {
  return (list ?? []).flatMap((s) => {
    const x = plotX(s.start);
    const w = plotX(s.end) - x;
    return w <= 0 ? [] : [html`<rect class="${cls}" x="${x}" y="${top}" width="${w}" height="${h}"/>`];
  });
}

/**
 * The focusable overlay of one entry: its hit area and its tooltip, shown while the group is hovered
 * or focused. Overlays are drawn after every glyph, so a shown tooltip is never under another
 * mark (later overlays hold only transparent hit areas), and one stylesheet rule serves them all.
 */
function mark(e: ReportEvent, hit: Html, chartId: string, tip: (e: ReportEvent, tipId: string) => Html): Html {
  const tipId = `${chartId}-t${e.entry}`;
  return html`<g id="${`${chartId}-m${e.entry}`}" class="mark mark-${e.kind} tone-${e.tone}" tabindex="0" role="img" aria-label="${`${e.title}. ${e.lines.join(". ")}`}" aria-describedby="${tipId}" data-kind="${e.kind}" data-channel="${e.channel ?? ""}" data-entry="${e.entry}" data-at="${new Date(e.at).toISOString()}">${hit}${tip(e, tipId)}</g>`;
}

/** Where a marker answers the pointer, ringed while it is hovered or focused. */
function hitArea(p: Placed, cy: number): Html {
  return p.event.kind === "deferral"
    ? html`<rect class="hit" x="${p.x - R - 3}" y="${cy - R - 3}" width="${2 * R + 6}" height="${2 * R + 6}" rx="3"/>`
    : html`<circle class="hit" cx="${p.x}" cy="${cy}" r="${R + 4}"/>`;
}

/** What a marker looks like, by kind and tone. */
function glyph(p: Placed, cy: number): Html {
  const e = p.event;
  const shape = ((): Html => {
    switch (e.kind) {
      case "touch":
        return html`<circle class="dot" cx="${p.x}" cy="${cy}" r="${R}"/>`;
      case "outcome":
        return html`<circle class="ring" cx="${p.x}" cy="${cy}" r="${R - 2}"/>`;
      case "deferral": {
        const end = Math.max(p.x + 2, p.x2 - R - 1);
        return html`<line class="deferral-path" x1="${p.x + R}" y1="${cy}" x2="${end}" y2="${cy}"/><path class="diamond" d="M${p.x},${cy - R} L${p.x + R},${cy} L${p.x},${cy + R} L${p.x - R},${cy} z"/>`;
      }
      case "skip":
        return html`<path class="cross" d="M${p.x - R + 1},${cy - R + 1} L${p.x + R - 1},${cy + R - 1} M${p.x + R - 1},${cy - R + 1} L${p.x - R + 1},${cy + R - 1}"/>`;
      case "lead":
        return html`<rect class="square" x="${p.x - R + 1}" y="${cy - R + 1}" width="${2 * R - 2}" height="${2 * R - 2}" rx="2" transform="rotate(45 ${p.x} ${cy})"/>`;
      case "escalation":
        return html`<path class="triangle" d="M${p.x},${cy - R - 1} L${p.x + R + 1},${cy + R - 1} L${p.x - R - 1},${cy + R - 1} z"/>`;
      case "exit":
        return html``;
    }
  })();
  return html`<g class="glyph glyph-${e.kind} tone-${e.tone}" data-entry="${e.entry}">${shape}</g>`;
}

/** The exit's line, flag and label, and its hit area across the lanes. */
function exitMarker(e: ReportEvent, x: number, bottom: number, width: number, footRow: FootRow): { glyph: Html; hit: Html } {
  const label = e.title;
  const labelW = label.length * EXIT_CHAR_W;
  const right = x + 13 + labelW > width - 4;
  footRow.take(right ? x - 6 - labelW : x, right ? x + 9 : x + 13 + labelW);
  return {
    glyph: html`<g class="glyph glyph-exit tone-exit" data-entry="${e.entry}"><line class="exit-line" x1="${x}" x2="${x}" y1="${AXIS - 4}" y2="${bottom + 6}"/><path class="flag" d="M${x},${bottom + 6} l0,14 M${x},${bottom + 6} l9,4 l-9,4 z"/><text class="exit-label" x="${right ? x - 6 : x + 13}" y="${bottom + 18}" text-anchor="${right ? "end" : "start"}">${label}</text></g>`,
    hit: html`<rect class="hit" x="${x - 6}" y="${AXIS}" width="12" height="${bottom - AXIS}" rx="3"/>`,
  };
}

/** Generous character widths of the foot row's labels (11 px; the exit's 12 px semi-bold), and the space kept between them. */
const FOOT_CHAR_W = 6.2;
const EXIT_CHAR_W = 6.8;
const FOOT_GAP = 4;

/** The spans of the foot row already written on: a label is written only where it runs into none of them. */
class FootRow {
  readonly #taken: [number, number][] = [];

  /** Takes `[from, to]` when it keeps {@link FOOT_GAP} from every span taken, and says whether it did. */
  take(from: number, to: number): boolean {
    if (this.#taken.some(([a, b]) => from < b + FOOT_GAP && a < to + FOOT_GAP)) return false;
    this.#taken.push([from, to]);
    return true;
  }
}

/** `Mon 16 Mar`. */
function dayName(day: LocalDay): string {
  const date = new Date(day.day * DAY_MS);
  return `${WEEKDAYS[day.weekday] ?? ""} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ""}`;
}

/** Names every holiday or closure among the chart's days: its label under the column is drawn only where the name fits. */
function closuresNote(columns: readonly DayColumn[]): Html {
  const closed = columns.flatMap((c) => (c.day.holiday === undefined ? [] : [`${c.day.holiday}, ${dayName(c.day)}`]));
  return closed.length === 0 ? html`` : html`<p class="note closures">Closed (amber columns): ${closed.join("; ")}.</p>`;
}

/** A generous width of one character of a day label (12 px, semi-bold), and the space kept after a label. */
const LABEL_CHAR_W = 7.6;
const LABEL_GAP = 6;

/**
 * Each day column's label, the longest of `Mon 16 Mar`, `Mo 16`, `16` its column holds. Invariant: no
 * label reaches the next one. A full day too narrow even for its date writes it into the next column,
 * whose label then gives way (every other day is labelled); a cut-short edge day that narrow has none.
 */
function dayLabelsOf(columns: readonly DayColumn[], left: number): Html[] {
  const out: Html[] = [];
  let free = Number.NEGATIVE_INFINITY;
  for (const c of columns) {
    const x = left + c.x + 4;
    if (x < free) continue;
    const d = new Date(c.day.day * DAY_MS).getUTCDate();
    const forms = [dayName(c.day), `${(WEEKDAYS[c.day.weekday] ?? "").slice(0, 2)} ${d}`, String(d)];
    const widthOf = (text: string): number => text.length * LABEL_CHAR_W;
    const text = forms.find((t) => widthOf(t) <= c.width - 4 - LABEL_GAP) ?? (c.width >= MIN_LABELLED ? String(d) : undefined);
    if (text === undefined) continue;
    out.push(html`<text class="day-label${c.day.weekend ? " weekend" : ""}" x="${x}" y="${18}">${text}</text>`);
    free = x + widthOf(text) + LABEL_GAP;
  }
  return out;
}

/** Hour ticks of one local day (`width`: what a whole day would span): every 2, 3 or 6 hours as it allows, only where the column shows the hour (at the wall-clock hour, DST days included). */
function hourTicksOf(width: number, xAt: (hour: number) => number | undefined, bottom: number): Html[] {
  const step = width >= 600 ? 2 : width >= 300 ? 3 : width >= 150 ? 6 : 0;
  if (step === 0) return [];
  const out: Html[] = [];
  for (let h = step; h < 24; h += step) {
    const tx = xAt(h);
    if (tx === undefined) continue;
    out.push(
      html`<line class="grid-hour" x1="${tx}" x2="${tx}" y1="${AXIS - 6}" y2="${bottom}"/><text class="hour-label" x="${tx}" y="${AXIS - 10}" text-anchor="middle">${`${String(h).padStart(2, "0")}:00`}</text>`,
    );
  }
  return out;
}
