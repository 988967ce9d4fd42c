import type { CompiledContext, CompiledPhrase } from "./compiledRules.js";
import type { Clause } from "./messageClauses.js";
import { CONTEXT_WINDOW } from "./rules/optOutRules.js";
import { endsAt, endsWithLength, isWhole, occursIn, type Sequences, startsAt, startsWith } from "./wordSequences.js";

/** What a phrase match means in its clause. */
export type Judgement =
  | { readonly verdict: "opt_out"; readonly confidence: number }
  | { readonly verdict: "uncertain"; readonly reason: "question" | "condition" | "quoted" | "frequency" | "keyword_in_sentence" | "ambiguous" }
  | { readonly verdict: "none"; readonly reason: "negated" | "reported" | "past" | "constraint" | "quoted" };

/** What a match's rule says before its context is read (a phrase's, or the clause-level fallback's: an opt-out). */
export type PhraseReading = Pick<CompiledPhrase, "verdict" | "reason" | "asks" | "insists"> & Partial<Pick<CompiledPhrase, "literals">>;

/** Where a match stands: its clause, the clause before it in its sentence, and the clauses after it in its sentence. */
export interface MatchPlace {
  readonly clause: Clause;
  readonly previous: Clause | undefined;
  /** The clauses of its sentence before it, nearest first: a condition may open one ("Si je réponds pas, c'est que …, donc arrêtez"). */
  readonly earlier: readonly Clause[];
  readonly following: readonly Clause[];
  /** Channel words follow the match: they count as objects ("no me manden los correos"). */
  readonly namesChannel: boolean;
  /** The match itself names contact ("stop texting me", "dejen de escribirme"): a topic word right after it opens what that contact is about. */
  readonly sendsChannel: boolean;
  /**
   * Another clause of the message is nothing but a sarcasm cue ("Typical. … and now you stop texting"),
   * or nothing but an irony ("Classic. …", "Génial, …"), which colours only a described stop.
   */
  readonly aside: "sarcasm" | "irony" | undefined;
  /** The writer replies for the contact's owner (`onBehalf`: "je réponds pour ma mère"): a stop aimed at the owner ("stop contacting her") is theirs. */
  readonly forOwner: boolean;
  /** The first clause of the next sentence, when the match's clause closes its sentence: a rate may be granted there ("… every day? Once a week is plenty"). */
  readonly nextSentence: Clause | undefined;
  /**
   * The clause after the match's, in its sentence, when it goes on with the channels the match stops
   * ("Stop calling, | texting and emailing me every day"): a frequency there is the match's, and the
   * rate may be granted after it.
   */
  readonly listGoesOn?: Clause;
}

/** How many following clauses of the sentence, and how many of their words, are read for sarcasm cues. */
const FOLLOWING_CLAUSES = 2;

/**
 * Reads a phrase match (words `[start, end)` of `place.clause`) in its context, in a fixed order:
 * negated (directly, by a negated modal: "you don't have to stop", by a negation after the verb
 * and its object: "löschen Sie meine Daten nicht", or in a separable verb's gap: "tragen Sie mich
 * nicht aus") or reported → none; an
 * keyword asked for in a question with a request marker ("¿me pueden dar de baja …?") → opt-out; an
 * uncertain phrase stays uncertain (quoted: none, a mention); a quoted or conditional opt-out phrase
 * → uncertain; an unrelated place fronted ("al trabajo no me llamen"), the writer's own list ("our DNC list"), or one named after it
 * that is not an agent after a passive ("être appelée par votre assurance") → none; the next clause saying it
 * is not meant for the reader ("…, Ihnen nicht!") → none; in a question: about the past → none,
 * about how often ("… trois fois par jour ?", or a rate granted next: "…? Once a week is plenty") → uncertain, a request (or a closing tag: "… ok?", or a next clause that is only a tag: "…, c'est clair ?") →
 * opt-out, else uncertain; described
 * sarcastically (a cue near it, or a clause of the message that is only a cue: "Typical."; an irony
 * only before a described stop: "Great, now that I want to sign up you stop calling me"), or with a
 * rate granted in the next clause or sentence ("…, once a week is plenty") → uncertain; followed by a time or place constraint, or by a thing that is not
 * contact ("no me mandes la cotización") → none, by a frequency complaint → uncertain; otherwise an
 * opt-out. Reads at most {@link CONTEXT_WINDOW} words before the match and a few after it, in its
 * sentence (and the first words of the next): constant work per match.
 */
