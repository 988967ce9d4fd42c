import { BoundedMemo } from "../../primitives/index.js";
import type { CompiledRules } from "./compiledRules.js";

/** Reads one normalised word as the rule tables write it: one word, or several separated by spaces. */
export type Speller = (word: string) => string;

/** By the locales of the tables read together: few combinations, bounded anyway. */
const spellers = new BoundedMemo<string, Speller>(64);

/**
 * How the tables read a word: a word any table writes stays as it is; else a table's `spelling`
 * rewrites it (`txt` → `text`, the first table that has it); else a word spelt with `ae`, `oe` or
 * `ue` for an umlaut is read without the `e` when a table writes that form (`loeschen` → `loschen`),
 * a letter stretched for emphasis (three times or more) as the word with it twice or once, as the first table that writes either form has it (`stoppp` → `stop`,
 * `bajaaa` → `baja`), and a dropped final `g` as the word with it (`hittin` → `hitting`). Constant
 * work per word (words longer than {@link MAX_SPELT} are left alone).
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
    return word;
  };
}

/** Longer words are not folded: no rule word is this long, and the work per word stays constant. */
const MAX_SPELT = 40;
const UMLAUT_SPELLING = /[aou]e/;
const UMLAUT_SPELLINGS = /([aou])e/g;
const STRETCHED = /(\p{L})\1\1/u;
const STRETCHED_RUNS = /(\p{L})\1\1+/gu;
