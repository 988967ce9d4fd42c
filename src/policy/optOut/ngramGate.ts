import { BoundedMemo } from "../../primitives/index.js";
import type { CompiledRules } from "./compiledRules.js";
import { type BoundCues, boundCues, type CompiledCues } from "./clauseCues.js";
import type { Clause } from "./messageClauses.js";
import { occursIn, startsAt } from "./wordSequences.js";

/**
 * Whether the n-gram model may decide a message the rules leave undecided: no clause of it is a
 * question or quoted, and some clause, without the words of a compound or an invitation ("non-stop",
 * "sin parar", "stop by", "plus d'infos"), holds a word of the tables in use that points at a stop
 * ({@link opensGate}). A channel word alone is not enough ("Email me more details"), nor another
 * language's n-grams ("ik eet graag een appel" holds French n-grams of calling and no Dutch or
 * English word of refusal).
 */
export function ngramMayDecide(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  if (clauses.some((c) => c.question || c.quoted.some((q) => q))) return false;
  const cues = gateCues(tables);
  return clauses.some((c) => opensGate(tables, cues, withoutCompounds(tables, c.words)));
}

/**
 * Each table's cues as the gate reads them: bounded also by the coordinators of the other tables in
 * use that are no word of its own, as a message may be in any of their languages (the French table
 * binds English "stop" to "me" in "call me and stop messing around" unless it reads "and"; the
 * English table does not read Dutch "of" as one in "stop all of those emails").
 */
function gateCues(tables: readonly CompiledRules[]): readonly (CompiledCues | undefined)[] {
  if (tables.length === 1) return [tables[0]?.cues];
  const key = tables.map((t) => t.locale).join(" ");
  const known = gateCuesByTables.get(key);
  if (known?.tables.every((t, i) => t === tables[i])) return known.cues;
  const cues = tables.map((t) => {
    if (t.cues === undefined) return undefined;
    const foreign = (list: (c: CompiledCues) => readonly (readonly string[])[]): (readonly string[])[] =>
      tables.flatMap((o) => (o === t || o.cues === undefined ? [] : list(o.cues).filter((c) => !c.some((w) => t.vocabulary.has(w)))));
    return {
      ...t.cues,
      coordinators: [...t.cues.coordinators, ...foreign((c) => c.coordinators)],
      conjunctions: [...t.cues.conjunctions, ...foreign((c) => c.conjunctions)],
    };
  });
  gateCuesByTables.set(key, { tables, cues });
  return cues;
}

/** {@link gateCues} by the locales of the tables in use (a handful of combinations), built once each. */
const gateCuesByTables = /* @__PURE__ */ new BoundedMemo<
  string,
  { readonly tables: readonly CompiledRules[]; readonly cues: readonly (CompiledCues | undefined)[] }
>(16);

/**
 * A clause's words open the n-gram model's gate: a word of refusal or negation or a cue of a table
 * in use stands in them; in a clause holding a word of receipt of any of them ("No recibí tu
 * mensaje", "Got no message from you", "Geen mail ontvangen"), which negates a receipt, not
 * contact, only a stop or removal cue bound to its contact word ("I don't want to get any more texts").
 * A stop cue opens it only when bound to contact ({@link BoundCues.anchored}): "I will stop smoking
 * next year" is about smoking.
 */
function opensGate(tables: readonly CompiledRules[], tableCues: readonly (CompiledCues | undefined)[], words: readonly string[]): boolean {
  const receipt = tables.some((t) => occursIn(words, 0, words.length, t.context.receipts));
  return tables.some((t, i) => {
    const compiled = tableCues[i];
    const cues = compiled === undefined ? undefined : boundCues(compiled, words, undefined);
    if (!receipt && polarityStands(t, words, cues)) return true;
    if (cues === undefined) return false;
    return receipt ? cues.bound.some((b) => b.cue.kind === "stop" || b.cue.kind === "removal") : contactBound(t, words, cues);
  });
}

/**
 * A cue of the clause is bound to contact ({@link BoundCues.anchored}), or the clause names a channel
 * where a cue reaches ("Newsletter abbestellen bitte"; not past a coordinator around a stop: "hör auf
 * rumzualbern und schick mir eine SMS" asks for one).
 */
function contactBound(table: CompiledRules, words: readonly string[], cues: BoundCues): boolean {
  if (cues.anchored) return true;
  if (cues.cued.length === 0) return false;
  for (let i = cues.reach[0]; i < cues.reach[1]; i++) {
    if (startsAt(words, i, table.channelWords) !== 0) return true;
  }
  return false;
}

/**
 * A word of refusal or negation of the table stands in the words, outside the table's cues and not
 * beside one, or with a cue bound to contact: "stop" in "I will stop smoking" is a stop cue bound to
 * nothing, and "won't" in "The car won't stop pulling" or "n'" in "Ma voiture n'arrête pas de tirer"
 * negates one.
 */
function polarityStands(table: CompiledRules, words: readonly string[], cues: BoundCues | undefined): boolean {
  for (let i = 0; i < words.length; i++) {
    const length = startsAt(words, i, table.context.polarity);
    if (length === 0) continue;
    if (cues === undefined || !(cues.cued[i] === true || cues.cued[i - 1] === true || cues.cued[i + length] === true)) return true;
    if (contactBound(table, words, cues)) return true;
  }
  return false;
}

/** The words with those of every compound of the tables in use blanked out. */
function withoutCompounds(tables: readonly CompiledRules[], words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const t of tables) {
      const length = startsAt(words, i, t.context.compounds);
      if (length === 0) continue;
      out ??= [...words];
      out.fill("", i, i + length);
    }
  }
  return out ?? words;
}
