import { memoiseWeak } from "../../primitives/index.js";

/**
 * A table's word list (its context words, coordinators, channel words, fillers, its cues' auxiliaries
 * of the past), each entry split into its words; a `#` stands for any number ("voor 10 uur"). This
 * module is the one reading of whether one of them starts, ends or occurs at a word of a clause, or
 * is the whole clause, and of one sequence at a word ({@link standsAt}); each list is indexed once by
 * first word (weakly, by the list object), so a position whose word opens none of its sequences
 * costs one lookup.
 */
export type Sequences = readonly (readonly string[])[];

/** A list's sequences by their first word. */
type ByFirstWord = ReadonlyMap<string, Sequences>;

const byFirstWord = /* @__PURE__ */ memoiseWeak((seqs: Sequences): ByFirstWord => {
  const built = new Map<string, (readonly string[])[]>();
  for (const seq of seqs) {
    const first = seq[0] as string;
    const list = built.get(first);
    if (list === undefined) built.set(first, [seq]);
    else list.push(seq);
  }
  return built;
});

/** The sequences of `seqs` that may start at `word` (`#` ones too when it is a number). */
function candidates(seqs: Sequences, word: string | undefined): Sequences | undefined {
  if (word === undefined) return undefined;
  const index = byFirstWord(seqs);
  const own = index.get(word);
  const c = word.charCodeAt(0);
  if (c < 48 || c > 57) return own;
  const numbers = index.get("#");
  return own === undefined ? numbers : numbers === undefined ? own : [...own, ...numbers];
}

/** The length of the longest of `seqs` starting at word `at`, else 0. */
export function startsAt(words: readonly string[], at: number, seqs: Sequences): number {
  return longestAt(words, at, seqs)?.length ?? 0;
}

/** The longest of `seqs` starting at word `at` (the first listed of equal length), else undefined. */
export function longestAt(words: readonly string[], at: number, seqs: Sequences): readonly string[] | undefined {
  const list = candidates(seqs, words[at]);
  if (list === undefined) return undefined;
  let longest: readonly string[] | undefined;
  for (const seq of list) if ((longest === undefined || seq.length > longest.length) && standsAt(words, at, seq)) longest = seq;
  return longest;
}

/** True when one of `seqs` starts at word `at` and ends by word `to` (at or before it). */
export function startsWithin(words: readonly string[], at: number, to: number, seqs: Sequences): boolean {
  const list = candidates(seqs, words[at]);
  if (list === undefined) return false;
  for (const seq of list) if (at + seq.length <= to && standsAt(words, at, seq)) return true;
  return false;
}

/** True when one of `seqs` opens the clause. */
export function startsWith(words: readonly string[], seqs: Sequences): boolean {
  return startsAt(words, 0, seqs) !== 0;
}

/** True when the clause is nothing but one of `seqs` ("…, Ihnen nicht!", "…, c'est clair ?"). */
export function isWhole(words: readonly string[], seqs: Sequences): boolean {
  return words.length > 0 && startsAt(words, 0, seqs) === words.length;
}

/** True when one of `seqs` ends right before word `at`, starting at word `from` or after it. */
export function endsAt(words: readonly string[], at: number, seqs: Sequences, from = 0): boolean {
  return endsWithLength(words, at, seqs, from) !== 0;
}

/** The length of the first of `seqs` ending right before word `at` and starting at word `from` or after it, else 0. */
export function endsWithLength(words: readonly string[], at: number, seqs: Sequences, from = 0): number {
  for (const seq of seqs) {
    const begin = at - seq.length;
    if (begin >= Math.max(0, from) && standsAt(words, begin, seq)) return seq.length;
  }
  return 0;
}

/** True when one of `seqs` lies entirely within words `[from, to)`. */
export function occursIn(words: readonly string[], from: number, to: number, seqs: Sequences): boolean {
  if (seqs.length === 0) return false;
  for (let i = from; i < to; i++) if (startsWithin(words, i, to, seqs)) return true;
  return false;
}

/** True when `seq` stands at word `at`, all of it within the words; `#` stands for any number. */
export function standsAt(words: readonly string[], at: number, seq: readonly string[]): boolean {
  if (at < 0 || at + seq.length > words.length) return false;
  for (let j = 0; j < seq.length; j++) if (!sameWord(seq[j] as string, words[at + j] as string)) return false;
  return true;
}

/** A sequence's word; `#` stands for any number. */
function sameWord(expected: string, word: string): boolean {
  if (expected === "#") {
    const c = word.charCodeAt(0);
    return c >= 48 && c <= 57;
  }
  return word === expected;
}
