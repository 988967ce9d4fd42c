import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsAt, endsWithLength, isWhole, occursIn, startsAt, startsWith, type Sequences } from "../../src/policy/optOut/wordSequences.js";

const seqs = (...entries: string[]): Sequences => entries.map((e) => e.split(" "));
const words = (text: string): readonly string[] => text.split(" ");

describe("opt-out word sequences: a table's word list read at a word of a clause", () => {
  // [words, at, list, the length startsAt gives]
  const starts: readonly (readonly [string, number, readonly string[], number])[] = [
    // The longest sequence starting at the word; 0 for none, or for one running past the clause.
    ["not at my work", 1, ["at", "at work", "at my work"], 3],
    ["not at work", 1, ["at", "at work", "at my work"], 2],
    ["not at home", 1, ["at", "at work", "at my work"], 1],
    ["not at home", 0, ["at", "at work", "at my work"], 0],
    ["at my", 0, ["at my work"], 0],
    ["at", 1, ["at"], 0],
    // `#` stands for any number, in the first word and after it.
    ["voor 10 uur", 0, ["voor # uur", "# keer", "keer"], 3],
    ["voor tien uur", 0, ["voor # uur", "# keer", "keer"], 0],
    ["3 keer per dag", 0, ["voor # uur", "# keer", "keer"], 2],
    ["keer per dag", 0, ["voor # uur", "# keer", "keer"], 1],
    ["# keer", 0, ["# keer"], 0],
  ];
  for (const [text, at, list, length] of starts) {
    it(`startsAt(${JSON.stringify(text)}, ${at}, ${JSON.stringify(list)}) is ${length}`, () => {
      expect(startsAt(words(text), at, seqs(...list))).toBe(length);
    });
  }

  it("`#` stands for any number where a sequence occurs or ends", () => {
    expect(occursIn(words("bel me 2 keer"), 0, 4, seqs("# keer"))).toBe(true);
    expect(endsWithLength(words("voor 9 uur bellen"), 3, seqs("voor # uur"))).toBe(3);
  });

  it("occursIn keeps a sequence inside [from, to); endsAt reads the words right before a position", () => {
    const list = seqs("once a week");
    const text = words("stop once a week please");
    expect(occursIn(text, 0, 4, list)).toBe(true);
    expect(occursIn(text, 0, 3, list)).toBe(false);
    expect(occursIn(text, 2, 5, list)).toBe(false);
    expect(occursIn(text, 0, 5, [])).toBe(false);
    expect(endsAt(text, 4, list)).toBe(true);
    expect(endsAt(text, 3, list)).toBe(false);
    expect(endsWithLength(text, 2, seqs("a", "stop once"))).toBe(2);
    expect(startsWith(text, seqs("stop"))).toBe(true);
    expect(startsWith(text, seqs("once"))).toBe(false);
  });

  it("isWhole: the clause is nothing but one of the sequences, `#` any number", () => {
    const list = seqs("not you", "ok", "# times");
    expect(isWhole(words("not you"), list)).toBe(true);
    expect(isWhole(words("ok"), list)).toBe(true);
    expect(isWhole(words("3 times"), list)).toBe(true);
    expect(isWhole(words("not you either"), list)).toBe(false);
    expect(isWhole(words("not"), list)).toBe(false);
    expect(isWhole(words("ok ok"), list)).toBe(false);
    expect(isWhole([], list)).toBe(false);
    expect(isWhole(words("ok"), [])).toBe(false);
  });

  // Properties: every reading agrees with reading each sequence word by word, `#` any number.
  const word = fc.constantFrom("a", "b", "c", "1", "22", "#");
  const same = (w: string, x: string | undefined) => (w === "#" ? x !== undefined && x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57 : w === x);
  const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 });
  const clauses = fc.array(word, { maxLength: 8 });

  it("startsAt agrees with reading every sequence word by word (the index by first word changes no answer)", () => {
    fc.assert(
      fc.property(lists, clauses, fc.nat(9), (list, text, at) => {
        let longest = 0;
        for (const seq of list) if (at + seq.length <= text.length && seq.every((w, j) => same(w, text[at + j]))) longest = Math.max(longest, seq.length);
        expect(startsAt(text, at, list)).toBe(longest);
      }),
    );
  });

  it("occursIn, endsAt and isWhole agree with reading every sequence word by word", () => {
    fc.assert(
      fc.property(lists, clauses, fc.nat(9), fc.nat(9), (list, text, a, b) => {
        const [from, to] = a <= b ? [a, Math.min(b, text.length)] : [b, Math.min(a, text.length)];
        let occurs = false;
        for (let i = from; i < to; i++) for (const seq of list) if (i + seq.length <= to && seq.every((w, j) => same(w, text[i + j]))) occurs = true;
        expect(occursIn(text, from, to, list)).toBe(occurs);
        const ends = list.some((seq) => seq.length <= a && a <= text.length && seq.every((w, j) => same(w, text[a - seq.length + j])));
        expect(endsAt(text, a, list)).toBe(ends);
        expect(isWhole(text, list)).toBe(list.some((seq) => seq.length === text.length && seq.every((w, j) => same(w, text[j]))));
      }),
    );
  });
});