export function judgeMatch(context: CompiledContext, phrase: PhraseReading, place: MatchPlace, start: number, end: number): Judgement {
  const { clause, previous } = place;
  const words = clause.words;
  const from = Math.max(0, start - CONTEXT_WINDOW);
  if (negated(context, words, start) || occursIn(words, from, start, context.modalNegators) || negatedInGap(context, phrase, words, start, end)) {
    return { verdict: "none", reason: "negated" };
  }
  let quoted = false;
  for (let i = start; i < end && !quoted; i++) quoted = clause.quoted[i] === true;
  // "How many times do I have to tell you to stop …?": a request insisted on, not reported, not asked;
  // the insistence may open the clause or the one before, however long what follows ("Wie oft soll ich noch sagen, dass Sie mich …").
  const insists =
    occursIn(words, from, start, context.insistence) ||
    (start > 0 && startsWith(words, context.insistence)) ||
    (previous !== undefined && startsWith(previous.words, context.insistence));
  // A third party's words in quotation marks stay a quotation: "my wife said 'stop calling'".
  if (
    (!insists && occursIn(words, from, start, context.reported)) ||
    (!quoted && thirdPartySays(context, words, from, start, place.forOwner)) ||
    (previous !== undefined &&
      (endsWithin(previous.words, context.reported) || (!quoted && thirdPartySays(context, previous.words, 0, previous.words.length, place.forOwner))))
  ) {
    return { verdict: "none", reason: "reported" };
  }
  // "I said STOP yesterday but I've changed my mind": the request taken back after it, in its sentence (a third party's stays reported, above).
  if (occursIn(words, end, words.length, context.retractions) || place.following.some((c) => occursIn(c.words, 0, c.words.length, context.retractions))) {
    return { verdict: "uncertain", reason: "ambiguous" };
  }
  // "To stop receiving these emails reply UNSUBSCRIBE": how to opt out, told to others.
  if (startsWith(words, context.purposes) && instructedAfter(context, words, end, place.following)) return { verdict: "none", reason: "quoted" };
  // "¿Me pueden dar de baja de los correos?": a keyword asked for with a request marker is a request.
  if (phrase.reason === "keyword_in_sentence" && !quoted && clause.question && requestsKeyword(context, words, from, start, end)) {
    return { verdict: "opt_out", confidence: 0.85 };
  }
  if (phrase.verdict === "uncertain") return quoted ? { verdict: "none", reason: "quoted" } : { verdict: "uncertain", reason: phrase.reason ?? "ambiguous" };
  if (quoted) return { verdict: "uncertain", reason: "quoted" };
  // "Ich wäre Ihnen dankbar, wenn Sie …": a polite frame makes the condition a request.
  const polite =
    occursIn(words, from, start, context.politeFrames) ||
    (previous !== undefined && occursIn(previous.words, 0, previous.words.length, context.politeFrames)) ||
    // "If you could remove me …", "Wenn Sie mich … entfernen könnten": a conditional put to the reader, in the match's clause.
    occursIn(words, from, Math.min(words.length, end + 2), context.politeModals);
  if (
    !polite &&
    (occursIn(words, from, start, context.conditions) ||
      (start > 0 && startsWith(words, context.conditions)) ||
      // A clause that is nothing but the word is no condition: "Sí, ya no me manden más" (accents are gone: "sí" reads "si").
      (previous !== undefined && startsWith(previous.words, context.conditions) && !isWhole(previous.words, context.conditions)) ||
      // "Si je réponds pas, c'est que ça m'intéresse pas, donc arrêtez …": a consequence of a condition opening an earlier clause.
      (startsWith(words, context.consequences) && place.earlier.some((c) => startsWith(c.words, context.conditions))))
  ) {
    return { verdict: "uncertain", reason: "condition" };
  }
  // "je ne veux plus être appelée par votre assurance": after a passive, who calls is no unrelated thing.
  const agents = occursIn(words, from, Math.min(words.length, end + CONTEXT_WINDOW), context.passives) ? context.agents : NO_AGENTS;
  // "i dont want any more calls my wife handles the car stuff now": a third party right after the stop's
  // own object opens a sentence left unpunctuated, not whose contact it is ("stop calling my wife" still is).
  const runOn = startsAt(words, end, context.thirdParties) !== 0 && occursIn(words, Math.max(start, end - 2), end, context.objects);
  if (
    unrelatedIn(context, agents, words, start, end) ||
    (!runOn && unrelatedFollows(context, agents, words, start, end, place.sendsChannel)) ||
    unrelatedFronted(context, words, start) ||
    ownListAt(context, words, start)
  ) {
    return { verdict: "none", reason: "constraint" };
  }
  const next = place.following[0];
  if (next !== undefined && isWhole(next.words, context.notYou)) {
    return { verdict: "none", reason: "negated" };
  }
  // "…, not interested", "…, ich hab kein Interesse mehr": a refusal later in the sentence says whether, not how often.
  const refuses = place.following.some((c) => occursIn(c.words, 0, c.words.length, context.refusals));
  // "I replied STOP twice already": how often the writer asked, not how often they are contacted.
  const counted = phrase.insists === true;
  // "Stop emailing me every day, once a week is plenty": the next clause, or the next sentence, grants a rate.
  const granting = place.listGoesOn === undefined ? (next ?? place.nextSentence) : (place.following[1] ?? place.nextSentence);
  const rated = !refuses && granting !== undefined && grantsRate(context, granting.words);
  if (clause.question && phrase.asks !== true) {
    if (occursIn(words, from, start, context.past)) return { verdict: "none", reason: "past" };
    // "I replied STOP twice, why are you still texting me?": the question asks why the sender goes on after the keyword told again.
    if (counted && next !== undefined && startsWith(next.words, context.goingOnQuestions)) return { verdict: "opt_out", confidence: 0.9 };
    // "Vous pourriez arrêter de m'appeler trois fois par jour ?", "Can you stop emailing me? Once a week is plenty": a request about how often.
    if (rated || (!refuses && !counted && occursIn(words, start, Math.min(words.length, end + CONTEXT_WINDOW), context.frequency)))
      return { verdict: "uncertain", reason: "frequency" };
    if (
      insists ||
      occursIn(words, from, start, context.requests) ||
      endsWithTag(context, words, end) ||
      (next !== undefined && isWhole(next.words, context.questionTags))
    ) {
      return { verdict: "opt_out", confidence: 0.85 };
    }
    return { verdict: "uncertain", reason: "question" };
  }
  if (sarcastic(context, place, from, start, end)) return { verdict: "uncertain", reason: "ambiguous" };
  if (rated) return { verdict: "uncertain", reason: "frequency" };
  // A gap in the phrase may hold the complaint: "hören Sie auf, mir ständig Nachrichten zu schicken";
  // so may the words after it in its clause: "Arrêtez de m'envoyer 3 SMS par jour", "paren de escribirme cada hora porfa".
  if (!refuses && !counted && occursIn(words, start, Math.min(words.length, end + CONTEXT_WINDOW), context.frequency))
    return { verdict: "uncertain", reason: "frequency" };
  // "Stop calling, texting and emailing me every single day": the list's own clause holds the complaint.
  const list = place.listGoesOn;
  if (!refuses && !counted && list !== undefined && occursIn(list.words, 0, list.words.length, context.frequency))
    return { verdict: "uncertain", reason: "frequency" };
  let after = end;
  for (let skipped = 0; skipped <= 2 && after < words.length; skipped++) {
    if (startsAt(words, after, context.negatorsAfter) !== 0) return { verdict: "none", reason: "negated" };
    if (!refuses && !counted && startsAt(words, after, context.frequency) !== 0) return { verdict: "uncertain", reason: "frequency" };
    const skip = startsAt(words, after, context.skippable);
    // The longer reading wins: "op mijn werk" is a place, "at this number" is not a time.
    if (startsAt(words, after, context.constraints) > skip) return { verdict: "none", reason: "constraint" };
    // "aus dem Verteiler der Hochschule": a genitive names whose list it is, not what to stop.
    if (
      !place.namesChannel &&
      !runOn &&
      // "… dat u mij niet meer hoeft te bellen de schoonmaak is al geregeld": after a verb-final infinitive, a new sentence.
      !(end >= 2 && startsAt(words, end - 2, context.infinitiveMarks) === 1) &&
      startsAt(words, after, context.determiners) > skip &&
      startsAt(words, after, context.genitives) === 0 &&
      !objectFollows(context, words, after) &&
      !(place.forOwner && startsAt(words, after, context.owners) > skip && after + skip + 1 >= words.length)
    ) {
      return { verdict: "none", reason: "constraint" };
    }
    if (skip === 0) break;
    after += skip;
  }
  return { verdict: "opt_out", confidence: 0.9 };
}

