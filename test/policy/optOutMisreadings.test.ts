import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";
import { readAs } from "./optOutReadings.js";
import { MISREADING_PROBES } from "./optOutCorpus/misreadingProbes.js";

/** Readings that must not move: each is read now as it was before the fixes below. */
describe("opt-out readings kept as they were", () => {
  readAs([
    ["", "Brakes grind when I STOP", "none"],
    ["", "it shudders when i come to a full STOP", "none"],
    ["", "Does the Wrangler have ENGINE START STOP", "none"],
    ["", "My old truck finally QUIT", "none"],
    ["", "where does it STOP", "none"],
    ["", "You guys are my FIRST STOP", "none"],
    ["", "Does your platform honor STOP", "none"],
    ["", "Bremsen quietschen beim STOPP", "none"],
    ["", "Hij slaat af bij elke STOP", "none"],
    ["", "Elle cale au STOP", "none"],
    ["", "Klaus STOPP", "none"],
    ["", "Cancel guys, I'll reschedule", "none"],
    ["", "Mate stop, I'll take it", "none"],
    ["", "Haha STOP", "none"],
    ["", "DNC?", "none"],
    ["", "DNC. Did not call the bank yet", "none"],
    ["", "🛑 don't sell the blue one", "none"],
    ["", "No phone calls please, I'm at work. Text is fine", "none"],
    ["", "No Camry here? I saw it online yesterday", "none"],
    ["", "Wrong # in the quote", "none"],
    ["", "This isn't Mike, it's his wife. ... what time is the appointment?", "none"],
    ["", "I asked to be removed STOP", "opt_out"],
    ["", "Please stop all contact with my wife and me", "opt_out"],
    ["", "Stop sending me your inventory", "opt_out"],
    ["", "STOP", "opt_out"],
    ["", "stop texting me", "opt_out", "sms"],
    ["", "how many times do I have to tell you to stop calling me?", "opt_out", "call"],
  ]);
});

/**
 * The writer reports their own earlier opt-out, usually angrily: it is insisted on, in every language;
 * a count of how often they asked is no frequency complaint. A third party's report is not theirs.
 */
describe("the writer's own earlier opt-out, told again", () => {
  readAs([
    ["", "I replied STOP twice already", "opt_out"],
    ["", "I texted STOP and you keep texting", "opt_out"],
    ["", "I told you to STOP", "opt_out"],
    ["", "I've asked you 4 times to STOP", "opt_out"],
    ["", "I texted STOP to this number", "opt_out"],
    ["es", "Ya respondí BAJA dos veces", "opt_out"],
    ["es", "Les escribí STOP y siguen escribiendo", "opt_out"],
    ["de", "Ich habe schon zweimal STOPP geschrieben", "opt_out"],
    ["de", "Ich habe STOPP geantwortet und Sie schreiben immer noch", "opt_out"],
    ["nl", "Ik heb al twee keer STOP geantwoord", "opt_out"],
    ["nl", "Ik heb STOP gestuurd en jullie blijven sms'en", "opt_out"],
    ["fr", "J'ai déjà répondu STOP deux fois", "opt_out"],
    ["fr", "J'ai envoyé STOP et vous continuez", "opt_out"],
    // A third party's, or a question, or a denial: not the writer's opt-out.
    ["", "my wife said STOP", "none"],
    ["", "he told you to stop?", "none"],
    ["", "my wife told you to STOP", "none"],
    ["", "I never texted STOP", "none"],
    ["", "I replied STOP?", "uncertain"],
    // The keyword as a word of something else, or sent by mistake: not the writer's opt-out.
    ["", "We sent stop orders to the factory", "none"],
    ["", "I texted STOP by mistake, please keep me on the list", "none"],
    ["es", "Respondí STOP por error", "none"],
    ["fr", "J'ai envoyé STOP par erreur", "none"],
    ["es", "Mi esposa les escribió STOP", "none"],
    ["de", "Meine Frau hat STOPP geschrieben", "none"],
    ["nl", "Mijn vrouw heeft STOP gestuurd", "none"],
    ["fr", "Ma femme a répondu STOP", "none"],
  ]);
});

/**
 * "DNC" as a verb or a mark put on the writer is a request to be put on the do-not-call list (calls);
 * the writer's own business's list ("our DNC list") is a thing they describe, not a request.
 */
