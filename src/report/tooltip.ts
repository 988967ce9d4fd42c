import { html, type Html } from "./html.js";

/** Longest tooltip line in characters; longer text (a long reply) ends with "…" here and stays whole in the table. */
const MAX_CHARS = 84;
/** Generous average glyph widths of the report's sans-serif at 12 px (bold title a little wider). */
const CHAR_W = 6.6;
const TITLE_CHAR_W = 7.3;
const LINE_H = 16;
const PAD = 10;

/** Cuts a line to {@link MAX_CHARS}. */
export function clip(line: string): string {
  const chars = [...line];
  return chars.length <= MAX_CHARS ? line : `${chars.slice(0, MAX_CHARS - 1).join("")}…`;
}

/** The SVG group of one tooltip, placed beside the point (x, y) and kept inside `bounds`. Drawn inside its marker's group, hidden until that group is hovered or focused. */
export function tooltip(
  id: string,
  title: string,
  lines: readonly string[],
  x: number,
  y: number,
  bounds: { readonly width: number; readonly height: number },
): Html {
  const shown = lines.filter((l) => l !== "").map(clip);
  const head = clip(title);
  const w = Math.ceil(Math.max([...head].length * TITLE_CHAR_W, ...shown.map((l) => [...l].length * CHAR_W)) + 2 * PAD);
  const h = PAD * 2 + LINE_H * (shown.length + 1) - 2;
  let left = x + 14;
  if (left + w > bounds.width - 4) left = x - 14 - w;
  left = Math.max(4, left);
  const top = Math.min(Math.max(4, y - h / 2), Math.max(4, bounds.height - h - 4));
  return html`<g class="tip" id="${id}" aria-hidden="true"><rect x="${left}" y="${top}" width="${w}" height="${h}" rx="6"/><text x="${left + PAD}" y="${top + PAD + 11}"><tspan class="tip-title">${head}</tspan>${shown.map((l, i) => html`<tspan x="${left + PAD}" y="${top + PAD + 11 + LINE_H * (i + 1)}">${l}</tspan>`)}</text></g>`;
}
