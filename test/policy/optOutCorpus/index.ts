import { HELD_OUT } from "./heldOut.js";
import { HELD_OUT_BLIND } from "./heldOutBlind.js";
import { HELD_OUT_FIFTH } from "./heldOutFifth.js";
import { HELD_OUT_FRESH } from "./heldOutFresh.js";
import { HELD_OUT_SEALED } from "./heldOutSealed.js";
import { HELD_OUT_SIXTH } from "./heldOutSixth.js";
import { HELD_OUT_SEVENTH } from "./heldOutSeventh.js";
import { HELD_OUT_EIGHTH } from "./heldOutEighth.js";
import { HELD_OUT_NINTH } from "./heldOutNinth.js";
import { HELD_OUT_TENTH } from "./heldOutTenth.js";
import { HELD_OUT_ELEVENTH } from "./heldOutEleventh.js";
import { HELD_OUT_TWELFTH } from "./heldOutTwelfth.js";
import { HELD_OUT_THIRTEENTH } from "./heldOutThirteenth.js";
import { HELD_OUT_FOURTEENTH } from "./heldOutFourteenth.js";
import { HELD_OUT_FIFTEENTH } from "./heldOutFifteenth.js";
import { HELD_OUT_SIXTEENTH } from "./heldOutSixteenth.js";
import { HELD_OUT_SEVENTEENTH } from "./heldOutSeventeenth.js";
import { HELD_OUT_EIGHTEENTH } from "./heldOutEighteenth.js";
import { HELD_OUT_NINETEENTH } from "./heldOutNineteenth.js";
import { HELD_OUT_TWENTIETH } from "./heldOutTwentieth.js";
import { HELD_OUT_TWENTY_FIRST } from "./heldOutTwentyFirst.js";
import { HELD_OUT_TWENTY_SECOND } from "./heldOutTwentySecond.js";
import { HELD_OUT_TWENTY_THIRD } from "./heldOutTwentyThird.js";
import { HELD_OUT_TWENTY_FIFTH } from "./heldOutTwentyFifth.js";
import { HELD_OUT_TWENTY_FOURTH } from "./heldOutTwentyFourth.js";
import { HELD_OUT_TWENTY_SIXTH } from "./heldOutTwentySixth.js";
import { HELD_OUT_TWENTY_SEVENTH } from "./heldOutTwentySeventh.js";
import { HELD_OUT_TWENTY_EIGHTH } from "./heldOutTwentyEighth.js";
import { HELD_OUT_TWENTY_NINTH } from "./heldOutTwentyNinth.js";
import { HELD_OUT_THIRTIETH } from "./heldOutThirtieth.js";
import { HELD_OUT_THIRTY_FIRST } from "./heldOutThirtyFirst.js";
import { HELD_OUT_THIRTY_SECOND } from "./heldOutThirtySecond.js";
import type { LabelledMessage } from "./labelled.js";
import { PORTUGUESE_BLIND } from "./portugueseBlind.js";
import { PORTUGUESE_CHECK } from "./portugueseCheck.js";
import { PORTUGUESE_TUNING } from "./portugueseTuning.js";
import { TUNING as TUNING_FIRST } from "./tuning.js";
import { TUNING_BROAD } from "./tuningBroad.js";
import { TUNING_CHECK } from "./tuningCheck.js";
import { TUNING_CHECK_2 } from "./tuningCheck2.js";
import { TUNING_CHECK_3 } from "./tuningCheck3.js";
import { TUNING_CHECK_4 } from "./tuningCheck4.js";
import { TUNING_CHECK_5 } from "./tuningCheck5.js";
import { TUNING_CHECK_6 } from "./tuningCheck6.js";
import { TUNING_CHECK_7 } from "./tuningCheck7.js";
import { TUNING_CHECK_8 } from "./tuningCheck8.js";
import { TUNING_CHECK_9 } from "./tuningCheck9.js";
import { TUNING_CHECK_10 } from "./tuningCheck10.js";
import { TUNING_CHECK_11 } from "./tuningCheck11.js";
import { TUNING_CHECK_12 } from "./tuningCheck12.js";
import { TUNING_CHECK_13 } from "./tuningCheck13.js";
import { TUNING_CHECK_14 } from "./tuningCheck14.js";
import { TUNING_CHECK_15 } from "./tuningCheck15.js";
import { TUNING_CHECK_16 } from "./tuningCheck16.js";
import { TUNING_CHECK_17 } from "./tuningCheck17.js";
import { TUNING_CHECK_18 } from "./tuningCheck18.js";
import { TUNING_CHECK_19 } from "./tuningCheck19.js";
import { TUNING_CHECK_20 } from "./tuningCheck20.js";
import { TUNING_CHECK_21 } from "./tuningCheck21.js";
import { TUNING_CHECK_22 } from "./tuningCheck22.js";
import { TUNING_CHECK_23 } from "./tuningCheck23.js";
import { TUNING_CHECK_24 } from "./tuningCheck24.js";
import { TUNING_CHECK_25 } from "./tuningCheck25.js";
import { TUNING_CHECK_26 } from "./tuningCheck26.js";
import { TUNING_CHECK_27 } from "./tuningCheck27.js";
import { TUNING_CHECK_28 } from "./tuningCheck28.js";
import { TUNING_ORDINARY } from "./tuningOrdinary.js";
import { TUNING_ORDINARY_2 } from "./tuningOrdinary2.js";

