import { ngramFeatures, ngramWords } from "../../../src/policy/optOut/ngramFeatures.js";
import type { LabelledMessage } from "../optOutCorpus/index.js";

/** A trained model: its bias and one weight per kept feature. */
export interface NgramModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** Training settings; the defaults are the shipped model's. */
export interface TrainSettings {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Features kept, by largest absolute weight. */
  readonly keep: number;
  /** Decimal places the weights are rounded to. */
  readonly decimals: number;
}

export const SHIPPED_SETTINGS: TrainSettings = { epochs: 8, rate: 0.2, l2: 1e-5, keep: 20000, decimals: 2 };

/**
 * Logistic regression (Adagrad, fixed order, no randomness: the same corpus gives the same weights)
 * of `opt_out` against everything else (`uncertain` and `none`), on {@link ngramFeatures}.
 */
export function trainNgramModel(messages: readonly LabelledMessage[], settings: TrainSettings = SHIPPED_SETTINGS): NgramModel {
  const rows = messages.map((m) => ({ x: [...ngramFeatures(ngramWords(m.text))], y: m.label === "opt_out" ? 1 : 0 }));
  const w = new Map<string, number>();
  const g = new Map<string, number>();
  let bias = 0;
  for (let e = 0; e < settings.epochs; e++) {
    for (const { x, y } of rows) {
      let z = bias;
      for (const f of x) z += w.get(f) ?? 0;
      const d = 1 / (1 + Math.exp(-z)) - y;
      for (const f of x) {
        const wf = w.get(f) ?? 0;
        const grad = d + settings.l2 * wf;
        const gf = (g.get(f) ?? 1e-8) + grad * grad;
        g.set(f, gf);
        w.set(f, wf - (settings.rate * grad) / Math.sqrt(gf));
      }
      bias -= 0.05 * d;
    }
  }
  const scale = 10 ** settings.decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const kept = [...w.entries()]
    .map(([f, v]) => [f, round(v)] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, settings.keep);
  return { bias: round(bias), weights: new Map(kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) };
}

/** The model's probability that a message is an opt-out. */
export function scoreWith(model: NgramModel, text: string): number {
  let z = model.bias;
  for (const f of ngramFeatures(ngramWords(text))) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
