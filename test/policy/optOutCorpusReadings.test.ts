import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";

/** The readings added for the fourth held-out batch, each with a control that must stay as it was. */
describe("opt-out readings from the fourth held-out batch", () => {
  const cases: readonly (readonly [string, string, boolean, string?])[] = [
    // Dutch `maar` after an imperative or its pronoun is a particle; elsewhere it still breaks a clause.
    ["nl", "stuur mij maar niks meer, auto is verkocht", true],
    ["nl", "hou maar op met die mails", true, "email"],
    ["nl", "schrijf me maar uit", true],
    ["nl", "ik had interesse maar bel me niet meer voor 9 uur", false],
    // "Why don't you stop …" is a request in every language; "why did you stop …" is not.
    ["de", "Warum hören Sie nicht auf, mich anzurufen?", true, "call"],
    ["nl", "waarom stoppen jullie niet met bellen?", true, "call"],
    ["fr", "pourquoi vous arrêtez pas de m'appeler?", true, "call"],
    ["es", "por que no dejan de llamarme?", true, "call"],
    ["es", "por que dejaron de llamarme?", false],
    // A closing tag keeps a question a request; without one it is held.
    ["es", "ya no me manden nada ok?", true],
    ["es", "ya no me manden nada?", false],
    // An unrelated place fronted before the phrase limits it, as one after it does.
    ["es", "al trabajo no me llamen, mejor al celular", false],
    ["es", "no me llamen, por favor", true, "call"],
    // A next clause saying "not you" means the stop is for someone else.
    ["de", "die sollen mich austragen, Ihnen nicht!", false],
    ["de", "tragen Sie mich aus, bitte", true],
    // A channel word may run past the phrase.
    ["es", "no me manden mas mensajes de texto", true, "sms"],
    ["nl", "ik wil me afmelden voor de e-mails van jullie", true, "email"],
    // Dialect and intensifiers.
    ["de", "bitte nöd mehr aalüüte", true, "call"],
    ["de", "bitte ruft's mi nimmer an", true, "call"],
    ["en", "stop f***ing calling me", true, "call"],
    ["en", "don't stop f***ing calling me", false],
  ];
  for (const [locale, text, optOut, scope] of cases) {
    it(`${locale}: ${text} → opt-out ${optOut}`, () => {
      const d = detectOptOut(text, { locale });
      expect(d.optOut, `${d.verdict} ${d.rule}`).toBe(optOut);
      if (scope !== undefined) expect(d.scope).toBe(scope);
    });
  }
});

/**
 * The readings generalised after the fifth held-out batch, in several languages where the rule is
 * general, each with a control that must stay as it was. `verdict` when it is not only opt-out or not.
 */
