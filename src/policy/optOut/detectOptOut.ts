import { BoundedMemo } from "../../primitives/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { compiledRules, type CompiledRules, type CompiledPhrase } from "./compiledRules.js";
import { listClosingBefore, listGoesOnAt, listGoingOn, opensItem, verbalAt, wholeList } from "./channelLists.js";
import { boundCues, namesContact, pastBefore, pastForm, type BoundCue } from "./clauseCues.js";
import { judgeMatch, type Judgement, type MatchPlace, type PhraseReading } from "./judgeMatch.js";
import { messageClauses, type Clause } from "./messageClauses.js";
import { ngramMayDecide } from "./ngramGate.js";
import { NGRAM_DOUBT, NGRAM_LOCALES, NGRAM_THRESHOLD, ngramOptOutScore } from "./ngramModel.js";
import { OPT_OUT_RULES } from "./rules/index.js";
import { CONTEXT_WINDOW, type OptOutRules } from "./rules/optOutRules.js";
import { spellerFor } from "./spelling.js";
import { onlyStopSigns } from "./stopSigns.js";
import { matchAt, type StepCounter } from "./tokenPattern.js";
import { endsAt, isWhole, longestAt, occursIn, type Sequences, standsAt, startsAt, startsWithin } from "./wordSequences.js";

/** Options for {@link detectOptOut}. */
export interface DetectOptOutOptions {
  /**
   * The message's language (`en`, `de-AT`, `nl`, `fr-BE`, `es-MX`): its rules and the English ones apply
   * (for English, the Spanish ones too: US leads mix them).
   * @default every language's rules
   */
  readonly locale?: string;
}

/**
 * Why a message is `uncertain` (held for review), or why a phrase that matched does not opt out:
 * - `question`: asked, not requested ("how do I stop these texts?");
 * - `condition`: only if something happens ("if I don't answer, stop calling");
 * - `quoted`: in quotation marks, so maybe mentioned rather than meant;
 * - `frequency`: a complaint about how often ("stop texting me so much");
 * - `keyword_in_sentence`: an opt-out keyword inside a longer sentence ("how does unsubscribe work");
 * - `ambiguous`: a phrase that may or may not mean stop ("not interested", "wrong number");
 * - `negated`: the stop is negated ("don't stop texting me");
 * - `reported`: reported, not said ("I never said stop calling");
 * - `past`: asks about the past ("why did you stop calling?"), or tells it ("Sie haben mich nicht mehr angerufen");
 * - `constraint`: limits when, not whether ("stop calling after 6, call tomorrow").
 */
export type OptOutReason =
  | "question"
  | "condition"
  | "quoted"
  | "frequency"
  | "keyword_in_sentence"
  | "ambiguous"
  | "negated"
  | "reported"
  | "past"
  | "constraint";

/** What a message says about opting out. */
export interface OptOutDetection {
  /** `opt_out`: certain enough to act on; `uncertain`: hold for a person to decide; `none`: an ordinary message. */
  readonly verdict: "opt_out" | "uncertain" | "none";
  /** `verdict === "opt_out"`. */
  readonly optOut: boolean;
  /**
   * 1 for a bare keyword, 0.95 for a keyword with fillers (`stop please`) or keywords joined by a
   * coordinator (`STOP and UNSUBSCRIBE`), 0.9 for a phrase or a keyword sentence, 0.85 for a request
   * put as a question, 0.8 for the clause-level fallback (a cue bound to a contact word: "keine
   * weiteren E-Mails"), 0.7 for the n-gram second opinion (a message no rule reads: "Rot op met je
   * telefoontjes"); 0.5 when uncertain; 0 otherwise.
   */
  readonly confidence: number;
  /** The rule that decided (`en.keyword.stop`, `de.phrase.keine-mehr`, `nl.clause.stop-contact`, `ngram.opt-out`), also for a negated match; else `null`. */
  readonly rule: string | null;
  /** Why the verdict is `uncertain`, or why a matched rule does not opt out. */
  readonly reason?: OptOutReason;
  /**
   * `all` (STOP ALL) or the channel the text names (`stop texting me` → `sms`), in the opt-out or in
   * a later one of the message ("Leave me alone. No more calls." → `call`, with `inbound`), or an earlier
   * opt-out the clause-level fallback read ("stop ff met bellen. Laat me met rust." → `call`, with
   * `inbound`); absent: the channel the message came on.
   */
  readonly scope?: string;
  /** Every channel the text names when it names several ("stop calling and texting me"); `scope` is the first. */
  readonly channels?: readonly string[];
  /**
   * `true` when the message also opts out of the channel it came on: an opt-out naming no channel beside one
   * naming `scope` ("STOP. Don't call me either" on SMS covers SMS and calls). Absent otherwise.
   */
  readonly inbound?: true;
}

const NONE: OptOutDetection = { verdict: "none", optOut: false, confidence: 0, rule: null };
/** A reply that is only a stop sign ("🛑", "⛔", "🚫"): likely a stop, said in no words, so held for a person. */
const STOP_SIGN: OptOutDetection = { verdict: "uncertain", optOut: false, confidence: 0.5, rule: "emoji.stop-sign", reason: "ambiguous" };

/**
 * Reads a message for an opt-out, sentence by sentence. A message that is only an opt-out keyword
 * (STOP, STOP ALL, QUIT, END, REVOKE, OPT OUT, CANCEL, UNSUBSCRIBE, STOPP, ABMELDEN, AFMELDEN,
 * ARRÊT, BAJA, ...), give or take fillers like "please", or keywords joined by a coordinator ("STOP and
 * UNSUBSCRIBE"), also to what opts out on its own ("Stop and go away"), is a certain opt-out. A
 * phrase ("please stop texting me", "bel me niet meer", "no me llamen más") opts out unless its
 * sentence negates it
 * ("don't stop texting me"), reports it ("I never said stop"), asks about the past ("why did you stop
 * calling?") or only limits when ("stop calling after 6"); questions, conditions, quotations and
 * frequency complaints are `uncertain`. Invitations and compounds ("stop by the showroom",
 * "non-stop") never match. A reply that is only stop signs ("🛑", "⛔", "🚫") is held (`uncertain`). A clause no phrase matches is read for cues instead: a stop, removal
 * or negation cue bound to a contact word in any inflection ("Nummer bitte löschen", "stop ff met
 * bellen"), judged the same way. A message no rule reads, or only as a keyword inside a sentence,
 * is an opt-out when an n-gram model scores it at least 0.9 and it is neither a question nor quoted;
 * a fallback opt-out the model scores below 0.1 is held for review (words of compounds and
 * invitations never let the model in). The opt-out covers the channel the text names, or every
 * channel when the message refuses contact by any means ("por este medio ni por ningún otro").
 *
 * Linear in the text and bounded: only the first {@link OPT_OUT_TEXT_LIMIT} characters of the
 * message's own text (quoted replies removed, normalised) are read, so a megabyte costs the same as
 * a short reply. Case, accents, punctuation and whitespace do not matter.
 * @throws {ArgumentError} when `text` is not a string.
 * @example detectOptOut("STOP!!") // { verdict: "opt_out", optOut: true, confidence: 1, rule: "en.keyword.stop" }
 */
export function detectOptOut(text: string, options: DetectOptOutOptions = {}): OptOutDetection {
  return detectOptOutCounted(text, options, undefined);
}

/**
 * {@link detectOptOut}, counting the word comparisons its rules make; with `phrases: false` only
 * keywords and the clause-level fallback are read (tests measure the fallback on its own).
 */
export function detectOptOutCounted(text: string, options: DetectOptOutOptions, counter: StepCounter | undefined, phrases = true): OptOutDetection {
  if (typeof text !== "string") throw new ArgumentError("text", `Expected \`text\` to be a string, got ${describeValue(text)}`);
  const { tables, message, model } = readFor(text, options.locale);
  if (message.words.length === 0) return onlyStopSigns(text) ? STOP_SIGN : NONE;
  // A part of joined keywords is read as a message of its own, and inside that reading no part is read alone: one level deep.
  const inPart: MessageReading = { tables, counter, phrases, model, alone: undefined };
  const alone: PartReader = (part, asked) => readWhole(part.join(" "), partMessage(tables, part, asked), inPart);
  return readWhole(text, message, { ...inPart, alone });
}

/** How a message is read: its tables, the step counter, and which readings take part. */
interface MessageReading {
  /** The rule tables of its language. */
  readonly tables: readonly CompiledRules[];
  readonly counter: StepCounter | undefined;
  /** Whether phrases are read; without them, keywords and the clause-level fallback only. */
  readonly phrases: boolean;
  /** Whether the n-gram model may read it. */
  readonly model: boolean;
  /** Reads the parts of joined keywords ({@link PartReader}); without it, a part that is no keyword nor fillers joins nothing. */
  readonly alone: PartReader | undefined;
}

/**
 * Reads a message read into clauses: its verdict, a keyword beside a request held, an opt-out's scope
 * widened to every channel or narrowed to the one received.
 */
function readWhole(text: string, message: Message, how: MessageReading): OptOutDetection {
  const { tables, alone } = how;
  const read = readMessage(text, message, how);
  // "STOP and call me": where no rule read it (nothing, or only the model), a keyword joined to a request for contact is held.
  const found = read.verdict === "none" || read.rule === NGRAM_RULE ? (keywordBesideRequest(tables, message.clauses, alone) ?? read) : read;
  // "No me escriban más por este medio ni por ningún otro": every channel.
  const widens =
    found.optOut &&
    (message.clauses.some((c) => widensToEveryChannel(tables, c.words)) ||
      namesEveryChannelNeither(tables, message.clauses, found) ||
      listsEveryChannel(tables, message.clauses) ||
      // "mij niet langer te benaderen via telefoon, sms of e-mail": the opt-out itself lists every channel.
      EVERY_CHANNEL.every((c) => found.channels?.includes(c) === true));
  // "Nada de llamadas ni correos, los SMS sí": a channel granted is left out, never widened to.
  if (widens || (found.optOut && found.scope === "all")) {
    const granted = grantedChannels(tables, message.clauses);
    if (granted.length > 0) return withoutGranted(tables, message.clauses, found, granted);
  }
  if (!widens) return found.optOut && found.scope === undefined ? withReceivedChannel(tables, message.clauses, found) : found;
  const { channels: _named, ...rest } = found;
  return { ...rest, scope: "all" };
}