/**
 * A request marker in the window before a keyword, no question word or "only" from it to a few words
 * after the keyword ("can you tell me how to unsubscribe?" asks how, "¿me pueden dar de baja solo de
 * los correos?" asks about an option), and nothing unrelated in or after it ("¿me pueden dar de baja de la
 * prueba de manejo?").
 */
function requestsKeyword(context: CompiledContext, words: readonly string[], from: number, start: number, end: number): boolean {
  // "Können Sie das Abmelden vom alten Passat übernehmen?": a keyword after an article is a noun,
  // the deregistration of a thing, unless what follows names contact ("die Abmeldung vom Newsletter").
  if (start > 0 && startsAt(words, start - 1, context.determiners) === 1 && !occursIn(words, end, words.length, context.objects)) return false;
  for (let i = from; i < start; i++) {
    const length = startsAt(words, i, context.requests);
    if (length === 0 || i + length > start) continue;
    if (occursIn(words, i + length, Math.min(words.length, end + UNRELATED_REACH), context.interrogatives)) return false;
    return !occursIn(words, start, end, context.unrelated) && !unrelatedFollows(context, NO_AGENTS, words, start, end);
  }
  return false;
}

/**
 * A third party followed (at most {@link SPEECH_GAP} words between) by a verb of saying, within words
 * `[from, to)`: "my son told you to", "meine Tochter hat Ihnen wohl gesagt" (the participle last).
 * With `forOwner` (the writer replies for the contact's owner) a pronoun (a party of one word: "he",
 * "er", "hij", "il", "él") is the owner, whose request the writer relays now ("I am writing on behalf
 * of Mr. Harrington. He has asked that you remove his details"); a named party still reports.
 */
