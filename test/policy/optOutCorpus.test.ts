import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";
import { HELD_OUT_ALL, HELD_OUT_BATCHES, OPT_OUT_CORPUS, TUNING, type LabelledMessage } from "./optOutCorpus/index.js";

const LANGUAGES = ["en", "es", "de", "nl", "fr"];

interface Metrics {
  readonly messages: number;
  readonly precision: number;
  readonly recall: number;
  readonly wrong: readonly string[];
}

/** Precision and recall of `opt_out` verdicts: an `uncertain` verdict on an opt-out counts as missed. */
function measure(messages: readonly LabelledMessage[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const m of messages) {
    const d = detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale });
    if (d.optOut && m.label === "opt_out") tp++;
    else if (d.optOut) fp++;
    else if (m.label === "opt_out") fn++;
    if (d.optOut !== (m.label === "opt_out"))
      wrong.push(`${m.label === "opt_out" ? "missed" : "false opt-out"}: ${JSON.stringify(m.text)} (${d.verdict}, ${d.rule})`);
  }
  return { messages: messages.length, precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe("opt-out corpus", () => {
  it("has at least 400 labelled messages in five languages, a third of them hard negatives, split into tuning and held-out parts", () => {
    expect(OPT_OUT_CORPUS.length).toBeGreaterThanOrEqual(400);
    const hard = OPT_OUT_CORPUS.filter((m) => m.hard !== undefined);
    expect(hard.length * 3).toBeGreaterThanOrEqual(OPT_OUT_CORPUS.length);
    for (const m of hard) expect(m.label, m.text).not.toBe("opt_out");
    for (const locale of LANGUAGES) {
      const own = OPT_OUT_CORPUS.filter((m) => m.locale === locale);
      expect(own.filter((m) => m.label === "opt_out").length, locale).toBeGreaterThanOrEqual(10);
      expect(own.filter((m) => m.hard !== undefined).length, locale).toBeGreaterThanOrEqual(10);
    }
    const tuning = new Set(TUNING.map((m) => `${m.locale}:${m.text}`));
    // The batches written blind without sight of the tuning part may share bare keywords and short
    // commands with it ("STOP", "BAJA", "hör auf mir zu schreiben"), which is no leak; they are
    // counted. The fifth and the sixth each hold one five-word command, the seventh one of five and
    // one of eight words ("ik hoef niks meer van jullie te horen"), the eighteenth one of twelve ("Waarom stoppen
    // jullie niet gewoon met bellen? Ik heb al nee gezegd."). Every other held-out message is new.
    const blind = HELD_OUT_BATCHES.filter((batch) => batch.coincidingWords !== undefined);
    const sealed = new Set(blind.flatMap((batch) => batch.messages));
    for (const m of HELD_OUT_ALL) if (!sealed.has(m)) expect(tuning.has(`${m.locale}:${m.text}`), m.text).toBe(false);
    for (const { name, messages, coincidingWords } of blind) {
      const coinciding = messages.filter((m) => tuning.has(`${m.locale}:${m.text}`));
      expect(
        coinciding.every((m) => m.text.split(" ").length <= (coincidingWords as number)),
        coinciding.map((m) => m.text).join(", "),
      ).toBe(true);
      console.log(`opt-out ${name} batch: ${coinciding.length} messages coincide with tuning messages (${coinciding.map((m) => m.text).join(", ")})`);
    }
    console.log(`opt-out corpus: ${OPT_OUT_CORPUS.length} messages (${TUNING.length} tuning, ${HELD_OUT_ALL.length} held out), ${hard.length} hard negatives`);
  });

  it("docs/compliance.md states the corpus as it is: messages, hard negatives, tuning and held-out parts", () => {
    const doc = readFileSync(new URL("../../docs/compliance.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    const n = (x: number) => x.toLocaleString("en");
    const hard = OPT_OUT_CORPUS.filter((m) => m.hard !== undefined).length;
    const claims = [
      `${n(OPT_OUT_CORPUS.length)} messages in English, Spanish, German, Dutch and French, ${n(hard)} of them hard negatives`,
      `a tuning part (${n(TUNING.length)} messages)`,
      `a held-out part (${n(HELD_OUT_ALL.length)}, in ${HELD_OUT_BATCHES.length} batches)`,
    ];
    expect(claims.filter((claim) => !doc.includes(claim))).toEqual([]);
  });

  it("held-out part: precision ≥ 99 %, recall ≥ 98 %", () => {
    const held = measure(HELD_OUT_ALL);
    const figures = (m: Metrics) => `${m.messages} messages, precision ${pct(m.precision)}, recall ${pct(m.recall)}`;
    // The batches after the first, each alone.
    const later = HELD_OUT_BATCHES.slice(1);
    console.log(`opt-out held-out: ${figures(held)} (${later.map((batch) => `${batch.name} batch alone: ${figures(measure(batch.messages))}`).join("; ")})`);
    for (const locale of LANGUAGES) {
      const own = (messages: readonly LabelledMessage[]) => measure(messages.filter((m) => m.locale === locale));
      console.log(`  ${locale}: ${figures(own(HELD_OUT_ALL))} (${later.map((batch) => `${batch.name} batch: ${figures(own(batch.messages))}`).join("; ")})`);
    }
    for (const batch of later) {
      const { wrong } = measure(batch.messages);
      if (wrong.length > 0) console.log(`${batch.name} batch wrong:\n${wrong.join("\n")}`);
    }
    expect(held.precision, held.wrong.join("\n")).toBeGreaterThanOrEqual(0.99);
    expect(held.recall, held.wrong.join("\n")).toBeGreaterThanOrEqual(0.98);
  });

  it("tuning part: every message decided as labelled", () => {
    const tuning = measure(TUNING);
    console.log(`opt-out tuning: ${tuning.messages} messages, precision ${pct(tuning.precision)}, recall ${pct(tuning.recall)}`);
    expect(tuning.wrong).toEqual([]);
  });

  it("hard negatives labelled uncertain are held, not acted on; the rest are not opt-outs", () => {
    const misread: string[] = [];
    for (const m of OPT_OUT_CORPUS.filter((x) => x.label !== "opt_out")) {
      const d = detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale });
      if (d.optOut) misread.push(`${m.text} → opt_out`);
    }
    expect(misread).toEqual([]);
    const uncertain = OPT_OUT_CORPUS.filter((m) => m.label === "uncertain");
    const agree = uncertain.filter((m) => detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale }).verdict === "uncertain");
    console.log(`opt-out uncertain labels: ${agree.length}/${uncertain.length} detected as uncertain`);
    expect(agree.length / uncertain.length).toBeGreaterThanOrEqual(0.9);
  });

  it("opt-outs cover the channel the text names", () => {
    for (const m of OPT_OUT_CORPUS.filter((x) => x.label === "opt_out" && x.scope !== undefined)) {
      expect(detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale }).scope, m.text).toBe(m.scope);
    }
  });
});
