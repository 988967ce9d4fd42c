import { ngramFeatures, ngramWords } from "./ngramFeatures.js";
import { NGRAM_BIAS, NGRAM_WEIGHTS } from "./ngramWeights.js";

/**
 * The n-gram model's probability at or above which a message no rule reads is an opt-out. Chosen
 * by leaving each blind batch out of training (docs/opt-out-corpus.md, "The n-gram second opinion, cross-validated").
 */
export const NGRAM_THRESHOLD = 0.9;

/**
 * The probability below which the model doubts a clause-level fallback opt-out (held for review
 * instead). Chosen the same way as {@link NGRAM_THRESHOLD}.
 */
export const NGRAM_DOUBT = 0.1;

/**
 * The languages of the labelled corpus the model is trained on. A message read as another language's
 * (a locale or a table's `marks`: Portuguese) is not read by the model: on a language it has never
 * seen its score says nothing (Portuguese "parei de procurar carro mas me mande o preço", an ordinary
 * reply, scores 0.98 on Spanish and French n-grams; "não me ligue mais", a plain opt-out, 0.09).
 */
export const NGRAM_LOCALES: readonly string[] = ["en", "es", "de", "nl", "fr"];

let weights: ReadonlyMap<string, number> | undefined;

/** The shipped weights, parsed once at first use (not at import): `feature=weight;` each. */
function shippedWeights(): ReadonlyMap<string, number> {
  if (weights !== undefined) return weights;
  const parsed = new Map<string, number>();
  for (const entry of NGRAM_WEIGHTS.split(";")) {
    const equals = entry.indexOf("=");
    if (equals > 0) parsed.set(entry.slice(0, equals), Number(entry.slice(equals + 1)));
  }
  weights = parsed;
  return parsed;
}

/**
 * The probability, by a logistic model over character n-grams and word bigrams trained on the
 * labelled corpus, that a message is an opt-out. Deterministic and linear in the text (bounded as
 * the rules are: {@link ngramWords}).
 */
export function ngramOptOutScore(text: string): number {
  const table = shippedWeights();
  let z = NGRAM_BIAS;
  for (const feature of ngramFeatures(ngramWords(text))) z += table.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
