/**
 * One language's opt-out rules, as data. Words are written in normalised form: lower case, accents
 * removed (`arrêt` → `arret`, `hören` → `horen`, `ß` → `ss`), every run of punctuation, apostrophes
 * and whitespace turned into one space (`don't` → `don t`). Phrase patterns are token patterns
 * (see `compileTokenPattern`): word sequences with alternatives, optional parts and gaps of at most
 * three words — never a regular expression, so every rule runs in linear time.
 */
export interface OptOutRules {
  readonly locale: string;
  /**
   * Words only this language writes ("não", "você", "obrigado", "mensagens"). Given, the table is read
   * without a `locale` only for a message holding one of them, and such a message is read as written in
   * this language (its table and English): a language added after the others changes nothing in how
   * their messages are read, and their tables do not misread its messages ("não pare de me mandar
   * ofertas" holds Spanish "pare de … mandar"). Absent: the table is always read without a `locale`.
   */
  readonly marks?: readonly string[];
  /**
   * A message (or a sentence of one) that is nothing but this keyword, give or take fillers, opts
   * out — as carriers and the FCC treat STOP, QUIT, END, REVOKE, OPT OUT, CANCEL, UNSUBSCRIBE.
   * `scope: "all"` covers every channel. `elliptic`: the keyword leaves what it stops unsaid ("no more",
   * "enough", "keine mehr", "ça suffit", "niet meer", "não mais"): a whole message, a sentence or a
   * sentence's first clause, it opts out; closing a sentence after another clause or a connective it limits
   * what came before or ends its verb ("text me once a week, no more", "llámame una vez por semana, no más",
   * "bel me dan niet meer"), and is no keyword there.
   */
  readonly keywords: readonly { readonly text: string; readonly scope?: "all"; readonly elliptic?: true }[];
  /**
   * Words that may surround a keyword without changing it (`please`, `thanks`), trimmed one at a time,
   * the longest at an end first (`right now` before `now`). Each entry one or more normalised words,
   * `#` any number, as in {@link OptOutContext}.
   */
  readonly fillers: readonly string[];
  /**
   * Words of emphasis or permanence that may surround a keyword, as fillers do, but only a keyword
   * (`i mean it`, `for good`, `forever`, `para siempre`, `für immer`, `voorgoed`, `pour de bon`): "STOP
   * I mean it" and "stop for good" are the keyword said harder, not a sentence. Not trimmed anywhere
   * else fillers are.
   */
  readonly emphases?: readonly string[];
  /**
   * Phrases. `verdict` (default `opt_out`) says what a match means before its context is read;
   * `uncertain` phrases ("not interested", "wrong number") carry their `reason`.
   */
  readonly phrases: readonly OptOutPhrase[];
  /**
   * Words that name a channel, to scope a phrase (`texting` → `sms`); the longest one at a word is
   * read. Each entry one or more normalised words, `#` any number, as in {@link OptOutContext}.
   */
  readonly channelWords: Readonly<Record<string, string>>;
  /**
   * Channel words that are verbs (imperatives, infinitives, subjunctives, participles: "call", "ruf",
   * "anrufen", "appelez", "bel", "liga", "llamarme"), as {@link OptOutRules.channelWords} (a word is
   * written in one of the two) and read as they are everywhere, but one is an item of a list of channels
   * only after a word that may be a verb too ("nicht mehr anrufen oder mailen", "please don't text or
   * call"): after a noun it asks for contact ("no más correos y llámame", "stop the emails and call
   * please": email only). Words that are nouns and verbs alike ("text", "email", "mail") stay in
   * `channelWords`. See `channelLists.ts`.
   */
  readonly channelVerbs?: Readonly<Record<string, string>>;
  /**
   * Words for messages that name no channel of their own ("messages", "mensajes", "Nachrichten",
   * "berichten"): they scope a phrase to `sms`, as the labelling conventions read them, unless a
   * channel word stands with them ("messages on WhatsApp" → `whatsapp`).
   */
  readonly messageWords?: readonly string[];
  /** How a phrase's surroundings change its meaning. */
  readonly context: OptOutContext;
  /**
   * Words written another way — SMS abbreviations, common misspellings, dropped apostrophes — and
   * the normalised words they are read as (`txt` → `text`, `mappelez` → `m appelez`). A word that
   * any table in use writes itself is never rewritten (Dutch `u` stays `u` next to English `u` → `you`).
   * Besides these, a word spelt with `ae`, `oe` or `ue` for an umlaut (`loeschen`) is read as the
   * rule word without the `e` when a table has one (`loschen`).
   */
  readonly spelling?: Readonly<Record<string, string>>;
  /**
   * `false`: no word of a message read with this table is read as a typo of a rule word. The typo
   * reading trusts `notTypos()`, made from the word lists of the languages it was generated for; in
   * a language without one it turns real words into rule words (Portuguese "contratar" is one letter
   * from "contatar", "removeu" one from English "remove").
   * @default true
   */
  readonly typos?: false;
  /**
   * The clause-level fallback, read in a clause where no phrase matched: a stop or removal cue
   * bound to a contact word (or a removal cue to what it removes) within {@link CUE_REACH} words,
   * in either order, is judged like a phrase match. Absent: no fallback for the language.
   */
  readonly cues?: OptOutCues;
}

