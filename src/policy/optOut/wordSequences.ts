import { memoiseWeak } from "../../primitives/index.js";

/**
 * A table's word list (its context words, its coordinators, its cues' auxiliaries of the past), each
 * entry split into its words; a `#` stands for any number ("voor 10 uur"). This module is the one
 * reading of whether one of them starts, ends or occurs at a word of a clause, or is the whole
 * clause; each list is indexed once by first word (weakly, by the list object), so a position whose
 * word opens none of its sequences costs one lookup.
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
  const list = candidates(seqs, words[at]);
  if (list === undefined) return 0;
  let longest = 0;
  for (const seq of list) {
    if (seq.length > longest && at + seq.length <= words.length && seq.every((w, j) => sameWord(w, words[at + j]))) longest = seq.length;
  }
  return longest;
}

/** True when one of `seqs` opens the clause. */
export function startsWith(words: readonly string[], seqs: Sequences): boolean {
  return startsAt(words, 0, seqs) !== 0;
}

/** True when the clause is nothing but one of `seqs` ("…, Ihnen nicht!", "…, c'est clair ?"). */
export function isWhole(words: readonly string[], seqs: Sequences): boolean {
  return words.length > 0 && startsAt(words, 0, seqs) === words.length;
}

/** True when one of `seqs` ends right before word `at`. */
export function endsAt(words: readonly string[], at: number, seqs: Sequences): boolean {
  return endsWithLength(words, at, seqs) !== 0;
}

/** The length of the first of `seqs` ending right before word `at`, else 0. */
export function endsWithLength(words: readonly string[], at: number, seqs: Sequences): number {
  for (const seq of seqs) {
    const begin = at - seq.length;
    if (begin >= 0 && seq.every((w, j) => sameWord(w, words[begin + j]))) return seq.length;
  }
  return 0;
}

/** True when one of `seqs` lies entirely within words `[from, to)`. */
export function occursIn(words: readonly string[], from: number, to: number, seqs: Sequences): boolean {
  if (seqs.length === 0) return false;
  for (let i = from; i < to; i++) {
    const list = candidates(seqs, words[i]);
    if (list === undefined) continue;
    for (const seq of list) {
      if (i + seq.length <= to && seq.every((w, j) => sameWord(w, words[i + j]))) return true;
    }
  }
  return false;
}

/** A sequence's word; `#` stands for any number. */
function sameWord(expected: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (expected === "#") {
    const c = word.charCodeAt(0);
    return c >= 48 && c <= 57;
  }
  return word === expected;
}
