/**
 * Thirty-fourth held-out batch of the opt-out detector.
 *
 * Written blind on 2 December 2026 from the conventions only (the "Opt-out" section of
 * docs/compliance.md and the labelling API in test/policy/optOutCorpus/labelled.ts), by a second
 * author who had not read the detector, its rule tables, its tests or any other corpus file.
 *
 * About 240 fresh inbound replies to follow-up SMS, WhatsApp messages and emails of a car dealer,
 * a motorbike shop, an RV dealer and a B2B software vendor (short texts, typos, all-caps, emojis,
 * voice-note transcripts, emails with signatures and quoted footers), about 55 % English, the rest
 * German, Dutch, French and Spanish, in eight neighbourhoods of about 30 messages, each holding true
 * opt-outs and look-alikes that are not:
 *   1. the writer repeating or reporting their own earlier opt-out, versus retractions, questions
 *      about it and third parties' opt-outs;
 *   2. stop / cancel / halt / wait as interjections before buying, holding or rescheduling intent,
 *      versus a keyword followed by a refusal;
 *   3. car, bike and product talk with STOP, QUIT, END, CANCEL, BLOCK, UNSUBSCRIBE as ordinary words;
 *   4. do-not-call and block vocabulary, B2B questions about DNC registries and STOP handling,
 *      national registries (Bloctel, Robinsonliste, Bel-me-niet, Lista Robinson);
 *   5. all-channel requests and their scope, versus one-channel requests and account deletions;
 *   6. frequency and timing complaints versus opt-outs;
 *   7. emoji-only and emoji-with-words replies, and one-word replies;
 *   8. email footers, forwarded and quoted text holding opt-out instructions, versus a person's own
 *      typed unsubscribe line above a quote.
 *
 * Measured once, blind, on main at 994f9c2 (/work/sealed/measure34.mts, each message with its own
 * locale): 92 of 102 opt-out verdicts right, 92 of 99 opt-outs read, 12 of 26 `uncertain` labels held,
 * 38 of 42 scopes; then, still unread by those who changed the rules, it judged the two rounds of fixes
 * of 2 December 2026 (docs/opt-out-corpus.md). Kept out of the corpus and the n-gram model's training;
 * its blind figures are the floor `test/policy/optOutAdversarial.test.ts` holds. Copied verbatim: never
 * edit these messages to fit the rules.
 */
import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");
const es = corpus("es");

/** 1. The writer's own earlier opt-out: repeats, retractions, questions, third parties. */
export const OWN_EARLIER_OPT_OUT: readonly LabelledMessage[] = [
  en.out("I said STOP last week. STOP means STOP."),
  en.out("for the third time, stop texting me", "sms"),
  en.out("i already replied stop on monday why am i still getting these??"),
  en.out("Told your guy Dave on the phone two weeks ago to take me off your list. Still getting emails. Take me off."),
  en.out("HOW MANY TIMES DO I HAVE TO SAY STOP"),
  en.out("Voice message transcript: yeah hi this is Rick, I texted stop a while back and you guys are still messaging me so uh, stop, thanks"),
  en.out("i unsubscribed in october and you're still emailing me. unsubscribe me again and for good", "email"),
  en.hard("reported", "ignore my STOP from earlier, I sent it by accident. still interested in the Tacoma"),
  en.hard("reported", "I said stop yesterday but I've changed my mind, you can keep texting me about the trade-in"),
  en.hard("reported", "Sorry about the STOP lol fat fingers. What time Saturday?"),
  en.hard("question", "Did my unsubscribe go through? Just want to make sure", "uncertain"),
  en.hard("question", "If I replied STOP last year, would I still get the recall notices for my Jeep?"),
  en.hard("reported", "my son replied STOP on my phone, please disregard, I still want the quote on the RV"),
  en.hard("reported", "My wife says she texted you stop from my phone. Not sure what she wants, I'll get back to you", "uncertain"),
  en.hard("reported", "I never said stop, that was the auto-reply from my work phone. Keep me posted on the Harley"),
  en.hard("question", "Wait, did I unsubscribe by mistake? I'm not getting the newsletter anymore and I want it"),
  en.out("Third time asking. Remove my number."),
  de.out("Ich habe schon letzte Woche STOPP geschrieben. Zum dritten Mal: STOPP!"),
  de.hard("reported", "Bitte ignorieren Sie mein STOPP von gestern, war ein Versehen. Ist der Wohnwagen noch da?"),
  de.hard("reported", "Mein Sohn hat von meinem Handy aus Stopp geantwortet, das war nicht ich. Bitte weiter informieren."),
  de.out("Wie oft soll ich noch sagen, dass Sie mir keine SMS mehr schicken sollen?", "sms"),
  nl.out("Ik heb vorige week al STOP gestuurd. Nogmaals: STOP."),
  nl.hard("reported", "Negeer mijn stop van vanochtend aub, per ongeluk verstuurd. Ik wil nog steeds een proefrit"),
  nl.hard("question", "Heb ik me nou afgemeld of niet? Ik krijg nog steeds mails", "uncertain"),
  fr.out("Je vous ai déjà répondu STOP deux fois. STOP."),
  fr.hard("reported", "Oubliez mon STOP d'hier, c'était une erreur de ma fille. Je suis toujours intéressé par le camping-car."),
  fr.hard("reported", "J'avais dit stop mais j'ai changé d'avis, vous pouvez me rappeler pour la Yamaha"),
  es.out("Ya les dije BAJA la semana pasada. BAJA."),
  es.hard("reported", "Ignoren mi STOP, lo mandé sin querer. Sigo interesado en la camioneta"),
  es.hard("reported", "Mi hijo contestó alto desde mi celular, pero yo sí quiero que me sigan mandando ofertas"),
];

