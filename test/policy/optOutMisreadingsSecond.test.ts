import { describe } from "vitest";
import { type Reading, readAs } from "./optOutReadings.js";

/** "DNC" as a whole request, with a courtesy word, or a number added to the sender's list. */
describe("DNC asked for in so many words", () => {
  readAs([
    ["", "dnc please", "opt_out"],
    ["", "DNC plz", "opt_out"],
    ["", "pls DNC", "opt_out"],
    ["", "please add 312 555 0199 to your do not call list", "opt_out"],
    ["", "Add 415-555-0100 to the DNC, thank you", "opt_out"],
    ["", "put 07700 900123 on your DNC list", "opt_out"],
    // controls
    ["", "DNC. Did not call the bank yet", "none"],
    ["", "DNC?", "none"],
    ["", "please add 312 555 0199 to your CRM, it's my work cell", "none"],
    ["", "please add my wife's number to the file", "none"],
  ]);
});

/** German: words between the stop verb and what it stops; a number entered in the sender's block list. */
describe("German stop verb with words before its object; the sender's block list", () => {
  readAs([
    ["de", "Stoppen Sie ab sofort alle Anrufe.", "opt_out"],
    ["de", "Beenden Sie bitte ab sofort jegliche Kommunikation mit mir.", "opt_out"],
    ["de", "Beendet endlich die Anrufe!", "opt_out"],
    ["de", "Bitte tragen Sie mich in Ihre Sperrliste ein.", "opt_out"],
    ["de", "Tragen Sie diese Nummer bitte in Ihre interne Sperrliste ein", "opt_out"],
    ["de", "Bitte tragen Sie meine Handynummer auf die Sperrliste ein", "opt_out"],
    // controls
    ["de", "Stoppen Sie ab sofort den Verkauf des Golfs, ich nehme ihn", "none"],
    ["de", "Bitte tragen Sie meine neue Nummer in Ihre Kundenkartei ein", "none"],
    ["de", "Bitte tragen Sie den Termin in Ihren Kalender ein", "none"],
  ]);
});

/** "Block me" asked of the sender: a request to be cut off on the sender's side. */
describe("block me on your end", () => {
  readAs([
    ["", "just block me on your end, not interested", "opt_out"],
    ["", "Please block my number on your side", "opt_out"],
    ["", "block this number in your system", "opt_out"],
    // controls
    ["", "My phone blocked your number by mistake, please call again", "uncertain"],
    ["", "Can you block the weekend for a test drive on your end?", "none"],
  ]);
});

/**
 * The keyword itself repeated in anger: asked how often it must be said, said "last week", or said to
 * mean what it says. The writer's own; a question about stopping somewhere, a third party's, stays none.
 */
describe("the keyword insisted on", () => {
  readAs([
    ["", "HOW MANY TIMES DO I HAVE TO SAY STOP", "opt_out"],
    ["", "how many more times do I need to text STOP", "opt_out"],
    ["", "I said STOP last week", "opt_out"],
    ["", "we told you STOP yesterday", "opt_out"],
    ["", "STOP means STOP", "opt_out"],
    ["", "I already replied STOP twice and you're still texting me", "opt_out"],
    ["es", "¿Cuántas veces tengo que decirles BAJA?", "opt_out"],
    ["es", "Ya les dije BAJA la semana pasada", "opt_out"],
    ["es", "STOP significa STOP", "opt_out"],
    ["de", "Wie oft muss ich noch STOPP schreiben?", "opt_out"],
    ["de", "Ich habe letzte Woche STOPP gesagt", "opt_out"],
    ["de", "STOPP heißt STOPP", "opt_out"],
    ["nl", "Hoe vaak moet ik nog STOP sturen?", "opt_out"],
    ["nl", "Ik zei vorige week al STOP", "opt_out"],
    ["nl", "STOP betekent STOP", "opt_out"],
    ["fr", "Combien de fois dois-je vous dire STOP ?", "opt_out"],
    ["fr", "Je vous ai dit STOP la semaine dernière", "opt_out"],
    ["fr", "STOP veut dire STOP", "opt_out"],
    // controls
    ["", "How many times do I have to stop at the DMV", "none"],
    ["", "my wife said STOP last week", "none"],
    ["", "Does stop mean stop on this app?", "none"],
    ["de", "Wie oft muss ich noch zum TÜV?", "none"],
    ["fr", "Combien de fois dois-je passer au garage ?", "none"],
  ]);
});

/**
 * A stop whose channels go on in the clauses after, the list closed by a courtesy word ("…, texts or
 * emails please") or each item opened by "nor" ("No más llamadas, ni mensajes, ni correos"): every
 * channel listed is covered, and the three of them are every channel.
 */
describe("a list of channels after a stop, closed by a courtesy word or opened by nor", () => {
  readAs([
    ["", "No more calls, texts or emails please", "opt_out", "all"],
    ["", "Don't contact me by phone, text or email please", "opt_out", "all"],
    ["es", "No más llamadas, ni mensajes, ni correos. Gracias.", "opt_out", "all"],
    ["es", "No me manden más correos, ni mensajes por favor", "opt_out", "email"],
    ["fr", "Plus d'appels, ni de SMS, ni d'e-mails merci", "opt_out", "all"],
    ["nl", "Neem geen contact meer op via telefoon, sms of e-mail graag", "opt_out", "all"],
    ["de", "Keine Anrufe, SMS oder E-Mails mehr bitte", "opt_out", "all"],
    // controls: a request for contact after the stop is no item of its list
    ["", "No more calls, text me instead please", "opt_out", "call"],
    ["es", "No más llamadas, mejor mándame un correo", "opt_out", "call"],
  ]);
});

