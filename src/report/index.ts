/**
 * `lead-cadence/report`: simulated timelines as one self-contained HTML file (inline SVG and CSS,
 * no script, no external request), for the people who own a cadence and review its changes.
 */
export { renderTimelineHtml, type RenderTimelineHtmlOptions } from "./renderTimelineHtml.js";
export { REPORT_CSP } from "./document.js";