/** 2. Stop / cancel / halt / wait as interjections, versus a keyword followed by a refusal. */
export const INTERJECTIONS: readonly LabelledMessage[] = [
  en.hard("compound", "Stop! Don't sell it, I'm coming with cash tomorrow"),
  en.hard("constraint", "Cancel the Tuesday one, Friday works better"),
  en.hard("compound", "WAIT. Hold the blue one for me, I'll put a deposit down tonight"),
  en.hard("compound", "Stop stop stop, I meant the 2022 not the 2019. Can you resend the price?"),
  en.hard("compound", "halt, before you list it online can I get first dibs on the Ducati?"),
  en.hard("constraint", "cancel my test ride sat pls, can we do sunday instead"),
  en.hard("compound", "Stop right there, that's the exact trailer I've been looking for. Is it still available?"),
  en.out("Stop. I'm not buying anything."),
  en.out("cancel, not interested anymore"),
  en.out("STOP, I bought a Tundra somewhere else"),
  en.hard("compound", "Hold on, stop, don't sell the Grand Design yet, my wife wants to see it Sunday"),
  en.hard("constraint", "Cancel Thursday. Something came up. Can we move it to next week?"),
  en.out("Stop. Not interested, never was."),
  en.hard("compound", "wait wait stop!! is that price OTD? if so I'm in"),
  en.hard("compound", "Stop the presses 😂 you guys actually have the 390 Adventure in stock?? call me"),
  en.out("Cancel. We went with another CRM vendor."),
  de.hard("compound", "Stopp! Nicht verkaufen, ich komme morgen früh vorbei."),
  de.hard("constraint", "Den Termin am Dienstag bitte absagen, Freitag passt besser."),
  de.out("Stopp, ich kaufe nichts."),
  de.hard("compound", "Halt, warte mal – ist das Wohnmobil noch reserviert? Ich will es haben!"),
  nl.hard("compound", "Stop! Niet verkopen, ik kom er vanmiddag aan"),
  nl.hard("constraint", "Annuleer die van dinsdag maar, vrijdag komt beter uit"),
  nl.out("Stop, ik koop niks."),
  fr.hard("compound", "Stop ! Ne la vendez pas, j'arrive demain avec l'acompte"),
  fr.hard("constraint", "Annulez le rendez-vous de mardi, vendredi ça me va mieux"),
  fr.out("Stop, je ne suis pas intéressé."),
  es.hard("compound", "¡Alto! No la vendan, voy mañana con el enganche"),
  es.hard("constraint", "Cancela lo del martes, el viernes me queda mejor"),
  es.out("Alto, ya compré en otro lado."),
  es.hard("compound", "Espera, para, ¿la moto sigue disponible? la quiero"),
];

