import { corpus, type LabelledMessage } from "./labelled.js";

const any = corpus("");
const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * The probes written for a batch of reproduced misreadings, each class in
 * the five languages with controls (the writer's own earlier opt-out told again, "I replied STOP twice
 * already", against a third party's; "DNC me" against the writer's own "our DNC list"; "jegliche
 * Kommunikation"; a stop sign alone; a keyword beside a commitment to buy or come, "Stop! I'll take
 * it"; a stop about no contact only the n-gram model read, "The car won't stop pulling to the left",
 * "our head of sales just QUIT"; a purpose clause with an instruction, the writer's own footer; an
 * account closed on a website). Not blind: its author wrote the fixes. Kept out of `OPT_OUT_CORPUS`,
 * so the n-gram model is not trained on them: retrained with them, it doubted a German held-out opt-out
 * ("bitte keine WhatsApp mehr, hab das Motorrad woanders gekauft") and moved the Portuguese blind floor.
 */
export const MISREADING_PROBES: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("I replied STOP twice already"),
  en.out("I texted STOP and you keep texting"),
  en.out("I told you to STOP"),
  en.out("I've asked you 4 times to STOP"),
  en.hard("reported", "my wife said STOP"),
  en.hard("reported", "my wife told you to STOP"),
  en.hard("negation", "I never texted STOP"),
  en.out("DNC me", "call"),
  en.out("Mark me DNC", "call"),
  en.out("Mark my number DNC", "call"),
  en.hard("constraint", "Our DNC list is in Salesforce, can you sync it"),
  en.hard("constraint", "our do not call list needs updating"),
  en.hard("ambiguous", "Stop! I'll take it", "uncertain"),
  en.hard("ambiguous", "Cancel, I'll come Thursday instead", "uncertain"),
  en.out("Stop, I'm not buying"),
  en.hard("compound", "The car won't stop pulling to the left"),
  en.hard("compound", "our head of sales just QUIT"),
  en.hard("compound", "Mark QUIT"),
  en.out("quit it"),
  en.hard("quote", "Thanks, see attached. To stop receiving these emails reply UNSUBSCRIBE", "uncertain"),
  en.out("I want to stop receiving these emails", "email"),
  en.hard("ambiguous", "Please delete my account on your website", "uncertain"),
  any.hard("ambiguous", "🛑", "uncertain"),
  any.hard("ambiguous", "⛔", "uncertain"),
  any.hard("ambiguous", "🚫", "uncertain"),
  // ---------------- Spanish ----------------
  es.out("Ya respondí BAJA dos veces"),
  es.out("Les escribí STOP y siguen escribiendo"),
  es.hard("reported", "Mi esposa les escribió STOP"),
  es.out("Pónganme en su lista de no llamar", "call"),
  es.hard("constraint", "Nuestra lista de no llamar está en Salesforce, la pueden sincronizar"),
  es.hard("ambiguous", "¡Alto! Me lo llevo", "uncertain"),
  es.hard("ambiguous", "Cancelar, iré el jueves", "uncertain"),
  es.out("Basta, no voy a comprar"),
  es.hard("compound", "El carro no deja de jalarse a la izquierda"),
  es.hard("quote", "Gracias, adjunto el archivo. Para dejar de recibir estos correos, responda BAJA"),
  es.out("Quiero dejar de recibir estos correos", "email"),
  // ---------------- German ----------------
  de.out("Ich habe schon zweimal STOPP geschrieben"),
  de.out("Ich habe STOPP geantwortet und Sie schreiben immer noch"),
  de.hard("reported", "Meine Frau hat STOPP geschrieben"),
  de.out("Stoppen Sie jegliche Kommunikation", "all"),
  de.out("Bitte stoppen Sie jegliche Kommunikation mit mir", "all"),
  de.hard("constraint", "Unsere Sperrliste ist in Salesforce, können Sie sie abgleichen?"),
  de.hard("ambiguous", "Stopp! Ich nehme ihn", "uncertain"),
  de.hard("ambiguous", "Stopp, ich komme lieber am Donnerstag", "uncertain"),
  de.out("Stopp, ich kaufe nichts"),
  de.hard("compound", "Das Auto hört nicht auf, nach links zu ziehen"),
  de.hard("quote", "Danke, siehe Anhang. Um keine E-Mails mehr zu erhalten, antworten Sie mit ABMELDEN", "uncertain"),
  de.out("Ich möchte keine E-Mails mehr erhalten", "email"),
  // ---------------- Dutch ----------------
  nl.out("Ik heb al twee keer STOP geantwoord"),
  nl.out("Ik heb STOP gestuurd en jullie blijven sms'en"),
  nl.hard("reported", "Mijn vrouw heeft STOP gestuurd"),
  nl.out("Zet me op jullie bel-me-niet-lijst", "call"),
  nl.hard("constraint", "Onze bel-me-niet-lijst staat in Salesforce, kunnen jullie die synchroniseren"),
  nl.hard("ambiguous", "Stop! Ik neem hem", "uncertain"),
  nl.hard("ambiguous", "Stop, ik kom donderdag", "uncertain"),
  nl.out("Stop, ik koop niks"),
  nl.hard("compound", "De auto stopt niet met naar links trekken"),
  nl.hard("quote", "Bedankt, zie bijlage. Om deze e-mails niet meer te ontvangen, antwoord STOP"),
  // ---------------- French ----------------
  fr.out("J'ai déjà répondu STOP deux fois"),
  fr.out("J'ai envoyé STOP et vous continuez"),
  fr.hard("reported", "Ma femme a répondu STOP"),
  fr.hard("constraint", "Notre liste d'opposition est dans Salesforce, vous pouvez la synchroniser"),
  fr.hard("ambiguous", "Stop ! Je la prends", "uncertain"),
  fr.hard("ambiguous", "Stop, je viendrai jeudi", "uncertain"),
  fr.out("Stop, je n'achète rien"),
  fr.hard("compound", "Ma voiture n'arrête pas de tirer à gauche"),
  fr.hard("quote", "Merci, voir pièce jointe. Pour ne plus recevoir ces e-mails, répondez STOP"),
  fr.out("Je ne veux plus recevoir ces e-mails", "email"),
];