function thirdPartySays(context: CompiledContext, words: readonly string[], from: number, to: number, forOwner = false): boolean {
  if (context.thirdParties.length === 0) return false;
  // The party may stand a little before the window, its verb inside it: "Mijn zoon zal wel gezegd hebben dat jullie moeten stoppen …".
  for (let i = Math.max(0, from - PARTY_REACH, to - CONTEXT_WINDOW - PARTY_REACH); i < to; i++) {
    const party = startsAt(words, i, context.thirdParties);
    if (party === 0 || (forOwner && party === 1)) continue;
    // A coordinator closes the party's clause: "Mein Mann ist krank und ich will, dass …" is the writer's wish.
    for (let gap = 0; gap <= SPEECH_GAP && i + party + gap < to; gap++) {
      // Writing for the owner, the owner's wish is relayed now, not reported: "mijn moeder wil geen scooter, dus bel haar niet meer".
      const at = i + party + gap;
      if (startsAt(words, at, context.speechVerbs) !== 0 && !(forOwner && startsAt(words, at, context.wishes) !== 0)) return true;
      if (startsAt(words, i + party + gap, context.coordinators) !== 0) break;
    }
  }
  return false;
}

/** How many words before the window a third party may stand: a modal, an auxiliary and a phrase of place or time lengthen a report. */
const PARTY_REACH = 4;

