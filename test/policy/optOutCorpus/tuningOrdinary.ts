import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * Ordinary replies, none of them an opt-out: requests to be called, texted or mailed, scheduling,
 * prices, paperwork, and words opt-outs use in other senses (remove, delete, no, list, number,
 * data). Written for the n-gram second opinion, which reads no sentence structure: contact verbs
 * and channel words alone must not read as opt-outs. Run once before it was trained on them
 * (figures in docs/compliance.md).
 */
export const TUNING_ORDINARY: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.none("call me at 4:30 please"),
  en.none("text me when the car is ready"),
  en.none("pls email me the brochure"),
  en.none("Can someone ring me back today? Thanks"),
  en.none("Send the paperwork to my work email"),
  en.none("yes please call tomorrow morning"),
  en.none("Hi Dave, just checking in. Any news on the trade-in number?"),
  en.none("No, Tuesday doesn't work. Wednesday at noon?"),
  en.none("I don't have my license with me, can I still test drive?"),
  en.none("Please delete the extended warranty from the quote and send it again"),
  en.none("Remove the roof rack please, I don't need it"),
  en.none("Your list price seems high, any room to move?"),
  en.none("my number changed, it's 555 201 3344 now"),
  en.none("Thanks for the info. Talk soon!\n\nCheers,\nRob\nSent from my iPhone"),
  en.none("Got your voicemail, I'll call back after lunch"),
  en.none("whatsapp me the photos pls"),
  en.none("no worries, see you Saturday"),
  en.none("Not yet, still waiting on the bank"),
  en.none("Please contact my husband about the financing, he handles that"),
  en.none("ok thx. send msgs to this number from now on"),
  // ---------------- Spanish ----------------
  es.none("llámenme mañana a las 10 por favor"),
  es.none("mándame la cotización por whatsapp"),
  es.none("me pueden escribir por correo los requisitos?"),
  es.none("marquen a este número después de las 6"),
  es.none("no, el martes no puedo, mejor el jueves"),
  es.none("no tengo el enganche todavía, les aviso"),
  es.none("quiten los tapetes de la cotización, no los necesito"),
  es.none("borren el seguro extendido y me mandan el precio final"),
  es.none("gracias, nos vemos el sábado"),
  es.none("ya les mandé mis documentos por correo"),
  es.none("Buenos días, ¿siguen teniendo la Tacoma roja?"),
  es.none("escríbanme por aquí mejor, no contesto llamadas en el trabajo"),
  es.none("cambié de número, este es el nuevo"),
  es.none("ok, mándenme los datos del vendedor"),
  es.none("Saludos,\nJuan Pérez\nEnviado desde mi celular"),
  // ---------------- German ----------------
  de.none("Rufen Sie mich bitte um 15 Uhr an"),
  de.none("Schicken Sie mir das Angebot per E-Mail"),
  de.none("Können Sie mir eine SMS schicken, wenn der Wagen da ist?"),
  de.none("Nein, Dienstag passt nicht, lieber Mittwoch"),
  de.none("Bitte löschen Sie die Anhängerkupplung aus dem Angebot"),
  de.none("Ich habe keine Zeit am Samstag, geht auch Montag?"),
  de.none("Danke für die Info, ich melde mich nächste Woche"),
  de.none("Meine Nummer hat sich geändert, bitte unter dieser anrufen"),
  de.none("Schreiben Sie mir gerne auf WhatsApp"),
  de.none("Mit freundlichen Grüßen\nAnna Schulz\nVon meinem iPhone gesendet"),
  de.none("Kein Problem, bis Donnerstag"),
  de.none("Ist der Preis noch verhandelbar?"),
  de.none("Bitte senden Sie die Unterlagen an meine Firmenadresse"),
  de.none("Ich rufe morgen zurück"),
  de.none("Haben Sie meine Daten für die Finanzierung schon erhalten?"),
  // ---------------- Dutch ----------------
  nl.none("bel me morgen om 10 uur"),
  nl.none("stuur de offerte maar per mail"),
  nl.none("kunnen jullie me een appje sturen als de auto klaar is?"),
  nl.none("nee, dinsdag lukt niet, woensdag wel"),
  nl.none("haal de trekhaak maar uit de offerte"),
  nl.none("ik heb nog geen financiering, ik laat het weten"),
  nl.none("mijn nummer is veranderd, dit is het nieuwe"),
  nl.none("Met vriendelijke groet,\nPiet Jansen\nVerzonden vanaf mijn iPhone"),
  nl.none("geen probleem, tot zaterdag"),
  nl.none("app me de foto's maar"),
  nl.none("Is de prijs nog bespreekbaar?"),
  nl.none("ik bel jullie zelf terug na het weekend"),
  nl.none("kunnen jullie mijn gegevens voor de proefrit doorgeven aan de vestiging in Utrecht?"),
  nl.none("mail me de voorwaarden van de lease"),
  nl.none("dank je, ik kijk er vanavond naar"),
  // ---------------- French ----------------
  fr.none("appelez-moi vers 17h svp"),
  fr.none("envoyez-moi le devis par mail"),
  fr.none("vous pouvez m'envoyer un SMS quand la voiture est prête ?"),
  fr.none("non, mardi je ne peux pas, plutôt jeudi"),
  fr.none("supprimez l'option attelage du devis svp"),
  fr.none("je n'ai pas encore l'accord de la banque, je vous tiens au courant"),
  fr.none("mon numéro a changé, voici le nouveau"),
  fr.none("Cordialement,\nSophie Durand\nEnvoyé de mon iPhone"),
  fr.none("pas de souci, à samedi"),
  fr.none("écrivez-moi sur WhatsApp plutôt"),
  fr.none("Le prix est-il négociable ?"),
  fr.none("je vous rappelle demain"),
  fr.none("merci de m'envoyer les conditions du leasing"),
  fr.none("ne vous inquiétez pas, je passerai signer lundi"),
  fr.none("je ne suis pas dispo ce week-end, on peut voir la semaine prochaine ?"),
];
