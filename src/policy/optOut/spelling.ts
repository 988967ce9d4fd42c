import { BoundedMemo } from "../../primitives/index.js";
import type { CompiledRules } from "./compiledRules.js";

/** Reads one normalised word as the rule tables write it: one word, or several separated by spaces. */
export type Speller = (word: string) => string;

/** By the locales of the tables read together: few combinations, bounded anyway. */
const spellers = new BoundedMemo<string, Speller>(64);

/**
 * How the tables read a word: a word any table writes stays as it is; else a table's `spelling`
 * rewrites it (`txt` → `text`, the first table that has it); else a word spelt with `ae`, `oe` or
 * `ue` for an umlaut is read without the `e` when a table writes that form (`loeschen` → `loschen`).
 * Constant work per word.
 */
export function spellerFor(tables: readonly CompiledRules[]): Speller {
  const key = tables.map((t) => t.locale).join(",");
  let speller = spellers.get(key);
  if (speller === undefined) spellers.set(key, (speller = makeSpeller(tables)));
  return speller;
}

function makeSpeller(tables: readonly CompiledRules[]): Speller {
  const known = (w: string) => tables.some((t) => t.vocabulary.has(w));
  return (word) => {
    if (known(word)) return word;
    for (const t of tables) {
      const spelt = t.spelling.get(word);
      if (spelt !== undefined) return spelt;
    }
    if (word.length > 3 && UMLAUT_SPELLING.test(word)) {
      const folded = word.replace(UMLAUT_SPELLINGS, "$1");
      if (known(folded)) return folded;
    }
    return word;
  };
}

const UMLAUT_SPELLING = /[aou]e/;
const UMLAUT_SPELLINGS = /([aou])e/g;
