/**
 * The form opt-out rules are written in: lower case, accents removed, `ß` → `ss`, invisible format
 * characters (zero-width space and joiners, word joiner, soft hyphen, bidi marks: `S\u200bTOP` is
 * `stop`) removed, every run of punctuation, symbols, apostrophes and whitespace turned into one
 * space, trimmed; a number sign standing before no letter or digit is the word "number" ("Wrong #").
 */
export function normalizeMessage(text: string): string {
  return prepared(text)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * How a word is written: `upper`, a letter and none in lower case ("STOP", "S"); `title`, a capital
 * and then lower case ("Mike"); `lower`, lower case and no capital first ("stop", "iPhone"); `none`,
 * no letter ("42").
 */
export type WordCase = "upper" | "title" | "lower" | "none";

/**
 * How each word {@link normalizeMessage} reads in `text` is written; every word `none` where the two
 * readings split the text differently (a letter whose lower case is two characters).
 */
export function wordCases(text: string, count: number): readonly WordCase[] {
  const words = prepared(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ");
  if (words.length !== count) return new Array<WordCase>(count).fill("none");
  return words.map(wordCase);
}

function wordCase(word: string): WordCase {
  if (word === word.toUpperCase()) return word !== word.toLowerCase() ? "upper" : "none";
  const first = word[0] as string;
  return first !== first.toLowerCase() ? "title" : "lower";
}

/** Marks and format characters removed, a number sign before no letter or digit written as the word. */
function prepared(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}]+/gu, "")
    .replace(/#(?![\p{L}\p{N}])/gu, " number ");
}