/**
 * Whether the n-gram model's gate lets it decide `text` read with `options` ({@link ngramMayDecide}):
 * the cross-validation of rules and model applies it to the readings of earlier rules.
 */
export function ngramMayDecideOn(text: string, options: DetectOptOutOptions = {}): boolean {
  const { tables, message, model } = readFor(text, options.locale);
  return model && ngramMayDecide(tables, message.clauses);
}

/**
 * The tables a message is read with and its clauses: the locale's tables; without a locale, every
 * table without `marks`, unless the message holds a mark of a table (a Portuguese "não", "você"),
 * then that language's tables. `model`: whether the n-gram model, trained only on the languages of
 * {@link NGRAM_LOCALES}, may read the message (not one read as another language's).
 */
function readFor(text: string, locale: string | undefined): { tables: readonly CompiledRules[]; message: Message; model: boolean } {
  const given = locale === undefined || locale === "" ? undefined : languageOf(locale);
  const tables = rulesFor(given).map(compiledRules);
  const message = readClauses(text, tables);
  const marked = given === undefined ? markedLanguage(message.words) : undefined;
  if (marked === undefined) return { tables, message, model: given === undefined || NGRAM_LOCALES.includes(given) };
  const own = rulesFor(marked).map(compiledRules);
  return { tables: own, message: readClauses(text, own), model: NGRAM_LOCALES.includes(marked) };
}

let marksByTable: readonly (readonly [string, ReadonlySet<string>])[] | undefined;

/** The language of the first table with `marks` of which a word is one, if any. */
function markedLanguage(words: readonly string[]): string | undefined {
  marksByTable ??= OPT_OUT_RULES.filter((t) => t.marks !== undefined).map((t) => [t.locale, new Set(t.marks)] as const);
  for (const [language, marks] of marksByTable) if (words.some((w) => marks.has(w))) return language;
  return undefined;
}

type Message = ReturnType<typeof messageClauses>;

/**
 * The message split into clauses with the tables' word lists; a clause opening with a question of
 * how ("how do I stop getting these texts", "hoe kan ik me afmelden"), or after its first word
 * ("so how do I …"), is a question whether or not a question mark closes it.
 */
function readClauses(text: string, tables: readonly CompiledRules[]): Message {
  const message = messageClauses(text, joinersOf(tables), breakersOf(tables), spellerFor(tables), particleHostsOf(tables));
  for (const clause of message.clauses) clause.question ||= asksHow(tables, clause.words);
  return message;
}

/** The words open with a question of how, or do after their first word ("so how do I …"). */
function asksHow(tables: readonly CompiledRules[], words: readonly string[]): boolean {
  return tables.some((t) => startsAt(words, 0, t.context.howQuestions) !== 0 || startsAt(words, 1, t.context.howQuestions) !== 0);
}

/**
 * Reads a part of joined keywords ("go away" in "Stop and go away") as a message of its own, asked
 * (its clause is a question) or not.
 */
type PartReader = (part: readonly string[], asked: boolean) => OptOutDetection;

/** The words of a part as a message of one clause, asked or not, unquoted. */
function partMessage(tables: readonly CompiledRules[], part: readonly string[], asked: boolean): Message {
  const words = [...part];
  const clause: Clause = { words, quoted: words.map(() => false), question: asked || asksHow(tables, words), sentence: 0 };
  return { clauses: [clause], words, sentences: [words], truncated: false };
}