/**
 * Cue lists of the clause-level fallback, each entry a token pattern (stems as `anruf~`, gaps as
 * `keine _2 mehr`), so matching stays linear. Stems are written per language and inflection is read
 * by prefix; past participles with their own prefix (`gebeld`, `angerufen` aside) stay unmatched.
 */
export interface OptOutCues {
  /** Stopping and lasting negation: "stop", "no more", "ya no", "nicht mehr", "keine _2 mehr", "niet meer", "ne _2 plus". */
  readonly stops: readonly string[];
  /**
   * Removal: "remove", "delete", "borr~", "losch~", "verwijder~", "supprim~", removal from a list
   * ("from your list", "aus Ihrer Kartei") and leave-alone cues ("in Ruhe", "met rust", "tranquille").
   */
  readonly removals: readonly string[];
  /**
   * Negated requests: "don't", "do not want", "no me", "no me vuelvan a". Bound only to a contact
   * word inside them or right after them ("don't text me", "no me llamen"), never before.
   */
  readonly negations?: readonly string[];
  /**
   * Removals that name what they remove — the writer's subscription or data: "unsubscribe", "opt
   * out", "darme de baja", "uitschrijven", "abmelden", "désinscrire", "right to erasure". Bound to
   * themselves.
   */
  readonly wholes?: readonly string[];
  /** Contact verbs (stems, any inflection) and channel and media nouns: `call~`, `llam~`, `anruf~`, `bel`, `appel~`. */
  readonly contacts: readonly string[];
  /** What a removal may name besides contact: the writer ("me", "mich", "mij"), their number, data or consent, a subscription. */
  readonly removables: readonly string[];
  /**
   * Auxiliaries of the past ("have", "habe", "heb", "avez") before a bound cue or inside it: the
   * clause reports that contact stopped ("Sie haben mich nicht mehr angerufen"), it does not ask.
   * Each entry one or more normalised words, `#` any number, as in {@link OptOutContext}.
   */
  readonly past: readonly string[];
  /**
   * Endings of past forms of a contact verb bound to a negation or a stop ("no me llamaron": they
   * did not call): the clause reports, it does not ask.
   */
  readonly pastEndings?: readonly string[];
}

/** How many words may stand between a cue and the word it is bound to. */
export const CUE_REACH = 3;

