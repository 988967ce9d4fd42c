import type { CompiledContext, CompiledPhrase } from "./compiledRules.js";
import type { Clause } from "./messageClauses.js";
import { CONTEXT_WINDOW } from "./rules/optOutRules.js";

/** What a phrase match means in its clause. */
export type Judgement =
  | { readonly verdict: "opt_out"; readonly confidence: number }
  | { readonly verdict: "uncertain"; readonly reason: "question" | "condition" | "quoted" | "frequency" | "keyword_in_sentence" | "ambiguous" }
  | { readonly verdict: "none"; readonly reason: "negated" | "reported" | "past" | "constraint" | "quoted" };

/**
 * Reads a phrase match (words `[start, end)` of `clause`) in its context, in a fixed order:
 * negated or reported → none; an uncertain phrase stays uncertain (quoted: none, a mention); a quoted
 * or conditional opt-out phrase → uncertain;
 * in a question: about the past → none, a request → opt-out, else uncertain; followed by a time
 * constraint → none, by a frequency complaint → uncertain; otherwise an opt-out. Reads at most
 * {@link CONTEXT_WINDOW} words before the match and a few after it: constant work per match.
 */
export function judgeMatch(
  context: CompiledContext,
  phrase: CompiledPhrase,
  clause: Clause,
  previous: Clause | undefined,
  start: number,
  end: number,
): Judgement {
  const words = clause.words;
  const from = Math.max(0, start - CONTEXT_WINDOW);
  if (negated(context, words, start)) return { verdict: "none", reason: "negated" };
  if (occursIn(words, from, start, context.reported)) return { verdict: "none", reason: "reported" };
  let quoted = false;
  for (let i = start; i < end && !quoted; i++) quoted = clause.quoted[i] === true;
  if (phrase.verdict === "uncertain") return quoted ? { verdict: "none", reason: "quoted" } : { verdict: "uncertain", reason: phrase.reason ?? "ambiguous" };
  if (quoted) return { verdict: "uncertain", reason: "quoted" };
  if (occursIn(words, from, start, context.conditions) || (previous !== undefined && startsWith(previous.words, context.conditions))) {
    return { verdict: "uncertain", reason: "condition" };
  }
  if (clause.question && phrase.asks !== true) {
    if (occursIn(words, from, start, context.past)) return { verdict: "none", reason: "past" };
    if (occursIn(words, from, start, context.requests)) return { verdict: "opt_out", confidence: 0.85 };
    return { verdict: "uncertain", reason: "question" };
  }
  let after = end;
  for (let skipped = 0; skipped <= 2 && after < words.length; skipped++) {
    if (startsAt(words, after, context.frequency) !== 0) return { verdict: "uncertain", reason: "frequency" };
    if (startsAt(words, after, context.constraints) !== 0 && startsAt(words, after, context.skippable) === 0) return { verdict: "none", reason: "constraint" };
    const skip = startsAt(words, after, context.skippable);
    if (skip === 0) break;
    after += skip;
  }
  return { verdict: "opt_out", confidence: 0.9 };
}

/**
 * A negator right before the match, or one skippable word before it ("don't ever stop texting me").
 * A repeated word is emphasis, not negation ("no no me llames").
 */
function negated(context: CompiledContext, words: readonly string[], start: number): boolean {
  if (start === 0 || words[start - 1] === words[start]) return false;
  if (endsAt(words, start, context.negators)) return true;
  return start > 1 && startsAt(words, start - 1, context.skippable) === 1 && endsAt(words, start - 1, context.negators);
}

/** True when one of `seqs` ends right before word `at`. */
function endsAt(words: readonly string[], at: number, seqs: readonly (readonly string[])[]): boolean {
  for (const seq of seqs) {
    const begin = at - seq.length;
    if (begin >= 0 && seq.every((w, j) => sameWord(w, words[begin + j]))) return true;
  }
  return false;
}

/** The length of the first of `seqs` starting at word `at`, else 0. */
function startsAt(words: readonly string[], at: number, seqs: readonly (readonly string[])[]): number {
  for (const seq of seqs) {
    if (at + seq.length <= words.length && seq.every((w, j) => sameWord(w, words[at + j]))) return seq.length;
  }
  return 0;
}

function startsWith(words: readonly string[], seqs: readonly (readonly string[])[]): boolean {
  return startsAt(words, 0, seqs) !== 0;
}

/** True when one of `seqs` lies entirely within words `[from, to)`. */
function occursIn(words: readonly string[], from: number, to: number, seqs: readonly (readonly string[])[]): boolean {
  for (let i = from; i < to; i++) {
    for (const seq of seqs) {
      if (i + seq.length <= to && seq.every((w, j) => sameWord(w, words[i + j]))) return true;
    }
  }
  return false;
}

/** A context word; `#` stands for any number ("voor 10 uur"). */
function sameWord(expected: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (expected === "#") {
    const c = word.charCodeAt(0);
    return c >= 48 && c <= 57;
  }
  return word === expected;
}