/** The verdict of a message read into clauses, before an opt-out's scope is widened to every channel. */
function readMessage(text: string, message: Message, how: MessageReading): OptOutDetection {
  const { tables, counter, phrases, model, alone } = how;
  const second = (t: string, clauses: readonly Clause[], otherwise: OptOutDetection): OptOutDetection =>
    model ? secondOpinion(t, tables, clauses, otherwise) : otherwise;
  // Parts are read alone in a message of one clause; the sentences and clauses of a longer one are read below.
  const only = message.clauses.length === 1 ? message.clauses[0] : undefined;
  const whole = keywordOf(
    tables,
    message.words,
    message.clauses.some((c) => c.question) ? { ...WHOLE_MESSAGE, held: "question" } : WHOLE_MESSAGE,
    only === undefined ? undefined : alone,
    only?.question,
  );
  if (whole !== undefined) return whole;
  // "No more. Call me next month": which contact an elliptic keyword stops is unsaid.
  const inSentence: KeywordReading = asksContact(tables, message.clauses) ? { ...IN_SENTENCE, held: "ambiguous" } : IN_SENTENCE;

  let uncertain: OptOutDetection | undefined;
  let declined: OptOutDetection | undefined;
  let keywordClause: OptOutDetection | undefined;
  let fallback: OptOutDetection | undefined;
  // A phrase opt-out naming no channel waits for a later one that names it: "Leave me alone. No more calls."
  let unscoped: OptOutDetection | undefined;
  // The opt-outs naming channels, merged: "Stop texting me. Stop calling me." covers both.
  let scoped: OptOutDetection | undefined;
  // "Nee dank je, haal mijn nummer maar van de lijst": an ambiguous first clause ("no thanks") opens
  // the message; a clear request after it wins, read by the n-gram model without the opener too.
  let opener: OptOutDetection | undefined;
  // "Typical. … the day I'm ready to sign you lot stop texting": a clause that is only a sarcasm cue
  // colours the message; one that is only an irony ("Classic.", "Génial,") colours a described stop.
  const aside = asideOf(tables, message.clauses);
  // "je réponds pour ma mère …: merci de ne plus envoyer de messages à ce numéro": the writer speaks for the contact's owner.
  const forOwner = message.clauses.some((c) => tables.some((t) => occursIn(c.words, 0, Math.min(c.words.length, CONTEXT_WINDOW), t.context.onBehalf)));
  // "Stop! I'll take it", "Cancel, I'll come Thursday instead": a keyword beside a commitment to buy or come may stop a sale or a visit.
  const committed = message.clauses.some((c) => tables.some((t) => startsAt(c.words, 0, t.context.commitments) !== 0));
  // A sentence that is only a keyword opts out; naming no channel, it waits for a phrase of another
  // sentence that names one ("¿Cuántas veces les tengo que decir que dejen de llamarme?? Ya basta" → calls).
  let keywordSentence: OptOutDetection | undefined;
  for (let s = 0; s < message.sentences.length && message.sentences.length > 1; s++) {
    const words = message.sentences[s] as readonly string[];
    const hit = keywordOf(tables, words, inSentence, alone);
    if (hit === undefined) continue;
    const clause = message.clauses.find((c) => c.sentence === s);
    if (clause?.quoted.some((q) => q) === true) uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "quoted" };
    else if (clause?.question === true) uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "question" };
    else if (hit.verdict === "uncertain") uncertain ??= hit;
    else if (committed) uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "ambiguous" };
    else if (hit.scope !== undefined) return hit;
    else keywordSentence ??= hit;
  }

  for (let c = 0; c < message.clauses.length; c++) {
    const clause = message.clauses[c] as (typeof message.clauses)[number];
    const previous = c > 0 && (message.clauses[c - 1] as typeof clause).sentence === clause.sentence ? message.clauses[c - 1] : undefined;
    // "Stop, I'm not buying": a sentence opening with a clause that is only a keyword, said plainly
    // (a phrase elsewhere names the channel: "basta, dejen de llamarme" → calls).
    // "I'm done with these texts, stop": so does one closing it, unless the sentence sets a condition;
    // also after a connective of consequence ("…, so stop", "hab schon ne Versicherung, also stopp");
    // an elliptic one closing it is read by the clause before ("No me interesa, no más").
    const last = c + 1 === message.clauses.length || (message.clauses[c + 1] as Clause).sentence !== clause.sentence;
    if (keywordClause === undefined && !clause.question && !clause.quoted.some((q) => q) && (previous === undefined || last)) {
      const plain =
        keywordOf(tables, clause.words, previous === undefined ? inSentence : CLOSING, alone) ??
        (previous === undefined ? repeatedKeyword(tables, clause.words) : ellipticClosing(tables, clause.words, previous));
      const consequent = plain === undefined && last ? consequentKeyword(tables, clause.words, alone) : undefined;
      const hit = plain ?? consequent?.hit;
      // "if it sold already then stop": the condition may stand before the connective, in the clause itself.
      const before = consequent?.at ?? 0;
      if (hit?.verdict === "uncertain") uncertain ??= hit;
      else if (hit !== undefined && (previous !== undefined || before > 0) && conditional(tables, message.clauses, c, before)) {
        uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "condition" };
      } else if (hit !== undefined && committed) uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "ambiguous" };
      else if (hit !== undefined && previous !== undefined && complainsOfRate(tables, earlierClauses(message.clauses, c))) {
        // "3 emails a day is too much, please stop": the keyword closes a complaint about how often.
        uncertain ??= { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "frequency" };
      } else keywordClause = hit;
    }
    const found = phrases ? phraseMatches(tables, clause.words, counter) : [];
    // "I opted out but I still get calls": an earlier opt-out told as done reads only with the sender going on after it.
    const matches =
      found.some((m) => m.phrase.goesOn === true) && !goesOnAfter(tables, message.clauses, c) ? found.filter((m) => m.phrase.goesOn !== true) : found;
    if (matches.length === 0) {
      // No phrase: the clause-level fallback reads its cues, judged the same way.
      const found = clauseFallback(tables, clause, previous, message.clauses, c, counter, aside, forOwner);
      // A phrase in a later clause may still decide, and name the channel: the fallback waits for it.
      if (found?.verdict === "opt_out" && unscoped !== undefined) {
        if (found.scope !== undefined) return withScopeOf(unscoped, found);
      } else if (found?.verdict === "opt_out") fallback ??= found;
      else if (found?.verdict === "uncertain") uncertain ??= found;
      else if (found !== undefined) declined ??= found;
      continue;
    }
    const following = followingClauses(message.clauses, c);
    for (const found of matches) {
      const rule = `${found.table.locale}.phrase.${found.phrase.id}`;
      const named = channelsNamed(found.table, clause.words, found.start, found.end);
      const stopped = channelsOfStop(found.table, clause, found.start, found.end, previous, following);
      // "I opted out but I still get calls": the channel the sender goes on with.
      const goingOn = found.phrase.goesOn === true && stopped.length === 0 ? following[0] : undefined;
      const channels = goingOn === undefined ? stopped : channelsNamed(found.table, goingOn.words, 0, goingOn.words.length);
      const after = channelsNamed(found.table, clause.words, found.end, Math.min(clause.words.length, found.end + 3));
      const listGoesOn = listGoingOnAfter(found.table, clause, found.end, following);
      const place = {
        clause,
        previous,
        earlier: earlierClauses(message.clauses, c),
        following,
        nextSentence: nextSentenceOf(message.clauses, listGoesOn === undefined ? c : c + 1),
        ...(listGoesOn === undefined ? {} : { listGoesOn }),
        namesChannel: after.length > 0,
        sendsChannel: named.length > 0 || (found.table.cues !== undefined && namesContact(found.table.cues, clause.words, found.start, found.end, counter)),
        aside,
        forOwner,
      };
      const judged: Judgement = judgeMatch(found.table.context, found.phrase, place, found.start, found.end);
      const scope = scopeOf(channels);
      if (judged.verdict === "opt_out") {
        const detected: OptOutDetection = { verdict: "opt_out", optOut: true, confidence: judged.confidence, rule, ...scope };
        // "Alle kanalen stop graag, geen mail, geen sms": a keyword clause covering every channel is not narrowed by the list after it.
        if (keywordClause?.scope === "all") return keywordClause;
        if (detected.scope !== undefined) {
          // An earlier opt-out naming no channel (a phrase, a sentence or clause that is a keyword) keeps the one it came on.
          const first = unscoped ?? keywordSentence ?? (keywordClause?.verdict === "opt_out" && keywordClause.scope === undefined ? keywordClause : undefined);
          const found = first === undefined ? detected : withScopeOf(first, detected);
          scoped = scoped === undefined ? found : withChannelsOf(scoped, found);
          // The clause's other matches read the same stop; a later clause may name more channels.
          break;
        }
        unscoped ??= detected;
        // "me désinscrire de votre liste d'envoi et de ne plus m'adresser de courriels": a second stop
        // in the rest of the clause, read by the fallback, and the channel that rest names; or one
        // before the match ("cesser de m'adresser vos courriels … et de supprimer mes coordonnées").
        const piece = (from: number, to: number): readonly string[] => {
          const part = { ...clause, words: clause.words.slice(from, to), quoted: clause.quoted.slice(from, to) };
          if (part.words.length === 0 || clauseFallback(tables, part, previous, message.clauses, c, counter, aside, forOwner)?.verdict !== "opt_out") return [];
          return orMessages(found.table, channelsNamed(found.table, part.words, 0, part.words.length), part.words, 0, part.words.length);
        };
        const named = piece(found.end, clause.words.length);
        const earlier = named.length > 0 ? named : piece(0, found.start);
        if (earlier.length > 0) return withScopeOf(unscoped, { ...detected, ...scopeOf(earlier) });
        continue;
      }
      if (judged.verdict === "uncertain") {
        const held: OptOutDetection = { verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason: judged.reason, ...scope };
        if (c === 0 && judged.reason === "ambiguous" && found.start === 0 && found.end === clause.words.length) opener ??= held;
        uncertain ??= held;
      } else declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: judged.reason };
    }
  }
  if (scoped !== undefined) return scoped;
  if (keywordSentence !== undefined) return fallback?.scope === undefined ? keywordSentence : withScopeOf(keywordSentence, fallback);
  // A fallback opt-out before it named the channel: "stop ff met bellen. Laat me met rust." → call.
  if (unscoped !== undefined) return fallback?.scope === undefined ? unscoped : withScopeOf(unscoped, fallback);
  const rest = opener === undefined ? undefined : message.clauses.slice(1);
  const restText = rest === undefined ? text : rest.map((c) => c.words.join(" ")).join(" ");
  if (fallback !== undefined && keywordClause?.scope === undefined) return phrases && !forOwner && model ? doubted(restText, fallback) : fallback;
  const decided = keywordClause ?? uncertain ?? declined;
  // "Does your platform scrub numbers against the National DNC Registry?": about the product, not the writer's contact.
  if (decided?.verdict === "uncertain" && talksOfVendor(tables, message.clauses))
    return { verdict: "none", optOut: false, confidence: 0, rule: decided.rule, reason: "constraint" };
  if (!phrases) return decided ?? NONE;
  if (decided === undefined) return second(text, message.clauses, NONE);
  if (decided === opener && rest !== undefined && rest.length > 0) return second(restText, rest, decided);
  // "Merci de me désabonner", "Ik wil me graag afmelden": a keyword inside a plain sentence that names
  // the writer or a channel ("Ich möchte meinen alten Wagen abmelden lassen" names neither).
  if (decided.reason === "keyword_in_sentence" && namesWriterOrChannel(tables, message.clauses)) return second(text, message.clauses, decided);
  return decided;
}

/**
 * A clause-level fallback opt-out the n-gram model scores below {@link NGRAM_DOUBT} is held for
 * review (`uncertain`, `ambiguous`): the weakest rule, overruled only by a strong contrary reading.
 * Not when the writer replies for the contact's owner (`onBehalf`): the owner's words ("ma mère", "meine
 * Mutter") are no third party's there.
 */
function doubted(text: string, fallback: OptOutDetection): OptOutDetection {
  if (ngramOptOutScore(text) >= NGRAM_DOUBT) return fallback;
  return { ...fallback, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "ambiguous" };
}

/** The writer as the object of an unsubscription, in the five languages ("m" is French "m'"). */
const WRITER = /* @__PURE__ */ new Set(["me", "us", "mich", "uns", "mij", "ons", "moi", "m", "nous", "nos"]);

function namesWriterOrChannel(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  return clauses.some((c) => c.words.some((w) => WRITER.has(w)) || tables.some((t) => channelsNamed(t, c.words, 0, c.words.length).length > 0));
}

/** How sure an opt-out only the n-gram model reads is: below the clause-level fallback's 0.8. */
const NGRAM_CONFIDENCE = 0.7;

/**
 * A message in which no keyword, phrase or cue matched, or only a keyword inside a sentence
 * (`keyword_in_sentence`), is read by the n-gram model ({@link ngramOptOutScore}): at or above
 * {@link NGRAM_THRESHOLD} it is an opt-out (rule `ngram.opt-out`, covering the channels the message
 * names) where the gate lets the model decide ({@link ngramMayDecide}); else the rules' reading
 * (`otherwise`) stands.
 */
function secondOpinion(text: string, tables: readonly CompiledRules[], clauses: readonly Clause[], otherwise: OptOutDetection): OptOutDetection {
  if (!ngramMayDecide(tables, clauses) || ngramOptOutScore(text) < NGRAM_THRESHOLD) return otherwise;
  const channels: string[] = [];
  for (const clause of clauses)
    for (const table of tables)
      for (const channel of channelsNamed(table, clause.words, 0, clause.words.length)) if (!channels.includes(channel)) channels.push(channel);
  // "Stuur me geen berichten meer": a word for messages, no channel named, is SMS.
  const messages = channels.length === 0 && clauses.some((c) => tables.some((t) => namesMessages(t, c.words, 0, c.words.length)));
  const scope = scopeOf(messages ? ["sms"] : channels);
  return { verdict: "opt_out", optOut: true, confidence: NGRAM_CONFIDENCE, rule: NGRAM_RULE, ...scope };
}

/**
 * The phrase matches of a clause; in a clause none matches, those of its words without the fillers
 * that close it ("Not interested anymore thx": a phrase closing its clause still closes it).
 */
function phraseMatches(tables: readonly CompiledRules[], words: readonly string[], counter: StepCounter | undefined): FoundMatch[] {
  const matches = outermostMatches(tables, words, counter);
  if (matches.length > 0) return matches;
  const trimmed = withoutClosingFillers(tables, words);
  return trimmed.length === words.length ? matches : outermostMatches(tables, trimmed, counter);
}

/** The words without the fillers of any table in use at their end. */
function withoutClosingFillers(tables: readonly CompiledRules[], words: readonly string[]): readonly string[] {
  return tables.length === 1
    ? trimFillers((tables[0] as CompiledRules).fillers, words, false)
    : trimFillers(
        tables.flatMap((t) => t.fillers),
        words,
        false,
      );
}

/** How many words after a phrase naming no channel are read for the channel it covers ("to receive marketing texts"). */
const CHANNEL_REACH = 7;