describe("the do-not-call list: the writer put on it, or the writer's own", () => {
  readAs([
    ["", "DNC me", "opt_out", "call"],
    ["", "DNC me please", "opt_out", "call"],
    ["", "Mark me DNC", "opt_out", "call"],
    ["", "Mark my number DNC", "opt_out", "call"],
    ["", "Put me on your DNC list", "opt_out", "call"],
    ["", "add my number to your do not call list", "opt_out", "call"],
    ["", "I'm on the DNC list", "opt_out", "call"],
    ["", "Our DNC list is in Salesforce, can you sync it", "none"],
    ["", "Can you check our DNC list before the campaign?", "none"],
    ["", "our do not call list needs updating", "none"],
    ["es", "Pónganme en su lista de no llamar", "opt_out", "call"],
    ["es", "Nuestra lista de no llamar está en Salesforce, la pueden sincronizar", "none"],
    ["de", "Unsere Sperrliste ist in Salesforce, können Sie sie abgleichen?", "none"],
    ["nl", "Zet me op jullie bel-me-niet-lijst", "opt_out", "call"],
    ["nl", "Onze bel-me-niet-lijst staat in Salesforce, kunnen jullie die synchroniseren", "none"],
    ["fr", "Notre liste d'opposition est dans Salesforce, vous pouvez la synchroniser", "none"],
  ]);
});

/** Any communication stopped, in German ("jegliche") and Portuguese ("toda"), covers every channel. */
describe("a stop of any communication whatsoever", () => {
  readAs([
    ["de", "Stoppen Sie jegliche Kommunikation", "opt_out", "all"],
    ["", "Stoppen Sie jegliche Kommunikation", "opt_out", "all"],
    ["de", "Bitte stoppen Sie jegliche Kommunikation mit mir", "opt_out", "all"],
    ["pt", "Parem toda comunicação", "opt_out", "all"],
    ["", "Parem toda comunicação", "opt_out", "all"],
    ["pt", "Parem toda a comunicação, por favor", "opt_out", "all"],
    ["pt", "Vocês param toda comunicação no fim de semana?", "none"],
    // The other languages read "all communication" as they did, naming no channel.
    ["es", "Paren toda comunicación", "opt_out", "-"],
    ["fr", "Arrêtez toute communication", "opt_out", "-"],
    ["nl", "Stop alle communicatie", "opt_out", "-"],
    ["en", "Stop all communication", "opt_out", "-"],
  ]);
});

/** A stop sign alone is likely a stop, though no word says so: held for a person. */
describe("a reply that is only a stop sign", () => {
  readAs([
    ["", "⛔", "uncertain"],
    ["", "🚫", "uncertain"],
    ["", "🛑", "uncertain"],
    ["", " 🛑🛑 ", "uncertain"],
    ["", "🛑!", "uncertain"],
    ["es", "⛔", "uncertain"],
    ["de", "🚫", "uncertain"],
    ["nl", "🛑", "uncertain"],
    ["fr", "⛔", "uncertain"],
    ["", "🛑 don't sell the blue one", "none"],
    ["", "👍", "none"],
    ["", "STOP 🛑", "opt_out"],
  ]);
});

/**
 * A keyword said as an interjection before the writer commits to buying or coming ("Stop! I'll take
 * it", "Cancel, I'll come Thursday instead") stops a sale or an appointment, maybe not contact: held.
 */
describe("a keyword beside a commitment to buy or to come", () => {
  readAs([
    ["", "Stop! I'll take it", "uncertain"],
    ["", "Cancel, I'll come Thursday instead", "uncertain"],
    ["es", "¡Alto! Me lo llevo", "uncertain"],
    ["es", "Cancelar, iré el jueves", "uncertain"],
    ["de", "Stopp! Ich nehme ihn", "uncertain"],
    ["de", "Stopp, ich komme lieber am Donnerstag", "uncertain"],
    ["nl", "Stop! Ik neem hem", "uncertain"],
    ["nl", "Stop, ik kom donderdag", "uncertain"],
    ["fr", "Stop ! Je la prends", "uncertain"],
    ["fr", "Stop, je viendrai jeudi", "uncertain"],
    // A refusal, a threat or a keyword alone still opts out.
    ["", "Stop, I'm not buying", "opt_out"],
    ["", "STOP. I'll report you to the FCC", "opt_out"],
    ["es", "Basta, no voy a comprar", "opt_out"],
    ["de", "Stopp, ich kaufe nichts", "opt_out"],
    ["nl", "Stop, ik koop niks", "opt_out"],
    ["fr", "Stop, je n'achète rien", "opt_out"],
  ]);
});

