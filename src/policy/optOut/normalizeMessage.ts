/**
 * The form opt-out rules are written in: lower case, accents removed, `ß` → `ss`, invisible format
 * characters (zero-width space and joiners, word joiner, soft hyphen, bidi marks: `S\u200bTOP` is
 * `stop`) removed, every run of punctuation, symbols, apostrophes and whitespace turned into one
 * space, trimmed.
 */
export function normalizeMessage(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How a word is written: `upper`, a letter and none in lower case ("STOP", "S"); `lower`, some letter in lower case; `none`, no letter ("42"). */
export type WordCase = "upper" | "lower" | "none";

/**
 * How each word {@link normalizeMessage} reads in `text` is written; every word `none` where the two
 * readings split the text differently (a letter whose lower case is two characters).
 */
export function wordCases(text: string, count: number): readonly WordCase[] {
  const words = withoutMarks(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ");
  if (words.length !== count) return new Array<WordCase>(count).fill("none");
  return words.map((w) => (w !== w.toUpperCase() ? "lower" : w !== w.toLowerCase() ? "upper" : "none"));
}

function withoutMarks(text: string): string {
  return text.normalize("NFKD").replace(/[\p{M}\p{Cf}]+/gu, "");
}
