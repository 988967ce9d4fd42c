import { withoutFrame } from "./messageFrame.js";
import { normalizeMessage } from "./normalizeMessage.js";
import { ownText } from "./ownText.js";
import type { Speller } from "./spelling.js";

/**
 * At most this many UTF-16 code units of a message are read (16 Ki): four times
 * {@link OPT_OUT_TEXT_LIMIT}, room for the punctuation and whitespace normalisation removes. A
 * quoted reply below the lead's own words does not count against it: the own text comes first.
 */
export const OPT_OUT_SCAN_LIMIT = 16_384;
/**
 * Detection considers the first 4,096 characters of the message's own text (quoted replies removed),
 * after normalisation. An SMS is at most 1,600 characters; an email reply's own text rarely exceeds
 * a few hundred; anything past this bound is not read, so a megabyte message costs the same as a
 * short one.
 */
export const OPT_OUT_TEXT_LIMIT = 4_096;

/** A clause: normalised words, which of them stand inside quotation marks, and its sentence's form. */
export interface Clause {
  readonly words: string[];
  readonly quoted: boolean[];
  /** The sentence ends with `?` or opens with `¿`. */
  question: boolean;
  /** Index of the sentence the clause belongs to. */
  readonly sentence: number;
}

/** The message as the rules read it: its clauses, and all its words in order. */
export interface MessageClauses {
  readonly clauses: readonly Clause[];
  readonly words: readonly string[];
  /** Words per sentence, in order. */
  readonly sentences: readonly (readonly string[])[];
  /** True when the text was longer than the bounds and was cut. */
  readonly truncated: boolean;
}

const SENTENCE_END = /* @__PURE__ */ new Set([".", "!", "?", ";", "…", "\n", "¿", "¡"]);
const CLAUSE_BREAK = /* @__PURE__ */ new Set([",", "–", "—", "(", ")"]);
const QUOTES = /* @__PURE__ */ new Set(['"', "“", "”", "„", "«", "»"]);

/**
 * Splits a message into sentences and clauses (commas, dashes and brackets end a clause; a clause
 * opening with one of `joiners` — "that", "dass" — continues the previous one; one opening with
 * `breakers` — "but", "aber" — starts a new one, unless it follows one of `particleHosts`: Dutch
 * "stuur me maar niks meer"), marking quoted words (double quotes, guillemets,
 * and single quotes that open before a word and close after one: `my wife said 'stop calling'`,
 * not the apostrophe of "don't"). Each word is read through `spell` (`txt` → `text`). Linear in the
 * text, and bounded by {@link OPT_OUT_SCAN_LIMIT} and {@link OPT_OUT_TEXT_LIMIT}.
 */
export function messageClauses(
  text: string,
  joiners: ReadonlySet<string>,
  breakers: ReadonlySet<string>,
  spell?: Speller,
  particleHosts: ReadonlySet<string> = new Set(),
): MessageClauses {
  const scanned = text.length > OPT_OUT_SCAN_LIMIT ? text.slice(0, OPT_OUT_SCAN_LIMIT) : text;
  const own = withoutFrame(ownText(scanned), false, true);
  const clauses: Clause[] = [];
  const words: string[] = [];
  const sentences: string[][] = [];
  let budget = OPT_OUT_TEXT_LIMIT;
  let truncated = scanned.length < text.length;
  let sentence = 0;
  let current: Clause = newClause(0);
  let sentenceWords: string[] = [];
  let quoted = false;
  let segmentStart = 0;
  let question = false;

  const closeClause = () => {
    if (current.words.length === 0) return;
    clauses.push(current);
    current = newClause(sentence);
  };
  const closeSentence = () => {
    closeClause();
    for (let c = clauses.length - 1; c >= 0 && (clauses[c] as Clause).sentence === sentence; c--) (clauses[c] as Clause).question ||= question;
    if (sentenceWords.length > 0) sentences.push(sentenceWords);
    sentenceWords = [];
    question = false;
    sentence++;
    current = newClause(sentence);
  };
  const flush = (end: number) => {
    // In chunks, so a long run of words costs only what the budget reads.
    for (let from = segmentStart; from < end && budget > 0; ) {
      let to = Math.min(end, from + CHUNK);
      if (to < end) {
        const space = own.lastIndexOf(" ", to);
        if (space > from) to = space;
      }
      addWords(normalizeMessage(own.slice(from, to)));
      from = to;
    }
  };
  const addWords = (normalized: string) => {
    if (normalized === "") return;
    for (const raw of normalized.split(" ")) {
      if (budget <= 0) {
        truncated = true;
        return;
      }
      budget -= raw.length + 1;
      const spelt = spell === undefined ? raw : spell(raw);
      if (spelt === raw || !spelt.includes(" ")) addWord(spelt);
      else for (const word of spelt.split(" ")) addWord(word);
    }
  };
  const addWord = (word: string) => {
    const last = current.words[current.words.length - 1];
    if (last !== undefined && breakers.has(word) && !particleHosts.has(last)) closeClause();
    else if (current.words.length === 0 && joiners.has(word) && clauses.length > 0 && (clauses[clauses.length - 1] as Clause).sentence === sentence) {
      current = clauses.pop() as Clause;
    }
    current.words.push(word);
    current.quoted.push(quoted);
    words.push(word);
    sentenceWords.push(word);
  };

  for (let i = 0; i < own.length && budget > 0; i++) {
    const ch = own[i] as string;
    // "2.9% APR", "2,9 %": a decimal separator breaks nothing.
    if ((ch === "." || ch === ",") && isDigit(own[i - 1]) && isDigit(own[i + 1])) continue;
    // "Mr. Okafor", "M. Martin", "Hr. Berger": the dot of a title before a name ends no sentence.
    if (ch === "." && titleBefore(own, i)) continue;
    if (SENTENCE_END.has(ch)) {
      flush(i);
      segmentStart = i + 1;
      if (ch === "¿" || ch === "¡") {
        closeSentence();
        if (ch === "¿") question = true;
      } else {
        if (ch === "?") question = true;
        // A run of terminators ("?!", "...") ends one sentence; the next non-terminator starts the next.
        const next = own[i + 1];
        if (next === undefined || !SENTENCE_END.has(next) || next === "¿" || next === "¡") closeSentence();
      }
    } else if (
      CLAUSE_BREAK.has(ch) ||
      (ch === "-" && own[i - 1] === " " && own[i + 1] === " ") ||
      (ch === ":" && isSpace(own[i + 1])) ||
      (ch >= PICTOGRAPHS_FROM && isPictograph(own, i))
    ) {
      flush(i);
      segmentStart = i + 1;
      closeClause();
    } else if (QUOTES.has(ch) || (SINGLE_QUOTES.has(ch) && singleQuote(own, i, quoted))) {
      flush(i);
      segmentStart = i + 1;
      quoted = !quoted;
    }
  }
  flush(own.length);
  closeSentence();
  return { clauses, words, sentences, truncated };
}