/**
 * The channels a stop (a phrase match or a bound cue) at words `[start, end)` of its clause covers,
 * in the order named: those it names, else those after it within reach ("no me manden correos", "I
 * withdraw my consent to receive marketing texts"), else one fronted before it or `sms` for a word for
 * messages; with the rest of every list of channels one of them is an item of, before or after it
 * ("keine Anrufe und keine SMS mehr", "no more texts or calls", "désabonnez-moi des emails et des SMS"),
 * in the clauses after too ("Don't contact me by phone, text or email").
 */
function channelsOfStop(
  table: CompiledRules,
  clause: Clause,
  start: number,
  end: number,
  previous: Clause | undefined,
  following: readonly Clause[],
): readonly string[] {
  const words = clause.words;
  const named = channelsNamed(table, words, start, end);
  const reach = reachEnd(table, words, end);
  const read = orMessages(
    table,
    orFronted(table, named.length > 0 ? named : channelsNamed(table, words, end, reach), words, start, previous),
    words,
    start,
    reach,
  );
  if (read.length === 0) return read;
  const channels: string[] = [];
  const add = (list: readonly string[]) => {
    for (const channel of list) if (!channels.includes(channel)) channels.push(channel);
  };
  // The list the stop's own first item closes: "keine Anrufe und | keine SMS mehr".
  if (named.length > 0 && opensItem(table, words, start)) add(listClosingBefore(table, words, start));
  add(read);
  // The list going on after the last channel word read, or after the stop: "no more texts | or calls", "keine Mails mehr | und keine SMS".
  const last = named.length > 0 ? lastChannelEnd(table, words, start, end) : lastChannelEnd(table, words, end, reach);
  // Verbs go on a list only from a word that may be one: "nicht mehr anrufen | oder mailen", not "no more emails | and call please".
  const verbal = last !== undefined && verbalAt(table, words, last);
  const goingOn = last === undefined ? undefined : listGoingOn(table, words, last, verbal);
  const on = goingOn !== undefined && goingOn.channels.length > 0 ? goingOn : listGoingOn(table, words, named.length > 0 ? end : reach, verbal);
  add(on.channels);
  // "Don't contact me by phone, text or email": the list goes on in the clauses after.
  if (Math.max(reach, on.end) === words.length) add(listedAfter(table, clause, following));
  add(stopsGoingOn(table, words, start, end, Math.max(end, on.end), following, verbal));
  return channels;
}

/**
 * The channels of the stops a stop at words `[start, end)` goes on with, each the same stop said of
 * another channel: after a list joiner at word `from` of its clause ("mich anzurufen | und mir Mails zu
 * schicken", "ne m'appelez plus | et ne m'envoyez plus de mails"), or, when the stop ends its clause, in
 * the clauses after that open with a joiner or name a channel ("Stop calling, | texting and emailing
 * me", "No me llamen, | ni me escriban, | ni me manden correos", "mich anzurufen, | mir SMS und Mails zu
 * schicken"). An item goes on the stop when the
 * stop's own words up to some word, followed by it, are a phrase of the table and nothing else but a list
 * of channels after it, fillers aside ("stop | texting and emailing me", "hören Sie auf | mir Mails zu schicken", "no | me escriban"):
 * a request after it is none ("Stop texting, call me": "stop call me" is no phrase; "stop the emails and
 * call please": a verb after a noun), nor is a grant
 * ("Stop calling me, texting is fine").
 */
function stopsGoingOn(
  table: CompiledRules,
  words: readonly string[],
  start: number,
  end: number,
  from: number,
  following: readonly Clause[],
  verbal: boolean,
): readonly string[] {
  const stop = words.slice(start, end);
  const joiner = startsAt(words, from, table.context.listJoiners);
  if (joiner !== 0 && from + joiner < words.length) return sameStopOf(table, stop, words.slice(from + joiner), verbal) ?? [];
  if (from !== words.length) return [];
  const channels: string[] = [];
  for (const next of following) {
    // "ni me escriban", "texting and emailing me", "mir SMS und Mails zu schicken": opened by a joiner, or naming a channel.
    const opener = startsAt(next.words, 0, table.context.listJoiners);
    if (opener === 0 && channelsNamed(table, next.words, 0, next.words.length).length === 0) break;
    const read = sameStopOf(table, stop, next.words.slice(opener), verbal);
    if (read === undefined) break;
    for (const channel of read) if (!channels.includes(channel)) channels.push(channel);
  }
  return channels;
}

/**
 * The channels of the stop `stop`'s words up to some word, followed by `item`, when they are a phrase
 * of the table and nothing else but a list of channels, fillers aside ({@link stopsGoingOn}); else
 * undefined. An item naming a verb borrows the stop's words only when the stop's channel word may be
 * one (`verbal`).
 */
function sameStopOf(table: CompiledRules, stop: readonly string[], item: readonly string[], verbal: boolean): readonly string[] | undefined {
  if (item.length === 0) return undefined;
  // "stop the emails and call please": after a noun, a verb asks for contact ({@link verbalAt}), unless the item is a stop of its own ("et ne m'appelez plus").
  const borrows = verbal || !namesVerb(table, item);
  for (let k = 0; k < (borrows ? stop.length : 1); k++) {
    const words = [...stop.slice(0, k), ...item];
    const found = outermostMatches([table], words, undefined).find(
      (m) => m.start === 0 && (onlyFillersAfter(table, words, m.end) || wholeList(table, words.slice(m.end), false) !== undefined),
    );
    if (found === undefined) continue;
    const clause: Clause = { words, quoted: words.map(() => false), question: false, sentence: 0 };
    return channelsOfStop(table, clause, 0, found.end, undefined, []);
  }
  return undefined;
}

/** Whether a channel word of `words` is a verb of the table (`channelVerbs`: "call", "liga", "llamarme"). */
function namesVerb(table: CompiledRules, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; ) {
    const seq = longestAt(words, i, table.channelWords);
    if (seq !== undefined && table.channelVerbs.has(seq)) return true;
    i += seq?.length ?? 1;
  }
  return false;
}

/** Words from `at` on are none, or fillers of the table and nothing else. */
function onlyFillersAfter(table: CompiledRules, words: readonly string[], at: number): boolean {
  for (let i = at; i < words.length; ) {
    const filler = startsAt(words, i, table.fillers);
    if (filler === 0) return false;
    i += filler;
  }
  return true;
}

/** Where the last channel word in words `[from, to)` ends, if one does. */
function lastChannelEnd(table: CompiledRules, words: readonly string[], from: number, to: number): number | undefined {
  let last: number | undefined;
  for (let i = from; i < to; ) {
    const seq = longestAt(words, i, table.channelWords);
    if (seq !== undefined) last = i + seq.length;
    i += seq?.length ?? 1;
  }
  return last;
}

/**
 * Where the reach for a phrase's channel ends: {@link CHANNEL_REACH} words on, or before a
 * coordinator ("remove me from your list and call me when …": the call is asked for, not stopped).
 */
function reachEnd(table: CompiledRules, words: readonly string[], from: number): number {
  let end = Math.min(words.length, from + CHANNEL_REACH);
  for (let i = from; i < end; i++) {
    // "by phone or email", "via telefoon, sms of e-mail": a coordinator after a channel word going on with a list of channels joins them, not a second request.
    // A coordinator opening a channel word is that word: Portuguese "e" (and) in "e mail".
    if (
      startsAt(words, i, table.context.coordinators) !== 0 &&
      !(i > from && channelEndsAt(table, words, i) && listGoesOnAt(table, words, i)) &&
      !channelStartsAt(table, words, i)
    )
      return i;
    // "to be contacted by your company by telephone": an agent's opening and its noun name who contacts, not counted.
    const agent = startsAt(words, i, table.context.agents);
    if (agent !== 0) end = Math.min(words.length, end + agent + 1);
  }
  return end;
}

/** A channel word of the table ends right before word `at` ("phone" in "phone or email", "e mail" in "e mail of sms"). */
function channelEndsAt(table: CompiledRules, words: readonly string[], at: number): boolean {
  return endsAt(words, at, table.channelWords);
}

/** A channel word of the table starts at word `at` ("e mail"). */
function channelStartsAt(table: CompiledRules, words: readonly string[], at: number): boolean {
  return startsAt(words, at, table.channelWords) !== 0;
}

/**
 * The channels of the clauses after a match's, in its sentence, that are nothing but a list of channel
 * words and coordinators, when the match's clause closes with a channel word ("Don't contact me by
 * phone, text or email" → call, sms, email); at most {@link followingClauses}' two clauses.
 */
function listedAfter(table: CompiledRules, clause: Clause, following: readonly Clause[]): readonly string[] {
  if (!channelEndsAt(table, clause.words, clause.words.length)) return [];
  const verbal = verbalAt(table, clause.words, clause.words.length);
  const listed: string[] = [];
  for (const next of following) {
    // An item opened by its joiner, a clause of its own: "No más llamadas, | ni mensajes, | ni correos".
    const joiner = startsAt(next.words, 0, table.context.listJoiners);
    const channels = wholeList(table, joiner === 0 || channelStartsAt(table, next.words, 0) ? next.words : next.words.slice(joiner), verbal);
    if (channels === undefined) break;
    for (const channel of channels) if (!listed.includes(channel)) listed.push(channel);
  }
  return listed;
}

/** A clause asks the vendor how its product handles opt-outs (`vendorTalk`: "webhook", "scrub", "belbestanden"). */
function talksOfVendor(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  return clauses.some((c) => tables.some((t) => t.context.vendorTalk.length > 0 && occursIn(c.words, 0, c.words.length, t.context.vendorTalk)));
}

/** A clause names how often the writer is contacted (`frequency`: "3 emails a day", "tous les jours"). */
function complainsOfRate(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  return clauses.some((c) => tables.some((t) => occursIn(c.words, 0, c.words.length, t.context.frequency)));
}

