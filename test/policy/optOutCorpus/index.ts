import { HELD_OUT } from "./heldOut.js";
import { HELD_OUT_FRESH } from "./heldOutFresh.js";
import type { LabelledMessage } from "./labelled.js";
import { TUNING } from "./tuning.js";

export type { HardKind, Label, LabelledMessage } from "./labelled.js";
export { HELD_OUT, HELD_OUT_FRESH, TUNING };

/** Every labelled message: the tuning part, then both held-out batches. */
export const OPT_OUT_CORPUS: readonly LabelledMessage[] = [...TUNING, ...HELD_OUT, ...HELD_OUT_FRESH];