/**
 * How many words may stand between a third party and its verb of saying: a German or Dutch auxiliary, an
 * object and a phrase of place or time ("Meine Frau hat Ihnen am Telefon gesagt", "Mijn vrouw heeft u
 * vorige week aan de telefoon gezegd").
 */
const SPEECH_GAP = 7;

/**
 * A negator written after a verb and its object (`negatorsAfter`) inside a phrase's gap, not one of
 * the phrase's own words: "tragen Sie mich nicht aus", "melden Sie mich nicht ab". The negator in
 * "rufen Sie mich nicht an" is the phrase's own. The fallback has its own reading (`negatedAround`).
 */
function negatedInGap(context: CompiledContext, phrase: PhraseReading, words: readonly string[], start: number, end: number): boolean {
  const literals = phrase.literals;
  if (literals === undefined) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const length = startsAt(words, i, context.negatorsAfter);
    if (length !== 0 && i + length < end && !literals.has(words[i] as string)) return true;
  }
  return false;
}

/** One of `seqs` among the last {@link CONTEXT_WINDOW} words ("ich habe nie gesagt, sie sollen …"). */
function endsWithin(words: readonly string[], seqs: readonly (readonly string[])[]): boolean {
  return occursIn(words, Math.max(0, words.length - CONTEXT_WINDOW), words.length, seqs);
}

/**
 * A sarcasm cue in the window before the match, after it in its clause, among the first or the last
 * {@link CONTEXT_WINDOW} words of the sentence's clause before it, or early in its next clauses; or
 * an irony there ("now that I", "ahora que", "Génial", "very professional") when the stop is
 * described, not asked for ({@link described}: "now that I want to sign up you stop calling me", but
 * "now that I bought elsewhere, stop texting me" opts out).
 */
function sarcastic(context: CompiledContext, place: MatchPlace, from: number, start: number, end: number): boolean {
  if (place.aside === "sarcasm" || cuedAround(context.sarcasm, place, from, start, end)) return true;
  if (context.ironies.length === 0 || !described(context, place.clause.words, start, end)) return false;
  return place.aside === "irony" || cuedAround(context.ironies, place, from, start, end);
}

/** One of `cues` where {@link sarcastic} reads them. */
function cuedAround(cues: Sequences, place: MatchPlace, from: number, start: number, end: number): boolean {
  if (cues.length === 0) return false;
  const words = place.clause.words;
  // "the one week I actually want a callback you lot stop ringing me": the cue may open the match's own clause.
  if (occursIn(words, from, start, cues) || occursIn(words, 0, Math.min(start, CONTEXT_WINDOW), cues)) return true;
  if (occursIn(words, end, Math.min(words.length, end + CONTEXT_WINDOW), cues)) return true;
  // "Justo cuando quiero comprar, dejan de llamarme": the cue may open the sentence's clause before, or close it.
  const previous = place.previous?.words;
  if (previous !== undefined && (occursIn(previous, 0, Math.min(previous.length, CONTEXT_WINDOW), cues) || endsWithin(previous, cues))) return true;
  for (let c = 0; c < place.following.length && c < FOLLOWING_CLAUSES; c++) {
    const next = (place.following[c] as Clause).words;
    if (occursIn(next, 0, Math.min(next.length, CONTEXT_WINDOW), cues)) return true;
  }
  return false;
}

/**
 * The stop is described, not asked for: a subject right before the match, an object pronoun
 * aside, not after a joiner ("you stop texting", "vous ne m'envoyez plus", "Sie hören auf"; not "I
 * want that you stop"), or an indicative form or an inverted subject inside it (`describedForms`:
 * "dejan de mandarme", "stoppen jullie met bellen"; German "hören Sie auf" is also the imperative), or
 * since when it holds after it (`since`: "plus aucun mail depuis que …").
 */