/**
 * The clause after a match's, in its sentence, that goes on with the channels the match stops, when the
 * match closes its own clause with a channel word: the next opens with one, or with a joiner and one
 * ("Stop calling, | texting and emailing me every day").
 */
function listGoingOnAfter(table: CompiledRules, clause: Clause, end: number, following: readonly Clause[]): Clause | undefined {
  const next = following[0];
  if (next === undefined || end !== clause.words.length || !channelEndsAt(table, clause.words, end)) return undefined;
  return channelStartsAt(table, next.words, startsAt(next.words, 0, table.context.listJoiners)) ? next : undefined;
}

/** The next clause of clause `c`'s sentence says the sender goes on: a word of going on (`stillWords`) and a channel ("… but I still get calls"). */
function goesOnAfter(tables: readonly CompiledRules[], clauses: readonly Clause[], c: number): boolean {
  const next = clauses[c + 1];
  if (next === undefined || next.sentence !== (clauses[c] as Clause).sentence) return false;
  // "… but my wife still gets calls": someone else's contact is not the writer's.
  return tables.some(
    (t) =>
      occursIn(next.words, 0, next.words.length, t.context.stillWords) &&
      !occursIn(next.words, 0, next.words.length, t.context.thirdParties) &&
      channelsNamed(t, next.words, 0, next.words.length).length > 0,
  );
}

/** The scope fields of a detection covering `channels` (the first as `scope`, all of them as `channels` when several). */
function scopeOf(channels: readonly string[]): Pick<OptOutDetection, "scope" | "channels"> {
  if (channels.length === 0) return {};
  return channels.length === 1 ? { scope: channels[0] as string } : { scope: channels[0] as string, channels };
}

/**
 * An opt-out naming no channel takes the one channel the message says the writer keeps receiving
 * (`ongoing`: "Je reçois depuis des semaines des e-mails … Merci de me retirer de votre liste de
 * diffusion" → email); two channels received, or none, leave it as it is.
 */
function withReceivedChannel(tables: readonly CompiledRules[], clauses: readonly Clause[], found: OptOutDetection): OptOutDetection {
  const received: string[] = [];
  for (const clause of clauses) {
    if (!tables.some((t) => occursIn(clause.words, 0, clause.words.length, t.context.ongoing))) continue;
    for (const table of tables)
      for (const channel of channelsNamed(table, clause.words, 0, clause.words.length)) if (!received.includes(channel)) received.push(channel);
  }
  return received.length === 1 ? { ...found, scope: received[0] as string } : found;
}

/**
 * The first opt-out, covering the channels a later one names; one naming none (a bare STOP, "leave me alone") keeps
 * covering the channel the message came on (`inbound`), so a channel named after it never narrows it.
 */
function withScopeOf(first: OptOutDetection, later: OptOutDetection): OptOutDetection {
  return {
    ...first,
    ...(later.scope === undefined ? {} : { scope: later.scope }),
    ...(later.channels === undefined ? {} : { channels: later.channels }),
    ...(first.scope === undefined && later.scope !== undefined ? { inbound: true as const } : {}),
  };
}

/** The first opt-out naming channels, covering those a later one names too (in the order named; `all` covers every one). */
function withChannelsOf(first: OptOutDetection, later: OptOutDetection): OptOutDetection {
  if (first.scope === "all") return first;
  if (later.scope === "all") return { ...later, ...(first.inbound === true ? { inbound: true as const } : {}) };
  const channels = [...(first.channels ?? [first.scope as string])];
  for (const channel of later.channels ?? [later.scope as string]) if (!channels.includes(channel)) channels.push(channel);
  return { ...first, ...scopeOf(channels), ...(first.inbound === true || later.inbound === true ? { inbound: true as const } : {}) };
}

/** How sure a clause-level fallback opt-out is: below a phrase's 0.9. */
const FALLBACK_CONFIDENCE = 0.8;
const FALLBACK_READING: PhraseReading = {};

/**
 * The clause-level fallback: each table's cues bound to a contact word or a removable (see
 * `boundCues`), read through {@link judgeMatch}. Before that, a past auxiliary or past form, a
 * negator around the cue (or an overlapping cue already negated) or a time or place constraint
 * inside it declines it, and a condition within {@link CONTEXT_WINDOW} words after it makes it
 * uncertain ("will you stop sending the specials once I buy?"). The first opt-out wins, else the
 * first uncertain reading, else the first declined one. Rule: `<locale>.clause.<cue>-<target>`.
 */
function clauseFallback(
  tables: readonly CompiledRules[],
  clause: Clause,
  previous: Clause | undefined,
  clauses: readonly Clause[],
  c: number,
  counter: StepCounter | undefined,
  aside: MatchPlace["aside"],
  forOwner: boolean,
): OptOutDetection | undefined {
  let uncertain: OptOutDetection | undefined;
  let declined: OptOutDetection | undefined;
  let negatedTo = -1;
  const words = clause.words;
  for (const table of tables) {
    if (table.cues === undefined) continue;
    const { bound: bounds, cued } = boundCues(table.cues, words, counter);
    for (const bound of bounds) {
      const rule = `${table.locale}.clause.${bound.cue.kind}-${bound.target.kind}`;
      // A cue overlapping one already negated is negated with it: "don't take me off the list".
      if (bound.start < negatedTo) continue;
      // "I'd appreciate it if you no longer contacted me": after a polite frame a past form is a wish, not the past.
      const polite = occursIn(words, Math.max(0, bound.start - CONTEXT_WINDOW), bound.start, table.context.politeFrames);
      if (pastBefore(table.cues, words, bound.start, bound.end) || (!polite && pastForm(table.cues, words, bound))) {
        declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: "past" };
        continue;
      }
      if (arrivalDenied(tables, words, bound)) {
        declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: "past" };
        continue;
      }
      if (negatedAround(tables, words, bound, cued)) {
        negatedTo = Math.max(negatedTo, bound.end);
        declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: "negated" };
        continue;
      }
      if (occursIn(words, bound.end, Math.min(words.length, bound.end + CONTEXT_WINDOW), table.context.conditions)) {
        uncertain ??= { verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason: "condition" };
        continue;
      }
      // Outside the cue's own words: "alto a las llamadas" is no time ("a las 6").
      if (
        occursIn(words, bound.start + 1, Math.min(bound.end, bound.cue.start), table.context.constraints) ||
        occursIn(words, Math.max(bound.start + 1, bound.cue.end), bound.end, table.context.constraints)
      ) {
        declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: "constraint" };
        continue;
      }
      const after = channelsNamed(table, words, bound.end, Math.min(words.length, bound.end + 3));
      const following = followingClauses(clauses, c);
      const channels = channelsOfStop(table, clause, bound.start, bound.end, previous, following);
      const place = {
        clause,
        previous,
        earlier: earlierClauses(clauses, c),
        following,
        nextSentence: nextSentenceOf(clauses, c),
        namesChannel: after.length > 0,
        sendsChannel: bound.target.kind === "contact",
        aside,
        forOwner,
      };
      const judged = judgeMatch(table.context, FALLBACK_READING, place, concordStart(table, words, bound), bound.end);
      const scope = scopeOf(channels);
      if (judged.verdict === "opt_out")
        return { verdict: "opt_out", optOut: true, confidence: Math.min(judged.confidence, FALLBACK_CONFIDENCE), rule, ...scope };
      if (judged.verdict === "uncertain") uncertain ??= { verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason: judged.reason, ...scope };
      else {
        if (judged.reason === "negated") negatedTo = Math.max(negatedTo, bound.end);
        declined ??= { verdict: "none", optOut: false, confidence: 0, rule, reason: judged.reason };
      }
    }
  }
  return uncertain ?? declined;
}

/**
 * A negator of any table in use inside the bound cue but outside the stop cue's own words ("ne me
 * retirez pas", "sie brauchen mich nicht aus der Liste zu streichen"), or in the two words after it
 * ("ne me désinscrivez surtout pas").
 */
function negatedAround(tables: readonly CompiledRules[], words: readonly string[], bound: BoundCue, cued: readonly boolean[]): boolean {
  const to = Math.min(words.length, bound.end + NEGATION_AFTER);
  for (let i = bound.start; i < to; i++) {
    if (cued[i] || (i >= bound.cue.start && i < bound.cue.end)) continue;
    // A negator opening before the stop cue ends before it; one opening after it ends by `to`.
    const by = i < bound.cue.start ? Math.min(to, bound.cue.start) : to;
    if (tables.some((t) => startsWithin(words, i, by, t.context.negators) || startsWithin(words, i, by, t.context.negatorsAfter))) return true;
  }
  return false;
}

/**
 * The contact word comes before the stop or negation cue bound to it and a word of receipt follows
 * within {@link NEGATION_AFTER} words: the message, call or mail did not arrive ("Votre SMS n'est
 * jamais arrivé", "your text never came through"), no stop is asked for.
 */
function arrivalDenied(tables: readonly CompiledRules[], words: readonly string[], bound: BoundCue): boolean {
  if (bound.target.kind !== "contact" || bound.target.start >= bound.cue.start) return false;
  const to = Math.min(words.length, bound.end + NEGATION_AFTER);
  return tables.some(
    (t) =>
      occursIn(words, bound.cue.end, to, t.context.receipts) &&
      !occursIn(words, Math.max(0, bound.cue.start - CONTEXT_WINDOW), bound.cue.start, t.context.wishes),
  );
}

/**
 * Where a bound cue's reading starts: at the negator right before its contact word when a request
 * marker stands before the negator and a lasting stop follows the contact ("could y'all not call my
 * cell no more"): negative concord, "can you not call" is a request and the negator belongs to it
 * instead of negating the stop ("she doesn't call me no more" reports, "can you not stop texting me"
 * negates); else at the bound cue.
 */