/** One phrase rule. */
export interface OptOutPhrase {
  /** Stable id: the detection's rule is `<locale>.phrase.<id>`. */
  readonly id: string;
  readonly pattern: string;
  /** @default "opt_out" */
  readonly verdict?: "opt_out" | "uncertain";
  /** Why an `uncertain` phrase is uncertain. */
  readonly reason?: "ambiguous" | "keyword_in_sentence" | "frequency";
  /** The phrase is itself a request put as a question ("why won't you stop calling me?"): a question mark does not make it uncertain. */
  readonly asks?: true;
  /**
   * The phrase is the writer's own earlier request, told again ("I told you to STOP", "I replied STOP
   * twice already", "Ich habe schon zweimal STOPP geschrieben"): insisted on, as after `insistence`, so
   * a count of how often it was made ("twice", "4 times", "dos veces") is no frequency complaint. Its
   * subject is the writer ("I", "ich", "ik", "j ai", a first-person verb): a third party's is reported.
   */
  readonly insists?: true;
  /**
   * The phrase tells the writer's own earlier opt-out as done ("I opted out", "ik heb me al afgemeld")
   * and closes its clause: it is read only when the next clause of its sentence says the sender goes
   * on, a word of it (`stillWords`) beside a channel ("… but I still get calls", "… maar jullie bellen
   * nog steeds"); otherwise it is no match and the clause reads as it would without it.
   */
  readonly goesOn?: true;
  /**
   * The phrase says the message reached someone else at this number ("wrong number"): its review
   * holds every channel that reaches a phone, not only the one it came on (`readInboundOptOut`).
   */
  readonly wrongNumber?: true;
}

/**
 * Context words, each entry one or more normalised words (`#` stands for any number: `voor #`
 * is "voor 10 uur", not "voor de nieuwsbrief"). A match is read against the words before
 * it in its clause (at most {@link CONTEXT_WINDOW} of them) and the words right after it.
 */
