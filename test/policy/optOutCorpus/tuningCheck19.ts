import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A nineteenth check batch: the probes written for the thirteenth and fourteenth held-out batches'
 * errors, each error's class in the five languages with controls (an ambiguous opener, "no thanks",
 * before a clear removal; the writer's other address or old number after "sur", "on", "a", "an",
 * "op", and "here is the new one"; "why don't you just stop …"; "the one time I want …, you lot stop";
 * a genitive naming the sender's own list, "der Hochschule"; "om de haverklap", "todo el rato", "die
 * ganze Zeit"; a stop before a removal phrase naming the channel). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_19: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("No thanks, just take my number off your list then"),
  en.hard("ambiguous", "No thanks, I already bought one", "uncertain"),
  en.hard("constraint", "Stop sending emails on my work email, use my gmail instead"),
  en.hard("constraint", "Don't text me on my old number anymore, here is the new one: 555 123 4567"),
  en.out("Why don't you simply stop texting me? I told you no already.", "sms"),
  en.hard("question", "Why did you stop calling me? I said yes to the upgrade."),
  en.hard("sarcasm", "The one time I actually want a callback you guys stop calling me 🙄", "uncertain"),
  en.out("Oh brilliant, please stop calling me now", "call"),
  en.out("Please remove me from the mailing list of the university", "email"),
  en.hard("constraint", "Please remove me from the mailing list of my son's school"),
  en.hard("frequency", "Stop texting me all day long!", "uncertain"),
  // ---------------- Spanish ----------------
  es.out("No gracias, simplemente sáquenme de su lista"),
  es.hard("ambiguous", "No gracias, ya compré otro", "uncertain"),
  es.hard("constraint", "Dejen de mandar correos a mi correo del trabajo, usen mi gmail"),
  es.hard("constraint", "Dejen de escribir a mi número antiguo, este es el nuevo: 612 345 678"),
  es.out("¿Por qué no dejan simplemente de llamarme? Ya les dije que no a la fibra.", "call"),
  es.hard("sarcasm", "La única vez que quiero que me llamen ustedes dejan de llamarme 😂", "uncertain"),
  es.out("Por favor, bórrenme de la lista de correo de la universidad", "email"),
  es.hard("frequency", "Dejen de llamarme todo el rato", "uncertain"),
  es.out("Dejen de mandarme correos, ya tengo coche", "email"),
  // ---------------- German ----------------
  de.out("Nein danke, streichen Sie meine Nummer einfach von der Liste"),
  de.hard("ambiguous", "Nein danke, ich habe schon einen Vertrag", "uncertain"),
  de.hard("constraint", "Schicken Sie keine Mails mehr an meine Firmenadresse, nehmen Sie die private"),
  de.hard("constraint", "Schicken Sie keine SMS mehr an meine alte Nummer, hier ist die neue: 0171 2345678"),
  de.out("Warum hören Sie nicht einfach auf, mich anzurufen? Ich habe schon nein gesagt.", "call"),
  de.hard("sarcasm", "Super. Das eine Mal, wo ich einen Rückruf will, hört ihr auf anzurufen", "uncertain"),
  de.out("Bitte nehmen Sie mich aus dem Verteiler der Universität."),
  de.out("Bitte tragen Sie mich aus dem Newsletter der Hochschule aus.", "email"),
  de.hard("constraint", "Bitte nehmen Sie mich aus dem Verteiler meines Sohnes."),
  de.hard("frequency", "Hören Sie auf, mich die ganze Zeit anzurufen", "uncertain"),
  // ---------------- Dutch ----------------
  nl.out("Nee bedankt, haal me maar even van jullie lijst"),
  nl.out("Nee dank je. Verwijder mijn gegevens maar gewoon uit jullie bestand"),
  nl.hard("ambiguous", "Nee bedankt, we hebben al een makelaar", "uncertain"),
  nl.hard("constraint", "Stop met mailen op mijn werkadres, gebruik mijn gmail"),
  nl.hard("constraint", "Stuur geen berichten meer naar mijn oude nummer, dit is het nieuwe: 06 12345678"),
  nl.out("Waarom stoppen jullie niet gewoon met bellen? Ik heb al nee gezegd.", "call"),
  nl.hard("sarcasm", "De ene keer dat ik echt een terugbelafspraak wil stoppen jullie met bellen", "uncertain"),
  nl.out("Haal me alstublieft van de mailinglijst van de hogeschool", "email"),
  nl.hard("frequency", "Stop met bellen om de haverklap", "uncertain"),
  nl.out("Stop met bellen, ik heb om de haverklap andere aanbiedingen", "call"),
  // ---------------- French ----------------
  fr.out("Non merci. Enlevez-moi simplement de la liste"),
  fr.hard("ambiguous", "Non merci, j'ai déjà trouvé un appartement", "uncertain"),
  fr.hard("constraint", "Arrêtez d'envoyer des mails vers mon adresse du travail, utilisez ma gmail"),
  fr.hard("constraint", "N'écrivez plus sur mon ancien numéro, voici le nouveau : 07 11 22 33 44"),
  fr.out("Ne m'envoyez plus de messages sur ce numéro", "sms"),
  fr.out("Pourquoi vous n'arrêtez pas tout simplement de m'appeler ? J'ai déjà dit non.", "call"),
  fr.hard("sarcasm", "La seule fois où je veux vraiment un rappel, vous arrêtez de m'appeler 😂", "uncertain"),
  fr.out("Merci de me retirer de la liste de diffusion de l'université"),
  fr.hard("frequency", "Arrêtez de m'appeler à tout bout de champ", "uncertain"),
  fr.out("Je vous prie de bien vouloir cesser de m'adresser vos courriels et de supprimer mes coordonnées de vos fichiers.", "email"),
];
