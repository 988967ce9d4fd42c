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