export type { HardKind, Label, LabelledMessage } from "./labelled.js";
export {
  HELD_OUT,
  HELD_OUT_BLIND,
  HELD_OUT_FIFTH,
  HELD_OUT_FRESH,
  HELD_OUT_SEALED,
  HELD_OUT_SIXTH,
  HELD_OUT_SEVENTH,
  HELD_OUT_EIGHTH,
  HELD_OUT_NINTH,
  HELD_OUT_TENTH,
  HELD_OUT_ELEVENTH,
  HELD_OUT_TWELFTH,
  HELD_OUT_THIRTEENTH,
  HELD_OUT_FOURTEENTH,
  HELD_OUT_FIFTEENTH,
  HELD_OUT_SIXTEENTH,
  HELD_OUT_SEVENTEENTH,
  HELD_OUT_EIGHTEENTH,
  HELD_OUT_NINETEENTH,
  HELD_OUT_TWENTIETH,
  HELD_OUT_TWENTY_FIRST,
  HELD_OUT_TWENTY_SECOND,
  HELD_OUT_TWENTY_THIRD,
  HELD_OUT_TWENTY_FOURTH,
  HELD_OUT_TWENTY_FIFTH,
  HELD_OUT_TWENTY_SIXTH,
  HELD_OUT_TWENTY_SEVENTH,
  HELD_OUT_TWENTY_EIGHTH,
  HELD_OUT_TWENTY_NINTH,
  HELD_OUT_THIRTIETH,
  HELD_OUT_THIRTY_FIRST,
  HELD_OUT_THIRTY_SECOND,
  TUNING_BROAD,
  TUNING_CHECK,
  TUNING_CHECK_2,
  TUNING_CHECK_3,
  TUNING_CHECK_4,
  TUNING_CHECK_5,
  TUNING_CHECK_6,
  TUNING_CHECK_7,
  TUNING_CHECK_8,
  TUNING_CHECK_9,
  TUNING_CHECK_10,
  TUNING_CHECK_11,
  TUNING_CHECK_12,
  TUNING_CHECK_13,
  TUNING_CHECK_14,
  TUNING_CHECK_15,
  TUNING_CHECK_16,
  TUNING_CHECK_17,
  TUNING_CHECK_18,
  TUNING_CHECK_19,
  TUNING_CHECK_20,
  TUNING_CHECK_21,
  TUNING_CHECK_22,
  TUNING_CHECK_23,
  TUNING_CHECK_24,
  TUNING_CHECK_25,
  TUNING_CHECK_26,
  TUNING_CHECK_27,
  TUNING_CHECK_28,
  TUNING_FIRST,
  TUNING_ORDINARY,
  TUNING_ORDINARY_2,
};

