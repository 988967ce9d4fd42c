import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectOptOut, isArgumentError, OPT_OUT_RULES } from "../../src/index.js";
import { normalizeMessage } from "../../src/policy/optOut/index.js";

describe("detectOptOut", () => {
  it("bare keywords: confidence 1 and the rule that matched", () => {
    expect(detectOptOut("STOP")).toEqual({ optOut: true, confidence: 1, rule: "en.keyword.stop" });
    expect(detectOptOut(" s t o p ")).toMatchObject({ optOut: false });
    expect(detectOptOut("Stop All!")).toEqual({ optOut: true, confidence: 1, rule: "en.keyword.stop-all", scope: "all" });
    expect(detectOptOut("UnSubScribe.")).toMatchObject({ optOut: true, rule: "en.keyword.unsubscribe" });
  });
  it("keywords with fillers have a lower confidence", () => {
    expect(detectOptOut("stop please, thanks")).toMatchObject({ optOut: true, confidence: 0.95, rule: "en.keyword.stop" });
  });
  it("phrases: confidence 0.9, scoped to the channel they name", () => {
    expect(detectOptOut("Please stop texting me")).toEqual({ optOut: true, confidence: 0.9, rule: "en.phrase.stop-contacting", scope: "sms" });
    expect(detectOptOut("don't email me")).toMatchObject({ scope: "email" });
    expect(detectOptOut("Don't contact me again")).not.toHaveProperty("scope");
  });
  it("the locale picks its table plus English", () => {
    expect(detectOptOut("AFMELDEN", { locale: "nl-BE" })).toMatchObject({ optOut: true, rule: "nl.keyword.afmelden" });
    expect(detectOptOut("AFMELDEN", { locale: "fr" })).toMatchObject({ optOut: false });
    expect(detectOptOut("STOP", { locale: "de_DE" })).toMatchObject({ optOut: true });
    expect(detectOptOut("Désabonner", { locale: "fr-CA" })).toMatchObject({ optOut: true, rule: "fr.keyword.desabonner" });
    expect(detectOptOut("Désabonner")).toMatchObject({ optOut: true });
  });
  it("ordinary sentences are not opt-outs", () => {
    expect(detectOptOut("")).toEqual({ optOut: false, confidence: 0, rule: null });
    expect(detectOptOut("I'll stop by the dealership tomorrow")).toMatchObject({ optOut: false, rule: null });
    expect(detectOptOut("can you cancel my test drive and move it to Friday?")).toMatchObject({ optOut: false });
  });
  it("rejects a non-string with a typed error", () => {
    try {
      detectOptOut(42 as unknown as string);
      expect.unreachable();
    } catch (e) {
      expect(isArgumentError(e)).toBe(true);
      expect((e as Error).message).toMatch(/Expected `text` to be a string, got number/);
    }
  });
  it("normalisation: case, accents, ß, punctuation and whitespace", () => {
    expect(normalizeMessage("  ARRÊT!!  ")).toBe("arret");
    expect(normalizeMessage("Don’t\tcall   me.")).toBe("don t call me");
    expect(normalizeMessage("Straße")).toBe("strasse");
  });
  it("every rule table's keywords and phrases are in normalised form and compile", () => {
    for (const table of OPT_OUT_RULES) {
      for (const k of table.keywords) expect(normalizeMessage(k.text)).toBe(k.text);
      for (const p of table.phrases) expect(() => new RegExp(p.pattern)).not.toThrow();
    }
  });
});

describe("detectOptOut properties", () => {
  const KEYWORDS = ["stop", "stop all", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe", "stopp", "abmelden", "afmelden", "uitschrijven", "arrêt", "désabonner"];
  const noise = fc.array(fc.constantFrom(" ", ".", "!", "?", ",", "\t", "\n", "…", "-", "*"), { maxLength: 4 }).map((xs) => xs.join(""));
  it("keywords are recognised whatever the case, punctuation and whitespace around them", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), noise, noise, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (word, before, after, upper) => {
        const cased = [...word].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join("");
        expect(detectOptOut(`${before}${cased}${after}`).optOut).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("never throws, is deterministic and case-insensitive on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const d = detectOptOut(text);
        expect(detectOptOut(text)).toEqual(d);
        expect(detectOptOut(text.toUpperCase()).optOut).toBe(detectOptOut(text.toLowerCase()).optOut);
        expect(d.confidence >= 0 && d.confidence <= 1).toBe(true);
        expect(d.optOut).toBe(d.rule !== null);
      }),
      { numRuns: 300 },
    );
  });
  it("a keyword inside a longer ordinary sentence is not an opt-out", () => {
    fc.assert(
      fc.property(fc.constantFrom("stop", "cancel", "end", "quit"), fc.constantFrom("I will", "Can you", "We should", "Let's"), fc.constantFrom("by the showroom at noon", "the appointment on Friday and book Monday", "of the lease in May", "smoking next year"), (word, lead, rest) => {
        expect(detectOptOut(`${lead} ${word} ${rest}`).optOut).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
