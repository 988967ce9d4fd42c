import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A fourth check batch, written after the third check batch's fixes (long-tail verbs and formal
 * registers) and run once before any rule was adjusted to it (figures in docs/compliance.md), then
 * added to the tuning part.
 */
export const TUNING_CHECK_4: readonly LabelledMessage[] = [
  // English
  en.out("I no longer wish to be contacted by your company"),
  en.out("count me out of these texts", "sms"),
  en.out("please stop all further contact"),
  en.out("I'd prefer not to receive any more calls", "call"),
  en.out("this number is not to be contacted"),
  en.out("please do not contact me at this number again"),
  en.hard("ambiguous", "i am not interested so please stop wasting my time and yours", "uncertain"),
  en.out("Do NOT text this number."),
  en.out("Please mark me as do not contact"),
  en.out("you have my permission to delete my number"),
  en.out("take this number out of your system"),
  en.out("i want nothing to do with you guys, stop calling", "call"),
  en.out("gonna block you if you keep texting, STOP"),
  en.out("enough already. remove me"),
  en.out("I'm unsubscribing. Don't email again.", "email"),
  en.hard("negation", "I didn't mean stop calling forever, just this week"),
  en.hard("question", "Should I unsubscribe to stop getting the service reminders?", "uncertain"),
  en.hard("constraint", "please stop texting after 8pm"),
  en.hard("compound", "stop the presses, is that price real?"),
  en.hard("compound", "can you remove me as cosigner and put my wife on the loan"),
  en.none("I'll reach out when I'm ready"),
  // Spanish
  es.out("no deseo que me sigan llamando", "call"),
  es.out("les suplico que ya no me llamen", "call"),
  es.out("ya me tienen harto con tantas llamadas, no me llamen", "call"),
  es.out("sáquenme de su base de datos"),
  es.out("no me vuelvan a enviar nada"),
  es.out("ya no me contacten, gracias"),
  es.out("borren mi telefono de su lista"),
  es.out("quiero que dejen de contactarme"),
  es.out("ya no necesito nada, no me escriban"),
  es.out("por favor ya no me molesten con sus ofertas"),
  es.hard("negation", "no es que no quiera que me llamen, es que estoy ocupado"),
  es.hard("question", "¿ya no me van a llamar para lo del carro?"),
  es.hard("constraint", "no me llames a este numero en horario de oficina"),
  es.hard("compound", "dejen de mandarme cotizaciones del sedan, quiero la pickup"),
  es.none("si, mandame la informacion por correo"),
  es.none("ok gracias"),
  // German
  de.out("ich bitte darum, mich nicht mehr zu kontaktieren"),
  de.out("bitte unterlassen sie jegliche kontaktaufnahme"),
  de.out("ich wünsche keine weitere kontaktaufnahme"),
  de.out("melden sie sich bitte nie wieder"),
  de.out("streichen sie mich aus ihrer kartei"),
  de.out("keinen kontakt mehr bitte"),
  de.out("ich verbitte mir weitere anrufe", "call"),
  de.hard("negation", "ich habe nichts dagegen, wenn sie mich anrufen"),
  de.hard("question", "wieso melden sie sich nicht mehr?"),
  de.hard("constraint", "bitte keine anrufe während der arbeitszeit"),
  de.none("gerne per mail"),
  // Dutch
  nl.out("ik wens niet langer benaderd te worden"),
  nl.out("gelieve mij niet meer te bellen", "call"),
  nl.out("haal mij uit het bestand aub"),
  nl.out("ik wil niet meer lastig gevallen worden"),
  nl.out("laat het maar, ik wil niks meer ontvangen"),
  nl.out("geen interesse, verwijder mijn nummer"),
  nl.out("stuur mij geen mails meer", "email"),
  nl.hard("negation", "ik heb er geen bezwaar tegen als jullie bellen"),
  nl.hard("question", "waarom hoor ik niks meer van jullie?"),
  nl.hard("constraint", "geen telefoontjes onder werktijd aub"),
  nl.none("prima, mail maar"),
  // French
  fr.out("je ne souhaite plus etre sollicite"),
  fr.out("merci de cesser toute communication"),
  fr.out("ne me solicitez plus"),
  fr.out("je ne desire plus recevoir vos courriels", "email"),
  fr.out("veuillez retirer mon numero de vos fichiers"),
  fr.out("j'en ai marre de vos appels, arretez", "call"),
  fr.out("n'appelez plus ce numero", "call"),
  fr.hard("negation", "ca ne me derange pas que vous m'appeliez"),
  fr.hard("question", "pourquoi vous ne m'ecrivez plus ?"),
  fr.hard("constraint", "pas d'appels pendant les heures de bureau svp"),
  fr.none("d'accord, envoyez par mail"),
];
