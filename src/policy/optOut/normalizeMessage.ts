/**
 * The form opt-out rules are written in: lower case, accents removed, `ß` → `ss`, invisible format
 * characters (zero-width space and joiners, word joiner, soft hyphen, bidi marks: `S\u200bTOP` is
 * `stop`) removed, every run of punctuation, symbols, apostrophes and whitespace turned into one
 * space, trimmed.
 */
export function normalizeMessage(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}]+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
