import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A fifteenth check batch: the probes written for the eighth held-out batch's errors, each error's
 * class in the five languages with controls (a stop of a channel's messages about a topic, dialect
 * forms of "leave me in peace", a keyword used as a noun after an article about a thing (held, not acted on), "funny
 * how" and its kin, a stop not bound to contact, "any other" followed by a thing rather than a
 * channel). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_15: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("Please stop sending me text messages about the car insurance, thank you", "sms"),
  en.out("Stop sending me emails regarding the service plan", "email"),
  en.hard("constraint", "I want to opt out of the service plan"),
  en.hard("constraint", "Can you take me off the waiting list for the Tacoma?"),
  en.hard("sarcasm", "Funny how you stop calling the moment I want to sign 🙃", "uncertain"),
  en.hard("negation", "I will stop smoking next year"),
  en.hard("negation", "We stopped driving the old van last winter"),
  en.out("Stop calling me, I don't want the Civic or any other car", "call"),
  en.out("Stop texting me on this number or any other", "all"),
  // ---------------- Spanish ----------------
  es.out("Por favor dejen de mandarme mensajes de texto sobre el seguro del coche", "sms"),
  es.hard("sarcasm", "Curioso cómo dejan de llamar justo cuando quiero comprar 🙃", "uncertain"),
  es.hard("constraint", "¿Pueden encargarse de la baja del coche viejo?"),
  es.out("¿Me pueden dar de baja de los correos?", "email"),
  es.out("Dejen de escribirme por correo, no quiero el Corolla ni ningún otro coche", "email"),
  es.hard("negation", "Voy a dejar de fumar el año que viene"),
  // ---------------- German ----------------
  de.out("Lasst's mi endlich in Ruah mit eurer Werbung"),
  de.out("Lossn S' mi in Ruah, i mog nix kaufen"),
  de.out("Bitte lönd Sie mi künftig in Rueh"),
  de.hard("constraint", "Können Sie das Abmelden vom alten Golf übernehmen?", "uncertain"),
  de.hard("constraint", "Können Sie die Abmeldung des Anhängers erledigen?", "uncertain"),
  de.out("Können Sie mich bitte abmelden?"),
  de.hard("sarcasm", "Komisch, wie ihr aufhört anzurufen, sobald ich kaufen will 🙃", "uncertain"),
  de.out("Schicken Sie mir keine E-Mails mehr über die Finanzierung", "email"),
  de.hard("negation", "Ich höre nächstes Jahr mit dem Rauchen auf"),
  // ---------------- Dutch ----------------
  nl.hard("sarcasm", "Grappig hoe jullie stoppen met bellen zodra ik wil kopen 🙃", "uncertain"),
  nl.hard("constraint", "Kunnen jullie het afmelden van de oude auto regelen?", "uncertain"),
  nl.out("Stop met het sturen van sms'jes over de lease, dank je", "sms"),
  nl.hard("negation", "Ik stop volgend jaar met roken"),
  // ---------------- French ----------------
  fr.hard("sarcasm", "Drôle comme vous arrêtez d'appeler dès que je veux acheter 🙃", "uncertain"),
  fr.hard("constraint", "Pouvez-vous vous occuper de la résiliation de l'ancienne voiture ?"),
  fr.out("Arrêtez de m'envoyer des SMS sur l'assurance auto, merci", "sms"),
  fr.hard("negation", "J'arrête de fumer l'année prochaine"),
];
