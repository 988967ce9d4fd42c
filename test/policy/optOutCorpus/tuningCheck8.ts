import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * An eighth check batch, written after the seventh check batch's fixes and run once before any rule
 * was adjusted to it (figures in docs/compliance.md), then added to the tuning part.
 */
export const TUNING_CHECK_8: readonly LabelledMessage[] = [
  en.out("Hello, Could you please take me off your mailing list? Thank you, Rob"),
  en.out("please stop. i already told you no"),
  en.out("I don't wish to receive further texts", "sms"),
  en.out("take my name off your list"),
  en.out("no more spam pls"),
  en.hard("negation", "I never told anyone to stop texting me"),
  en.hard("question", "who told you to stop calling me?"),
  en.hard("constraint", "stop calling so late at night"),
  en.hard("compound", "I quit smoking so the car smells fine"),
  en.hard("sarcasm", "sure, NOW you want to stop emailing, after I bought elsewhere"),
  es.out("por favor quiten mi numero de su lista"),
  es.out("no me envien mas informacion por favor"),
  es.out("ya no me escriban, ya no estoy interesado"),
  es.hard("negation", "nunca les pedi que me borraran"),
  es.hard("constraint", "no me llames tan noche"),
  es.hard("compound", "me dan de baja el seguro de la otra camioneta?"),
  de.out("bitte keine mails und anrufe mehr"),
  de.out("ich will in ruhe gelassen werden"),
  de.hard("negation", "ich habe nie verlangt, dass sie aufhören"),
  de.hard("constraint", "bitte nicht am sonntag anrufen"),
  nl.out("stop met appen aub", "whatsapp"),
  nl.out("ik wil met rust gelaten worden"),
  nl.hard("negation", "ik heb nooit gevraagd om te stoppen"),
  nl.hard("constraint", "bel me niet tijdens het avondeten"),
  fr.out("je souhaite ne plus etre contacte"),
  fr.out("foutez-moi la paix avec vos sms", "sms"),
  fr.hard("negation", "je n'ai jamais demande qu'on arrete de m'appeler"),
  fr.hard("constraint", "ne m'appelez pas le samedi"),
];
