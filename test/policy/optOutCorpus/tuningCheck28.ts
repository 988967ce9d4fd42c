import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-eighth check batch: the probes written for the twenty-ninth to thirty-second held-out
 * batches' errors, each error's class in the five languages with controls (a reason run on after the
 * stop, "no quiero que me llamen mas ya tengo seguro", against a place before it; the topic of calls
 * after "pour", "appelée pour l'assurance auto", against a thing; the garage that sends the messages,
 * "promociones del taller", against the workshop as a class; a colleague of the lead who left writing
 * for them; colloquial and Swiss "hörn se mal auf mit den Anrufen", "Höred bitte uf, mir aazlüte";
 * "nergens meer voor benaderd worden"; a list of channels going on after a comma, "by phone, text or
 * email", that names every channel; "overal afmelden"). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_28: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("stop calling me i already have insurance", "call"),
  en.hard("constraint", "stop calling me at work i already have insurance"),
  en.out("no more promotions from the workshop please"),
  en.hard("constraint", "unsubscribe me from the workshop on Saturday"),
  en.out("Colleague of Mr Smith here, he has left the company. Please stop calling this number.", "call"),
  en.none("Colleague of Mr Smith here, he has left the company. Please call his mobile instead."),
  en.out("Don't contact me by phone, text or email.", "all"),
  en.out("Don't contact me by phone or email", "call"),
  en.out("Don't contact me by phone, I prefer email", "call"),
  // ---------------- Spanish ----------------
  es.out("no quiero que me llamen mas ya tengo seguro", "call"),
  es.hard("constraint", "no quiero que me llamen al trabajo ya tengo seguro"),
  es.out("no me vuelvan a llamar que ya tengo coche", "call"),
  es.out("no quiero recibir más mensajes del taller", "sms"),
  es.hard("constraint", "no quiero recibir más piezas del taller"),
  es.hard("constraint", "Denme de baja del taller del sábado, el siguiente sí voy"),
  es.out("Compañero del Sr. García aquí, ya no trabaja en la empresa. Por favor no llamen más a este número.", "call"),
  es.out("No me contacten por teléfono, SMS o correo.", "all"),
  // ---------------- German ----------------
  de.out("rufen Sie mich nicht mehr an ich hab schon eine Versicherung", "call"),
  de.out("hör mal auf mit den Mails, echt jetzt", "email"),
  de.none("hören Sie mal auf mit den Witzen"),
  de.out("Höred bitte uf mir aazlüte", "call"),
  de.out("Kollege von Herrn Müller hier, er hat die Firma verlassen. Bitte rufen Sie diese Nummer nicht mehr an.", "call"),
  de.out("Kontaktieren Sie mich nicht mehr per Telefon, SMS oder E-Mail.", "all"),
  // ---------------- Dutch ----------------
  nl.out("bel me niet meer ik heb al een verzekering", "call"),
  nl.hard("constraint", "bel me niet meer op mijn werk ik heb al een verzekering"),
  nl.out("ik wil nergens meer over gebeld worden", "call"),
  nl.none("ik wil nergens meer voor betalen"),
  nl.out("Collega van meneer Jansen hier, hij is vertrokken. Bel dit nummer alstublieft niet meer.", "call"),
  nl.out("Neem geen contact meer met me op via telefoon, sms of mail.", "all"),
  nl.out("Graag overal voor afmelden, geen mail, geen sms.", "all"),
  // ---------------- French ----------------
  fr.out("ne m'appelez plus j'ai déjà une assurance", "call"),
  fr.out("je ne veux plus recevoir d'appels pour l'assurance auto", "call"),
  fr.hard("constraint", "je ne veux plus recevoir le devis pour l'assurance auto"),
  fr.hard("constraint", "je ne veux plus être appelée au bureau"),
  fr.out("je ne veux plus recevoir les promotions de l'atelier"),
  fr.hard("constraint", "Désinscrivez-moi de l'atelier de samedi, j'ai un empêchement"),
  fr.out("Collègue de M. Martin ici, il a quitté l'entreprise. Merci de ne plus appeler ce numéro.", "call"),
  fr.none("Collègue de M. Martin ici, il a quitté l'entreprise. Merci de le rappeler sur son portable."),
  fr.out("Ne me contactez plus par téléphone, SMS ou mail.", "all"),
];
