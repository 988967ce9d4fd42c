import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/optOut.js";
import { notTypos } from "../../src/policy/optOut/notTypos.js";
import { notTyposModule, wordListsInstalled } from "./optOutTypos/notTyposModule.js";

describe("opt-out typo reading", () => {
  it("reads a letter dropped, added or swapped in a rule word", () => {
    for (const [locale, text] of [
      ["de", "bitte löschen sie meine numer"],
      ["nl", "verwijder mijn nummr"],
      ["en", "remoove me from ur list"],
      ["en", "no more mesages please"],
      ["fr", "désabonez moi"],
    ] as const) {
      expect(detectOptOut(text, { locale }).optOut, text).toBe(true);
    }
  });

  it("never reads a real word as a typo, nor a substitution", () => {
    expect(detectOptOut("I want to cancel my contract", { locale: "en" }).optOut).toBe(false);
    expect(detectOptOut("ik wil het contract opzeggen", { locale: "nl" }).optOut).toBe(false);
    // "ergens" (somewhere, something) is no typo of "nergens" (nowhere): a wish to be called.
    expect(detectOptOut("Ik wil graag ergens meer over gebeld worden.", { locale: "nl" }).optOut).toBe(false);
    // "classez" (rank) is no typo of "cassez" ("cassez-vous", get lost).
    expect(detectOptOut("Classez-vous !", { locale: "fr" }).optOut).toBe(false);
  });

  it("docs/compliance.md gives the number of real words notTypos.ts guards", () => {
    const doc = readFileSync(new URL("../../docs/compliance.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    const stated = /`notTypos\.ts` lists the ([\d,]+) words/.exec(doc)?.[1];
    expect(stated).toBe(notTypos().size.toLocaleString("en"));
  });

  // Where the lists are missing this one is skipped, unless LEAD_CADENCE_WORD_LISTS=required (CI installs them): then it fails.
  it.runIf(wordListsInstalled() || process.env["LEAD_CADENCE_WORD_LISTS"] === "required")(
    "guards every real word of the system word lists that reads as a typo (regenerate: npx tsx test/policy/optOutTypos/writeNotTypos.ts)",
    () => {
      expect(readFileSync(new URL("../../src/policy/optOut/notTypos.ts", import.meta.url), "utf8")).toBe(notTyposModule());
    },
    60_000,
  );
});
