/** A line longer than this is the writer's prose, never a header: bounds the work per line. */
const HEADER_LINE_LIMIT = 400;

/** A reply header ("On … wrote:", "Am … schrieb … <…>:") opens with one of these… */
const REPLY_HEADER_STARTS = ["on ", "am ", "op ", "le ", "el ", "em "];
/** …ends with a colon and names the writing, at its end ("wrote:") or before the name (German and Dutch Gmail). */
const REPLY_HEADER_VERBS = [" wrote:", " schrieb ", " schrieb:", " schreef ", " schreef:", " het volgende geschreven:", " a écrit", " escribió:", " escreveu:"];
/** A separator line (opening with `-`) naming one of these opens a quoted or forwarded message. */
const SEPARATOR_MARKERS = [
  "original message",
  "ursprüngliche nachricht",
  "oorspronkelijk bericht",
  "message d'origine",
  "mensaje original",
  "mensagem original",
  "forwarded message",
  "weitergeleitete nachricht",
  "doorgestuurd bericht",
  "message transféré",
  "mensaje reenviado",
  "mensagem encaminhada",
];
/** Apple Mail's forward line, a line of its own. */
const FORWARD_LINES = [
  "begin forwarded message:",
  "anfang der weitergeleiteten nachricht:",
  "begin doorgestuurd bericht:",
  "début du message réexpédié :",
  "inicio del mensaje reenviado:",
  "início da mensagem reencaminhada:",
];
/** Outlook's header block: a sender line… */
const FROM_FIELDS = ["from:", "von:", "van:", "de:", "de :"];
/** …followed by a date line, the next line or the one after (a "To:" may come between). */
const DATE_FIELDS = [
  "sent:",
  "date:",
  "gesendet:",
  "datum:",
  "envoyé :",
  "envoyé:",
  "date :",
  "enviado:",
  "enviado el:",
  "enviada em:",
  "fecha:",
  "data:",
  "verzonden:",
  "verstuurd:",
];

/**
 * The message's own text: lines quoted with `>` are dropped and everything from a reply or forward
 * header on is cut — "On … wrote:" (also wrapped over two lines, and German and Dutch Gmail's "Am …
 * schrieb Name <address>:", Dutch Apple Mail's "Op … heeft Name het volgende geschreven:"), Outlook's block of a sender line with a date line right below it
 * ("From: … / Sent: …", "Von: … / Gesendet: …", "De : … / Envoyé : …", also with the field names in bold, `*From:*`), "-----Original Message-----"
 * and forward lines — so the cadence's own message quoted back ("Reply STOP to opt out"), or the
 * lead's older words in the thread, are not read as what the lead says now. Each line is looked at a
 * constant number of times: linear in the text.
 */
export function ownText(text: string): string {
  if (!text.includes("\n")) return text.trimStart().startsWith(">") ? "" : text;
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed.startsWith(">")) continue;
    if (trimmed.length <= HEADER_LINE_LIMIT && opensQuote(lines, i, trimmed.toLowerCase())) break;
    kept.push(line);
  }
  return kept.join("\n");
}

/** The line at `i` (trimmed, lower case) opens the quoted or forwarded part. */
function opensQuote(lines: readonly string[], i: number, line: string): boolean {
  if (line.startsWith("-") && SEPARATOR_MARKERS.some((m) => line.includes(m))) return true;
  if (FORWARD_LINES.includes(line)) return true;
  if (REPLY_HEADER_STARTS.some((s) => line.startsWith(s))) {
    if (isReplyHeader(line)) return true;
    const next = nextLine(lines, i, 1);
    return next !== undefined && isReplyHeader(`${line} ${next}`);
  }
  // Outlook's fields as an HTML mail turned into text writes them: in bold, `*From:*`.
  if (FROM_FIELDS.some((f) => unbold(line).startsWith(f))) {
    for (let ahead = 1; ahead <= 2; ahead++) {
      const next = nextLine(lines, i, ahead);
      if (next !== undefined && DATE_FIELDS.some((f) => unbold(next).startsWith(f))) return true;
    }
  }
  return false;
}

/** A header line without the asterisks that mark its field name bold (`*Sent:* …` → `sent: …`). */
function unbold(line: string): string {
  return line.startsWith("*") ? line.replace(/^\*([^*]{1,40})\*/, "$1") : line;
}

function isReplyHeader(line: string): boolean {
  return line.endsWith(":") && REPLY_HEADER_VERBS.some((v) => line.includes(v));
}

/** The line `ahead` lines after `i`, trimmed and in lower case, when it is short enough to be a header's. */
function nextLine(lines: readonly string[], i: number, ahead: number): string | undefined {
  const next = lines[i + ahead]?.trim();
  return next === undefined || next.length > HEADER_LINE_LIMIT ? undefined : next.toLowerCase();
}
