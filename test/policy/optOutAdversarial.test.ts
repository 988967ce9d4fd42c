import { describe, expect, it } from "vitest";
import type { LabelledMessage, MeasuredFloor } from "./optOutCorpus/index.js";
import { HELD_OUT_THIRTY_THIRD } from "./optOutCorpus/heldOutThirtyThird.js";
import { HELD_OUT_THIRTY_FOURTH } from "./optOutCorpus/heldOutThirtyFourth.js";
import { measureBatch, ownLocale } from "./optOutCorpus/measureBatch.js";

/**
 * The adversarial batches of 2 December 2026, written blind around the detector's known weak places
 * (a writer's own earlier STOP, interjections before buying, car talk, DNC and blocks, every channel,
 * footers). Blind, they measured batch 33 at 102/114, 102/110, 11 uncertain, 61 scopes and batch 34 at
 * 92/102, 92/99, 12 uncertain, 38 scopes; since the third round both are a tuning set, no longer blind,
 * and each keeps what it measured after it (tuned figures, docs/opt-out-corpus.md). A few labelled
 * scopes are still read otherwise, so they stay out of the corpus, whose held-out part must read every
 * labelled scope exactly.
 */
const BATCHES: readonly { readonly name: string; readonly messages: readonly LabelledMessage[]; readonly floor: MeasuredFloor }[] = [
  // Tuned, no longer blind: the third round's figures.
  { name: "thirty-third", messages: HELD_OUT_THIRTY_THIRD, floor: { precision: 109 / 109, recall: 109 / 110, uncertain: 22, scopes: 68 } },
  { name: "thirty-fourth", messages: HELD_OUT_THIRTY_FOURTH, floor: { precision: 99 / 99, recall: 99 / 99, uncertain: 25, scopes: 42 } },
];

describe("the adversarial batches", () => {
  for (const { name, messages, floor } of BATCHES) {
    it(`${name}: keeps what it measured, tuned (precision ${(100 * floor.precision).toFixed(1)} %, recall ${(100 * floor.recall).toFixed(1)} %, ${floor.uncertain} uncertain labels held, ${floor.scopes} scopes)`, () => {
      const read = measureBatch(messages, ownLocale);
      const labelled = (label: string) => messages.filter((m) => m.label === label);
      console.log(
        `${name} batch: ${messages.length} messages, precision ${(100 * read.precision).toFixed(1)} %, recall ${(100 * read.recall).toFixed(1)} %, uncertain ${read.uncertain}/${labelled("uncertain").length}, scopes ${read.scopes}/${labelled("opt_out").filter((m) => m.scope !== undefined).length}`,
      );
      expect(read.precision, read.wrong.join("\n")).toBeGreaterThanOrEqual(floor.precision);
      expect(read.recall, read.wrong.join("\n")).toBeGreaterThanOrEqual(floor.recall);
      expect(read.uncertain).toBeGreaterThanOrEqual(floor.uncertain);
      expect(read.scopes, read.wrong.join("\n")).toBeGreaterThanOrEqual(floor.scopes);
    });
  }
});
