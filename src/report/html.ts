import { withoutBidiControls } from "../primitives/index.js";

/** Markup that is already safe: only {@link html} and {@link raw} make one. */
export class Html {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

/** A value {@link html} accepts: text and numbers are escaped, `Html` is kept, lists are joined, nothing-values vanish. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML and SVG element content and for quoted attribute values. Invariant: the
 * result contains none of `& < > " '` except as the start of an entity this function wrote.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Marks trusted, already-built markup (the report's own constants). Never pass user text. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "0";
  return escapeHtml(withoutBidiControls(value as string));
}

/**
 * Builds markup from a template: every interpolated string is escaped, so user text (plan and step
 * names, templates, reply text) can never open a tag or leave an attribute, nor with a bidirectional
 * override reverse the text after it ({@link withoutBidiControls}). Numbers are rounded to two
 * decimals (coordinates).
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}