/** 3. Car, bike and product talk with STOP, QUIT, END, CANCEL, BLOCK, UNSUBSCRIBE as ordinary words. */
export const ORDINARY_WORDS: readonly LabelledMessage[] = [
  en.none("The STOP/START button on the dash keeps flashing, is that covered?"),
  en.none("my wife says I need to quit buying bikes lol. anyway what's the best price on the Street Triple"),
  en.none("End of the month works for pickup"),
  en.hard("constraint", "Can you cancel the order for the tonneau cover? Still want the truck"),
  en.none("The brakes squeal every time I stop. Can I book it in?"),
  en.none("Does the RV come with the block heater or is that extra?"),
  en.hard("constraint", "How do I unsubscribe from the SiriusXM trial that came with the car?"),
  en.none("Engine cut out and wouldn't restart, had to stop on the hard shoulder. Need a tow"),
  en.hard("constraint", "Please CANCEL the extended warranty add-on, I'll keep the rest of the deal"),
  en.none("Is the back end of the Winnebago the bunkhouse layout?"),
  en.none("Saw the Stop By This Weekend banner. Will do!"),
  en.hard("constraint", "We'd like to cancel the onboarding call on the 14th, our admin is out. Reschedule?"),
  en.none("The webhook for UNSUBSCRIBE events isn't firing in our sandbox, can your dev look?"),
  en.hard("constraint", "Quit adding the paint protection to every quote lol, just resend it without"),
  en.out("QUIT"),
  en.out("Unsubscribe. I sold the bike."),
  de.none("Die Start-Stopp-Automatik geht nicht mehr, kann ich vorbeikommen?"),
  de.hard("constraint", "Bitte die Bestellung der Winterreifen stornieren, das Auto nehme ich trotzdem."),
  de.none("Am Ende des Monats kann ich das Motorrad abholen."),
  de.out("Abmelden."),
  nl.none("Mijn start-stop systeem doet raar, kan ik langskomen?"),
  nl.hard("constraint", "Kunnen jullie de trekhaak annuleren? De auto wil ik wel"),
  nl.none("Eind van de maand haal ik de camper op"),
  nl.out("STOP. Ik heb al een auto."),
  fr.none("Le voyant STOP s'est allumé sur le tableau de bord, c'est grave ?"),
  fr.hard("constraint", "Pouvez-vous annuler l'option peinture ? Je garde le reste de la commande"),
  fr.none("Fin du mois ça me va pour récupérer la moto"),
  es.none("Se me prendió la luz de STOP en el tablero, ¿la puedo llevar?"),
  es.hard("constraint", "Quiero cancelar la garantía extendida pero sigo con la compra"),
  es.out("Cancelar. Ya no me interesa la camioneta."),
];

/** 4. Do-not-call and block vocabulary, DNC registry questions, national registries. */
export const DNC_AND_BLOCK: readonly LabelledMessage[] = [
  en.out("dnc pls"),
  en.out("Add my number to your DNC list."),
  en.out("put me on your internal do-not-call list, thanks"),
  en.out("block me pls"),
  en.hard("ambiguous", "I blocked you.", "uncertain"),
  en.hard("ambiguous", "next text and you're blocked", "uncertain"),
  en.hard("negation", "take me OFF the do not call list, I want a call about the F-150"),
  en.hard("question", "Does your platform scrub numbers against the National DNC Registry before sending?"),
  en.hard("question", "How does your software handle STOP replies? Do they sync to Salesforce?"),
  en.out("I'm on the national do not call registry. Do not call this number again.", "call"),
  en.hard("ambiguous", "Reporting this number to the FTC do-not-call site.", "uncertain"),
  en.out("Please flag my account do not contact."),
  en.hard("question", "We need to upload our internal DNC list to your system, what format?"),
  en.out("DO NOT CALL. DO NOT TEXT."),
  en.hard("ambiguous", "If I get one more call I'm blocking this number", "uncertain"),
  en.hard("negation", "don't block me lol I still want to hear about the Sportster deals"),
  de.out("Ich stehe auf der Robinsonliste. Keine Werbung mehr, bitte."),
  de.hard("question", "Gleichen Sie Ihre Kontaktliste mit der Robinsonliste ab? Das ist uns als Kunde wichtig."),
  de.hard("ambiguous", "Ich blockiere jetzt diese Nummer.", "uncertain"),
  de.out("Bitte meine Nummer sperren, keine Anrufe mehr.", "call"),
  nl.out("Ik sta in het Bel-me-niet Register, bel me niet meer.", "call"),
  nl.hard("question", "Controleren jullie je belbestanden tegen het Bel-me-niet Register?"),
  nl.hard("ambiguous", "volgende sms en ik blokkeer jullie", "uncertain"),
  fr.out("Je suis inscrit sur Bloctel, ne m'appelez plus.", "call"),
  fr.hard("question", "Votre logiciel vérifie-t-il les numéros sur Bloctel avant les campagnes ?"),
  fr.hard("ambiguous", "Je vous ai bloqué.", "uncertain"),
  fr.out("Bloquez mon numéro svp, plus de SMS.", "sms"),
  es.out("Estoy en la Lista Robinson, no me llamen más.", "call"),
  es.hard("question", "¿Su sistema consulta la Lista Robinson antes de llamar?"),
  es.hard("ambiguous", "Un mensaje más y los bloqueo.", "uncertain"),
];

