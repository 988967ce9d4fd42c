/**
 * The form opt-out rules are written in: lower case, accents removed, `ß` → `ss`, every run of
 * punctuation, symbols, apostrophes and whitespace turned into one space, trimmed.
 */
export function normalizeMessage(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