function concordStart(table: CompiledRules, words: readonly string[], bound: BoundCue): number {
  const { cue, target } = bound;
  if (cue.kind !== "stop" || target.kind !== "contact" || target.start !== bound.start || cue.start < target.end) return bound.start;
  for (let length = 1; length <= Math.min(bound.start, MAX_NEGATOR_WORDS); length++) {
    const at = bound.start - length;
    if (startsAt(words, at, table.context.negators) === length && occursIn(words, Math.max(0, at - CONTEXT_WINDOW), at, table.context.requests)) return at;
  }
  return bound.start;
}

/** The longest negator a concord is read across, in words ("do not"). */
const MAX_NEGATOR_WORDS = 3;

/** How many words after a bound cue are read for a negator. */
const NEGATION_AFTER = 2;

/**
 * True when a clause of clause `c`'s sentence before it, or the first `before` words of clause `c`,
 * hold a condition word ("if you keep texting, STOP", "if it sold already then stop").
 */
function conditional(tables: readonly CompiledRules[], clauses: readonly Clause[], c: number, before = 0): boolean {
  const sentence = (clauses[c] as Clause).sentence;
  const own = (clauses[c] as Clause).words;
  if (before > 0 && tables.some((t) => occursIn(own, 0, before, t.context.conditions))) return true;
  for (let k = c - 1; k >= 0 && (clauses[k] as Clause).sentence === sentence; k--) {
    const words = (clauses[k] as Clause).words;
    if (tables.some((t) => occursIn(words, 0, words.length, t.context.conditions))) return true;
  }
  return false;
}

/** The clauses of clause `c`'s sentence before it, nearest first. */
function earlierClauses(clauses: readonly Clause[], c: number): readonly Clause[] {
  const sentence = (clauses[c] as Clause).sentence;
  const earlier: Clause[] = [];
  for (let k = c - 1; k >= 0 && (clauses[k] as Clause).sentence === sentence; k--) earlier.push(clauses[k] as Clause);
  return earlier;
}

/** The first clause of the next sentence when clause `c` closes its sentence, else nothing. */
function nextSentenceOf(clauses: readonly Clause[], c: number): Clause | undefined {
  const next = clauses[c + 1];
  return next !== undefined && next.sentence !== (clauses[c] as Clause).sentence ? next : undefined;
}

/** Whether a clause of the message is nothing but a sarcasm cue ("Typical."), else nothing but an irony ("Classic."). */
function asideOf(tables: readonly CompiledRules[], clauses: readonly Clause[]): MatchPlace["aside"] {
  if (clauses.some((c) => tables.some((t) => isWhole(c.words, t.context.sarcasm)))) return "sarcasm";
  return clauses.some((c) => tables.some((t) => isWhole(c.words, t.context.ironies))) ? "irony" : undefined;
}

/** The clauses after clause `c` in its sentence (at most two: sarcasm cues are read there). */
function followingClauses(clauses: readonly Clause[], c: number): readonly Clause[] {
  const sentence = (clauses[c] as Clause).sentence;
  const out: Clause[] = [];
  for (let k = c + 1; k < clauses.length && out.length < 2 && (clauses[k] as Clause).sentence === sentence; k++) out.push(clauses[k] as Clause);
  return out;
}

interface FoundMatch {
  readonly table: CompiledRules;
  readonly phrase: CompiledPhrase;
  readonly start: number;
  readonly end: number;
}

/** Every phrase match in the clause that no longer match covers (`i want to unsubscribe` hides `unsubscribe`). */
function outermostMatches(tables: readonly CompiledRules[], words: readonly string[], counter: StepCounter | undefined): FoundMatch[] {
  const all: FoundMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    const word = words[start] as string;
    for (const table of tables) {
      const keyed = table.byFirstWord.get(word);
      if (keyed !== undefined) for (const phrase of keyed) tryAt(all, table, phrase, words, start, counter);
      for (const phrase of table.anywhere) tryAt(all, table, phrase, words, start, counter);
    }
  }
  if (all.length < 2) return all;
  all.sort((a, b) => a.start - b.start || b.end - a.end || tables.indexOf(a.table) - tables.indexOf(b.table) || a.phrase.index - b.phrase.index);
  const kept: FoundMatch[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

function tryAt(
  out: FoundMatch[],
  table: CompiledRules,
  phrase: CompiledPhrase,
  words: readonly string[],
  start: number,
  counter: StepCounter | undefined,
): void {
  const end = matchAt(phrase.pattern, words, start, counter);
  if (end > start) out.push({ table, phrase, start, end });
}

/**
 * How a keyword is read where it stands: its confidence bare and with fillers, whether an elliptic
 * keyword ("no more", "enough", "ça suffit") counts there, and why one is held there if it is.
 */
interface KeywordReading {
  readonly bare: number;
  readonly withFillers: number;
  readonly elliptic: boolean;
  /** An elliptic keyword here is asked ("Enough?": `question`) or stands beside a request for contact ("No more. Call me next month": `ambiguous`). */
  readonly held?: "question" | "ambiguous";
}

/** The rule of the n-gram model's opt-outs. */
const NGRAM_RULE = "ngram.opt-out";

/** The whole message is the keyword. */
const WHOLE_MESSAGE: KeywordReading = { bare: 1, withFillers: 0.95, elliptic: true };
/** A sentence of the message, or the clause opening one, is the keyword. */
const IN_SENTENCE: KeywordReading = { bare: 0.9, withFillers: 0.9, elliptic: true };
/** A clause closing a sentence, or its words after a connective: an elliptic keyword there is read by what came before (`ellipticClosing`), or is none. */
const CLOSING: KeywordReading = { ...IN_SENTENCE, elliptic: false };

/** The reading with the confidence of a keyword with fillers, bare or not: a part of joined keywords, a keyword beside "all channels". */
function withFillersOnly(reading: KeywordReading): KeywordReading {
  return { ...reading, bare: reading.withFillers };
}

/**
 * The keyword the words are, give or take fillers, in the first table that has it; or the keywords
 * they are joined by a coordinator ("STOP and UNSUBSCRIBE"), also to parts `alone` reads as opt-outs
 * ("Stop and go away"); or, covering `all`, the keyword they are once a phrase of every channel
 * opening or closing them is set aside ("Alle kanalen afmelden aub", "unsubscribe all channels"),
 * read as `reading` says.
 */
function keywordOf(
  tables: readonly CompiledRules[],
  words: readonly string[],
  reading: KeywordReading,
  alone?: PartReader,
  asked = false,
): OptOutDetection | undefined {
  if (words.length > MAX_KEYWORD_WORDS || !words.some((w) => tables.some((t) => t.keywordWords.has(w)))) return undefined;
  return plainKeyword(tables, words, reading) ?? joinedKeywords(tables, words, reading, alone, asked) ?? everyChannelKeyword(tables, words, reading);
}

/**
 * The keywords the words are when coordinators of one table join them ("STOP and UNSUBSCRIBE",
 * "Stopp und abmelden", "baja y stop"): every part between two of that table's coordinators is a
 * keyword of the table, give or take its fillers ("please unsubscribe and stop"), or a part that
 * `alone` reads, `asked` or not, as an opt-out of the rules, not of the n-gram model ("Stop and go
 * away", "STOP and don't call me"); any other part keeps the words a sentence ("stop and think"). The
 * first keyword's rule, covering `all` when a part does ("stop all and unsubscribe"), else the
 * channels the parts read alone cover.
 */
function joinedKeywords(
  tables: readonly CompiledRules[],
  words: readonly string[],
  reading: KeywordReading,
  alone: PartReader | undefined,
  asked: boolean,
): OptOutDetection | undefined {
  for (const table of tables) {
    const parts = joinedParts(table, words, withFillersOnly(reading));
    if (parts === undefined || parts.hits.length === 0 || (parts.others.length > 0 && alone === undefined)) continue;
    const read: OptOutDetection[] = [];
    for (const part of parts.others) {
      const found = (alone as PartReader)(part, asked);
      if (!ruledOptOut(found)) break;
      read.push(found);
    }
    if (read.length < parts.others.length) continue;
    const first = parts.hits[0] as OptOutDetection;
    if (parts.hits.some((h) => h.scope === "all") || read.some((r) => r.scope === "all")) return { ...first, scope: "all" };
    const channels: string[] = [];
    for (const r of read) for (const channel of r.channels ?? (r.scope === undefined ? [] : [r.scope])) if (!channels.includes(channel)) channels.push(channel);
    return { ...first, ...scopeOf(channels) };
  }
  return undefined;
}

/** An opt-out a rule read, not only the n-gram model. */
function ruledOptOut(found: OptOutDetection): boolean {
  return found.optOut && found.rule !== NGRAM_RULE;
}

/**
 * A clause that is keywords joined by a coordinator to parts that are no opt-out, held for review
 * (`uncertain`) as the first keyword's rule: to a request for contact ("STOP and call me",
 * "unsubscribe and email me instead"), which contact the keyword stops is unsaid (`ambiguous`; not in
 * a question); to parts that `alone` reads as opt-outs or held, one held ("stop and go away?", "stop
 * and not interested"), the whole is held as that part is (its reason). Not in a quotation.
 */
function keywordBesideRequest(tables: readonly CompiledRules[], clauses: readonly Clause[], alone: PartReader | undefined): OptOutDetection | undefined {
  for (const clause of clauses) {
    const words = clause.words;
    if (clause.quoted.some((q) => q) || words.length > MAX_KEYWORD_WORDS) continue;
    for (const table of tables) {
      const parts = joinedParts(table, words, IN_SENTENCE);
      if (parts === undefined || parts.hits.length === 0 || parts.others.length === 0) continue;
      const request = !clause.question && parts.others.every((part) => channelsNamed(table, part, 0, part.length).length > 0);
      const reason = request ? "ambiguous" : alone === undefined ? undefined : heldPart(parts.others, alone, clause.question);
      if (reason === undefined) continue;
      const { rule } = parts.hits[0] as OptOutDetection;
      return { verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason };
    }
  }
  return undefined;
}

/** The reason of the first part `alone` holds, when each part reads as an opt-out of the rules or held, one held. */
function heldPart(parts: readonly (readonly string[])[], alone: PartReader, asked: boolean): OptOutReason | undefined {
  let reason: OptOutReason | undefined;
  for (const part of parts) {
    const found = alone(part, asked);
    if (found.verdict === "uncertain") reason ??= found.reason ?? "ambiguous";
    else if (!ruledOptOut(found)) return undefined;
  }
  return reason;
}

/** The parts of words between coordinators of one table: the keywords they are, and those that are neither keyword nor fillers. */
interface JoinedParts {
  readonly hits: readonly OptOutDetection[];
  readonly others: readonly (readonly string[])[];
}

/**
 * The words split at the table's coordinators: the keyword of each part, in order (a part that is
 * only fillers adds none: "STOP and thank you"), and the other parts. Undefined without a
 * coordinator, or with an empty part.
 */
function joinedParts(table: CompiledRules, words: readonly string[], reading: KeywordReading): JoinedParts | undefined {
  const hits: OptOutDetection[] = [];
  const others: (readonly string[])[] = [];
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    const coordinator = i < words.length ? startsAt(words, i, table.context.coordinators) : 0;
    if (coordinator === 0 && i < words.length) continue;
    if (i === from) return undefined;
    const part = words.slice(from, i);
    const hit = plainKeyword([table], part, reading);
    if (hit !== undefined) hits.push(hit);
    else if (!onlyFillers(table, part)) others.push(part);
    if (coordinator === 0) return from === 0 ? undefined : { hits, others };
    from = i + coordinator;
    i = from - 1;
  }
  return undefined;
}