/** 5. All-channel requests and their scope, one-channel requests, account and data deletion. */
export const ALL_CHANNELS: readonly LabelledMessage[] = [
  en.out("Cease all contact.", "all"),
  en.out("No calls, no texts, no emails. Nothing.", "all"),
  en.out("Remove me from every channel you have: phone, text, email, WhatsApp.", "all"),
  en.out("stop contacting me in any way", "all"),
  en.out("Please don't reach out again by any means.", "all"),
  en.out("no more emails please. texting is fine", "email"),
  en.out("Stop calling me. Text only.", "call"),
  en.out("Take me off the email list, I'll still take calls from Mike", "email"),
  en.out("Please delete all my personal data and stop all communications. GDPR.", "all"),
  en.hard("constraint", "Please delete my user account on the dealer portal, I made a duplicate"),
  en.hard("constraint", "Cancel our Pro plan at renewal, we're downgrading to Starter. Keep the invoices coming"),
  en.out("I'm done. Don't call, don't text, don't email.", "all"),
  en.out("unsubscribe me from everything", "all"),
  en.hard("constraint", "Stop sending me the paper brochures in the mail, email is better"),
  en.out("no more WhatsApp messages please", "whatsapp"),
  en.hard("ambiguous", "Close my account.", "uncertain"),
  de.out("Ab sofort keinerlei Kontakt mehr.", "all"),
  de.out("Bitte keine E-Mails mehr, Anrufe sind okay.", "email"),
  de.out("Löschen Sie alle meine Daten und kontaktieren Sie mich auf keinem Weg mehr.", "all"),
  de.hard("constraint", "Bitte löschen Sie mein Kundenkonto im Online-Shop, ich habe zwei."),
  nl.out("Geen telefoontjes, geen sms'jes en geen mails meer.", "all"),
  nl.out("Stuur me geen mails meer, bellen mag wel.", "email"),
  nl.hard("constraint", "Kunnen jullie mijn oude account verwijderen? Ik heb een nieuwe aangemaakt."),
  fr.out("Ne me contactez plus, ni par téléphone, ni par mail, ni par SMS.", "all"),
  fr.out("Plus d'e-mails s'il vous plaît, les SMS ça va.", "email"),
  fr.hard("constraint", "Pouvez-vous supprimer mon compte client en double ?"),
  es.out("No me contacten más por ningún medio.", "all"),
  es.out("Ya no me manden correos, por WhatsApp sí.", "email"),
  es.hard("constraint", "Borren mi cuenta vieja del portal, ya hice otra."),
  es.out("Nada de llamadas, mensajes ni correos. Gracias.", "all"),
];

