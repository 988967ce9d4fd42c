import { OPT_OUT_SCAN_LIMIT, OPT_OUT_TEXT_LIMIT } from "./messageClauses.js";
import { ownText } from "./ownText.js";
import { withoutFrame } from "./messageFrame.js";
import { normalizeMessage } from "./normalizeMessage.js";

/** The shortest and longest character n-grams read from each word (padded with a space at both ends). */
const SHORTEST = 3;
const LONGEST = 5;

/**
 * The words the n-gram model reads: the message's own text (quoted replies removed), normalised as
 * the rules are (lower case, no accents, punctuation as spaces) but through no rule table's
 * spellings, so the model reads every locale alike, without its frame (an opening salutation line,
 * and everything from a closing formula's line on: {@link withoutFrame}); a letter run of three or more is cut to two
 * ("stooop" → "stoop"). Bounded like the rules: {@link OPT_OUT_SCAN_LIMIT} characters scanned,
 * {@link OPT_OUT_TEXT_LIMIT} read.
 */
export function ngramWords(text: string): string[] {
  const scanned = text.length > OPT_OUT_SCAN_LIMIT ? text.slice(0, OPT_OUT_SCAN_LIMIT) : text;
  const normal = normalizeMessage(withoutFrame(ownText(scanned))).slice(0, OPT_OUT_TEXT_LIMIT);
  if (normal === "") return [];
  return normal.replace(/(\p{L})\1{2,}/gu, "$1$1").split(" ");
}

/**
 * Each distinct feature of the words, once: character 3- to 5-grams of every word padded with a
 * space (` stop `), and word bigrams (`stop|texting`). At most `3 × characters + words` features,
 * so linear in the text.
 */
export function ngramFeatures(words: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (let w = 0; w < words.length; w++) {
    const padded = ` ${words[w] as string} `;
    for (let n = SHORTEST; n <= LONGEST; n++) for (let i = 0; i + n <= padded.length; i++) features.add(padded.slice(i, i + n));
    if (w + 1 < words.length) features.add(`${words[w] as string}|${words[w + 1] as string}`);
  }
  return features;
}