/**
 * Words the n-gram model reads as an opt-out, with nothing to open its gate but a keyword of another
 * table or a negation of a stop bound to no contact: a car that won't stop pulling, a colleague who quit.
 */
describe("a stop that is not about contact, read by no rule", () => {
  readAs([
    ["", "The car won't stop pulling to the left", "none"],
    ["", "our head of sales just QUIT", "none"],
    ["", "Mark QUIT", "none"],
    ["", "My mechanic QUIT", "none"],
    ["fr", "Ma voiture n'arrête pas de tirer à gauche", "none"],
    ["", "Ma voiture n'arrête pas de tirer à gauche", "none"],
    ["de", "Das Auto hört nicht auf, nach links zu ziehen", "none"],
    ["es", "El carro no deja de jalarse a la izquierda", "none"],
    ["nl", "De auto stopt niet met naar links trekken", "none"],
    // Opt-outs the model or the rules read stay as they were.
    ["", "I asked to be removed STOP", "opt_out"],
    ["", "QUIT!!", "opt_out"],
    ["", "quit it", "opt_out"],
    ["", "Why won't you stop calling me", "opt_out", "call"],
    ["es", "quítenme de su lista", "opt_out"],
    ["es", "quite mi número de su lista", "opt_out"],
  ]);
});

/**
 * A purpose clause with an instruction after it ("To stop receiving these emails reply UNSUBSCRIBE")
 * tells others how to opt out — the writer's own footer — it asks nothing.
 */
describe("an instruction to opt out, not a request", () => {
  readAs([
    // The keyword the instruction names is held as a keyword inside a sentence is, where the table reads it so ("reply STOP").
    ["", "Thanks, see attached. To stop receiving these emails reply UNSUBSCRIBE", "uncertain"],
    ["", "To stop receiving these emails reply UNSUBSCRIBE", "uncertain"],
    ["es", "Gracias, adjunto el archivo. Para dejar de recibir estos correos, responda BAJA", "none"],
    ["de", "Danke, siehe Anhang. Um keine E-Mails mehr zu erhalten, antworten Sie mit ABMELDEN", "uncertain"],
    ["nl", "Bedankt, zie bijlage. Om deze e-mails niet meer te ontvangen, antwoord STOP", "none"],
    ["fr", "Merci, voir pièce jointe. Pour ne plus recevoir ces e-mails, répondez STOP", "none"],
    // A request with no instruction after it, or a wish, still opts out.
    ["", "I want to stop receiving these emails", "opt_out", "email"],
    ["", "Please stop receiving... I mean stop sending me these emails", "opt_out", "email"],
    ["es", "Quiero dejar de recibir estos correos", "opt_out", "email"],
    ["de", "Ich möchte keine E-Mails mehr erhalten", "opt_out", "email"],
    ["fr", "Je ne veux plus recevoir ces e-mails", "opt_out", "email"],
  ]);
});

/** An account deleted on the sender's website is an account closed, maybe not contact refused: held. */
describe("an account deletion on a website", () => {
  readAs([
    ["", "Please delete my account on your website", "uncertain"],
    ["", "Please close my profile on your site", "uncertain"],
    ["", "Hi, please delete my account and all associated data.", "opt_out"],
    ["", "Please delete my data", "opt_out"],
    ["de", "Bitte löschen Sie mein Konto auf Ihrer Website", "none"],
    ["nl", "Verwijder mijn account op jullie website", "none"],
    ["fr", "Supprimez mon compte sur votre site", "none"],
  ]);
});

/** The probes of every class above, in the five languages, each decided as labelled (scope too, where one is named). */
describe("the misreading probes", () => {
  it("decides every probe as labelled", () => {
    const wrong = MISREADING_PROBES.filter((m) => {
      const d = detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale });
      return d.verdict !== m.label || (m.scope !== undefined && d.scope !== m.scope);
    }).map((m) => `${m.locale}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});