/** The words are fillers of the table and nothing else ("thank you"). */
function onlyFillers(table: CompiledRules, words: readonly string[]): boolean {
  return isWhole(trimFillers(table.fillers, words, true), table.fillers);
}

/** The keyword the words are once a phrase of every channel (`anyChannel`) opening or closing them is set aside, covering `all`. */
function everyChannelKeyword(tables: readonly CompiledRules[], words: readonly string[], reading: KeywordReading): OptOutDetection | undefined {
  for (const table of tables) {
    const opening = startsAt(words, 0, table.context.anyChannel);
    const trimmed = trimFillers(table.fillers, words, false);
    let rest = opening > 0 && opening < words.length ? words.slice(opening) : undefined;
    for (let i = 1; rest === undefined && i < trimmed.length; i++)
      if (startsAt(trimmed, i, table.context.anyChannel) === trimmed.length - i) rest = trimmed.slice(0, i);
    const hit = rest === undefined ? undefined : plainKeyword(tables, rest, withFillersOnly(reading));
    if (hit !== undefined) return { ...hit, scope: "all" };
  }
  return undefined;
}

/**
 * The keyword the words are, give or take fillers, in the first table that has it; an elliptic one
 * only where `reading` admits it, and held (`uncertain`) where `reading` holds it or said with one of
 * the table's `answers` ("No more, thanks", "Danke, genug": it may answer "anything else?"). Fillers
 * are trimmed down to a keyword, not through it ("please no more" is "no more", though "no" is a
 * filler too).
 */
function plainKeyword(tables: readonly CompiledRules[], words: readonly string[], reading: KeywordReading): OptOutDetection | undefined {
  // "STOP STOP STOP" is STOP said three times.
  const said = words.filter((w, i) => w !== words[i - 1]);
  const text = said.join(" ");
  for (const table of tables) {
    // "STOP I mean it", "stop for good": words of emphasis or permanence are fillers here.
    const stripped = trimFillers(table.keywordFillers, said, true, table.keywords).join(" ");
    const keyword = table.keywords.get(stripped);
    if (keyword === undefined || (keyword.elliptic === true && !reading.elliptic)) continue;
    const rule = `${table.locale}.keyword.${stripped.replace(/ /g, "-")}`;
    const held = keyword.elliptic !== true ? undefined : occursIn(said, 0, said.length, table.context.answers) ? "ambiguous" : reading.held;
    if (held !== undefined) return { verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason: held };
    return {
      verdict: "opt_out",
      optOut: true,
      confidence: stripped === text ? reading.bare : reading.withFillers,
      rule,
      ...(keyword.scope === undefined ? {} : { scope: keyword.scope }),
    };
  }
  return undefined;
}

const MAX_KEYWORD_WORDS = 8;

/**
 * An elliptic keyword closing a sentence after another clause: closing a refusal it opts out ("No me
 * interesa, no más", "I said no, enough": the table's `refusals` and `reasons`); limiting a request
 * for contact or a rate it is `uncertain`, `frequency` ("text me once a week, no more"); after any
 * other clause it is no keyword ("I had two already, no more").
 */
function ellipticClosing(tables: readonly CompiledRules[], words: readonly string[], previous: Clause): OptOutDetection | undefined {
  // Read where no keyword but an elliptic one is; held with thanks, it stays held.
  const hit = keywordOf(tables, words, IN_SENTENCE);
  if (hit?.verdict !== "opt_out") return hit;
  const before = previous.words;
  const among = (seqs: (t: CompiledRules) => Sequences) => tables.some((t) => occursIn(before, 0, before.length, seqs(t)));
  if (among((t) => t.context.refusals) || among((t) => t.context.reasons)) return hit;
  if (among((t) => t.context.rates) || among((t) => t.context.frequency) || tables.some((t) => channelsNamed(t, before, 0, before.length).length > 0))
    return { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "frequency" };
  return undefined;
}

/** Whether a clause of the message, not a question, names a channel: a request for contact beside an elliptic keyword ("No more. Call me next month"). */
function asksContact(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  return clauses.some((c) => !c.question && tables.some((t) => channelsNamed(t, c.words, 0, c.words.length).length > 0));
}

/**
 * A keyword said several times opening the words, more words after it: "STOP STOP STOP ik heb niks
 * aangevraagd" is a sentence opening with the keyword, its punctuation left out. Said once, a
 * keyword may open an ordinary sentence ("stop by the shop"); repeated, it is the keyword.
 */