/** The tuning part: the first tuning batch, the broad one, the twenty-eight check batches (the tenth: negatives only) and the two batches of ordinary replies. */
export const TUNING: readonly LabelledMessage[] = [
  ...TUNING_FIRST,
  ...TUNING_BROAD,
  ...TUNING_CHECK,
  ...TUNING_CHECK_2,
  ...TUNING_CHECK_3,
  ...TUNING_CHECK_4,
  ...TUNING_CHECK_5,
  ...TUNING_CHECK_6,
  ...TUNING_CHECK_7,
  ...TUNING_CHECK_8,
  ...TUNING_CHECK_9,
  ...TUNING_CHECK_10,
  ...TUNING_CHECK_11,
  ...TUNING_CHECK_12,
  ...TUNING_CHECK_13,
  ...TUNING_CHECK_14,
  ...TUNING_CHECK_15,
  ...TUNING_CHECK_16,
  ...TUNING_CHECK_17,
  ...TUNING_CHECK_18,
  ...TUNING_CHECK_19,
  ...TUNING_CHECK_20,
  ...TUNING_CHECK_21,
  ...TUNING_CHECK_22,
  ...TUNING_CHECK_23,
  ...TUNING_CHECK_24,
  ...TUNING_CHECK_25,
  ...TUNING_CHECK_26,
  ...TUNING_CHECK_27,
  ...TUNING_CHECK_28,
  ...TUNING_ORDINARY,
  ...TUNING_ORDINARY_2,
];

/** One held-out batch, as the corpus test reports it. */
export interface HeldOutBatch {
  readonly name: string;
  readonly messages: readonly LabelledMessage[];
  /**
   * Set on the batches written blind without sight of the tuning part (the fourth on): their bare
   * keywords and short commands may coincide with tuning messages, which is no leak, but only up
   * to this many words.
   */
  readonly coincidingWords?: number;
}

/**
 * Every held-out batch, in the order written: the first, the second (after the first's fixes), the
 * third (written blind), the fourth on (each written blind, 300 messages, measured once; their
 * blind figures are in docs/compliance.md). A new batch is one more entry here.
 */
export const HELD_OUT_BATCHES: readonly HeldOutBatch[] = [
  { name: "first", messages: HELD_OUT },
  { name: "second", messages: HELD_OUT_FRESH },
  { name: "third", messages: HELD_OUT_BLIND },
  { name: "fourth", messages: HELD_OUT_SEALED, coincidingWords: 4 },
  { name: "fifth", messages: HELD_OUT_FIFTH, coincidingWords: 5 },
  { name: "sixth", messages: HELD_OUT_SIXTH, coincidingWords: 5 },
  { name: "seventh", messages: HELD_OUT_SEVENTH, coincidingWords: 8 },
  { name: "eighth", messages: HELD_OUT_EIGHTH, coincidingWords: 8 },
  { name: "ninth", messages: HELD_OUT_NINTH, coincidingWords: 8 },
  { name: "tenth", messages: HELD_OUT_TENTH, coincidingWords: 8 },
  { name: "eleventh", messages: HELD_OUT_ELEVENTH, coincidingWords: 8 },
  { name: "twelfth", messages: HELD_OUT_TWELFTH, coincidingWords: 8 },
  { name: "thirteenth", messages: HELD_OUT_THIRTEENTH, coincidingWords: 8 },
  { name: "fourteenth", messages: HELD_OUT_FOURTEENTH, coincidingWords: 8 },
  { name: "fifteenth", messages: HELD_OUT_FIFTEENTH, coincidingWords: 8 },
  { name: "sixteenth", messages: HELD_OUT_SIXTEENTH, coincidingWords: 8 },
  { name: "seventeenth", messages: HELD_OUT_SEVENTEENTH, coincidingWords: 8 },
  { name: "eighteenth", messages: HELD_OUT_EIGHTEENTH, coincidingWords: 12 },
  { name: "nineteenth", messages: HELD_OUT_NINETEENTH, coincidingWords: 12 },
  { name: "twentieth", messages: HELD_OUT_TWENTIETH, coincidingWords: 12 },
  { name: "twenty-first", messages: HELD_OUT_TWENTY_FIRST, coincidingWords: 12 },
  { name: "twenty-second", messages: HELD_OUT_TWENTY_SECOND, coincidingWords: 12 },
  { name: "twenty-third", messages: HELD_OUT_TWENTY_THIRD, coincidingWords: 12 },
  { name: "twenty-fourth", messages: HELD_OUT_TWENTY_FOURTH, coincidingWords: 12 },
  { name: "twenty-fifth", messages: HELD_OUT_TWENTY_FIFTH, coincidingWords: 12 },
  { name: "twenty-sixth", messages: HELD_OUT_TWENTY_SIXTH, coincidingWords: 12 },
  { name: "twenty-seventh", messages: HELD_OUT_TWENTY_SEVENTH, coincidingWords: 12 },
  { name: "twenty-eighth", messages: HELD_OUT_TWENTY_EIGHTH, coincidingWords: 12 },
  { name: "twenty-ninth", messages: HELD_OUT_TWENTY_NINTH, coincidingWords: 12 },
  { name: "thirtieth", messages: HELD_OUT_THIRTIETH, coincidingWords: 12 },
  { name: "thirty-first", messages: HELD_OUT_THIRTY_FIRST, coincidingWords: 12 },
  { name: "thirty-second", messages: HELD_OUT_THIRTY_SECOND, coincidingWords: 12 },
];

