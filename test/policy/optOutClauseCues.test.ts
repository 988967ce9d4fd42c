import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";
import { detectOptOutCounted } from "../../src/policy/optOut/detectOptOut.js";

/** The clause-level fallback read on its own: keywords and cues, no phrase rule. */
const fallbackOnly = (text: string, locale: string) => detectOptOutCounted(text, { locale }, undefined, false);

const cross = (...parts: string[][]): string[] => parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((b) => `${a} ${b}`.trim())), [""]);

describe("opt-out clause-level fallback: cues bound to contact words, read through the same judge", () => {
  // The kinds of wording the fourth blind batch missed, read without any phrase rule.
  const readings: readonly (readonly [string, string, boolean, string?])[] = [
    ["de", "bitte keine weiteren E-Mails", true, "email"],
    ["de", "unterlassen Sie jede weitere Kontaktaufnahme", true],
    ["de", "Nummer bitte löschen", true],
    ["de", "Sie haben mich nicht mehr angerufen", false],
    ["de", "Löschen Sie bitte den alten Termin", false],
    ["nl", "stop ff met bellen", true, "call"],
    ["nl", "rot op met je telefoontjes", true, "call"],
    ["nl", "ik heb niks meer ontvangen", false],
    ["nl", "niet meer op mijn werk bellen", false],
    ["en", "delete all the personal data you hold on me", true],
    ["en", "stop f***ing calling me", true, "call"],
    ["en", "don't take me off the list yet", false],
    ["en", "will you stop sending the specials once I buy?", false],
    ["en", "I never called you", false],
    // A past form after a passive auxiliary is a passive, not the past (no corpus message reads it).
    ["en", "I do not want to be texted", true],
    ["en", "I no longer wish to be contacted", true],
    ["es", "ya no me estén marcando", true, "call"],
    ["es", "no me llamaron ayer", false],
    ["es", "bórrenme de su base de datos", true],
    ["fr", "me contactez plus svp", true],
    ["fr", "appelez-moi plus tard", false],
    ["fr", "ne me retirez pas de la liste", false],
  ];
  for (const [locale, text, optOut, scope] of readings) {
    it(`${locale}: ${text} → opt-out ${optOut}`, () => {
      const d = fallbackOnly(text, locale);
      expect(d.optOut, `${d.verdict} ${d.rule} ${d.reason}`).toBe(optOut);
      if (optOut) expect(d.rule).toMatch(/\.clause\./);
      if (scope !== undefined) expect(d.scope).toBe(scope);
    });
  }

  it("a fallback opt-out is less sure than a phrase (0.8), and names its rule by cue and target", () => {
    const d = fallbackOnly("ich will keine weiteren Anrufe", "de");
    expect(d).toMatchObject({ verdict: "opt_out", confidence: 0.8, rule: "de.clause.stop-contact", scope: "call" });
  });

  it("a phrase in a later clause still decides the channel", () => {
    expect(detectOptOut("ich will von ihnen nichts mehr hören, bitte nicht mehr anrufen", { locale: "de" }).scope).toBe("call");
  });

  // As "Leave me alone. No more texts" (sms): an opt-out naming no channel covers the one a fallback
  // opt-out named, before it or after it; else a request to stop emails arriving by SMS stops SMS.
  for (const [locale, named, unnamed, scope] of [
    ["nl", "stop ff met bellen.", "Laat me met rust.", "call"],
    ["de", "E-Mails bitte ab sofort unterlassen.", "Lassen Sie mich in Ruhe.", "email"],
  ] as const) {
    it(`${locale}: a fallback's channel stays when a phrase naming none follows or precedes it (${scope})`, () => {
      expect(detectOptOut(`${unnamed} ${named}`, { locale }).scope).toBe(scope);
      expect(detectOptOut(`${named} ${unnamed}`, { locale })).toMatchObject({ optOut: true, scope });
    });
  }

  // Stop cues × inflected contact verbs, as the fallback reads them; the same negated, asked,
  // made conditional or told in the past are never opt-outs.
  const families: readonly (readonly [string, readonly string[], readonly string[], readonly string[]])[] = [
    // [locale, opt-outs, negated/reported/past/conditional/constraint forms, questions]
    [
      "en",
      cross(["no more", "no further"], ["calls", "texts", "emails", "messages"], ["", "please"]),
      cross(["if you have nothing new,", "I have had"], ["no more calls", "no further emails"]),
      cross(["why are there no more"], ["calls", "emails"]),
    ],
    [
      "es",
      cross(["ya no me"], ["marquen", "escriban", "manden mensajes", "contacten", "textéen"]),
      cross(["ya no me"], ["marcaron", "escribieron", "mandaban mensajes"]),
      cross(["por qué ya no me"], ["marcan", "escriben"]),
    ],
    [
      "de",
      cross(["bitte", ""], ["nicht mehr"], ["anrufen", "anschreiben", "kontaktieren", "melden"]),
      cross(["Sie haben mich", "ihr habt mich"], ["nicht mehr"], ["angerufen", "angeschrieben", "kontaktiert"]),
      cross(["warum"], ["nicht mehr"], ["anrufen", "melden"]),
    ],
    [
      "nl",
      cross(["niet meer", "nooit meer"], ["bellen", "appen", "mailen", "benaderen"], ["", "graag"]),
      cross(["jullie hebben me", "u heeft me"], ["niet meer"], ["gebeld", "gemaild", "benaderd"]),
      cross(["waarom"], ["niet meer"], ["bellen", "mailen"]),
    ],
    [
      "fr",
      cross(["ne me"], ["contactez", "relancez", "sollicitez", "écrivez"], ["plus", "plus jamais"]),
      cross(["vous ne m'avez"], ["plus"], ["contacté", "relancé", "écrit"]),
      cross(["pourquoi vous ne me"], ["contactez", "relancez"], ["plus"]),
    ],
  ];
  for (const [locale, outs, negatives, questions] of families) {
    it(`${locale}: stop cues bound to any inflected contact word opt out; the same told in the past, made conditional or asked do not`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...outs), fc.constantFrom(...negatives), fc.constantFrom(...questions), (out, negative, question) => {
          expect(fallbackOnly(out, locale).optOut, out).toBe(true);
          expect(fallbackOnly(negative, locale).optOut, negative).toBe(false);
          expect(fallbackOnly(`${question}?`, locale).optOut, question).toBe(false);
          // Case and whitespace never matter.
          expect(fallbackOnly(`  ${out.toUpperCase()}  `, locale).verdict).toBe(fallbackOnly(out, locale).verdict);
        }),
        { numRuns: 60 },
      );
    });
  }
});