/**
 * An opt-out beside a list naming calls, texts and email, a sentence or clause of its own ("Email,
 * SMS, phone."), or with "all contact" or "every means": every channel. A list of two stays two.
 */
describe("every channel listed or meant", () => {
  readAs([
    ["", "Take me off your list. Phone, text, email.", "opt_out", "all"],
    ["", "Cease all contact immediately.", "opt_out", "all"],
    ["", "please end all contact with me", "opt_out", "all"],
    ["", "please stop all contact", "opt_out", "all"],
    ["es", "Dejen de contactarme por todos los medios", "opt_out", "all"],
    ["es", "Bórrenme de su lista. Llamadas, mensajes, correos.", "opt_out", "all"],
    ["de", "Bitte austragen. Anrufe, SMS, E-Mails.", "opt_out", "all"],
    ["nl", "Stop alle communicatie met mij, via telefoon, e-mail of sms.", "opt_out", "all"],
    ["fr", "Retirez-moi de vos listes. Appels, SMS, e-mails.", "opt_out", "all"],
    // controls
    ["", "Take me off your list. Email and text.", "opt_out", "-"],
    ["", "Phone, text, email: which do you prefer?", "none"],
    ["es", "Por todos los medios, vengan el sábado", "none"],
  ]);
});

/**
 * A keyword or "stop"/"wait" interjection beside a wish to buy or hold the vehicle ("don't sell it",
 * "I'm on my way", "je prends la moto"): it may stop a sale, not the contact — held, never an opt-out.
 */
describe("a stop beside holding or buying intent", () => {
  const held = (locale: string, text: string): Reading => [locale, text, "uncertain"];
  readAs([
    held("", "Stop! Don't sell it, I'm coming with cash"),
    held("", "STOP. Hold the red one for me"),
    held("", "stop. im on my way to sign"),
    held("de", "Stopp, warten Sie! Ich nehme den Golf doch."),
    held("de", "Stopp! Nicht verkaufen, ich bin unterwegs"),
    held("es", "¡Alto! No lo vendan, voy en camino"),
    held("es", "Alto. Mañana paso por la camioneta"),
    held("fr", "Stop, attendez ! Je prends la voiture"),
    held("fr", "Stop ! Ne la vendez pas, je passe demain"),
    held("nl", "Stop! Niet verkopen, ik kom eraan"),
    held("", "stop stop don't sell the silver truck I'm 10 min away"),
    held("", "STOP STOP hold it for me pls"),
    // controls: a stop beside a refusal still opts out; a stop alone still does
    ["", "stop stop stop dont text me", "opt_out"],
    ["", "STOP. Do not sell my personal information", "opt_out"],
    ["", "STOP. Don't text me again", "opt_out"],
    ["de", "Stopp. Ich kaufe nichts.", "opt_out"],
    ["es", "Alto. No me interesa comprar nada", "opt_out"],
    ["fr", "STOP", "opt_out"],
  ]);
});

/** Taken off a do-not-call or block list, the writer wants contact: no opt-out. Put on one, it is. */
describe("off the do-not-call list", () => {
  readAs([
    ["", "Please take me off the do not call list, I want a call about the trade-in", "none"],
    ["", "remove my number from your DNC list so the sales guy can ring me", "none"],
    ["es", "Sáquenme de la lista de no llamar, quiero que me llamen", "none"],
    ["de", "Bitte tragen Sie mich aus der Sperrliste aus, ich möchte wieder Angebote", "none"],
    // controls
    ["", "Please put me on the do not call list", "opt_out"],
    ["", "take me off your call list", "opt_out"],
    ["de", "Bitte tragen Sie mich in Ihre Sperrliste ein", "opt_out"],
  ]);
});

/** A keyword beside a request for contact later ("Stop. Call me next week."): timing, held. */
describe("a stop beside a request for later contact", () => {
  readAs([
    ["", "Stop. Text me next month", "uncertain"],
    ["", "STOP, call me tomorrow", "uncertain"],
    ["de", "Stopp. Rufen Sie mich nächste Woche an", "uncertain"],
    ["fr", "Stop. Rappelez-moi la semaine prochaine", "uncertain"],
    ["nl", "Stop. Bel me volgende week", "uncertain"],
    // controls
    ["", "Stop. Never call me again", "opt_out"],
    ["de", "Stopp. Rufen Sie mich nie wieder an", "opt_out"],
  ]);
});

/** A threat to block or list the sender, or a block announced, is held for a person, not ignored. */
describe("a block threatened or announced", () => {
  readAs([
    ["", "One more text and you're blocked", "uncertain"],
    ["", "Next call and ur blocked", "uncertain"],
    ["", "Call me again and I'm adding you to my DNC", "uncertain"],
    ["", "if you text me again I'm putting your number on my block list", "uncertain"],
    ["fr", "Je bloque votre numéro.", "uncertain"],
    ["fr", "Je vais bloquer ce numéro", "uncertain"],
    ["nl", "Ik blokkeer jullie nummer.", "uncertain"],
    ["nl", "Ik ga dit nummer blokkeren", "uncertain"],
    ["", "🚫📱", "uncertain"],
    ["", "📞🚫", "uncertain"],
    // controls
    ["", "My phone blocked your number by mistake, please call again", "uncertain"],
    ["", "Next text me the price and you're good", "none"],
    ["fr", "Je bloque le créneau de samedi pour l'essai", "none"],
    ["", "📞", "none"],
  ]);
});
