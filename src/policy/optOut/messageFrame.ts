import { normalizeMessage } from "./normalizeMessage.js";

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
/** A line that is only dashes or underscores: the conventional start of a signature. */
const SIGNATURE_DELIMITER = /^\s*(?:-{2,}|_{2,}|—|–)\s*$/;
/** The most words a frame line has. */
const FRAME_WORDS = 6;

/**
 * The longest formula `line` opens with, if any, and how many words follow it ("saludos cordiales" is
 * one formula, not "saludos" and a word after it).
 */
function after(line: string, formulas: readonly string[]): number | undefined {
  const words = line.split(" ").length;
  if (words > FRAME_WORDS) return undefined;
  let rest: number | undefined;
  for (const f of formulas) if (line === f || line.startsWith(`${f} `)) rest = Math.min(rest ?? words, words - f.split(" ").length);
  return rest;
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

/** A postscript opens the writer's words again ("P.S. please take me off your list"). */
const POSTSCRIPT = /^(?:p ?s|p ?d|pps)(?: |$)/;

/** The next non-empty line at or after `from`, normalised, and its index (-1: none). */
function nextLine(lines: readonly string[], from: number): { index: number; line: string } {
  for (let i = from; i < lines.length; i++) {
    const line = normalizeMessage(lines[i] as string);
    if (line !== "") return { index: i, line };
  }
  return { index: -1, line: "" };
}

/** Whether `raw` opens with a capital letter ("Mike", "K. Schulz"): a name, not a word of the sentence ("thanks, stop"). */
function capitalised(raw: string): boolean {
  const first = raw.trim().charAt(0);
  return first !== first.toLowerCase();
}

/** A line that reads as a name under a closing ("Mike", "K. Schulz", "J. de Boer"): a few words, capitalised, no question or exclamation. */
function isNameLine(raw: string, line: string): boolean {
  return line.split(" ").length <= 3 && capitalised(raw) && !/[?!]/.test(raw);
}

/**
 * Whether the closing (or footer) at `lines[at]` ends the message's own words. A footer does. A
 * closing does only below a name (capitalised, on its line or the next) that more lines follow,
 * unless they open with a postscript or are one last short line of the writer's own ("Thanks, Mike\nSTOP",
 * "Cheers,\nJen\nremove me from your list please": {@link isLastWord}). So a closing followed
 * by the writer's words ("Thanks\nStop", "Regards\nPlease do not contact me again."), or ending the
 * text, cuts nothing.
 */
function endsOwnWords(lines: readonly string[], at: number, line: string): boolean {
  const rest = after(line, CLOSINGS);
  if (rest === undefined) return true;
  let next = nextLine(lines, at + 1);
  if (next.index === -1) return false;
  if (rest === 0) {
    if (!isNameLine(lines[next.index] as string, next.line)) return false;
    next = nextLine(lines, next.index + 1);
    if (next.index === -1) return false;
  } else {
    const words = (lines[at] as string).trim().split(/\s+/);
    if (!capitalised(words[words.length - 1] as string)) return false;
  }
  if (POSTSCRIPT.test(next.line)) return false;
  return !(nextLine(lines, next.index + 1).index === -1 && isLastWord(lines[next.index] as string, next.line));
}

/**
 * The most words of a last line below a name that is read as the writer's own ("remove me from your list
 * please", "Et merci de ne plus m'envoyer de mails.", "Y no me vuelvan a escribir, por favor").
 */
const LAST_WORDS = 10;
/** Words of a footer's instruction or link ("To unsubscribe click here", "Reply STOP to opt out"): never the writer's own. */
const FOOTER_WORDS =
  /(?:^| )(?:click|here|link|reply|klik|hier|klicken|antworten|antwoord|cliquez|clic|ici|lien|repondez|aqui|enlace|responda|http|https|www)(?: |$)/;

/**
 * Whether the last line below a closing and a name is the writer's postscript, read to the end: one
 * word ("STOP"), or a short line that is no footer ("remove me from your list please", "Bitte keine
 * Anrufe mehr.", "Afmelden graag"): no digits, address, link or a footer's instruction. A job title or
 * a company name read so decides nothing; a phone number, an address or "To unsubscribe click here" is cut.
 */
function isLastWord(raw: string, line: string): boolean {
  const words = line.split(" ").length;
  if (words === 1) return true;
  return words <= LAST_WORDS && !/[\d@/|:]/.test(raw) && !FOOTER_WORDS.test(line);
}

/**
 * The message without its frame: a first non-empty line that is only a salutation ("Dear Sir/Madam,",
 * "Sehr geehrte Damen und Herren,") is dropped, and the text is cut, after its first line, at a
 * signature delimiter, a mail-client footer ("Envoyé de mon iPhone") or a closing formula ("Kind
 * regards,", "Met vriendelijke groet, Jan"), so the model reads what is said, not how a letter is
 * dressed. With `signatureOnly` (the rules' reading: what is cut is never read, and a missed opt-out
 * breaks the law), a closing cuts only a block below a name (see `endsOwnWords`): the writer's words
 * after a closing ("Thanks\nStop") are read. Linear: a closing looks ahead at most three non-empty lines.
 */
export function withoutFrame(text: string, salutation = true, signatureOnly = false): string {
  if (!text.includes("\n")) return text;
  const kept: string[] = [];
  const lines = text.split("\n");
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    // A signature delimiter ("-- ") ends the message's own words, as a closing does.
    if (!first && SIGNATURE_DELIMITER.test(raw)) break;
    const line = normalizeMessage(raw);
    if (line === "") continue;
    if (first && salutation && isSalutation(raw, line)) {
      first = false;
      continue;
    }
    if (!first && isClosing(line) && (!signatureOnly || endsOwnWords(lines, i, line))) break;
    first = false;
    kept.push(raw);
  }
  return kept.join("\n");
}