const CHUNK = 1_024;
const SINGLE_QUOTES = /* @__PURE__ */ new Set(["'", "‘", "’"]);

/** How far ahead an opening single quote looks for its closing one. */
const QUOTE_REACH = 120;

/**
 * A single quote that opens before a word (not inside one: "don't") and is closed after a word
 * within {@link QUOTE_REACH} characters, or, inside a quotation, closes it. Constant work.
 */
function singleQuote(text: string, i: number, quoted: boolean): boolean {
  if (quoted) return closesAt(text, i);
  if (!(i === 0 || !isLetter(text[i - 1])) || !isLetter(text[i + 1])) return false;
  const end = Math.min(text.length, i + QUOTE_REACH);
  for (let j = i + 2; j < end; j++) if (SINGLE_QUOTES.has(text[j] as string) && closesAt(text, j)) return true;
  return false;
}

function closesAt(text: string, i: number): boolean {
  return isLetter(text[i - 1]) && !isLetter(text[i + 1]);
}

/** The first code unit an emoji may open with (arrows, U+2190): below it, no character is one. */
const PICTOGRAPHS_FROM = "\u2190";
const PICTOGRAPH = /* @__PURE__ */ (() => /^\p{Extended_Pictographic}$/u)();

/**
 * An emoji ends a clause as a comma does ("Stopp 🙄 hab schon nen Leasingvertrag", "no more texts
 * please 🙏 my credit is fine"): it is no word of the sentence around it.
 */
function isPictograph(text: string, i: number): boolean {
  const code = text.codePointAt(i) as number;
  return PICTOGRAPH.test(String.fromCodePoint(code));
}

/** Titles written with a dot before a name, in the five languages (lower case). */
const TITLES = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "dr", "prof", "hr", "fr", "sr", "sra", "srta", "dhr", "mevr", "m", "mme", "mlle"]);

/** The longest title in {@link TITLES}, in characters. */
const LONGEST_TITLE = 4;

/**
 * The dot at `i` closes a title ({@link TITLES}) that stands as a word of its own, and a name opens
 * with a capital after one space: "Mr. Okafor", "M. Martin". Constant work.
 */
function titleBefore(text: string, i: number): boolean {
  const next = text[i + 2];
  if (text[i + 1] !== " " || next === undefined || next === next.toLowerCase() || next !== next.toUpperCase()) return false;
  let start = i;
  while (start > 0 && i - start <= LONGEST_TITLE && isLetter(text[start - 1])) start--;
  if (start === i || i - start > LONGEST_TITLE || (start > 0 && isLetter(text[start - 1]))) return false;
  return TITLES.has(text.slice(start, i).toLowerCase());
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\n" || ch === "\t";
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function newClause(sentence: number): Clause {
  return { words: [], quoted: [], question: false, sentence };
}
