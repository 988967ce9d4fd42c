import { html, type Html } from "./html.js";

const SW = (shape: string): Html => html`<svg class="swatch" viewBox="0 0 18 14" width="18" height="14" aria-hidden="true">${rawShape(shape)}</svg>`;

function rawShape(shape: string): Html {
  switch (shape) {
    case "open":
      return html`<rect class="band-open" x="0" y="0" width="18" height="14" rx="2"/>`;
    case "quiet":
      return html`<rect class="legend-quiet" x="0" y="0" width="18" height="14" rx="2"/>`;
    case "weekend":
      return html`<rect class="legend-weekend" x="0" y="0" width="18" height="14" rx="2"/>`;
    case "holiday":
      return html`<rect class="legend-holiday" x="0" y="0" width="18" height="14" rx="2"/>`;
    case "deferral":
      return html`<path class="diamond tone-held" d="M5,2 L10,7 L5,12 L0,7 z" transform="translate(1 0)"/><line class="legend-defer" x1="11" y1="7" x2="18" y2="7"/>`;
    case "ring":
      return html`<circle class="ring legend-ring" cx="9" cy="7" r="4.5"/>`;
    case "skip":
      return html`<path class="cross" d="M5,3 L13,11 M13,3 L5,11"/>`;
    case "escalation":
      return html`<path class="triangle" d="M9,1 L16,13 L2,13 z"/>`;
    case "lead":
      return html`<rect class="square" x="5" y="3" width="8" height="8" rx="2" transform="rotate(45 9 7)"/>`;
    case "exit":
      return html`<path class="flag" d="M6,1 l0,12 M6,1 l8,3.5 l-8,3.5 z"/>`;
    default:
      return html`<circle class="dot legend-${shape}" cx="9" cy="7" r="5.5"/>`;
  }
}

const ITEMS: readonly (readonly [string, string])[] = [
  ["reached", "reached (connected, replied)"],
  ["sent", "sent, delivered, done"],
  ["missed", "no answer, busy, voicemail"],
  ["failed", "failed, bounced"],
  ["ring", "outcome learnt later (coloured as above)"],
  ["deferral", "deferred: held until allowed"],
  ["skip", "step skipped"],
  ["escalation", "SLA escalation"],
  ["lead", "the lead's own action"],
  ["exit", "exit"],
  ["open", "send window open"],
  ["quiet", "quiet hours"],
  ["weekend", "weekend"],
  ["holiday", "holiday"],
];

/** What the chart's marks and bands mean. */
export function legend(): Html {
  return html`<ul class="legend" aria-label="Legend">${ITEMS.map(([shape, label]) => html`<li>${SW(shape)}<span>${label}</span></li>`)}</ul>`;
}
