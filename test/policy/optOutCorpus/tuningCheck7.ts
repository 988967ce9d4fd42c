import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A seventh check batch, written after the sixth check batch's fixes and run once before any rule
 * was adjusted to it (figures in docs/compliance.md), then added to the tuning part.
 */
export const TUNING_CHECK_7: readonly LabelledMessage[] = [
  // English
  en.out("bought a car already. you can stop now"),
  en.out("no longer in the market, please stop all contact"),
  en.out("Sorry, not interested. Please don't contact me again."),
  en.out("I asked to be removed weeks ago, remove me now"),
  en.out("Please don't send me anything else"),
  en.out("i dont want your texts", "sms"),
  en.out("stop spamming my phone", "call"),
  en.out("I'm asking you nicely to stop calling", "call"),
  en.out("no more contact please, thank you"),
  en.out("would you kindly stop emailing me", "email"),
  en.hard("ambiguous", "block", "uncertain"),
  en.out("you are harassing me. stop."),
  en.hard("negation", "I'm not telling you to stop, just give me a week"),
  en.hard("question", "is there a way to pause the texts for a month?", "uncertain"),
  en.hard("constraint", "stop sending me the same brochure, I have it"),
  en.hard("compound", "I'm done with the paperwork, what's next?"),
  en.hard("compound", "please remove the dealer fee from the quote"),
  en.none("send me the final numbers"),
  // Spanish
  es.out("ya no me interesa, porfavor no me contacten"),
  es.out("ya les pedi que no me llamaran", "call"),
  es.out("ya no me marquen a este numero", "call"),
  es.out("no sigan enviando mensajes"),
  es.out("olvidenme"),
  es.out("no me manden nada mas"),
  es.hard("negation", "no es que quiera que dejen de escribir, solo estoy ocupado"),
  es.hard("compound", "ya no me manden la misma foto"),
  es.none("que tal, me mandas el precio?"),
  // German
  de.out("bitte keine kontaktaufnahme mehr"),
  de.out("ich möchte nicht weiter kontaktiert werden"),
  de.out("hören sie auf, mich zu belästigen"),
  de.out("streichen sie bitte meine daten"),
  de.out("ab sofort keine anrufe mehr", "call"),
  de.hard("compound", "keine fragen mehr, wir machen den vertrag"),
  de.none("schicken sie mir bitte die unterlagen"),
  // Dutch
  nl.out("ik wil niet verder benaderd worden"),
  nl.out("geen sms meer sturen aub", "sms"),
  nl.out("laat me alsjeblieft met rust"),
  nl.out("vanaf nu geen mails meer", "email"),
  nl.out("stop, ik heb al een auto"),
  nl.hard("compound", "geen vragen meer, we tekenen"),
  nl.none("stuur me de papieren"),
  // French
  fr.out("je ne veux plus etre relance"),
  fr.out("arretez svp"),
  fr.out("ne m'envoyez plus rien"),
  fr.out("a partir de maintenant plus d'appels", "call"),
  fr.out("merci de ne plus me solliciter"),
  fr.hard("compound", "plus de questions, on signe"),
  fr.none("envoyez-moi les papiers"),
];
