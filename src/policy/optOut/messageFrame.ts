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
export function withoutFrame(text: string, salutation = true): string {
  if (!text.includes("\n")) return text;
  const kept: string[] = [];
  let first = true;
  for (const raw of text.split("\n")) {
    // A signature delimiter ("-- ") ends the message's own words, as a closing does.
    if (!first && SIGNATURE_DELIMITER.test(raw)) break;
    const line = normalizeMessage(raw);
    if (line === "") continue;
    if (first && salutation && isSalutation(raw, line)) {
      first = false;
      continue;
    }
    if (!first && isClosing(line)) break;
    first = false;
    kept.push(raw);
  }
  return kept.join("\n");
}