/** Every held-out message. */
export const HELD_OUT_ALL: readonly LabelledMessage[] = HELD_OUT_BATCHES.flatMap((b) => b.messages);

/** Every labelled message: the tuning part, then the held-out batches. */
export const OPT_OUT_CORPUS: readonly LabelledMessage[] = [...TUNING, ...HELD_OUT_ALL];

/**
 * What a batch read once, blind, before any rule was changed for it: the floor its readings must keep,
 * with `locale: "pt"` and without a locale alike. Measured figures, never raised above what was measured.
 */
export interface MeasuredFloor {
  /** Share of `opt_out` verdicts whose message is labelled `opt_out`. */
  readonly precision: number;
  /** Share of messages labelled `opt_out` read as `opt_out` (an `uncertain` verdict counts as missed). */
  readonly recall: number;
  /** Messages labelled `uncertain` read as `uncertain`. */
  readonly uncertain: number;
  /** Messages labelled `opt_out` with a scope read as `opt_out` with that scope. */
  readonly scopes: number;
}

/** A Portuguese batch; one written blind carries the figures it measured as its {@link MeasuredFloor}. */
export interface PortugueseBatch extends HeldOutBatch {
  readonly floor?: MeasuredFloor;
}

/**
 * The Portuguese batches: a tuning batch and a check batch measured once after the table was tuned,
 * and a blind batch measured once on the table as it stood, its misreadings left for later
 * (docs/opt-out-corpus.md, "Portuguese" and "Portuguese, blind batch"). Kept out of
 * {@link OPT_OUT_CORPUS}, so out of the n-gram model's training: the model does not read Portuguese
 * (`NGRAM_LOCALES`).
 */
export const PORTUGUESE_BATCHES: readonly PortugueseBatch[] = [
  { name: "Portuguese tuning", messages: PORTUGUESE_TUNING },
  { name: "Portuguese check", messages: PORTUGUESE_CHECK },
  // Measured once, on main at 288b13c: 35 of 36 opt-out verdicts right, 35 of 36 opt-outs read, 9 of 15
  // `uncertain` labels, 17 of 21 scopes; the same figures without a locale.
  { name: "Portuguese blind", messages: PORTUGUESE_BLIND, floor: { precision: 35 / 36, recall: 35 / 36, uncertain: 9, scopes: 17 } },
];
