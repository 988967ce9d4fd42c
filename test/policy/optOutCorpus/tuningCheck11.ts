import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * An eleventh check batch, written after the clause-level fallback landed and run once before any
 * cue was adjusted to it (figures in docs/compliance.md): opt-outs in wording neither the phrases
 * nor the cues were written from, and ordinary replies holding their words. Not blind. Five
 * messages that turned out to repeat corpus messages were dropped (all five opt-outs, all caught).
 */
export const TUNING_CHECK_11: readonly LabelledMessage[] = [
  en.out("please quit contacting this line"),
  en.out("Kindly strike my name from your mailing roster"),
  en.out("I'm requesting that you cease texting me", "sms"),
  en.out("no more voicemails, I mean it", "call"),
  en.out("purge my phone number from your CRM"),
  en.out("you guys need to stop ringing me", "call"),
  en.out("I'd like my contact info removed from your system"),
  en.out("stop with the emails already", "email"),
  en.hard("negation", "I never asked to be removed, keep me posted"),
  en.hard("constraint", "stop calling my husband's phone, call mine"),
  en.none("please remove the dealer fees and resend"),
  en.none("no more emails needed, I'm coming in tomorrow to sign"),
  es.out("ya no me anden marcando", "call"),
  es.out("les agradecería que ya no me contacten"),
  es.out("dejen de enviarme promociones"),
  es.out("borren mi correo de sus listas", "email"),
  es.hard("negation", "no me borren, sí me interesa"),
  es.hard("constraint", "ya no me manden la cotización del Jetta, ya la tengo"),
  es.none("ya no me llegó nada, me reenvían el correo?"),
  de.out("Ich möchte keine Werbeanrufe mehr erhalten", "call"),
  de.out("Streicht meine Nummer bitte aus eurer Liste"),
  de.out("Hören Sie bitte auf, mir Mails zu schicken", "email"),
  de.out("Ich ersuche Sie, meine Daten zu löschen"),
  de.hard("negation", "Bitte löschen Sie meine Daten nicht, ich komme wieder"),
  de.hard("constraint", "Nicht mehr nach 20 Uhr anrufen bitte"),
  de.none("Ich habe keine Mails mehr bekommen, ist alles ok?"),
  nl.out("Zou u mijn gegevens willen verwijderen"),
  nl.out("Stoppen met sms'en aub", "sms"),
  nl.out("wil niet meer gebeld worden door jullie", "call"),
  nl.out("haal mijn e-mailadres uit jullie systeem"),
  nl.hard("negation", "verwijder mij niet uit de lijst, ik wil de aanbiedingen houden"),
  nl.hard("constraint", "niet meer 's avonds bellen, overdag is prima"),
  nl.none("ik heb geen berichten meer gehad, klopt dat?"),
  fr.out("Je ne souhaite plus être contacté par votre concession"),
  fr.out("Merci de supprimer mon numéro de vos fichiers"),
  fr.out("Arrêtez vos relances svp"),
  fr.hard("negation", "Ne supprimez surtout pas mon dossier"),
  fr.hard("constraint", "Ne m'appelez plus sur le fixe, seulement le portable"),
  fr.none("Je n'ai plus reçu de nouvelles, vous pouvez me rappeler ?"),
];
