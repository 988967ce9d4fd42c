import { BoundedMemo } from "../../primitives/index.js";
import type { CompiledRules } from "./compiledRules.js";
import { notTypos } from "./notTypos.js";
import { OPT_OUT_RULES } from "./rules/index.js";

/** Reads one normalised word as the rule tables write it: one word, or several separated by spaces. */
export type Speller = (word: string) => string;

/** By the locales of the tables read together: few combinations, bounded anyway. */
const spellers = /* @__PURE__ */ new BoundedMemo<string, Speller>(64);

/**
 * How the tables read a word: a word any table writes stays as it is; else a table's `spelling`
 * rewrites it (`txt` → `text`, the first table that has it); else a word spelt with `ae`, `oe` or
 * `ue` for an umlaut is read without the `e` when a table writes that form (`loeschen` → `loschen`),
 * a letter stretched for emphasis (three times or more) as the word with it twice or once, as the first table that writes either form has it (`stoppp` → `stop`,
 * `bajaaa` → `baja`), a dropped final `g` as the word with it (`hittin` → `hitting`), and a typo
 * of a rule word as that word ({@link typoReader}: `numer` → `nummer`; not when a table's `typos` is
 * `false`, nor for a word of any table's `marks`, which is a word of its language: Portuguese
 * `merda` is no typo of Spanish `mierda`). Constant work per word
 * (words longer than {@link MAX_SPELT} are left alone).
 */
export function spellerFor(tables: readonly CompiledRules[]): Speller {
  const key = tables.map((t) => t.locale).join(",");
  let speller = spellers.get(key);
  if (speller === undefined) spellers.set(key, (speller = makeSpeller(tables)));
  return speller;
}

/** How many distinct words each speller remembers: replies repeat few words, and memory stays bounded. */
const REMEMBERED = 4_096;

function makeSpeller(tables: readonly CompiledRules[]): Speller {
  const read = readWord(tables);
  const seen = new BoundedMemo<string, string>(REMEMBERED);
  return (word) => {
    let spelt = seen.get(word);
    if (spelt === undefined) seen.set(word, (spelt = read(word)));
    return spelt;
  };
}

function readWord(tables: readonly CompiledRules[]): Speller {
  const known = (w: string) => tables.some((t) => t.vocabulary.has(w));
  // A table of a language notTypos() was not made from reads no typos at all (`OptOutRules.typos`).
  const typo = tables.every((t) => t.typos) ? typoReader(tables.map((t) => t.vocabulary)) : undefined;
  const spell = (word: string): string | undefined => {
    if (known(word)) return word;
    for (const t of tables) {
      const spelt = t.spelling.get(word);
      if (spelt !== undefined) return spelt;
    }
    return undefined;
  };
  return (word) => {
    const direct = spell(word);
    if (direct !== undefined || word.length > MAX_SPELT) return direct ?? word;
    if (word.length > 3 && UMLAUT_SPELLING.test(word)) {
      const folded = word.replace(UMLAUT_SPELLINGS, "$1");
      if (known(folded)) return folded;
    }
    if (STRETCHED.test(word)) {
      // The first table that writes either form decides: "stoppp" is English "stop" before German
      // "stopp", "allll" English "all" before Spanish "al".
      const twice = word.replace(STRETCHED_RUNS, "$1$1");
      const once = word.replace(STRETCHED_RUNS, "$1");
      for (const t of tables) {
        if (t.vocabulary.has(twice)) return twice;
        if (t.vocabulary.has(once)) return once;
      }
    }
    if (word.length > 4 && word.endsWith("in") && known(`${word}g`)) return `${word}g`;
    if (typo !== undefined && !notTypos().has(word) && !markWords().has(word)) return typo.correct(word) ?? word;
    return word;
  };
}

let marks: ReadonlySet<string> | undefined;

/** Every table's `marks` (the tables of `OPT_OUT_RULES`, which detection reads): words only their language writes, so never another language's typos. */
function markWords(): ReadonlySet<string> {
  marks ??= new Set(OPT_OUT_RULES.flatMap((t) => t.marks ?? []));
  return marks;
}

/** The shortest rule word a typo is read as: shorter words have too many real neighbours. */
const TYPO_TARGET_MIN = 6;
/** Typos are looked for in words of this many letters at most (constant work per word). */
const TYPO_MAX = 24;

/** Reads a typo of a rule word: one letter dropped, one added, or two neighbours swapped. */
export interface TypoReader {
  /** The one rule word `word` is a typo of, else `undefined` (none, or more than one). */
  correct(word: string): string | undefined;
}

/**
 * Typos of rule words of at least {@link TYPO_TARGET_MIN} letters, table by table: a word of 5 to
 * {@link TYPO_MAX} letters that no table writes is read as the one word of the first table that has
 * one it is a typo of — a letter dropped ("numer" → German "nummer" before English "number",
 * "nummr"), one added ("remoove"), or two neighbours swapped ("contcat"). Substitutions are not
 * read: they turn real words into rule words ("tellen" → "bellen"). Real words that are such typos of
 * a rule word ("contract", one letter from "contact") are listed in `notTypos()` and never read as
 * typos.
 */
export function typoReader(vocabularies: readonly ReadonlySet<string>[]): TypoReader {
  const readers = vocabularies.map((v) => {
    let read = tableReaders.get(v);
    if (read === undefined) tableReaders.set(v, (read = tableTypos(v)));
    return read;
  });
  return {
    correct(word) {
      if (word.length < TYPO_TARGET_MIN - 1 || word.length > TYPO_MAX) return undefined;
      for (const read of readers) {
        const found = read(word);
        if (found !== undefined) return found === null ? undefined : found;
      }
      return undefined;
    },
  };
}

/** Each table's typo reading, built once per vocabulary (the compiled tables are memoised). */
const tableReaders = new WeakMap<ReadonlySet<string>, (word: string) => string | null | undefined>();

/**
 * The typo reading of one vocabulary (see {@link typoReader}): the word `word` is a typo of, `null`
 * when two fit, `undefined` when none does.
 */
export function tableTypos(vocabulary: ReadonlySet<string>): (word: string) => string | null | undefined {
  // A rule word with one letter dropped → the rule word (null when two rule words give the same).
  const dropped = new Map<string, string | null>();
  for (const v of vocabulary) {
    if (v.length < TYPO_TARGET_MIN || v.length > TYPO_MAX + 1 || !/^\p{L}+$/u.test(v)) continue;
    for (let i = 0; i < v.length; i++) {
      const d = v.slice(0, i) + v.slice(i + 1);
      const prior = dropped.get(d);
      dropped.set(d, prior === undefined || prior === v ? v : null);
    }
  }
  const target = (w: string) => w.length >= TYPO_TARGET_MIN && vocabulary.has(w);
  return (word) => {
    const missing = dropped.get(word);
    if (missing === null) return null;
    let found = missing;
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      const t = i + 1 < word.length && word[i] !== word[i + 1] ? word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2) : "";
      for (const candidate of [d, t]) {
        if (!target(candidate) || candidate === found) continue;
        if (found !== undefined) return null;
        found = candidate;
      }
    }
    return found;
  };
}

/** Longer words are not folded: no rule word is this long, and the work per word stays constant. */
const MAX_SPELT = 40;
const UMLAUT_SPELLING = /[aou]e/;
const UMLAUT_SPELLINGS = /([aou])e/g;
const STRETCHED = /* @__PURE__ */ (() => /(\p{L})\1\1/u)();
const STRETCHED_RUNS = /* @__PURE__ */ (() => /(\p{L})\1\1+/gu)();
