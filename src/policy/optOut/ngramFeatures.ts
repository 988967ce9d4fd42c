import { OPT_OUT_SCAN_LIMIT, OPT_OUT_TEXT_LIMIT, ownText } from "./messageClauses.js";
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

/** Closing formulas, normalised: a line that is one, give or take a name word after it, ends the message's own words. */
const CLOSINGS = [
  "regards",
  "kind regards",
  "best regards",
  "warm regards",
  "best",
  "cheers",
  "thanks",
  "thank you",
  "many thanks",
  "sincerely",
  "yours sincerely",
  "yours faithfully",
  "yours truly",
  "saludos",
  "un saludo",
  "saludos cordiales",
  "atentamente",
  "cordialmente",
  "gracias",
  "muchas gracias",
  "mit freundlichen grussen",
  "freundliche grusse",
  "viele grusse",
  "liebe grusse",
  "beste grusse",
  "gruss",
  "grusse",
  "lg",
  "mfg",
  "vg",
  "danke",
  "vielen dank",
  "met vriendelijke groet",
  "met vriendelijke groeten",
  "vriendelijke groet",
  "groet",
  "groeten",
  "groetjes",
  "mvg",
  "bedankt",
  "dank je",
  "dank u",
  "cordialement",
  "bien cordialement",
  "bien a vous",
  "salutations",
  "sinceres salutations",
  "merci",
  "merci beaucoup",
  "bonne journee",
];
/** Mail-client footers, normalised: a short line opening with one ends the message's own words. */
const FOOTERS = [
  "sent from my",
  "get outlook for",
  "enviado desde mi",
  "von meinem",
  "gesendet von",
  "verzonden vanaf",
  "verstuurd vanaf",
  "verzonden met",
  "envoye de mon",
  "envoye depuis",
];
/** Salutations, normalised: a first line opening with one and closing with `,` or `:` (or only it and a name) is not read. */
const SALUTATIONS = [
  "dear",
  "hi",
  "hello",
  "hey",
  "estimado",
  "estimada",
  "estimados",
  "hola",
  "buenas",
  "buenos dias",
  "buenas tardes",
  "sehr geehrte",
  "sehr geehrter",
  "hallo",
  "guten tag",
  "liebe",
  "lieber",
  "moin",
  "servus",
  "gruezi",
  "beste",
  "geachte",
  "hoi",
  "goedemiddag",
  "goedemorgen",
  "madame",
  "monsieur",
  "bonjour",
  "bonsoir",
  "salut",
];
/** The most words a frame line has. */
const FRAME_WORDS = 6;

/** The formula `line` opens with, if any, and how many words follow it. */
function after(line: string, formulas: readonly string[]): number | undefined {
  const words = line.split(" ").length;
  if (words > FRAME_WORDS) return undefined;
  for (const f of formulas) if (line === f || line.startsWith(`${f} `)) return words - f.split(" ").length;
  return undefined;
}

function isSalutation(raw: string, line: string): boolean {
  const rest = after(line, SALUTATIONS);
  if (rest === undefined) return false;
  const end = raw.trimEnd().at(-1);
  return rest <= 1 || end === "," || end === ":";
}

function isClosing(line: string): boolean {
  const rest = after(line, CLOSINGS);
  return (rest !== undefined && rest <= 1) || after(line, FOOTERS) !== undefined;
}

/**
 * The message without its frame: a first non-empty line that is only a salutation ("Dear Sir/Madam,",
 * "Sehr geehrte Damen und Herren,") is dropped, and the text is cut at the first later line that is
 * a closing formula ("Kind regards,", "Met vriendelijke groet, Jan") or a mail-client footer ("Envoyé
 * de mon iPhone"), so the model reads what is said, not how a letter is dressed. Linear: each line is
 * normalised once.
 */
export function withoutFrame(text: string): string {
  if (!text.includes("\n")) return text;
  const kept: string[] = [];
  let first = true;
  for (const raw of text.split("\n")) {
    const line = normalizeMessage(raw);
    if (line === "") continue;
    if (first && isSalutation(raw, line)) {
      first = false;
      continue;
    }
    if (!first && isClosing(line)) break;
    first = false;
    kept.push(raw);
  }
  return kept.join("\n");
}
