import type { CompiledRules } from "./compiledRules.js";
import { endsAt, longestAt, standsAt, startsAt } from "./wordSequences.js";

/**
 * Lists of channels: items joined by the table's `listJoiners` ("and", "or", "nor"; "und", "oder",
 * "noch"; "et", "ou", "ni"; "y", "o", "ni"; "en", "of", "noch"; "e", "ou", "nem"), each item a
 * channel word after at most {@link MAX_OPENERS} of its `listOpeners` (articles, possessives, "no
 * more", "keine", "plus de", "geen": "emails and texts", "the emails and the calls", "keine Anrufe
 * und keine SMS", "des emails et des SMS"). This module is the one reading of such a list: whole
 * (a clause that is nothing but one), going on after a channel word, or closing before one.
 *
 * An item is one only where the list may end after it: before a joiner, at the end of the words
 * (fillers aside: "please", "thanks"), or before one of the table's `listClosers` ("more", "mehr",
 * "plus"): "stop the emails and call me instead" lists no call, "call" there is a request of its own.
 *
 * A verb (the table's `channelVerbs`: "call", "ruf", "appelez", "bel", "liga", "llamarme") is an item
 * only of a list of verbs: going on from a verb ("nicht mehr anrufen oder mailen", "arrêtez d'appeler ou
 * de texter") or from a bare channel word that may be one ("please don't text or call", "bel of mail me
 * niet meer"). After a noun (a channel word after an opener: "the", "no más", "keine", "de", "geen"), or
 * a stop naming none, it asks for contact ("no más correos y llámame", "stop the emails and call please",
 * "chega de emails, liga" → email only).
 */

/** An item of a list: the channel its channel word names, and where the item ends. */
interface ListItem {
  readonly channel: string;
  readonly end: number;
  /** Whether openers stand before its channel word ("the calls", "keine SMS"). */
  readonly opened: boolean;
}

/** The most openers an item's channel word stands after ("no more of the", "auch keine weiteren"). */
const MAX_OPENERS = 3;

/** The most words a list closing before a word is read back over. */
const MAX_LIST_WORDS = 12;

/** The channel word after the openers starting at word `at` (none or up to {@link MAX_OPENERS}), and where it starts. */
function channelAfterOpeners(table: CompiledRules, words: readonly string[], at: number): ItemWords | undefined {
  return afterOpeners(table, words, at, (i) => longestAt(words, i, table.channelWords));
}

/** A word for messages naming no channel after the openers starting at word `at`, as an item of a list ("llamadas, ni mensajes, ni correos"). */
function messageWordAfterOpeners(table: CompiledRules, words: readonly string[], at: number): ItemWords | undefined {
  return afterOpeners(table, words, at, (i) => {
    const word = words[i];
    return word !== undefined && table.messageWords.has(word) ? [word] : undefined;
  });
}

/** An item's words and where they start. */
interface ItemWords {
  readonly seq: readonly string[];
  readonly start: number;
}

/** The words `itemAt` reads after the openers starting at word `at` (none or up to {@link MAX_OPENERS}), and where they start. */
function afterOpeners(table: CompiledRules, words: readonly string[], at: number, itemAt: (i: number) => readonly string[] | undefined): ItemWords | undefined {
  let i = at;
  for (let n = 0; n < MAX_OPENERS; n++) {
    const opener = startsAt(words, i, table.context.listOpeners);
    // An opener that is the item's own first word is that word ("e" of Portuguese "e mail").
    if (opener === 0 || itemAt(i) !== undefined) break;
    i += opener;
  }
  const seq = itemAt(i);
  return seq === undefined ? undefined : { seq, start: i };
}

/** Words from `at` on are none, or fillers of the table and nothing else ("please", "thanks"). */
function onlyFillersFrom(table: CompiledRules, words: readonly string[], at: number): boolean {
  for (let i = at; i < words.length; ) {
    const filler = startsAt(words, i, table.fillers);
    if (filler === 0) return false;
    i += filler;
  }
  return true;
}

/**
 * The item starting at word `at`, where a list may end after it, else undefined; a verb only in a list of verbs (`verbal`).
 * A word for messages naming no channel is `sms`, as the labelling conventions read it.
 */
function itemAt(table: CompiledRules, words: readonly string[], at: number, verbal: boolean): ListItem | undefined {
  const channelWord = channelAfterOpeners(table, words, at);
  const found = channelWord ?? messageWordAfterOpeners(table, words, at);
  if (found === undefined) return undefined;
  const item = closedItem(table, words, at, found, channelWord !== undefined, verbal);
  if (item !== undefined || channelWord === undefined) return item;
  // "geen sms en | geen mail meer": a shorter channel word may close the list where the longest (the verb "sms en") does not.
  let shorter: ListItem | undefined;
  for (const seq of table.channelWords) {
    if (seq.length >= found.seq.length || (shorter !== undefined && shorter.end - found.start >= seq.length) || !standsAt(words, found.start, seq)) continue;
    shorter = closedItem(table, words, at, { seq, start: found.start }, true, verbal) ?? shorter;
  }
  return shorter;
}

