import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-second check batch: the probes written for the nineteenth and twentieth held-out batches'
 * errors, each error's class in the five languages with controls (a rate after the stop: "every hour",
 * "3 texts a day"; a longer last line below a closing and a name; a visit on the way, "einen kurzen
 * Stopp bei Ihnen", "auf dem Weg"; a third party's report with an auxiliary, "les habrá dicho", "zal wel
 * gezegd hebben"; colloquial "hörn se auf"; asking leave to come off the list, "Mag ik van jullie lijst
 * af?"; a sarcastic absence, "Witzig, dass Sie genau dann …", "plus aucun appel de votre part. Bravo";
 * a keyword sentence after a phrase naming the channel; "keinen weiteren Kontakt mit Ihrer Firma"; and
 * two readings retraining flipped: a request to send something again, "j'veux pu avoir de vos nouvelles").
 * Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_22: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.hard("frequency", "stop texting me every hour please", "uncertain"),
  en.hard("frequency", "Stop sending me 3 texts a day", "uncertain"),
  en.out("stop texting me, I sold the car", "sms"),
  en.out("Thanks for the info but no.\nRegards\nPablo\nAnd please don't write to me again, thanks"),
  en.out("Thanks for the quote.\nCheers\nJess\nAnd please do not text me ever again", "sms"),
  en.none("Thanks for the quote.\nBest regards,\nLinda Park\nHead of Accounts Payable and Procurement at Hartwell Logistics Group"),
  en.hard("invitation", "I'm making a quick stop at your place on the way to pick up the key"),
  en.hard("reported", "My son will have told you to stop writing, but I decide and I want the offer"),
  en.hard("reported", "My son must have told you to stop texting, but I'm interested"),
  en.out("quit callin me i dont want a new phone plan", "call"),
  en.out("Can I get off your list? I already have an agent"),
  en.hard("sarcasm", "Funny that you send no more emails right when I have a question about the fee", "uncertain"),
  en.hard("sarcasm", "Great, now that I'm ready to sign, no more calls from you. Bravo", "uncertain"),
  en.out("Great, now stop texting me", "sms"),
  en.out("How many times do I have to tell you to stop calling me?? STOP", "call"),
  en.out("Your salesman was extremely pushy. I want no further contact with your company."),
  en.none("Please send me the brochure again, I deleted it"),
  en.none("Can you send me the quote again? I lost the email"),
  en.out("don't text me again", "sms"),
  // ---------------- Spanish ----------------
  es.hard("frequency", "paren de escribirme cada hora", "uncertain"),
  es.hard("frequency", "Dejen de mandarme 3 mensajes al día", "uncertain"),
  es.hard("frequency", "dejen de llamarme cada mañana", "uncertain"),
  es.out("dejen de escribirme, ya vendí el coche"),
  es.out("Gracias pero no.\nSaludos\nPablo\nY no me vuelvan a escribir nunca, por favor"),
  es.hard("invitation", "De camino hago una parada rápida en su oficina para recoger la llave"),
  es.hard("reported", "Mi hija les habrá dicho que dejen de escribir, pero yo decido y me interesa"),
  es.hard("reported", "Mi esposa les habrá pedido que dejen de llamar, pero a mí me interesa"),
  es.out("ya dejen de yamarme no quiero otro plan", "call"),
  es.out("¿Puedo salir de su lista? Ya tengo agente"),
  es.hard("sarcasm", "Qué gracioso que justo ahora que tengo una pregunta ya no me manden correos", "uncertain"),
  es.out("¿Cuántas veces tengo que decirles que dejen de llamarme? Basta", "call"),
  es.out("Su vendedor fue muy pesado. No quiero más contacto con su empresa."),
  es.none("Mándeme la cotización otra vez, la borré sin querer"),
  // ---------------- German ----------------
  de.hard("frequency", "hören Sie auf, mich jede Stunde anzurufen", "uncertain"),
  de.hard("frequency", "Hören Sie auf, mir 3 SMS am Tag zu schicken", "uncertain"),
  de.out("Danke für das Angebot.\nViele Grüße\nTom\nUnd bitte schreiben Sie mir nicht mehr, danke"),
  de.hard("invitation", "Ich mache unterwegs einen kurzen Stopp bei Ihnen und hole die Papiere ab"),
  de.hard("invitation", "Ich lege einen kurzen Stopp bei Ihnen ein"),
  de.hard("invitation", "Ich bin auf dem Weg zu Ihnen und hole den Wagen ab"),
  de.hard("reported", "Mein Sohn wird Ihnen gesagt haben, dass Sie aufhören sollen zu schreiben, aber ich entscheide"),
  de.out("hörn se auf mich anzurufen, hab schon nen Vertrag", "call"),
  de.out("hören se auf mir zu schreiben"),
  de.out("Darf ich von Ihrer Liste runter? Ich habe schon einen Makler"),
  de.hard("sarcasm", "Witzig, dass Sie genau dann keine Anrufe mehr machen, wenn ich unterschreiben will", "uncertain"),
  de.out("Witzig, keine Mails mehr bitte", "email"),
  de.hard("sarcasm", "Super, jetzt wo ich unterschreiben will, keine Anrufe mehr von Ihnen. Bravo", "uncertain"),
  de.out("Wie oft soll ich noch sagen, dass Sie aufhören sollen mich anzurufen?? Stopp", "call"),
  de.out("Ihr Verkäufer war unverschämt. Ich möchte keinen weiteren Kontakt mit Ihrer Firma."),
  de.hard("constraint", "Bitte rufen Sie mich nicht in der Firma an, lieber abends"),
  de.none("Schicken Sie mir das Angebot bitte nochmal, ich habe die Mail gelöscht"),
  // ---------------- Dutch ----------------
  nl.hard("frequency", "Stop met mij 3 sms'jes per dag te sturen", "uncertain"),
  nl.hard("frequency", "stuur me niet elke ochtend een mail", "uncertain"),
  nl.out("Bedankt voor de offerte.\nGroet,\nSanne\nEn stuur me alsjeblieft geen mails meer, dank je", "email"),
  nl.hard("invitation", "Ik maak onderweg even een stop bij jullie om de sleutel op te halen"),
  nl.hard("reported", "Mijn zoon zal wel gezegd hebben dat jullie moeten stoppen met mailen, maar ik wil de aanbieding"),
  nl.out("hou op me te belle, ik wil geen nieuw abonnement"),
  nl.out("Mag ik van jullie lijst af? We hebben al een huis"),
  nl.out("Kan ik van jullie lijst af? Ik heb al een makelaar"),
  nl.hard("sarcasm", "Grappig dat jullie net nu ik een vraag heb geen mails meer sturen", "uncertain"),
  nl.hard("sarcasm", "Super, nu ik wil tekenen, geen telefoontjes meer van jullie. Bravo", "uncertain"),
  nl.out("Hoe vaak moet ik nog zeggen dat jullie moeten stoppen met bellen?? Stop", "call"),
  nl.out("Uw verkoper was erg opdringerig. Ik wil geen verder contact met uw bedrijf."),
  nl.none("Stuur me de offerte weer even door, ik ben hem kwijt"),
  // ---------------- French ----------------
  fr.hard("frequency", "Arrêtez de m'envoyer 5 SMS par jour", "uncertain"),
  fr.hard("frequency", "arrêtez de m'appeler toutes les heures", "uncertain"),
  fr.hard("frequency", "Arrêtez de m'appeler chaque matin", "uncertain"),
  fr.out("Arrêtez de m'envoyer des SMS, j'ai déjà une voiture", "sms"),
  fr.out("Merci pour le devis.\nBien à vous,\nClaire\nEt merci de ne plus m'envoyer de mails.", "email"),
  fr.hard("invitation", "Je fais un petit arrêt chez vous en passant pour récupérer la clé"),
  fr.hard("reported", "Mon fils vous aura dit d'arrêter de m'écrire, mais c'est moi qui décide"),
  fr.hard("reported", "Mon fils a dû vous dire d'arrêter d'appeler, mais l'offre m'intéresse"),
  fr.out("arrêtez d'm'appeler j'veux pas de nouveau forfait", "call"),
  fr.out("Est-ce que je peux sortir de votre liste ? J'ai déjà un agent"),
  fr.hard("sarcasm", "Drôle que vous n'envoyiez plus de mails juste quand j'ai une question", "uncertain"),
  fr.hard("sarcasm", "Génial, maintenant que je veux signer, plus aucun appel de votre part. Bravo", "uncertain"),
  fr.out("Plus aucun appel de votre part, merci", "call"),
  fr.out("Combien de fois faut-il vous dire d'arrêter de m'appeler ?? Stop", "call"),
  fr.out("Votre commercial a été très insistant. Je ne veux plus aucun contact avec votre société."),
  fr.none("Renvoyez-moi le devis encore une fois, je l'ai perdu"),
  fr.out("je veux plus entendre parler de vous"),
];
