/**
 * Characters a terminal acts on rather than shows: C0 controls (tab, line feed and carriage return
 * included), DEL, C1 controls (CSI is 0x9b), the Unicode line and paragraph separators and the
 * bidirectional embeddings, overrides and isolates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data (a lead id, a plan name, a template, a reply) made safe to print in a line of
 * terminal output: each control character is written as a `\uXXXX` escape. Invariant: the result
 * holds no control character, so data can never move the cursor, recolour, clear or retitle the
 * terminal, or forge a line or a column; text without one comes back unchanged.
 * @example printable("lead-7\u001b[2J") // "lead-7\\u001b[2J"
 */
export function printable(text: string): string {
  return text.replace(CONTROL, unicodeEscape);
}

/** The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data made unable to reorder the text around it: each bidirectional embedding,
 * override or isolate is written as a `\uXXXX` escape, as {@link printable} writes it (a lead id
 * with U+202E would show the rest of its line reversed). Right-to-left letters need none of them
 * and stay as they are; text without one comes back unchanged.
 * @example withoutBidiControls("lead-\u202e1042") // "lead-\\u202e1042"
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, unicodeEscape);
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