export interface OptOutContext {
  /** Directly before the match (at most one word between): negates it ("don't stop texting me"). */
  readonly negators: readonly string[];
  /**
   * Right after the match (skippable words aside), or inside a phrase's gap: negates it where the
   * negation follows the verb and its object ("löschen Sie meine Daten nicht", "verwijder mijn
   * gegevens niet", "tragen Sie mich nicht aus").
   */
  readonly negatorsAfter?: readonly string[];
  /**
   * Anywhere in the window before: a negation of need or obligation, not of the stop itself
   * ("you don't have to stop texting", "no es necesario que dejen de escribirme").
   */
  readonly modalNegators?: readonly string[];
  /**
   * In the window before, after the match in its sentence, or in the sentence's clause before it:
   * the stop is described, likely sarcastically ("funny how you stop emailing", "…, right when I
   * want to buy", "Justo cuando quiero comprar, dejan de llamarme") — uncertain.
   */
  readonly sarcasm?: readonly string[];
  /**
   * Where sarcasm cues are read, or a clause that is nothing but one: an irony that makes a described
   * stop sarcastic ({@link OptOutContext.describers}) but leaves a request alone — "now that I",
   * "ahora que", "maintenant que je", "nu ik", "Great", "Claro", "Génial", "very professional", "muy
   * profesional" ("Great, now that I want to sign up you stop calling me" is uncertain; "Great, now
   * stop texting me" and "Now that I bought elsewhere, stop texting me" opt out).
   */
  readonly ironies?: readonly string[];
  /** A subject right before a match, not after a joiner ("you", "vous", "Sie", "jullie"): the stop is described, not asked for. */
  readonly describers?: readonly string[];
  /**
   * Inside a match, an indicative form or an inverted subject ("dejan", "mandan"; "stoppen jullie"):
   * the stop is described, not asked for. Not German "Sie": "hören Sie auf" is also the imperative.
   */
  readonly describedForms?: readonly string[];
  /**
   * Within the three words after a match: since when the stop holds ("plus aucun mail depuis que",
   * "no more emails since", "keine Mails mehr seit", "geen mails meer sinds") or whose contact is
   * absent ("plus aucun appel de votre part", "no more calls from you"): a described absence, not a
   * request — sarcastic with an irony ("Bizarre, plus aucun mail depuis que mon contrat …").
   */
  readonly since?: readonly string[];
  /**
   * Among the first words of a clause of the message: the writer replies for the contact's owner ("je
   * réponds pour", "I'm replying on behalf of", "ich antworte für", "respondo por", "ik antwoord voor"):
   * a stop aimed at this number or at the owner is the owner's opt-out, not a third party's.
   */
  readonly onBehalf?: readonly string[];
  /** Object pronouns naming the owner a writer replies for, closing a stop ("stop contacting her"): not a determiner. */
  readonly owners?: readonly string[];
  /**
   * Right after the match (skippable words aside), one of these opens a noun phrase naming what to
   * stop sending ("no me mandes la cotización", "stop sending me the wrong brochure"): unless one of
   * {@link OptOutContext.objects} or a channel word follows within three words, the stop is about
   * that thing, not about contact — a constraint.
   */
  readonly determiners?: readonly string[];
  /**
   * Inside a match or starting within four words after it: the phrase is about something else or
   * somewhere else ("take me off the waiting list for the Tacoma", "opt out of the extended
   * warranty", "no me escriban al correo del trabajo") — a constraint.
   */
  readonly unrelated?: readonly string[];
  /**
   * The writer's other addresses and numbers ("adresse pro", "ancien numero", "work email", "old
   * number", "correo del trabajo", "Firmenadresse", "werkadres"): unrelated things (read with
   * {@link OptOutContext.unrelated}), read after a topic word too, which before them names where
   * contact goes, not what it is about ("des mails sur mon adresse pro", "sur mon ancien numéro").
   */
  readonly addresses?: readonly string[];
  /**
   * Right after the match, before a noun: a genitive naming whose list or contact it is ("aus dem
   * Verteiler der Hochschule"), not a new object — the sender's own organisation; a third party
   * there is unrelated ("meines Sohnes").
   */
  readonly genitives?: readonly string[];
  /**
   * Opening before a match and running into it: the writer's own business's list ("our DNC list", "onze
   * bel-me-niet-lijst"), which the writer describes, not a list to be put on — a constraint.
   */
  readonly ownLists?: readonly string[];
  /**
   * Right after a stop's object: who sends it, a word that elsewhere names an unrelated thing ("no quiero
   * recibir más promociones del taller", "vos promos de l'atelier", "promotions from the workshop"): the
   * sender, not a thing the stop is about ("denme de baja del taller del sábado" stays a constraint).
   */
  readonly senders?: readonly string[];
  /**
   * Opening an agent after a passive ({@link OptOutContext.passives} near the match): "by your",
   * "por su", "von Ihrer", "door jullie", "par votre". The agent and the three words after its
   * opening name who contacts ("être appelée par votre assurance", "von Ihrer Firma angerufen
   * werden"), not an unrelated thing.
   */
  readonly agents?: readonly string[];
  /**
   * Auxiliaries of the passive ("be", "ser", "werden", "worden", "être"): in the window before a match
   * or the eight words after it, they make an agent of {@link OptOutContext.agents}; right before a
   * past form of the fallback's `pastEndings`, a passive, not a past ("to be contacted", "ser contactado").
   */
  readonly passives?: readonly string[];
  /**
   * Right after the contact the match names: what follows is the topic of that contact ("stop sending
   * me text messages about the gym membership", "no me manden correos sobre el seguro"), so an
   * unrelated thing after it does not make the stop a constraint.
   */
  readonly topics?: readonly string[];
  /** What a stop may name and still be an opt-out: messages, offers, newsletters, ... (see `determiners`). */
  readonly objects?: readonly string[];
  /**
   * Someone other than the writer (`my wife`, `he`, `mi esposo`): followed in the window before the
   * match, at most three words between, by one of {@link OptOutContext.speechVerbs}, the phrase is
   * reported ("my son told you to stop calling", "meine Tochter hat Ihnen wohl gesagt, dass …").
   */
  readonly thirdParties?: readonly string[];
  /** Verbs of saying that follow a third party (`said`, `told you to`, `dijo`, `hat gesagt`). */
  readonly speechVerbs?: readonly string[];
  /** Anywhere in the window before: the phrase is reported, not said ("I never said stop calling"). */
  readonly reported: readonly string[];
  /** Anywhere in the window before, or opening the previous clause: a condition ("if I don't answer, stop calling"). */
  readonly conditions: readonly string[];
  /** In a question, a request marker keeps it a request ("can you stop texting me?"). */
  readonly requests: readonly string[];
  /**
   * Closing a question's clause: a tag that keeps it a request ("ya no me manden nada ok?", "stop
   * texting me, ok?" in one clause).
   */
  readonly questionTags?: readonly string[];
  /**
   * The whole of the next clause of the sentence: the stop is meant for someone else ("die sollen
   * mich austragen, Ihnen nicht!", "…, not you") — not an opt-out.
   */
  readonly notYou?: readonly string[];
  /** In the window before: asks about the past or why, not for a stop ("why did you stop calling?"). */
  readonly past: readonly string[];
  /** Right after the match: limits when, not whether ("stop calling after 6", "don't call me before 5"). */
  readonly constraints: readonly string[];
  /**
   * After the match in its clause (within {@link CONTEXT_WINDOW} words) or inside it: complains about
   * frequency ("stop texting me so much", "paren de escribirme cada hora", "3 SMS par jour") — uncertain.
   */
  readonly frequency: readonly string[];
  /**
   * Opening the next clause of the sentence, or the next sentence when the match's clause closes its
   * own (within its first {@link CONTEXT_WINDOW} words): a rate the writer would accept ("…, once a
   * week is plenty", "…, une fois par semaine ça suffit", "Can you stop emailing me? Once a week is
   * plenty") — the stop complains about frequency, uncertain, in a request put as a question too.
   */
  readonly rates?: readonly string[];
  /**
   * Units of time: a {@link OptOutContext.rates} entry counts only with one inside it or within three
   * words after it ("one a week", "una por semana"; not "one a you guys", "una por una").
   */
  readonly rateUnits?: readonly string[];
  /**
   * In the window before a match, or opening its clause or the clause before it: the writer insists
   * on a request made before ("how many times do I have to tell you …", "wie oft soll ich noch sagen,
   * dass …", "combien de fois faut-il vous dire …"): neither reported nor merely asked, a question
   * that is a request.
   */
  readonly insistence?: readonly string[];
  /**
   * Opening a match's clause: a purpose ("to", "para", "um", "om", "pour"); with one of
   * {@link OptOutContext.instructions} after the match in its sentence, the clause tells others how to
   * opt out ("To stop receiving these emails reply UNSUBSCRIBE": the writer's own footer) — a mention, none.
   */
  readonly purposes?: readonly string[];
  /** Instructions to reply or click ("reply", "responda", "antworten Sie", "antwoord", "répondez"): see {@link OptOutContext.purposes}. */
  readonly instructions?: readonly string[];
  /**
   * Opening a clause of the message: the writer commits to buying or coming ("I'll take it", "me lo
   * llevo", "ich nehme ihn", "ik kom", "je viendrai"). A sentence or clause of the message that is a
   * keyword said beside one ("Stop! I'll take it", "Cancel, I'll come Thursday instead") may stop a
   * sale or a visit, not contact: held (`uncertain`, `ambiguous`).
   */
  readonly commitments?: readonly string[];
  /**
   * Connectives of consequence ("so", "also", "dus", "donc", "así que", and "then", "dann", "dan",
   * "alors", "entonces" after a condition): a keyword after one closing a sentence opts out as a
   * keyword closing it does ("I already have insurance, so stop"), and is uncertain when the
   * sentence sets a condition before it ("if the truck sold already, then stop").
   */
  readonly consequences?: readonly string[];
  /**
   * After a match, in its clause: opens a reason in a sentence left unpunctuated ("… que me llamen mas
   * ya tengo seguro", "… que ya tengo", "I already have", "ich hab schon", "ik heb al", "j ai deja"):
   * what the writer has is no thing the stop is about, so an unrelated thing is read only before it.
   */
  readonly reasons?: readonly string[];
  /**
   * In the window before a match or in the clause before it: a polite frame that makes a condition a
   * request ("I'd appreciate it if you …", "Ich wäre Ihnen dankbar, wenn Sie …", "ik zou het op prijs
   * stellen als …").
   */
  readonly politeFrames?: readonly string[];
  /**
   * In the match's own clause, from the window before it to two words after it: a conditional of
   * "can" or "would" put to the reader ("if you could", "si pudieran", "si vous pouviez"; after or
   * inside a verb-final request: "könnten", "zou kunnen") makes the condition a polite request ("If
   * you could remove my email address from your list", "Wenn Sie mich aus Ihrem Verteiler entfernen
   * könnten"). Not read in the clause before: "Wenn Sie mich nicht erreichen könnten, …" is a condition.
   */
  readonly politeModals?: readonly string[];
  /**
   * In a later clause of the sentence: the writer refuses altogether ("not interested", "kein
   * Interesse", "no me interesa", "I said no"), so a stop that names how often is still a stop ("stop
   * texting me every day, not interested"); in the clause before an elliptic keyword, it is the refusal
   * the keyword closes ("No me interesa, no más", "Je vous ai dit non, ça suffit").
   */
  readonly refusals?: readonly string[];
  /**
   * After a match, in its sentence: the writer takes the request back ("changed my mind", "ignore
   * that", "by accident", "cambié de opinión", "j ai changé d avis", "van gedachten veranderd"), as in
   * "I said STOP yesterday but I've changed my mind": held (`uncertain`, `ambiguous`), the channel
   * waiting for a person. Before the match, or in another sentence, it takes nothing back ("I filled
   * out the form by mistake, please take me off your list").
   */
  readonly retractions?: readonly string[];
  /**
   * Questions of why the sender goes on ("why", "how come", "waarom", "pourquoi", "por qué", "warum"):
   * opening the clause after a phrase that tells again the writer's own keyword (`insists`), in a
   * question, they keep it a request: "I replied STOP twice, why are you still texting me?".
   */
  readonly goingOnQuestions?: readonly string[];
  /**
   * A business asking the vendor how its product handles opt-outs ("webhook", "sandbox", "TCPA",
   * "scrub … against the registry", "belbestanden"): in a message holding one, a reading that would
   * be held (`uncertain`) is about the product, not the writer's own contact, so it is none
   * (`constraint`); an opt-out stays one ("Does your system even honor STOP? I replied STOP twice and
   * you keep texting").
   */
  readonly vendorTalk?: readonly string[];
  /**
   * Thanks and yeses (`thanks`, `yes`, `merci`, `danke`): an elliptic keyword said with one of them may
   * answer "anything else?" ("No more, thanks", "Danke, genug", "Yes that's enough"), so it is held
   * (`uncertain`, `ambiguous`).
   */
  readonly answers?: readonly string[];
  /**
   * Closed-class words of refusal and negation ("not", "never", "ne", "pu", "kein", "niks"): one of
   * them or a cue must stand in a message the n-gram model alone reads as an opt-out, a channel word
   * is not enough ("leave me be" has none; "j'veux pu avoir de vos nouvelles" has one). Not "more"
   * ("more", "más", "mehr", "meer"): "Text me more details" asks for more (French "plus" stays: it is
   * the negation of "m'appelez plus").
   */
  readonly polarity?: readonly string[];
  /**
   * Words that report a receipt, perception or having, not a wish for one — past forms and
   * participles, not infinitives ("got", "came", "recibí", "vi", "llegó", "bekommen", "gesehen",
   * "ontvangen", "gehad", "heb", "reçu", "vu"; not "receive", "recibir", "recevoir"): a clause
   * holding one negates a receipt ("Got no message from you", "No recibí tu mensaje", "Geen mail
   * ontvangen", "Aucun message reçu"), not contact, so its words of refusal or negation open nothing
   * (a stop cue still does: "ich will keine Mails mehr bekommen").
   */
  readonly receipts?: readonly string[];
  /**
   * Words of receiving still going on ("getting", "receive", "recibo", "erhalte", "krijg", "reçois"):
   * the clauses of an opt-out's message holding one of them, when they name exactly one channel
   * together, give an opt-out that names none that channel ("Je reçois depuis des semaines des e-mails … Merci de me
   * retirer de votre liste de diffusion" → email).
   */
  readonly ongoing?: readonly string[];
  /**
   * Words of the sender going on ("still", "nog steeds", "immer noch", "toujours", "todavía"): with a
   * channel in the clause after a `goesOn` phrase, the writer's earlier opt-out is told again ("I opted
   * out but I still get calls").
   */
  readonly stillWords?: readonly string[];
  /**
   * Words granting a channel, closing a clause that is otherwise only a list of channels ("is fine", "sí",
   * "ist ok", "mag wel", "ça va"): "Nada de llamadas ni correos, los SMS sí" leaves the SMS out of the
   * opt-out, never widened to every channel.
   */
  readonly grants?: readonly string[];
  /**
   * Verbs of wishing ("want", "quiero", "möchte", "wil", "veux"): one in the window before a stop cue
   * makes a receipt after it wanted, not reported, where the infinitive is the participle too ("Die
   * Werbe-SMS möchte ich nicht mehr bekommen", "De sms'jes wil ik niet meer ontvangen": a stop; "Die
   * SMS sind nicht mehr angekommen": an arrival denied).
   */
  readonly wishes?: readonly string[];
  /**
   * Anywhere in an opt-out's message: the writer refuses contact by every channel ("by any means",
   * "por este medio ni por ningún otro", "egal auf welchem Weg", "op geen enkele manier", "par quelque
   * moyen que ce soit"): the opt-out covers `all`.
   */
  readonly anyChannel?: readonly string[];
  /**
   * The words of a "neither … nor" list ("neither", "nor", "ni", "weder", "noch") or that gather a
   * list ("all of it", "todo", "alles", "allemaal", "tout"): a clause of an opt-out's message holding
   * one that, with the opt-out, names calls, texts and email ("…, weder per E-Mail noch per SMS noch
   * telefonisch", "…, ni par téléphone ni par mail ni par SMS", "Calls, texts, emails - all of it")
   * refuses every channel: the opt-out covers `all`.
   */
  readonly nors?: readonly string[];
  /**
   * Compounds and invitations in which a stop word means something else ("non-stop", "sin parar",
   * "stop by"): their words never open the n-gram model's gate.
   */
  readonly compounds?: readonly string[];
  /**
   * Question words and "only" ("how", "cómo", "wie", "hoe", "comment", "solo"): from a request marker
   * to a few words after a keyword they ask for information or about an option ("can you tell me how
   * to unsubscribe?", "¿me pueden dar de baja solo de los correos?"), not for the unsubscription.
   */
  readonly interrogatives?: readonly string[];
  /**
   * Opening a clause, or after its first word ("so how do I …"): the writer asks how to do something
   * ("how do I stop getting these texts", "cómo dejo de recibir …", "wie kann ich … abbestellen", "hoe
   * kan ik me afmelden", "comment arrêter de recevoir …"): the clause is a question, question mark or not.
   */
  readonly howQuestions?: readonly string[];
  /** Words joining a second request to the first ("and", "y", "und", "en", "et"): a phrase's channel is not read past one. */
  readonly coordinators?: readonly string[];
  /**
   * Words joining the items of a list of channels ("and", "or", "nor"; "und", "oder", "noch"): an
   * opt-out naming one item covers every item of its list ("stop emails and texts", "keine Anrufe und
   * keine SMS mehr" → both). See `channelLists.ts`.
   */
  readonly listJoiners?: readonly string[];
  /** Words that may stand before an item's channel word in a list of channels: articles, possessives, "no more", "keine", "plus de", "geen", "por". */
  readonly listOpeners?: readonly string[];
  /**
   * Words a list of channels may close before, besides the end of its clause (fillers aside): "more",
   * "mehr", "plus". Before any other word a channel word is no item ("stop the emails and call me": a request).
   */
  readonly listClosers?: readonly string[];
  /** Words that may stand between a match and a constraint (`me`, `please`). */
  readonly skippable: readonly string[];
  /** A clause opening with one of these continues the previous one (`that`, `dass`, `que`). */
  readonly joiners: readonly string[];
  /** A clause breaks before these (`but`, `aber`, `mais`, `pero`). */
  readonly breakers: readonly string[];
  /**
   * A breaker right after one of these words is a particle, not a break: Dutch `maar` after an
   * imperative or its object pronoun ("stuur me maar niks meer", "hou maar op", "schrijf me maar uit"),
   * `wel` after an auxiliary ("mijn zoon zal wel gezegd hebben …").
   */
  readonly particleHosts?: readonly string[];
  /**
   * Right before a match's last word, the particle of a verb-final infinitive ("te", "zu": "dat u mij
   * niet meer hoeft te bellen", "mir nicht mehr zu schreiben"): the stop's object stands before it, so
   * a determiner after it opens a new sentence left unpunctuated ("… te bellen de schoonmaak is al
   * geregeld"), not what to stop.
   */
  readonly infinitiveMarks?: readonly string[];
}

/** How many words before a match its context is read from. */
export const CONTEXT_WINDOW = 8;
