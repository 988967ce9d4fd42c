import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectOptOut, OPT_OUT_RULES, OPT_OUT_TEXT_LIMIT } from "../../src/optOut.js";
import { detectOptOutCounted } from "../../src/policy/optOut/detectOptOut.js";
import { compileCues } from "../../src/policy/optOut/clauseCues.js";
import type { OptOutCues } from "../../src/policy/optOut/rules/optOutRules.js";
import { attemptBound, compileTokenPattern, MAX_GAP } from "../../src/policy/optOut/tokenPattern.js";

/** Hostile texts: a rule's opening words repeated with no closing word, the shape that made regex lookaheads quadratic. */
const HOSTILE = [
  "keine Nachrichten ",
  "geen berichten ",
  "ne me contactez ",
  "ne m'appelez pas ",
  "stop stop ",
  "no me ",
  "don't ",
  "a",
  "x ",
  "¿",
  '"stop" ',
  // Cues and contact stems of the clause-level fallback, with nothing to close them.
  "keine weiteren ",
  "niet meer ",
  "remove delete ",
  "ne plus ",
  "callcallcall ",
  // Keywords joined to parts read alone: one long clause, and a part read alone per sentence.
  "stop and go away ",
  "stop and go away. ",
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Hang guard: a generous bound that only a quadratic (or worse) rule can exceed; speed itself is measured by `npm run bench`. */
const HANG_GUARD_MS = 2_000;

describe("detectOptOut: bounded, linear work", () => {
  it("classifies 1 MB hostile messages well inside the hang guard", () => {
    for (const unit of HOSTILE) {
      const text = repeatTo(unit, 1 << 20);
      const started = performance.now();
      const d = detectOptOut(text);
      const elapsed = performance.now() - started;
      expect(elapsed, `${JSON.stringify(unit)} × 1 MB took ${elapsed.toFixed(0)} ms`).toBeLessThan(HANG_GUARD_MS);
      expect(["opt_out", "uncertain", "none"]).toContain(d.verdict);
    }
  });

  it("reads only the first OPT_OUT_TEXT_LIMIT characters: an opt-out beyond them is not seen, one inside is", () => {
    const filler = repeatTo("the trade in looks fine and ", OPT_OUT_TEXT_LIMIT + 100);
    expect(detectOptOut(`${filler}. Please stop texting me.`).verdict).toBe("none");
    expect(detectOptOut(`Please stop texting me. ${filler}`).verdict).toBe("opt_out");
    expect(OPT_OUT_TEXT_LIMIT).toBeGreaterThanOrEqual(1_600); // an SMS of 10 segments is never cut
  });

  it("every phrase rule is a token pattern with bounded gaps and a bounded cost per word (no regular expressions)", () => {
    for (const table of OPT_OUT_RULES) {
      for (const phrase of table.phrases) {
        const pattern = compileTokenPattern(phrase.pattern);
        for (const el of pattern.elements) expect(el.gap).toBeLessThanOrEqual(MAX_GAP);
        expect(attemptBound(pattern), `${table.locale}.${phrase.id}`).toBeLessThanOrEqual(50_000);
      }
    }
  });

  it("every clause-level cue is a token pattern opening with a word, with bounded gaps and a bounded cost per word", () => {
    for (const table of OPT_OUT_RULES) {
      expect(table.cues, table.locale).toBeDefined();
      const compiled = compileCues(table.cues as OptOutCues);
      for (const cue of compiled.patterns) {
        for (const el of cue.pattern.elements) expect(el.gap).toBeLessThanOrEqual(MAX_GAP);
        expect(attemptBound(cue.pattern), `${table.locale} ${cue.pattern.source}`).toBeLessThanOrEqual(50_000);
      }
    }
  });

  it("work never exceeds words × the rules' per-word bound (property)", () => {
    const cueBound = (t: (typeof OPT_OUT_RULES)[number]) =>
      t.cues === undefined ? 0 : compileCues(t.cues).patterns.reduce((s, c) => s + attemptBound(c.pattern), 0);
    const perWord = OPT_OUT_RULES.reduce((sum, t) => sum + cueBound(t) + t.phrases.reduce((s, p) => s + attemptBound(compileTokenPattern(p.pattern)), 0), 0);
    const word = fc.constantFrom(
      "stop",
      "texting",
      "me",
      "don't",
      "no",
      "me",
      "llames",
      "keine",
      "nachrichten",
      "mehr",
      "ne",
      "m'appelez",
      "plus",
      "bel",
      "niet",
      "meer",
      "the",
      "car",
      ",",
      ".",
      "?",
      '"',
      "please",
      "unsubscribe",
      "remove",
      "list",
      "anrufen",
      "weiteren",
      "jamais",
      "ya",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), (words) => {
        const text = words.join(" ");
        const counter = { steps: 0 };
        detectOptOutCounted(text, {}, counter);
        expect(counter.steps).toBeLessThanOrEqual((words.length + 1) * perWord);
      }),
      { numRuns: 200 },
    );
  });

  it("doubling the text doubles the work, it does not square it (step counter)", () => {
    for (const unit of [
      "keine Nachrichten ",
      "stop texting me so much, ",
      "no me llames ",
      "ne me contactez ",
      "please don't stop ",
      "nicht mehr anrufen ",
      "remove me from ",
      "stop and go away. ",
    ]) {
      const small = repeatTo(unit, 1_000);
      const large = repeatTo(unit, 2_000);
      const a = { steps: 0 };
      const b = { steps: 0 };
      detectOptOutCounted(small, {}, a);
      detectOptOutCounted(large, {}, b);
      expect(b.steps / a.steps, unit).toBeLessThanOrEqual(2.1);
      // Beyond the bound, more text costs nothing more.
      const huge = { steps: 0 };
      detectOptOutCounted(repeatTo(unit, 1 << 20), {}, huge);
      const bound = { steps: 0 };
      detectOptOutCounted(repeatTo(unit, OPT_OUT_TEXT_LIMIT * 2), {}, bound);
      expect(huge.steps).toBe(bound.steps);
    }
  });
});
