import type { Decision } from "./decision.js";

/**
 * The wake-up of the decision `decide` made last, as the number its `next.at` was written from:
 * the engine reads it back instead of parsing the text (every drive round asks). Held for that
 * decision object only; any other decision (one rebuilt after `decide`, an older one) reads `undefined`.
 */
let lastDecision: Decision | undefined;
let lastNextMs = NaN;

/** Called by `decide` with the decision it returns and its wake-up instant. */
export function noteDecidedNext(decision: Decision, nextMs: number): void {
  lastDecision = decision;
  lastNextMs = nextMs;
}

/** `decision.next.at` in epoch ms when `decision` is the last one `decide` made, else `undefined` (parse the text). */
export function decidedNextMs(decision: Decision): number | undefined {
  return decision === lastDecision ? lastNextMs : undefined;
}