/** The item of channel word (`channel`) or word for messages `found`, after openers from word `at`, where a list may end after it, else undefined. */
function closedItem(table: CompiledRules, words: readonly string[], at: number, found: ItemWords, channel: boolean, verbal: boolean): ListItem | undefined {
  if (!verbal && table.channelVerbs.has(found.seq)) return undefined;
  const end = found.start + found.seq.length;
  const closed =
    startsAt(words, end, table.context.listJoiners) !== 0 || startsAt(words, end, table.context.listClosers) !== 0 || onlyFillersFrom(table, words, end);
  if (!closed) return undefined;
  return { channel: channel ? (table.channelOf.get(found.seq) as string) : "sms", end, opened: found.start > at };
}

/** The joiner and item at word `at` ("or calls", "et des SMS"), else undefined; a joiner opening a channel word is that word ("e mail"). */
function joinedItemAt(table: CompiledRules, words: readonly string[], at: number, verbal: boolean): ListItem | undefined {
  if (longestAt(words, at, table.channelWords) !== undefined) return undefined;
  const joiner = startsAt(words, at, table.context.listJoiners);
  return joiner === 0 ? undefined : itemAt(table, words, at + joiner, verbal);
}

/** Whether a channel word `seq` starting at word `start` may be a verb: it is one, or it stands bare, no opener before it ("text" in "don't text"). */
function mayBeVerb(table: CompiledRules, words: readonly string[], seq: readonly string[], start: number): boolean {
  return table.channelVerbs.has(seq) || !endsAt(words, start, table.context.listOpeners);
}

/**
 * Whether a list going on from the channel word ending right before word `at` (the longest one) may list
 * verbs: that word may be a verb ("please don't text | or call"), not a noun ("stop the emails | and call please").
 */
export function verbalAt(table: CompiledRules, words: readonly string[], at: number): boolean {
  let longest: readonly string[] | undefined;
  for (const seq of table.channelWords) if (seq.length > (longest?.length ?? 0) && standsAt(words, at - seq.length, seq)) longest = seq;
  return longest !== undefined && mayBeVerb(table, words, longest, at - longest.length);
}

/** Whether a joiner and an item of a list stand at word `at`, right after a channel word: a list goes on there. */
export function listGoesOnAt(table: CompiledRules, words: readonly string[], at: number): boolean {
  return joinedItemAt(table, words, at, verbalAt(table, words, at)) !== undefined;
}

/**
 * The channels of the items joined on from word `at`, after a channel word ("no more texts | or
 * calls", "stop the emails | and the calls", "keine Mails mehr | und keine SMS"), in order, and where
 * the last ends (`at` when none); verbs only when that channel word may be one (`verbal`, {@link verbalAt}).
 */
export function listGoingOn(
  table: CompiledRules,
  words: readonly string[],
  at: number,
  verbal: boolean,
): { readonly channels: readonly string[]; readonly end: number } {
  const channels: string[] = [];
  let end = at;
  for (let item = joinedItemAt(table, words, end, verbal); item !== undefined; item = joinedItemAt(table, words, end, verbal)) {
    channels.push(item.channel);
    end = item.end;
  }
  return { channels, end };
}

/**
 * The channels of a list whose last joiner closes right before word `at` ("keine Anrufe und | keine
 * SMS mehr", "Anrufe und | SMS nicht mehr"), in order; empty when none does. A list whose first item
 * has no opener must open the words: "just texts and no more calls" lists no texts. Verbs only
 * before a word that may be one ("bel of | mail me niet meer"), not before a noun ("llámame y | no más correos").
 */
export function listClosingBefore(table: CompiledRules, words: readonly string[], at: number): readonly string[] {
  const own = channelAfterOpeners(table, words, at);
  const verbal = own !== undefined && mayBeVerb(table, words, own.seq, own.start);
  for (let from = Math.max(0, at - MAX_LIST_WORDS); from < at - 1; from++) {
    const first = itemAt(table, words, from, verbal);
    if (first === undefined || (!first.opened && from !== 0)) continue;
    const channels = [first.channel];
    let end = first.end;
    for (let item = joinedItemAt(table, words, end, verbal); item !== undefined && item.end < at; item = joinedItemAt(table, words, end, verbal)) {
      channels.push(item.channel);
      end = item.end;
    }
    const joiner = startsAt(words, end, table.context.listJoiners);
    if (joiner !== 0 && end + joiner === at) return channels;
  }
  return [];
}

/**
 * The channels of words that are nothing but a list ("text or email", "sms of e mail", "geen sms"), else
 * undefined; going on from a word that may be a verb (`verbal`) it may list verbs, else a verb makes it
 * none ("no more emails, | call").
 */
export function wholeList(table: CompiledRules, words: readonly string[], verbal: boolean): readonly string[] | undefined {
  const first = itemAt(table, words, 0, verbal);
  if (first === undefined) return undefined;
  const { channels, end } = listGoingOn(table, words, first.end, verbal);
  // A courtesy word may close the list: "text or email please", "sms of e-mail graag".
  return onlyFillersFrom(table, words, end) ? [first.channel, ...channels] : undefined;
}

/** Whether an item's channel word stands at word `at`, after its openers ("keine SMS" in "keine SMS mehr"), wherever the list ends. */
export function opensItem(table: CompiledRules, words: readonly string[], at: number): boolean {
  return channelAfterOpeners(table, words, at) !== undefined;
}
