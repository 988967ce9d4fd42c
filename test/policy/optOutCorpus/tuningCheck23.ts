import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-third check batch: the probes written for the twenty-first and twenty-second held-out
 * batches' errors, each error's class in the five languages with controls (a stop a colleague or a
 * partner asked for, reported with that person's object pronoun, "Mon associé vous a demandé de ne
 * plus l'appeler"; a relative answering now for the lead, an opt-out; a denied report, "not that you
 * should stop calling"; a work number named as the place; a brake light; a topic after the contact
 * verb, "stop emailing me about the membership"; a "neither … nor" list of every channel; a keyword
 * after a fronted thing or inside a request, "Den Newsletter möchte ich aber abbestellen", "Graag via
 * alle kanalen afmelden"; a new sentence left unpunctuated after a verb-final infinitive; a breaker
 * opening a clause, "mais plus de SMS"; a channel after a passive's agent; Bavarian "ruaf", "ruafts"; and two
 * readings retraining flipped: wanting nothing more to do with the sender, a do-not-call list in Dutch).
 * Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_23: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.hard("reported", "My business partner asked you to stop calling him, but I'd still like a demo."),
  en.out("Please remove my father from your list, he doesn't want any calls."),
  en.hard("reported", "I only said I was busy, not that you should stop calling me."),
  en.hard("constraint", "No more calls to my office number please, just my cell."),
  en.none("The stop light on the back is out on the car I bought from you."),
  en.out("Please stop emailing me about the gym membership.", "email"),
  en.out("Please don't contact me anymore, neither by phone nor by email nor by text.", "all"),
  en.out("Texts are fine, but no more emails please.", "email"),
  en.out("I withdraw my consent to be contacted by your company by telephone.", "call"),
  en.out("I want nothing to do with your company anymore."),
  en.out("Put my number on your do not call list, thanks", "call"),
  // ---------------- Spanish ----------------
  es.hard("reported", "Mi socio les pidió que no lo llamen más, pero a mí sí me interesa la demo."),
  es.out("Respondo por mi madre: bórrenla de su lista, por favor."),
  es.out("Mi abuelo no lee mensajes, por favor quítenlo de su lista."),
  es.hard("reported", "Mi hija les pidió que la borren de su lista, pero yo sí quiero las ofertas."),
  es.hard("reported", "Solo dije que estaba ocupado, no que dejen de llamarme."),
  es.out("Creo que no, que dejen de llamarme", "call"),
  es.hard("constraint", "No más llamadas a mi número del trabajo, mejor al celular."),
  es.none("La luz de stop trasera no funciona en el coche que me vendieron."),
  es.out("Dejen de escribirme sobre la membresía, por favor."),
  es.out("No me contacten más, ni por teléfono ni por correo ni por SMS.", "all"),
  es.out("No me llamen más, ni al fijo ni al móvil.", "call"),
  es.out("Las llamadas están bien, pero ya no más correos por favor.", "email"),
  es.out("Retiro mi consentimiento para ser contactado por su empresa por teléfono.", "call"),
  es.out("No quiero nada más que ver con ustedes."),
  es.out("Pongan mi número en la lista de no llamar", "call"),
  // ---------------- German ----------------
  de.hard("reported", "Mein Geschäftspartner hat Sie gebeten, ihn nicht mehr anzurufen. Ich will die Demo aber trotzdem."),
  de.hard("reported", "Meine Frau meinte, sie hätte Ihnen gesagt, Sie sollen nicht mehr schreiben. Ich bin aber interessiert."),
  de.out("Ich antworte für meine Mutter: bitte rufen Sie sie nicht mehr an.", "call"),
  de.hard("reported", "Ich habe nur gesagt, dass ich keine Zeit habe, nicht dass Sie aufhören sollen mir zu schreiben."),
  de.hard("constraint", "Bitte keine SMS mehr an meine Firmennummer, lieber aufs Privathandy."),
  de.out("Bitte keine Anrufe mehr auf meine Nummer.", "call"),
  de.none("Das Bremslicht hinten links geht nicht, Stopp-Leuchte kaputt."),
  de.out("Schreiben Sie mir nicht mehr wegen der Mitgliedschaft."),
  de.out("Bitte kontaktieren Sie mich nicht mehr, weder telefonisch noch per E-Mail noch per SMS.", "all"),
  de.out("Anrufe sind okay, aber keine Mails mehr bitte.", "email"),
  de.out("Ruaf mi nimmer o, i mog ned.", "call"),
  de.out("Ruafts mi bittschön nimmer an.", "call"),
  de.out("Ich will nichts mehr mit Ihnen zu tun haben."),
  de.hard("constraint", "Ich will nichts mehr mit dem Leasing zu tun haben, nur noch mit dem Kauf"),
  de.out("Der Service war gut. Den Newsletter möchte ich aber abbestellen.", "email"),
  de.hard("ambiguous", "Den alten Wagen möchte ich aber abmelden.", "uncertain"),
  de.out("Rufen Sie mich aber nicht mehr an", "call"),
  // ---------------- Dutch ----------------
  nl.hard("reported", "Mijn compagnon heeft jullie gevraagd hem niet meer te bellen, maar ik wil wel een demo."),
  nl.out("Ik antwoord voor mijn moeder: bel haar niet meer.", "call"),
  nl.hard("reported", "Ik zei alleen dat ik het druk had, niet dat jullie moeten stoppen met bellen."),
  nl.hard("constraint", "Geen telefoontjes meer op mijn werknummer, alleen nog op mijn mobiel."),
  nl.none("Het stoplicht achter doet het niet op de auto die ik bij jullie kocht."),
  nl.out("Stop met mij te mailen over het lidmaatschap.", "email"),
  nl.out("Neem geen contact meer met mij op, noch per telefoon noch per mail noch per sms.", "all"),
  nl.out("Bellen is prima, maar geen mails meer graag.", "email"),
  nl.out("Ik wil niks meer met jullie te maken hebben."),
  nl.out("Zet mij maar op de niet-bellen-lijst.", "call"),
  nl.none("Ik wil niks meer met de lease te maken hebben, alleen nog met kopen"),
  nl.out("De nieuwsbrief wil ik wel opzeggen, bedankt.", "email"),
  nl.out("Graag via alle kanalen afmelden.", "all"),
  nl.out("ik wilde zeggen dat jullie mij niet meer hoeven te mailen de auto is al verkocht", "email"),
  nl.hard("frequency", "jullie hoeven mij niet meer te bellen de hele dag", "uncertain"),
  // ---------------- French ----------------
  fr.hard("reported", "Mon associé vous a demandé de ne plus l'appeler, mais moi je suis intéressé."),
  fr.out("Je réponds pour ma mère : ne l'appelez plus, merci.", "call"),
  fr.hard("reported", "J'ai juste dit que j'étais occupé, pas que vous arrêtiez de m'appeler."),
  fr.hard("constraint", "Plus d'appels sur mon numéro pro svp, seulement sur le portable."),
  fr.none("Le feu stop droit est cassé sur la Clio que j'ai achetée chez vous."),
  fr.out("Arrêtez de m'écrire au sujet de l'abonnement."),
  fr.out("Ne me contactez plus, ni par téléphone ni par mail ni par SMS.", "all"),
  fr.out("Les appels ça va, mais plus de SMS svp.", "sms"),
  fr.out("Je retire mon consentement à être contacté par votre société par téléphone.", "call"),
  fr.out("Mettez mon numéro sur la liste ne pas appeler.", "call"),
];
