import { html, type Html } from "./html.js";
import { channelLabel } from "./labels.js";
import type { LeadModel } from "./leadModel.js";

/** The chart's events as an accessible table, in time order: the same objects, so the two always agree. */
export function eventTable(model: LeadModel, caption: string): Html {
  const rows = model.events.map(
    (
      e,
    ) => html`<tr class="tone-${e.tone}" data-kind="${e.kind}" data-channel="${e.channel ?? ""}" data-entry="${e.entry}" data-at="${new Date(e.at).toISOString()}">
<td class="nowrap">${e.local}</td><td class="nowrap num">${e.elapsed}</td><th scope="row"><span class="pill pill-${e.kind}">${e.what}</span></th><td>${e.channel === undefined ? "" : channelLabel(e.channel)}</td><td>${e.step ?? ""}</td><td>${e.detail}</td></tr>`,
  );
  return html`<div class="table-wrap"><table class="events">
<caption>${caption}</caption>
<thead><tr><th scope="col">Local time</th><th scope="col">Since start</th><th scope="col">Event</th><th scope="col">Channel</th><th scope="col">Step</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows.length === 0 ? html`<tr><td colspan="6">Nothing happened in the simulated period.</td></tr>` : rows}</tbody></table></div>`;
}
