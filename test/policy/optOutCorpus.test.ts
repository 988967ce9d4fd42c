import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";
import { OPT_OUT_CORPUS } from "./optOutCorpus.js";

describe("opt-out corpus", () => {
  it("has at least 60 labelled messages in four languages, opt-outs and near-misses", () => {
    expect(OPT_OUT_CORPUS.length).toBeGreaterThanOrEqual(60);
    for (const locale of ["en", "de", "nl", "fr"]) {
      const own = OPT_OUT_CORPUS.filter((m) => m.locale === locale);
      expect(own.some((m) => m.optOut)).toBe(true);
      expect(own.some((m) => !m.optOut)).toBe(true);
    }
  });

  it("precision and recall are 100 %", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const m of OPT_OUT_CORPUS) {
      const d = detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale });
      if (d.optOut && m.optOut) tp++;
      else if (d.optOut) fp++;
      else if (m.optOut) fn++;
      if (d.optOut !== m.optOut) wrong.push(`${m.optOut ? "missed" : "false alarm"}: ${JSON.stringify(m.text)} (${d.rule})`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`opt-out corpus: ${OPT_OUT_CORPUS.length} messages, precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %`);
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it("scopes match the labels", () => {
    for (const m of OPT_OUT_CORPUS.filter((x) => x.scope !== undefined)) {
      expect(detectOptOut(m.text, { locale: m.locale }).scope, m.text).toBe(m.scope);
    }
  });
});