/** 6. Frequency and timing complaints versus opt-outs. */
export const FREQUENCY_AND_TIMING: readonly LabelledMessage[] = [
  en.hard("frequency", "stop texting me every day, once a week is fine", "uncertain"),
  en.hard("ambiguous", "stop, call me next month", "uncertain"),
  en.hard("constraint", "not now, I'm driving"),
  en.hard("constraint", "Don't call me at work, text is better"),
  en.hard("frequency", "3 emails a day is too much, please stop", "uncertain"),
  en.hard("constraint", "Stop calling before 9am please, I work nights"),
  en.hard("frequency", "You guys text way too much. Tone it down.", "uncertain"),
  en.out("Stop texting me. I'll call you if I ever need anything.", "sms"),
  en.hard("constraint", "Busy this week, reach out again after the 15th"),
  en.hard("frequency", "Can you stop emailing me daily? Weekly would be plenty", "uncertain"),
  en.hard("constraint", "No calls on Sunday please, family day. Monday after 10 works"),
  en.out("Stop messaging me. Not this month, not next month, never."),
  en.hard("constraint", "in a meeting, text me later"),
  en.hard("constraint", "Stop calling my cell during school pickup (2:30-3:30), any other time is ok"),
  en.hard("constraint", "Pause everything until after Christmas, then let's talk about the Airstream"),
  en.out("I'm not interested now and I won't be next year either. Stop calling.", "call"),
  de.hard("frequency", "Hören Sie auf, mir jeden Tag zu schreiben, einmal pro Woche reicht.", "uncertain"),
  de.hard("constraint", "Gerade nicht, ich fahre. Rufen Sie mich heute Abend an."),
  de.out("Hören Sie auf, mich anzurufen. Auch nächsten Monat nicht.", "call"),
  nl.hard("frequency", "Stop met elke dag appen, een keer per week is genoeg", "uncertain"),
  nl.hard("constraint", "Niet nu, ik zit in de auto. Bel me morgen"),
  nl.out("Bel me niet meer, ook niet volgende maand.", "call"),
  fr.hard("frequency", "Arrêtez de m'envoyer un SMS par jour, une fois par semaine ça suffit", "uncertain"),
  fr.hard("constraint", "Pas maintenant, je conduis. Rappelez-moi ce soir"),
  fr.out("Arrêtez de m'appeler, ni maintenant ni plus tard.", "call"),
  es.hard("frequency", "Dejen de escribirme todos los días, una vez por semana está bien", "uncertain"),
  es.hard("constraint", "Ahorita no, voy manejando. Llámame en la tarde"),
  es.out("Ya no me llamen, ni ahora ni el próximo mes.", "call"),
  es.hard("constraint", "No me llamen antes de las 10, trabajo de noche"),
  es.hard("ambiguous", "Basta por ahora, escríbeme en enero", "uncertain"),
];

/** 7. Emoji-only and emoji-with-words replies, one-word replies. */
export const EMOJI_AND_ONE_WORD: readonly LabelledMessage[] = [
  en.out("stop."),
  en.none("no"),
  en.none("nope"),
  en.out("unsub"),
  en.out("remove"),
  en.out("quit"),
  en.out("END"),
  en.out("cancel"),
  en.hard("ambiguous", "🛑", "uncertain"),
  en.hard("ambiguous", "⛔", "uncertain"),
  en.out("🚫 STOP 🚫"),
  en.none("👎"),
  en.out("✋ no more texts please", "sms"),
  en.hard("constraint", "🙅‍♂️ not this weekend, maybe next"),
  en.out("STOP 🛑🛑🛑"),
  en.hard("ambiguous", "🚫📞", "uncertain"),
  en.hard("invitation", "👍 stop by at 4?"),
  en.out("Remove me 🙄"),
  de.out("Stopp"),
  de.none("Nö"),
  de.out("Abbestellen 🚫"),
  nl.out("Genoeg"),
  nl.none("nee"),
  nl.out("Afmelden ✋"),
  fr.out("Arrêt"),
  fr.none("non"),
  fr.out("STOP ⛔"),
  es.out("Basta"),
  es.none("nop"),
  es.out("BAJA 👎"),
];