function repeatedKeyword(tables: readonly CompiledRules[], words: readonly string[]): OptOutDetection | undefined {
  for (let n = 1; n <= MAX_REPEATED_WORDS && 2 * n < words.length; n++) {
    let end = n;
    while (end + n <= words.length && words.slice(end, end + n).every((w, j) => w === words[j])) end += n;
    if (end === n || end === words.length) continue;
    const hit = plainKeyword(tables, words.slice(0, n), IN_SENTENCE);
    // "stop stop stop dont sell the black one im on my way": a commitment right after the repeats may stop a sale, held.
    if (hit?.verdict === "opt_out" && tables.some((t) => startsAt(words, end, t.context.commitments) !== 0))
      return { ...hit, verdict: "uncertain", optOut: false, confidence: 0.5, reason: "ambiguous" };
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The longest keyword read as repeated, in words ("opt out opt out"). */
const MAX_REPEATED_WORDS = 2;

/**
 * A keyword closing the words after a connective of consequence (`consequences`: "so", "also",
 * "dus", "donc", "así que"), and where the connective stands: "…, so stop", "hab schon ne
 * Versicherung also stopp"; not an elliptic one, which there closes the clause's own verb ("bel me dan
 * niet meer") or limits it ("één per week is meer dan genoeg"). Only the last words are tried, so the
 * work per clause is constant.
 */
function consequentKeyword(
  tables: readonly CompiledRules[],
  words: readonly string[],
  alone: PartReader | undefined,
): { readonly hit: OptOutDetection; readonly at: number } | undefined {
  for (let i = Math.max(0, words.length - MAX_KEYWORD_WORDS - MAX_CONSEQUENCE_WORDS); i < words.length - 1; i++) {
    for (const table of tables) {
      const length = startsAt(words, i, table.context.consequences);
      if (length === 0) continue;
      const hit = keywordOf(tables, words.slice(i + length), CLOSING, alone);
      if (hit !== undefined) return { hit, at: i };
    }
  }
  return undefined;
}

/** The longest connective of consequence, in words ("c est pourquoi"). */
const MAX_CONSEQUENCE_WORDS = 3;

/**
 * The words without the fillers (one or more words each) at their end and, with `fromStart`, at
 * their start (`please stop now` → `stop`); the middle is left alone, and at least one word stays.
 * The longest filler at an end goes first (`stop right now` → `stop`, not `stop right`), the end
 * before the start; trimming stops at words that are one of `keywords` (`please no more` and `no
 * more please` → `no more`, though "no" is a filler too).
 */
function trimFillers(fillers: Sequences, words: readonly string[], fromStart: boolean, keywords?: ReadonlyMap<string, unknown>): readonly string[] {
  let start = 0;
  let end = words.length;
  const kept = () => keywords?.has(words.slice(start, end).join(" ")) === true;
  while (!kept()) {
    const tail = longestFiller(fillers, words, start, end, false);
    end -= tail;
    if (tail > 0 && kept()) break;
    const head = fromStart ? longestFiller(fillers, words, start, end, true) : 0;
    start += head;
    if (tail === 0 && head === 0) break;
  }
  return start === 0 && end === words.length ? words : words.slice(start, end);
}

/** The length of the longest filler opening (`atStart`) or closing words `[start, end)` and leaving a word, else 0. */
function longestFiller(fillers: Sequences, words: readonly string[], start: number, end: number, atStart: boolean): number {
  let longest = 0;
  for (const seq of fillers) {
    if (seq.length > longest && seq.length < end - start && standsAt(words, atStart ? start : end - seq.length, seq)) longest = seq.length;
  }
  return longest;
}

/**
 * A phrase of every channel stands in the words, closing them or followed by a filler or a word the
 * table writes (not one of a compound, nor opening an unrelated thing): "ni por ningún otro" and "or any other
 * channel" widen the scope, "the 2025 Tacoma or any other truck" names other vehicles, not other channels.
 */
function widensToEveryChannel(tables: readonly CompiledRules[], words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    for (const t of tables) {
      const length = startsAt(words, i, t.context.anyChannel);
      if (length === 0) continue;
      const next = words[i + length];
      if (
        next === undefined ||
        startsAt(words, i + length, t.fillers) !== 0 ||
        (t.vocabulary.has(next) && !t.context.compounds.some((c) => c.includes(next)) && startsAt(words, i + length, t.context.unrelated) === 0)
      )
        return true;
    }
  }
  return false;
}

/**
 * The channels clauses grant: a clause that is only a list of channels closed by a grant (`grants`:
 * "SMS is fine", "los SMS sí", "SMS ist ok", "sms mag wel", "les SMS ça va"), not the message's first.
 */
function grantedChannels(tables: readonly CompiledRules[], clauses: readonly Clause[]): readonly string[] {
  const granted: string[] = [];
  for (let c = 1; c < clauses.length; c++) {
    const words = (clauses[c] as Clause).words;
    for (const t of tables) {
      for (let i = 1; i < words.length; i++) {
        if (startsAt(words, i, t.context.grants) !== words.length - i) continue;
        for (const channel of wholeList(t, words.slice(0, i), true) ?? []) if (!granted.includes(channel)) granted.push(channel);
      }
    }
  }
  return granted;
}

/**
 * An opt-out that would cover every channel beside a channel granted: the channels the message names
 * but the granted ones ("Nada de llamadas ni correos, los SMS sí" covers calls and email, as "no calls
 * or emails" does); naming none other, as it reads.
 */
function withoutGranted(tables: readonly CompiledRules[], clauses: readonly Clause[], found: OptOutDetection, granted: readonly string[]): OptOutDetection {
  const listed: string[] = [...(found.channels ?? (found.scope === undefined || found.scope === "all" ? [] : [found.scope]))];
  for (const clause of clauses)
    for (const t of tables) for (const channel of channelsNamed(t, clause.words, 0, clause.words.length)) if (!listed.includes(channel)) listed.push(channel);
  const left = listed.filter((c) => !granted.includes(c));
  if (left.length === 0) return found;
  const { channels: _named, scope: _scope, ...rest } = found;
  return { ...rest, ...scopeOf(left) };
}

/** Every channel a refusal covers when none is written as such: calls, texts and email. */
const EVERY_CHANNEL: readonly string[] = ["call", "sms", "email"];

/**
 * A clause holding a word of a "neither … nor" list (`nors`) that, with the channels the opt-out
 * `found` covers, names calls, texts and email: "Merci de ne plus me contacter, ni par téléphone ni par
 * mail ni par SMS", "…, weder per E-Mail noch per SMS noch telefonisch". Each clause is read once per table.
 */
function namesEveryChannelNeither(tables: readonly CompiledRules[], clauses: readonly Clause[], found: OptOutDetection): boolean {
  const named = new Set(found.channels ?? (found.scope === undefined ? [] : [found.scope]));
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    for (const t of tables) {
      if (!occursIn(clause.words, 0, clause.words.length, t.context.nors)) continue;
      for (const channel of channelsNamed(t, clause.words, 0, clause.words.length)) named.add(channel);
      // "Calls, texts, emails - all of it": the clauses before it in its sentence that are nothing but a list of channels, verbs
      // too ("Bellen, sms, mail - alles"): widening to every channel errs on the side of not contacting.
      for (let b = c - 1; b >= 0 && clauses[b]?.sentence === clause.sentence; b--) {
        const listed = wholeList(t, (clauses[b] as Clause).words, true);
        if (listed === undefined) break;
        for (const channel of listed) named.add(channel);
      }
    }
  }
  return EVERY_CHANNEL.every((c) => named.has(c));
}

/**
 * Clauses of one sentence that are nothing but lists of channels, naming calls, texts and email
 * together, beside an opt-out: "Take me off your list. Phone, text, email.", "Stop alle communicatie
 * met mij, via telefoon, sms en e-mail". Each clause is read once per table.
 */
function listsEveryChannel(tables: readonly CompiledRules[], clauses: readonly Clause[]): boolean {
  for (const t of tables) {
    const named = new Map<number, Set<string>>();
    for (const clause of clauses) {
      const listed = wholeList(t, clause.words, true);
      if (listed === undefined) continue;
      const inSentence = named.get(clause.sentence) ?? new Set<string>();
      for (const channel of listed) inSentence.add(channel);
      named.set(clause.sentence, inSentence);
      if (EVERY_CHANNEL.every((c) => inSentence.has(c))) return true;
    }
  }
  return false;
}

/** The channels the matched words name, longest channel word first, in order of appearance. */
function channelsNamed(table: CompiledRules, words: readonly string[], start: number, end: number): string[] {
  const found: string[] = [];
  let i = start;
  while (i < end) {
    const seq = longestAt(words, i, table.channelWords);
    const channel = seq === undefined ? undefined : (table.channelOf.get(seq) as string);
    if (channel !== undefined && !found.includes(channel)) found.push(channel);
    i += seq?.length ?? 1;
  }
  return found;
}

/**
 * The channels named, or, when none is, the channel fronted before the match: the words before it in its
 * clause, or the clause before it in its sentence when it opens its clause, are a channel word after at
 * most one word, fillers aside ("Por correo no me escriban más", "Per SMS bitte nichts mehr schicken",
 * "Par SMS, ne m'écrivez plus"; not "Email is fine, no more please"). Constant work.
 */
function orFronted(
  table: CompiledRules,
  channels: readonly string[],
  words: readonly string[],
  start: number,
  previous: Clause | undefined,
): readonly string[] {
  if (channels.length > 0) return channels;
  const before =
    start > 0
      ? start <= FRONTED_WORDS
        ? words.slice(0, start)
        : undefined
      : previous !== undefined && previous.words.length <= FRONTED_WORDS
        ? previous.words
        : undefined;
  if (before === undefined) return channels;
  const fronted = trimFillers(table.fillers, before, false);
  for (let i = 0; i <= 1 && i < fronted.length; i++) {
    const seq = longestAt(fronted, i, table.channelWords);
    if (seq !== undefined && i + seq.length === fronted.length) return [table.channelOf.get(seq) as string];
  }
  return channels;
}

/** The most words a fronted channel is read in: a preposition, a channel word of up to two words and a filler ("per e mail bitte"). */
const FRONTED_WORDS = 4;

/**
 * The channels named, or `sms` when none is but words `[start, end)` hold a word for messages
 * ("ya no me manden mensajes"; "pls dont message me on whatsapp" names WhatsApp).
 */
function orMessages(table: CompiledRules, channels: readonly string[], words: readonly string[], start: number, end: number): readonly string[] {
  return channels.length > 0 || !namesMessages(table, words, start, end) ? channels : ["sms"];
}

/** Words `[start, end)` hold a word for messages of the table (`messageWords`), or one its spelling reads as one ("msgs"). */
function namesMessages(table: CompiledRules, words: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const word = words[i] as string;
    if (table.messageWords.has(word) || table.messageWords.has(table.spelling.get(word) ?? "")) return true;
  }
  return false;
}

/** Tables read after a language's own and English: English replies from US leads mix in Spanish ("ya no me textees please"). */
const COMPANIONS: Readonly<Record<string, readonly string[]>> = { en: ["es"] };

/** Every table without `marks`: those read for a message of unknown language (listed at first use). */
let unmarked: readonly OptOutRules[] | undefined;

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? "";
}

function rulesFor(language: string | undefined): readonly OptOutRules[] {
  if (language === undefined) return (unmarked ??= OPT_OUT_RULES.filter((t) => t.marks === undefined));
  const wanted = [language, "en", ...(COMPANIONS[language] ?? [])];
  return wanted.map((l) => OPT_OUT_RULES.find((r) => r.locale === l)).filter((r, i, list): r is OptOutRules => r !== undefined && list.indexOf(r) === i);
}

/** By the locales of the rule tables read together: few combinations, bounded anyway. */
const joinerSets = /* @__PURE__ */ new BoundedMemo<string, ReadonlySet<string>>(64);
const breakerSets = /* @__PURE__ */ new BoundedMemo<string, ReadonlySet<string>>(64);
const particleHostSets = /* @__PURE__ */ new BoundedMemo<string, ReadonlySet<string>>(64);

function joinersOf(tables: readonly CompiledRules[]): ReadonlySet<string> {
  return wordSet(joinerSets, tables, (t) => t.context.joiners);
}
function breakersOf(tables: readonly CompiledRules[]): ReadonlySet<string> {
  return wordSet(breakerSets, tables, (t) => t.context.breakers);
}
function particleHostsOf(tables: readonly CompiledRules[]): ReadonlySet<string> {
  return wordSet(particleHostSets, tables, (t) => t.context.particleHosts);
}
function wordSet(
  cache: BoundedMemo<string, ReadonlySet<string>>,
  tables: readonly CompiledRules[],
  pick: (t: CompiledRules) => readonly (readonly string[])[],
): ReadonlySet<string> {
  const key = tables.map((t) => t.locale).join(",");
  let set = cache.get(key);
  if (set === undefined)
    cache.set(
      key,
      (set = new Set(
        tables.flatMap((t) =>
          pick(t)
            .filter((w) => w.length === 1)
            .map((w) => w[0] as string),
        ),
      )),
    );
  return set;
}
