import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  endsAt,
  endsWithLength,
  isWhole,
  longestAt,
  occursIn,
  type Sequences,
  standsAt,
  startsAt,
  startsWithin,
  startsWith,
} from "../../src/policy/optOut/wordSequences.js";

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

  it("longestAt gives the longest sequence itself, so a caller maps it to what it names (a channel word to its channel)", () => {
    const list = seqs("e mail", "e", "mail");
    const channel = new Map([
      [list[0], "email"],
      [list[1], "other"],
      [list[2], "email"],
    ]);
    expect(longestAt(words("per e mail"), 1, list)).toBe(list[0]);
    expect(channel.get(longestAt(words("per e mail"), 1, list) as readonly string[])).toBe("email");
    expect(longestAt(words("per e"), 1, list)).toBe(list[1]);
    expect(longestAt(words("per e mail"), 0, list)).toBeUndefined();
    expect(longestAt(words("per"), 1, list)).toBeUndefined();
  });

  it("startsWithin: a sequence starting at a word and ending by a bound, a shorter one when the longest runs past it", () => {
    const list = seqs("do not", "do not ever");
    const text = words("please do not ever stop");
    expect(startsWithin(text, 1, 3, list)).toBe(true);
    expect(startsWithin(text, 1, 2, list)).toBe(false);
    expect(startsWithin(text, 1, 5, seqs("do not ever stop now"))).toBe(false);
    expect(startsWithin(text, 0, 5, list)).toBe(false);
    expect(startsWithin(words("ring 2 times"), 1, 3, seqs("# times"))).toBe(true);
  });

  it("standsAt reads one sequence at a word, all of it within the words, `#` any number", () => {
    const text = words("stop right now");
    expect(standsAt(text, 1, ["right", "now"])).toBe(true);
    expect(standsAt(text, 2, ["now", "please"])).toBe(false);
    expect(standsAt(text, -1, ["stop"])).toBe(false);
    expect(standsAt(words("call 3 times"), 1, ["#", "times"])).toBe(true);
    expect(standsAt(words("call three times"), 1, ["#", "times"])).toBe(false);
  });

  it("endsAt and endsWithLength from a word: the sequence starts at it or after it", () => {
    const tags = seqs("or not", "not");
    const text = words("stop or not");
    expect(endsAt(text, 3, tags, 1)).toBe(true);
    expect(endsWithLength(text, 3, tags, 1)).toBe(2);
    // The first listed tag runs back past word 2; a later, shorter one still ends the words after it.
    expect(endsWithLength(text, 3, tags, 2)).toBe(1);
    expect(endsAt(text, 3, seqs("or not"), 2)).toBe(false);
    expect(endsAt(text, 3, seqs("or not"))).toBe(true);
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

  it("occursIn, endsAt, isWhole, startsWithin and longestAt agree with reading every sequence word by word", () => {
    fc.assert(
      fc.property(lists, clauses, fc.nat(9), fc.nat(9), (list, text, a, b) => {
        const [from, to] = a <= b ? [a, Math.min(b, text.length)] : [b, Math.min(a, text.length)];
        let occurs = false;
        for (let i = from; i < to; i++) for (const seq of list) if (i + seq.length <= to && seq.every((w, j) => same(w, text[i + j]))) occurs = true;
        expect(occursIn(text, from, to, list)).toBe(occurs);
        const ends = list.some((seq) => seq.length <= a && a <= text.length && seq.every((w, j) => same(w, text[a - seq.length + j])));
        expect(endsAt(text, a, list)).toBe(ends);
        expect(isWhole(text, list)).toBe(list.some((seq) => seq.length === text.length && seq.every((w, j) => same(w, text[j]))));
        const endsFrom = list.some(
          (seq) => a - seq.length >= b && seq.length <= a && a <= text.length && seq.every((w, j) => same(w, text[a - seq.length + j])),
        );
        expect(endsAt(text, a, list, b)).toBe(endsFrom);
        const within = list.some((seq) => from + seq.length <= to && seq.every((w, j) => same(w, text[from + j])));
        expect(startsWithin(text, from, to, list)).toBe(within);
        const longest = longestAt(text, a, list);
        expect(longest === undefined ? 0 : longest.length).toBe(startsAt(text, a, list));
        if (longest !== undefined) expect(list.some((seq) => seq === longest) && standsAt(text, a, longest)).toBe(true);
      }),
    );
  });
});
