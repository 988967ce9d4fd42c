import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A fourteenth check batch: the probes written for the seventh held-out batch's errors, each error's
 * class in the five languages with controls (a sarcasm cue that is a sentence of its own, a third
 * party's report with an object before the stop, "only" an ambiguous reply closed by a filler, a
 * polite request put as a question, "this very address", a frequency in a request put as a question,
 * "by any means", compounds the model must not read). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_14: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.hard("sarcasm", "Typical. The day I want to buy, you stop calling", "uncertain"),
  en.out("Three weeks of spam. Stop texting me", "sms"),
  en.hard("reported", "My wife told your salesman to stop calling, but that was her number. I'm still interested."),
  en.out("Stop texting me, my son already bought a car.", "sms"),
  en.hard("ambiguous", "not interested anymore, thanks", "uncertain"),
  en.hard("ambiguous", "wrong number thx", "uncertain"),
  en.out("Can you unsubscribe me from the emails?", "email"),
  en.hard("question", "can you tell me how to unsubscribe from the emails?", "uncertain"),
  en.out("No more emails to this address please.", "email"),
  en.hard("frequency", "Could you stop calling me three times a day??", "uncertain"),
  en.out("Don't contact me again by any means", "all"),
  en.out("Stop messaging me on this channel or any other", "all"),
  en.hard("compound", "non-stop"),
  en.hard("compound", "they called me non-stop yesterday, anyway what's the price?"),
  // ---------------- Spanish ----------------
  es.hard("sarcasm", "Típico. Semanas de spam y el día que quiero firmar dejan de escribirme", "uncertain"),
  es.hard("reported", "Mi hijo le dijo a su vendedor que dejaran de escribirle, pero eso era por su carro, no el mío. Sigo buscando."),
  es.hard("reported", "Mi hijo les dijo que ya no quiere mensajes, pero eso no aplica para mí."),
  es.hard("ambiguous", "Ya no me interesa gracias", "uncertain"),
  es.out("¿Me pueden dar de baja de los mensajes?"),
  es.hard("question", "¿Cómo me doy de baja de los correos?", "uncertain"),
  es.out("No manden más correos a esta dirección.", "email"),
  es.hard("frequency", "Dejen de llamarme tres veces al día", "uncertain"),
  es.hard("frequency", "¿Podrían dejar de llamarme tres veces al día?", "uncertain"),
  es.out("No me contacten más por ningún medio", "all"),
  // ---------------- German ----------------
  de.hard("sarcasm", "Typisch. Wochenlang Spam und an dem Tag, an dem ich unterschreiben will, hören Sie auf zu schreiben", "uncertain"),
  de.hard("reported", "Mein Sohn hat Ihrem Verkäufer gesagt, er soll aufhören zu schreiben, aber das war wegen seinem Auto, nicht meinem."),
  de.hard("reported", "Mein Sohn hat Ihnen gesagt, dass er keine Nachrichten mehr will, aber das gilt nicht für mich."),
  de.hard("ambiguous", "Kein Interesse mehr danke", "uncertain"),
  de.out("Können Sie mich von den E-Mails abmelden?"),
  de.out("Bitte keine SMS mehr an diese Nummer.", "sms"),
  de.hard("constraint", "Bitte keine E-Mails mehr an meine Arbeitsadresse."),
  de.hard("constraint", "Schicken Sie nichts mehr an die Adresse meiner Mutter, sie wohnt dort nicht mehr"),
  de.hard("frequency", "Hören Sie auf, mich dreimal am Tag anzurufen", "uncertain"),
  de.out("Kontaktieren Sie mich nicht mehr, auf keinem Weg.", "all"),
  de.hard("compound", "nonstop"),
  // ---------------- Dutch ----------------
  nl.hard("sarcasm", "Net nu ik wil tekenen, stoppen jullie met appen. Knap hoor.", "uncertain"),
  nl.hard("sarcasm", "Typisch. Wekenlang spam en de dag dat ik wil tekenen stoppen jullie met appen", "uncertain"),
  nl.hard("reported", "Mijn vrouw zei tegen jullie verkoper dat ze geen mails meer wil, maar dat geldt niet voor mij."),
  nl.hard("reported", "Mijn man heeft jullie verteld dat hij geen telefoontjes meer wil, maar ik wel."),
  nl.hard("ambiguous", "Geen interesse meer bedankt", "uncertain"),
  nl.out("Kunnen jullie me afmelden voor de e-mails?", "email"),
  nl.out("Geen mails meer naar dit adres aub.", "email"),
  nl.hard("frequency", "Bel me niet drie keer per dag", "uncertain"),
  nl.out("Stuur me geen berichten meer via WhatsApp", "whatsapp"),
  nl.hard("constraint", "Stuur geen mails meer naar het adres van mijn zus, ze woont daar niet meer"),
  nl.hard("constraint", "Stuur niets meer naar mijn oude adres, ik ben verhuisd"),
  nl.out("Ik wil geen verdere e-mails van jullie ontvangen.", "email"),
  // ---------------- French ----------------
  fr.hard("sarcasm", "Typique. Des semaines de spam et le jour où je veux signer vous arrêtez de m'écrire", "uncertain"),
  fr.hard("reported", "Mon fils a dit à votre vendeur d'arrêter de lui écrire, mais c'était pour sa voiture, pas la mienne."),
  fr.hard("reported", "Mon fils vous a dit qu'il ne veut plus de messages, mais ça ne vaut pas pour moi."),
  fr.hard("ambiguous", "Plus intéressé merci", "uncertain"),
  fr.out("Pouvez-vous me désabonner des e-mails ?", "email"),
  fr.out("Plus d'e-mails à cette adresse svp.", "email"),
  fr.hard("frequency", "Arrêtez de m'appeler trois fois par jour", "uncertain"),
  fr.out("Ne me contactez plus par aucun moyen", "all"),
  fr.hard("constraint", "N'envoyez plus rien à l'adresse de ma sœur, elle a déménagé"),
];