describe("opt-out readings from the fifth held-out batch", () => {
  const cases: readonly (readonly [string, string, boolean, (string | undefined)?, string?])[] = [
    // A sarcasm cue may open the sentence's clause before the match, across a comma.
    ["es", "Justo cuando iba a firmar, dejan de escribirme.", false, undefined, "uncertain"],
    ["de", "Na toll, jetzt wo ich bereit bin, hören Sie auf mir zu schreiben.", false, undefined, "uncertain"],
    ["fr", "Comme par hasard, vous arrêtez de m'écrire quand je suis prêt.", false, undefined, "uncertain"],
    ["en", "Just when I was ready to buy, you stop texting me.", false, undefined, "uncertain"],
    ["es", "Ya compré otro, dejen de escribirme.", true],
    // A frequency complaint after the match: "tantos", "so many".
    ["es", "dejen de enviarme tantos correos", false, undefined, "uncertain"],
    ["en", "stop sending me so many texts", false, undefined, "uncertain"],
    ["es", "dejen de mandarme mensajes", true],
    // A negator in a separable verb's gap negates it; one the phrase writes itself does not.
    ["de", "Bitte tragen Sie mich nicht aus.", false],
    ["de", "Bitte melden Sie mich nicht ab, ich will den Newsletter weiter.", false],
    ["de", "Bitte tragen Sie mich aus.", true],
    ["de", "Bitte rufen Sie mich nicht mehr an.", true, "call"],
    // A third party's verb of saying may come last, after an object and an adverb.
    ["de", "Mein Mann hat Ihnen wohl gesagt, dass Sie aufhören sollen mich anzurufen.", false],
    ["de", "Mein Mann hat Ihnen gestern gesagt, Sie sollen mir nicht mehr schreiben.", false],
    ["en", "My wife probably told you that you should stop calling.", false],
    // A waiting list is an unrelated object; the contact list is not.
    ["de", "Bitte streichen Sie mich von der Warteliste.", false],
    ["fr", "Retirez-moi de la liste d'attente.", false],
    ["de", "Bitte streichen Sie mich von Ihrer Liste.", true],
    ["fr", "Retirez-moi de votre liste.", true],
    // An old number limits the Dutch stop, phrase or fallback, as in German.
    ["nl", "Stuur niks meer naar mijn oude nummer.", false],
    ["nl", "Bel niet meer naar mijn oude nummer.", false],
    ["nl", "Stuur niks meer, auto is verkocht.", true],
    // "why don't you just stop …" with an adverb between, in every language.
    ["nl", "waarom stoppen jullie niet gewoon met bellen?", true, "call"],
    ["nl", "waarom houden jullie niet gewoon op met mailen?", true, "email"],
    ["de", "Warum hören Sie nicht einfach auf, mich anzurufen?", true, "call"],
    ["fr", "pourquoi vous arrêtez pas tout simplement de m'appeler?", true, "call"],
    ["es", "por que no dejan simplemente de llamarme?", true, "call"],
    // A keyword verb in a wanting frame with an adverb.
    ["nl", "ik wil me graag afmelden", true],
    ["de", "ich möchte mich gerne abmelden", true],
    ["fr", "je voudrais bien me désinscrire", true],
    ["en", "I would really like to unsubscribe", true],
    ["nl", "hoe kan ik me afmelden?", false, undefined, "uncertain"],
    // Vocabulary: "alto a", the do-not-call list, "hit my line", "einstellen", Swiss German.
    ["es", "Alto a los mensajes", true],
    ["es", "Alto a las llamadas, por favor", true, "call"],
    ["es", "Pónganme en su lista de no llamar.", true, "call"],
    ["es", "estoy en lo alto a las 5", false],
    ["en", "quit hittin my line", true],
    ["de", "Bitte die Zusendung von Werbung einstellen.", true],
    ["de", "Ich bitte Sie, die Zusendung Ihres Newsletters einzustellen.", true],
    ["de", "können Sie die Nachrichten auf Deutsch einstellen?", false],
    ["de", "bitte die Anrufe auf den Nachmittag einstellen", false],
    ["de", "Bitte stellen Sie die Zusendung auf Post um.", false],
    ["de", "stellen Sie bitte die Zusendung von Werbung an diese Adresse ein", true],
    ["de", "Bitte löschet mini Nummere", true],
    ["de", "ich wott kei Aarüef meh", true, "call"],
    // The channel: named a few words after a phrase, or by a later opt-out of the message.
    ["en", "I withdraw my consent to receive any promotional emails", true, "email"],
    ["nl", "Ik trek mijn toestemming in voor het ontvangen van sms-berichten.", true, "sms"],
    ["en", "Leave me alone. No more texts", true, "sms"],
    ["de", "lasst mich in ruhe!!! keine mails mehr", true, "email"],
    ["fr", "Laissez-moi tranquille, plus de textos!", true, "sms"],
    ["en", "Leave me alone. I bought a car", true],
  ];
  for (const [locale, text, optOut, scope, verdict] of cases) {
    it(`${locale}: ${text} → opt-out ${optOut}`, () => {
      const d = detectOptOut(text, { locale });
      expect(d.optOut, `${d.verdict} ${d.rule}`).toBe(optOut);
      if (scope !== undefined) expect(d.scope).toBe(scope);
      if (verdict !== undefined) expect(d.verdict).toBe(verdict);
    });
  }
});