function described(context: CompiledContext, words: readonly string[], start: number, end: number): boolean {
  // "sturen jullie me geen berichten meer": an object pronoun may stand between.
  for (const at of [start, start - endsWithLength(words, start, context.skippable)]) {
    const subject = at > 0 ? endsWithLength(words, at, context.describers) : 0;
    if (subject !== 0 && !endsAt(words, at - subject, context.joiners)) return true;
  }
  return occursIn(words, start, end, context.describedForms) || occursIn(words, end, Math.min(words.length, end + SINCE_REACH), context.since);
}

/** How many words after a match are read for a `since` ("no more emails since …"). */
const SINCE_REACH = 3;

/**
 * An unrelated thing or place within the few words after the match, in its clause, counted after
 * what the match sends when an object names it right after the match ("Arrêtez d'envoyer des
 * courriers à mon adresse pro", "dejen de mandar mensajes a mi número viejo"): "dejen de mandarme
 * cotizaciones del sedán", "opt out of the extended warranty", "al correo del trabajo".
 */
function unrelatedFollows(context: CompiledContext, agents: Sequences, words: readonly string[], start: number, end: number, sendsChannel = false): boolean {
  let reach = Math.min(words.length, objectEnd(context, words, end) + UNRELATED_REACH);
  // "no quiero que me llamen mas ya tengo seguro": a reason run on ends what the stop can be about.
  for (let i = end; i < reach; i++) {
    if (startsAt(words, i, context.reasons) !== 0) {
      reach = i;
      break;
    }
  }
  // "stop sending me text messages about the gym membership", "stop texting me about the membership":
  // after the contact named (an object, or the match's own contact word, right before), a topic word
  // opens what the contact is about; only what stands before it can be the stop's object, unless it
  // opens one of the writer's other addresses ("des mails sur mon adresse pro": where). Not after a
  // stop naming no channel: "niks meer weten over de lease" is about the lease.
  for (let i = end; i < reach; i++) {
    if (startsAt(words, i, context.topics) > 0 && ((sendsChannel && i === end) || occursIn(words, start, i, context.objects)))
      return unrelatedIn(context, agents, words, end, i, i) || unrelatedIn(context, NO_AGENTS, words, i, reach, words.length, context.addresses);
  }
  // "no quiero recibir más promociones del taller": who sends the stop's object is no thing it is about.
  const objectAt = objectEnd(context, words, end);
  const sender = objectAt > end || occursIn(words, Math.max(start, end - 2), end, context.objects) ? startsAt(words, objectAt, context.senders) : 0;
  const from = sender === 0 ? end : objectAt + sender;
  if (sender !== 0 && unrelatedIn(context, agents, words, end, objectAt, objectAt)) return true;
  // "dejen de mandar correos a mi correo del trabajo": the thing may end past the reach (not past a reason).
  return unrelatedIn(
    context,
    agents,
    words,
    from,
    Math.max(from, reach),
    reach < words.length && startsAt(words, reach, context.reasons) !== 0 ? reach : words.length,
  );
}

const NO_AGENTS: Sequences = [];

/**
 * An unrelated thing (of `things`, by default `context.unrelated`) starting within words `[from,
 * to)` and ending by word `ends`, not counting one inside an agent phrase (`agents`: "par votre
 * assurance", "von Ihrer Firma", "by your company" after a passive name who contacts).
 */
function unrelatedIn(
  context: CompiledContext,
  agents: Sequences,
  words: readonly string[],
  from: number,
  to: number,
  ends = to,
  things: Sequences = context.unrelated,
): boolean {
  if (agents.length === 0 && ends === to) return occursIn(words, from, to, things);
  let i = from;
  while (i < to) {
    const agent = agents.length === 0 ? 0 : startsAt(words, i, agents);
    if (agent !== 0) {
      i += agent + AGENT_WORDS;
      continue;
    }
    const length = startsAt(words, i, things);
    if (length !== 0 && i + length <= ends) return true;
    i++;
  }
  return false;
}

