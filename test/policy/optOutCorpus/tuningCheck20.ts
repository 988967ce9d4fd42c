import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twentieth check batch: the probes written for the fifteenth and sixteenth held-out batches'
 * errors, each error's class in the five languages with controls ("drop the calls", "laat het bellen",
 * "lasst das mit den Anrufen", "laissez tomber les appels"; a keyword on all channels with its
 * preposition; a writer replying for the contact's owner; a product's or a service's subscription
 * and an event on a date; the hour in words after "niet voor"; a condition before a consequence
 * ("if I don't answer, …, so stop"); a described absence, "no more emails since …", with an irony).
 * Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_20: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("Drop the calls please, I've got insurance already.", "call"),
  en.out("Forget the emails, we booked another venue.", "email"),
  en.hard("constraint", "Forget the texts I sent yesterday, I will resend them"),
  en.out("STOP on all channels please", "all"),
  en.out("I'm replying on behalf of my mother, she can't use her phone: please stop contacting her."),
  en.hard("constraint", "Please stop contacting her, she's my sister and she hates it. You can still text me."),
  en.hard("constraint", "Please unsubscribe us from the wine tasting on the 14th, we can't make it."),
  en.hard("constraint", "Please don't call me please before five, I'm on site all day"),
  en.hard("condition", "If I don't answer, it means I'm not interested, so stop texting me", "uncertain"),
  en.hard("sarcasm", "Funny, no more emails since my contract ran out 🙄", "uncertain"),
  en.out("No more emails since I unsubscribed last week, thanks!", "email"),
  en.out("I don't want any more calls from the gym about memberships, please.", "call"),
  en.hard("constraint", "I'd like to cancel my membership at the end of the month"),
  // ---------------- Spanish ----------------
  es.out("Dejen las llamadas, por favor, ya tengo seguro.", "call"),
  es.out("Olvídense de las llamadas, ya tenemos alarma.", "call"),
  es.out("BAJA en todos los canales por favor", "all"),
  es.out("Hola, respondo por mi madre que no sabe usar el móvil: por favor no manden más mensajes a este número.", "sms"),
  es.hard("constraint", "Quiero cancelar la suscripción del carro el mes que viene, ¿cómo lo hago?"),
  es.hard("constraint", "Por favor dennos de baja de la degustación del día 14, no podemos ir."),
  es.out("Quiero cancelar la suscripción, ya vendí el coche"),
  es.hard("condition", "Si no contesto, es que no me interesa, así que dejen de escribirme", "uncertain"),
  es.hard("sarcasm", "Curioso, ya no llegan correos desde que se acabó mi contrato", "uncertain"),
  // ---------------- German ----------------
  de.out("Lassen Sie das mit den Anrufen, bitte. Ich habe schon einen Anbieter.", "call"),
  de.out("Lassen Sie das mit den Mails, ich habe kein Interesse.", "email"),
  de.out("STOP auf allen Kanälen bitte", "all"),
  de.out("Hallo, ich antworte für meine Mutter, die kein Handy bedienen kann: bitte kontaktieren Sie diese Nummer nicht mehr."),
  de.hard("constraint", "Bitte melden Sie uns von der Verkostung am 14. ab, wir können nicht."),
  de.hard("constraint", "Rufen Sie mich bitte nicht vor fünf Uhr an"),
  de.hard("condition", "Wenn ich nicht antworte, heißt das, dass ich kein Interesse habe, also hören Sie auf mir zu schreiben", "uncertain"),
  de.hard("sarcasm", "Komisch, seit mein Vertrag ausläuft, keine Mails mehr seit Wochen 🙄", "uncertain"),
  de.out("Ach ja, und keine Mails mehr bitte.", "email"),
  de.out("Bitte stellen Sie die Zusendung von E-Mails ein.", "email"),
  de.hard("constraint", "Stellen Sie die Zusendung auf Post um"),
  de.out("Die Zusendung Ihrer Prospekte bitte einstellen, danke."),
  // ---------------- Dutch ----------------
  nl.out("Laat het bellen alsjeblieft, ik heb al een verzekering.", "call"),
  nl.out("STOP op alle kanalen aub", "all"),
  nl.out("Hoi, ik antwoord voor mijn vader: bel hem alstublieft niet meer.", "call"),
  nl.hard("constraint", "Ik wil me afmelden voor het leaseabonnement van de Golf"),
  nl.hard("constraint", "Graag afmelden voor de rondleiding op de 3e, we zijn verhinderd."),
  nl.out("Ik wil me afmelden voor jullie nieuwsbrief, ik heb al een auto", "email"),
  nl.hard("constraint", "Bel me alsjeblieft niet voor acht uur 's ochtends"),
  nl.out("Bel me niet meer voor een offerte, ik heb al een keuken", "call"),
  nl.hard("condition", "Als ik niet antwoord, heb ik geen interesse, dus stop met appen", "uncertain"),
  nl.hard("sarcasm", "Raar hoor, er komen geen mails meer sinds mijn contract afliep", "uncertain"),
  // ---------------- French ----------------
  fr.out("Oubliez les appels, j'ai déjà une assurance.", "call"),
  fr.hard("constraint", "Oubliez les appels d'hier, je vous rappelle demain"),
  fr.out("Désinscription sur tous les canaux merci", "all"),
  fr.out("Je réponds pour mon père : ne l'appelez plus s'il vous plaît.", "call"),
  fr.hard("constraint", "Merci de nous désinscrire de la dégustation du 14, on ne pourra pas venir."),
  fr.hard("constraint", "Je veux me désinscrire du contrat d'entretien de la Clio"),
  fr.hard("constraint", "Ne m'appelez pas svp avant cinq heures"),
  fr.hard("condition", "Si je ne décroche pas, c'est que ça ne m'intéresse pas, donc arrêtez de m'appeler", "uncertain"),
  fr.hard("sarcasm", "Bizarre, plus aucun appel depuis que j'ai signé 🙄", "uncertain"),
  fr.out("Plus aucun mail svp", "email"),
];
