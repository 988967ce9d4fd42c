import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-fifth check batch: the probes written for the twenty-fifth held-out batch's errors (regional
 * dialects and slang), each error's class in the five languages with controls beside it: dialect
 * spellings read by the spelling layer (Scots "dinnae", "aboot", "ta", where a dialect negation stays a
 * negation; Swiss "nümme aalüte", "Chönd Sie … vo de Lischte striiche"; Austrian "Hörts … auf", "kan";
 * Flemish "ge"; Québécois "pus", "sonner"; Rioplatense "mails"); a wish put to the reader ("I'd rather you
 * didn't message me anymore", "Je préférerais que vous ne m'appeliez plus"); a dare ("Ni se les ocurra
 * volver a llamarme", "Wagen Sie es nicht, …", "Waag het niet …"); a why-don't-you question with "juste";
 * voice-to-text run-ons where a request marker or a connective opens the request ("ich brauch die nicht
 * mehr bitte rufen Sie mich nicht mehr an", "j'ai annulé la commande alors rappelez-moi plus"); "ahora
 * sí" and "sí" opening a request; every channel refused ("out of everything", "de baja de todo", "noch
 * sonst wie", "d'aucune façon"); a stop on the way ("Op weg naar huis stop ik even bij jullie garage").
 * Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_25: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("Dinna call me again", "call"),
  en.out("I dinnae want any more texts aboot the boiler ta", "sms"),
  en.hard("negation", "Please dinnae remove me from the list, I still want the newsletter"),
  en.hard("negation", "Dinnae stop texting me, I still want updates"),
  en.hard("constraint", "Dinnae call me before 10"),
  en.out("I'd rather you didn't call me anymore", "call"),
  en.hard("constraint", "I'd rather you didn't call me before 10"),
  en.hard("invitation", "I'd rather you called me tomorrow"),
  en.out("Unsubscribe me from everything please", "all"),
  // ---------------- Spanish ----------------
  es.out("No se atrevan a escribirme otra vez"),
  es.out("Ni se te ocurra volver a llamarme", "call"),
  es.hard("constraint", "Ni se les ocurra llamar antes de las 10"),
  es.out("Che, no me manden más mails", "email"),
  es.hard("invitation", "Che, llamame mañana"),
  es.out("Sí, ya no me manden más promociones"),
  es.out("Ahora sí, ya no me llamen más, ya compré el carro", "call"),
  es.hard("condition", "Si no les contesto, ya no me escriban", "uncertain"),
  es.out("Denme de baja de todo", "all"),
  es.out("ya no lo necesito por favor no me llamen más gracias", "call"),
  // ---------------- German ----------------
  de.out("Bitte nümme aalüte", "call"),
  de.hard("constraint", "Bitte nöd aalüte vor 10"),
  de.hard("invitation", "Sie chönd mich gern aalüte"),
  de.out("Hörts bitte auf, mich anzurufen", "call"),
  de.out("Wagen Sie es nicht, mich noch einmal anzurufen", "call"),
  de.hard("constraint", "Wagen Sie es nicht, mich vor 10 anzurufen"),
  de.out("ich brauch die nicht mehr bitte ruft mich nicht mehr an", "call"),
  de.out("ich habe die Bestellung storniert also rufen Sie mich nicht mehr an", "call"),
  de.out("Melden Sie mich von allem ab", "all"),
  // ---------------- Dutch ----------------
  nl.out("Ge moogt mij niet meer bellen", "call"),
  nl.hard("invitation", "Kunt ge mij morgen bellen?"),
  nl.hard("negation", "Ge hoeft mij niet uit de lijst te halen"),
  nl.out("Waag het niet mij nog eens te bellen", "call"),
  nl.hard("constraint", "Waag het niet om mij voor 10 uur te bellen"),
  nl.out("ik heb het niet meer nodig alsjeblieft bel me niet meer", "call"),
  nl.out("ik heb de bestelling geannuleerd dus bel me niet meer", "call"),
  nl.hard("invitation", "Op weg naar huis stop ik even bij jullie langs"),
  nl.hard("invitation", "Stop ik even bij jullie langs morgen?"),
  // ---------------- French ----------------
  fr.out("Svp plus m'appeler", "call"),
  fr.out("Pus me contacter merci"),
  fr.out("Je préférerais que vous ne m'appeliez plus", "call"),
  fr.hard("invitation", "Je préférerais que vous m'appeliez plus tard"),
  fr.out("Ne me sonnez plus svp", "call"),
  fr.hard("negation", "La sonnette ne va plus sonner"),
  fr.out("Pourquoi tu arrêtes pas juste de m'écrire ?"),
  fr.hard("question", "Pourquoi vous avez arrêté de m'appeler ?"),
  fr.out("N'osez plus m'appeler", "call"),
  fr.hard("constraint", "N'osez plus m'appeler avant 10h"),
  fr.out("Ne me contactez plus en aucune façon", "all"),
];