/** 8. Email footers, forwarded and quoted opt-out text, versus a typed unsubscribe line above a quote. */
export const EMAIL_FOOTERS_AND_QUOTES: readonly LabelledMessage[] = [
  en.hard(
    "quote",
    "Sounds good, see you Saturday at 10.\n\nOn Tue, Dec 1, 2026 at 4:12 PM Riverside Powersports <sales@riversidepowersports.com> wrote:\n> Thanks for your interest in the MT-07!\n> Reply STOP to opt out of texts.",
  ),
  en.out(
    "Unsubscribe\n\nOn Mon, Nov 30, 2026 at 9:03 AM Lakeview RV Center <info@lakeviewrv.com> wrote:\n> Winter storage specials are here!\n> To stop receiving these emails, click unsubscribe.",
  ),
  en.hard(
    "quote",
    "Hi Karen,\n\nThanks for the numbers, I'll run them by my partner.\n\nBest,\nTom Reyes\nOperations Manager | Reyes Logistics\n\nCONFIDENTIALITY NOTICE: If you received this email in error, please delete it and notify the sender. To unsubscribe from marketing, reply REMOVE.",
  ),
  en.out(
    "Please take me off this mailing list.\n\nThanks,\nJanet\n\n-----Original Message-----\nFrom: Summit Auto Group <deals@summitauto.com>\nSent: Friday, November 27, 2026 8:00 AM\nSubject: Black Friday deals!",
    "email",
  ),
  en.hard(
    "quote",
    "Forwarding to our procurement lead, she handles vendor evaluations.\n\n---------- Forwarded message ---------\nFrom: Alex Kim <alex@pipelinehq.io>\nDate: Tue, Dec 1, 2026\nSubject: Quick follow-up\n\nHi Dana, just checking in on the demo. If you'd rather not hear from me, reply unsubscribe.",
  ),
  en.out(
    "Stop emailing me.\n\nSent from my iPhone\n\n> On Dec 1, 2026, at 10:15, Metro Honda <noreply@metrohonda.com> wrote:\n> Your trade-in value is waiting!",
    "email",
  ),
  en.hard(
    "quote",
    "Yes, Thursday at 2 works for the demo.\n\n--\nMark Phillips\nHead of RevOps, Brightline Software\nYou are receiving this because you subscribed. Unsubscribe | Manage preferences",
  ),
  en.hard("quote", "Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Coastal Cycles\nSubject: Spring tune-up\nReply STOP to end messages"),
  en.out("remove me please\n\n> -----Original Message-----\n> From: Valley Ford Sales\n> Sent: Wed, Dec 2, 2026\n> Reply STOP to unsubscribe"),
  en.hard(
    "quote",
    "What's the out-the-door on the Silverado?\n\nOn Wed, Dec 2, 2026 at 7:40 AM, Jake at Hometown Chevy wrote:\n> Hi Sam, the Silverado is still here. Txt STOP to quit",
  ),
  en.hard(
    "question",
    "Is this the unsubscribe link at the bottom? It doesn't work.\n\nOn Tue, Dec 1, 2026 at 8:00 AM Fleetline Software <news@fleetline.io> wrote:\n> Click here to unsubscribe",
    "uncertain",
  ),
  en.out(
    "I've asked twice below to be removed. Remove me.\n\nOn Nov 20, 2026, Rob Tanner <rob@fleetgenius.com> wrote:\n> Hi, following up again.\n>> Please remove me from your list.",
  ),
  en.hard(
    "quote",
    "Thanks for the brochure!\n\nKind regards,\nPriya Nair\nProcurement, Nair Freight Ltd\nThis message is confidential. If you are not the intended recipient please notify us and delete it. Opt out of our newsletters at nairfreight.com/unsubscribe",
  ),
  en.out(
    "Please unsubscribe me from all your emails.\n\nBest regards,\nHenrik\n\nOn Tue, Dec 1, 2026 at 3:00 PM SaaSly <news@saasly.io> wrote:\n> New features in December!",
    "email",
  ),
  en.hard(
    "reported",
    "My colleague below asked you to stop emailing her, not me. I still want the pricing deck.\n\n> From: Laura Chen\n> Sent: Monday\n> Please stop emailing me.",
  ),
  en.out("UNSUBSCRIBE\n\nGet Outlook for Android\n\nFrom: Prairie RV <sales@prairierv.com>\nSent: Tuesday, December 1, 2026 6:02 PM\nSubject: Last chance!"),
  en.hard("quote", 'Lol my buddy sent me your ad, it literally says "text STOP to quit" at the bottom. Is the KTM still there?'),
  en.out("Stop sending me these.\n\n-- \nDave\n\n> Reply STOP to unsubscribe"),
  de.hard(
    "quote",
    "Passt, bis Samstag.\n\nAm 01.12.2026 um 16:20 schrieb Autohaus Berger <info@autohaus-berger.de>:\n> Antworten Sie STOPP, um keine Nachrichten mehr zu erhalten.",
  ),
  de.out(
    "Bitte tragen Sie mich aus Ihrem Verteiler aus.\n\nMit freundlichen Grüßen\nKlaus Weber\n\nVon: Motorrad Schmidt <news@motorrad-schmidt.de>\nGesendet: Dienstag, 1. Dezember 2026 09:00\nBetreff: Winteraktion",
  ),
  de.hard(
    "quote",
    "Danke für das Angebot, wir melden uns.\n\nMit freundlichen Grüßen\nSabine Koch\nEinkauf\nDiese E-Mail ist vertraulich. Wenn Sie diese Nachricht irrtümlich erhalten haben, löschen Sie sie bitte. Abmelden: hier klicken",
  ),
  nl.hard("quote", "Prima, zaterdag om 11 uur.\n\nOp di 1 dec 2026 om 14:05 schreef Camperland <info@camperland.nl>:\n> Stuur STOP om je af te melden."),
  nl.out(
    "Graag afmelden voor deze mails.\n\nMet vriendelijke groet,\nPieter\n\nVan: AutoDeal <nieuws@autodeal.nl>\nVerzonden: maandag 30 november 2026 10:00\nOnderwerp: Black Friday",
    "email",
  ),
  nl.hard(
    "quote",
    "Dank voor de offerte.\n\nMet vriendelijke groet,\nEls de Vries\nInkoop\nDit bericht is vertrouwelijk. Afmelden voor onze nieuwsbrief? Klik hier.",
  ),
  fr.hard(
    "quote",
    "D'accord pour jeudi.\n\nLe mar. 1 déc. 2026 à 11:00, Garage Martin <contact@garagemartin.fr> a écrit :\n> Répondez STOP pour ne plus recevoir nos messages.",
  ),
  fr.out(
    "Merci de me désinscrire de votre liste.\n\nCordialement,\nJulien\n\nDe : Moto Passion <info@motopassion.fr>\nEnvoyé : mardi 1 décembre 2026 08:30\nObjet : Offres d'hiver",
  ),
  fr.hard(
    "quote",
    "Merci pour la brochure.\n\nCordialement,\nNathalie Roux\nCe message est confidentiel. Pour vous désabonner de notre lettre d'information, cliquez ici.",
  ),
  es.hard(
    "quote",
    "Perfecto, nos vemos el sábado.\n\nEl mar, 1 dic 2026 a las 10:00, Autos del Valle <ventas@autosdelvalle.mx> escribió:\n> Responde BAJA para dejar de recibir mensajes.",
  ),
  es.out(
    "Por favor denme de baja de sus correos.\n\nSaludos,\nMarta\n\nDe: RV Center <info@rvcenter.es>\nEnviado: martes, 1 de diciembre de 2026 9:00\nAsunto: Ofertas",
    "email",
  ),
  es.hard(
    "quote",
    "Gracias por la información.\n\nSaludos cordiales,\nJorge Ruiz\nCompras\nEste mensaje es confidencial. Si desea darse de baja de nuestro boletín, haga clic aquí.",
  ),
];

/** The eight neighbourhoods, in order, with their names. */
export const NEIGHBOURHOODS: readonly { readonly name: string; readonly messages: readonly LabelledMessage[] }[] = [
  { name: "own earlier opt-out", messages: OWN_EARLIER_OPT_OUT },
  { name: "interjections", messages: INTERJECTIONS },
  { name: "ordinary words", messages: ORDINARY_WORDS },
  { name: "dnc and block", messages: DNC_AND_BLOCK },
  { name: "all channels", messages: ALL_CHANNELS },
  { name: "frequency and timing", messages: FREQUENCY_AND_TIMING },
  { name: "emoji and one word", messages: EMOJI_AND_ONE_WORD },
  { name: "email footers and quotes", messages: EMAIL_FOOTERS_AND_QUOTES },
];

export const HELD_OUT_THIRTY_FOURTH: readonly LabelledMessage[] = NEIGHBOURHOODS.flatMap((n) => n.messages);