/** How many words after an agent's opening ("par votre") name the agent ("compagnie d assurance"). */
const AGENT_WORDS = 3;

/**
 * An unrelated place or thing fronted, in the two words right before the match: "al trabajo no me
 * llamen, mejor al celular". Not before a connective of consequence: the thing closes an unpunctuated
 * sentence of its own ("j'ai annulé la commande alors rappelez-moi plus").
 */
function unrelatedFronted(context: CompiledContext, words: readonly string[], start: number): boolean {
  let from = Math.max(0, start - FRONTED_REACH);
  for (let i = start - 1; i >= from; i--) {
    if (startsAt(words, i, context.consequences) !== 0) {
      from = i + 1;
      break;
    }
  }
  return occursIn(words, from, start, context.unrelated);
}

/** An instruction to reply or click stands after the match in its clause, or in a clause after it in its sentence. */
function instructedAfter(context: CompiledContext, words: readonly string[], end: number, following: readonly Clause[]): boolean {
  return occursIn(words, end, words.length, context.instructions) || following.some((c) => occursIn(c.words, 0, c.words.length, context.instructions));
}

/** A list of the writer's own business (`ownLists`) opens before the match and runs into it: "our DNC list". */
function ownListAt(context: CompiledContext, words: readonly string[], start: number): boolean {
  for (let before = 1; before <= Math.min(start, FRONTED_REACH); before++) if (startsAt(words, start - before, context.ownLists) > before) return true;
  return false;
}

/** How many words before a match are read for a fronted unrelated thing. */
const FRONTED_REACH = 2;

/** The clause closes, after the match, with a question tag ("… nada ok?"). */
function endsWithTag(context: CompiledContext, words: readonly string[], end: number): boolean {
  return endsAt(words, words.length, context.questionTags, end);
}

/** How many words after a match are read for an unrelated thing. */
const UNRELATED_REACH = 4;

/** After an object opening the two words after the match ("des courriers", "mensajes"), else the match's end. */
function objectEnd(context: CompiledContext, words: readonly string[], end: number): number {
  for (let i = end; i < Math.min(words.length, end + 2); i++) {
    const length = startsAt(words, i, context.objects);
    if (length !== 0) return i + length;
  }
  return end;
}

/** Within two words after the determiner at `at`, a word naming contact or marketing ("the texts", "la publicidad"). */
function objectFollows(context: CompiledContext, words: readonly string[], at: number): boolean {
  return occursIn(words, at, Math.min(words.length, at + 3), context.objects);
}

/**
 * A negator right before the match, or up to two skippable words before it ("don't ever stop
 * texting me", "no me quiten de la lista"). A repeated word is emphasis, not negation ("no no me llames").
 * A request marker skipped opens the request, so a negator before it closes an unpunctuated sentence of its
 * own: "ich brauch die nicht mehr bitte rufen Sie mich nicht mehr an".
 */
function negated(context: CompiledContext, words: readonly string[], start: number): boolean {
  if (start === 0 || words[start - 1] === words[start]) return false;
  let at = start;
  for (let skipped = 0; skipped <= 2 && at > 0; skipped++) {
    if (endsAt(words, at, context.negators)) return true;
    const skip = endsWithLength(words, at, context.skippable);
    if (skip === 0 || endsAt(words, at, context.requests)) return false;
    at -= skip;
  }
  return false;
}

/**
 * A rate opens the clause (within its first {@link CONTEXT_WINDOW} words) with a unit of time inside
 * it or within three words after it: "once a week is plenty", "un par jour", not "un par un".
 */
function grantsRate(context: CompiledContext, words: readonly string[]): boolean {
  const to = Math.min(words.length, CONTEXT_WINDOW);
  for (let i = 0; i < to; i++) {
    const length = startsAt(words, i, context.rates);
    if (length === 0 || i + length > to) continue;
    if (context.rateUnits.length === 0 || occursIn(words, i, Math.min(words.length, i + length + 3), context.rateUnits)) return true;
  }
  return false;
}
