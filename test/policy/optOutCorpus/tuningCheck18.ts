import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * An eighteenth check batch: the probes written for the eleventh and twelfth held-out batches'
 * errors, each error's class in the five languages with controls (a described stop after an irony —
 * "now that I …", "Génial, …", "very professional" — or "the day … is the day you stop", "kaum …,
 * hören Sie auf", while the same ironies before an imperative stop still opt out; a rate granted in
 * the next sentence, and "every single day"; a condition holding a decimal number, "2.9%"; an agent
 * after a passive, "être appelée par votre assurance", "von Ihrer Firma angerufen werden"). Not blind:
 * its author wrote the fixes.
 */
export const TUNING_CHECK_18: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.hard("sarcasm", "The day I sign the lease is the day you stop calling me", "uncertain"),
  en.hard("sarcasm", "Great, now that I want to sign up you stop calling me, very professional", "uncertain"),
  en.hard("sarcasm", "Now that I need a quote you guys stop emailing me", "uncertain"),
  en.hard("sarcasm", "Classic. The day I'm ready to buy is the day you stop texting", "uncertain"),
  en.out("Great, now stop texting me", "sms"),
  en.out("Now that I bought a car elsewhere, stop texting me", "sms"),
  en.out("Perfect, please stop calling me now", "call"),
  en.hard("frequency", "Could you stop texting me every single day? Once a week is enough", "uncertain"),
  en.hard("frequency", "Please stop texting me. Once a week would be fine", "uncertain"),
  en.hard("frequency", "Stop emailing me every single day", "uncertain"),
  en.out("Please stop texting me. Once I buy I'll call you", "sms"),
  en.out("Stop calling me. Once was enough", "call"),
  en.hard("condition", "If you can't do 3.5% APR then stop calling me", "uncertain"),
  en.out("I found 2.9% elsewhere. Stop calling me", "call"),
  en.out("I don't want to be contacted by your insurance company anymore"),
  en.out("I do not want to be contacted by your office again"),
  en.hard("constraint", "Please stop calling my office, call my cell"),
  // ---------------- Spanish ----------------
  es.hard("sarcasm", "Genial, ahora que quiero firmar dejan de escribirme", "uncertain"),
  es.hard("sarcasm", "Ahora que necesito el crédito ya no me llaman, muy profesional", "uncertain"),
  es.hard("sarcasm", "El día que publican la casa es el día que dejan de mandarme mensajes", "uncertain"),
  es.out("Claro que sí: dejen de mandarme mensajes", "sms"),
  es.out("Ahora que quiero cancelar, dejen de llamarme por favor", "call"),
  es.out("Genial, ya no me manden más correos", "email"),
  es.hard("frequency", "¿Pueden dejar de escribirme todos los santos días? Una vez por semana basta", "uncertain"),
  es.hard("frequency", "Dejen de llamarme. Una vez por semana está bien", "uncertain"),
  es.out("Dejen de llamarme. Una vez fue suficiente", "call"),
  es.hard("condition", "Si no pueden bajarme la tasa al 2.9% entonces dejen de llamarme", "uncertain"),
  es.out("No quiero ser llamado por su empresa nunca más", "call"),
  es.out("No quiero ser contactada por su aseguradora nunca más"),
  // ---------------- German ----------------
  de.hard("sarcasm", "Kaum will ich unterschreiben, hören Sie auf mich anzurufen", "uncertain"),
  de.hard("sarcasm", "Na super, kaum habe ich nach dem Preis gefragt, hören Sie auf mir zu schreiben", "uncertain"),
  de.hard("sarcasm", "Der Tag, an dem die Anzeige online geht, ist der Tag, an dem Sie aufhören mir zu schreiben", "uncertain"),
  de.hard("sarcasm", "Jetzt wo ich kaufen will, Sie hören auf mir zu schreiben, sehr professionell", "uncertain"),
  de.out("Super, hören Sie jetzt bitte auf, mir zu schreiben"),
  de.out("Hören Sie auf mir zu schreiben, ich habe kaum Zeit"),
  de.out("Na super, bitte rufen Sie mich nicht mehr an", "call"),
  de.hard("frequency", "Können Sie bitte aufhören, mich anzurufen? Einmal pro Woche reicht", "uncertain"),
  de.hard("frequency", "Hören Sie auf, mich anzurufen. Einmal pro Woche reicht völlig", "uncertain"),
  de.out("Hören Sie auf, mich anzurufen. Einmal reicht mir", "call"),
  de.hard("condition", "Wenn Sie mir keine 2,9 % geben können dann hören Sie auf mich anzurufen", "uncertain"),
  de.out("Ich möchte nicht mehr von Ihrer Firma angerufen werden", "call"),
  de.out("Ich will nicht mehr von Ihrer Versicherung kontaktiert werden"),
  de.hard("constraint", "Melden Sie mich von Ihrer Versicherung ab"),
  // ---------------- Dutch ----------------
  nl.hard("sarcasm", "Nu ik eindelijk wil tekenen, stoppen jullie met bellen", "uncertain"),
  nl.hard("sarcasm", "Nu ik een offerte nodig heb sturen jullie me geen berichten meer, heel professioneel", "uncertain"),
  nl.hard("sarcasm", "De dag dat het huis online staat is de dag dat jullie stoppen met appen", "uncertain"),
  nl.out("Super, stop nu met me te appen", "whatsapp"),
  nl.out("Nu ik al een auto heb, stop met bellen aub", "call"),
  nl.out("Super, ik wil dat jullie stoppen met bellen", "call"),
  nl.hard("frequency", "Kunnen jullie stoppen met elke dag mailen? Een keer per week is genoeg", "uncertain"),
  nl.hard("frequency", "Stop met bellen. Een keer per week is genoeg", "uncertain"),
  nl.out("Stop met bellen. Een keer is genoeg", "call"),
  nl.hard("condition", "Als jullie geen 2,9% kunnen bieden dan stop met bellen", "uncertain"),
  nl.out("Ik wil niet meer gebeld worden door jullie verzekering", "call"),
  nl.out("Ik wil niet meer door jullie kantoor gebeld worden", "call"),
  // ---------------- French ----------------
  fr.hard("sarcasm", "Maintenant que j'ai besoin d'un devis vous arrêtez de m'appeler, très professionnel", "uncertain"),
  fr.hard("sarcasm", "Le jour où l'annonce est en ligne est le jour où vous arrêtez de m'écrire", "uncertain"),
  fr.hard("sarcasm", "Génial, maintenant que je veux signer, vous ne m'appelez plus", "uncertain"),
  fr.out("Génial, maintenant arrêtez de m'envoyer des messages", "sms"),
  fr.out("Maintenant que j'ai acheté ailleurs, ne m'envoyez plus de messages", "sms"),
  fr.out("Super, ne m'appelez plus", "call"),
  fr.out("Génial, je voudrais que vous arrêtiez de m'appeler", "call"),
  fr.hard("frequency", "Vous pouvez arrêter de m'écrire tous les jours ? Une fois par semaine suffit", "uncertain"),
  fr.hard("frequency", "Arrêtez de m'appeler. Une fois par semaine, ça suffit", "uncertain"),
  fr.out("Arrêtez de m'appeler. Une fois m'a suffi", "call"),
  fr.hard("condition", "Si vous ne pouvez pas faire 2,9 % alors arrêtez de m'appeler", "uncertain"),
  fr.out("Je ne veux plus être appelée par votre compagnie d'assurance", "call"),
  fr.out("Je ne souhaite plus être contacté par votre agence immobilière"),
  fr.hard("constraint", "Désinscrivez-moi de votre assurance habitation"),
];
