import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";
import { createEngine, createManualClock, createMemoryStore } from "../../src/engine/index.js";
import { evaluate, LeadValidationError, parseLead, safeParseLead, type LeadInput, type PlanInput } from "../../src/index.js";
import { jsonCopy } from "../../src/primitives/jsonCopy.js";
import { renderTimelineHtml } from "../../src/report/index.js";
import { respond, simulate } from "../../src/testing/index.js";
import { dealerPlanArb, historyArb, leadSpecArb, leadWith, outcomeOf, SPAN, T0 } from "../support/randomHistories.js";

/*
 * History instants as epoch milliseconds: accepted wherever a history is read, kept as numbers
 * wherever a lead is stored or copied, and decided exactly as the same history in ISO-8601.
 */

const repo = new URL("../../", import.meta.url);
const plan = JSON.parse(readFileSync(new URL("examples/plans/dealer-speed-to-lead.json", repo), "utf8")) as PlanInput;
const ENROLLED = Date.parse("2026-03-09T14:00:00Z");
const MINUTE = 60_000;

/** A lead with `n` earlier touches of another plan and the dealer plan's first call, as numbers or ISO text. */
function lead(form: "number" | "iso", n = 3): LeadInput {
  const at = (ms: number): string | number => (form === "number" ? ms : new Date(ms).toISOString());
  const history: NonNullable<LeadInput["history"]> = [];
  for (let i = 0; i < n; i++) {
    history.push({ type: "touch", touchId: `old/${i}`, planId: "winback", stepId: "s", channel: "sms", attempt: 1, at: at(ENROLLED - (n - i) * 3_600_000) });
  }
  history.push({ type: "touch", touchId: "L/dealer-speed-to-lead@1/call-now#1", stepId: "call-now", channel: "call", attempt: 1, at: at(ENROLLED + MINUTE) });
  history.push({ type: "outcome", touchId: "L/dealer-speed-to-lead@1/call-now#1", outcome: "no_answer", at: at(ENROLLED + 2 * MINUTE) });
  return {
    id: "L",
    enrolledAt: new Date(ENROLLED).toISOString(),
    timezone: "America/New_York",
    contacts: { phone: "+12125550142", email: "l@example.com" },
    history,
  };
}

describe("history instants as epoch milliseconds", () => {
  it("parseLead accepts them and keeps them as numbers", () => {
    const parsed = parseLead(lead("number"));
    expect(parsed.history.map((h) => typeof h.at)).toEqual(["number", "number", "number", "number", "number"]);
    expect(parsed.history[3]?.at).toBe(ENROLLED + MINUTE);
    expect(parseLead(lead("iso")).history[3]?.at).toBe(new Date(ENROLLED + MINUTE).toISOString());
  });

  it("parseLead refuses a fraction, a number out of range and one on a lead-level instant, naming the path, as evaluate does", () => {
    const withAt = (at: unknown) => ({ ...lead("number", 0), history: [{ type: "status", status: "won", at }] });
    const bad = (input: unknown) => {
      const result = safeParseLead(input);
      if (result.success) throw new Error("expected the lead to be invalid");
      return result.issues.map((i) => `${i.path.join(".")} ${i.code}`);
    };
    expect(bad(withAt(1.5))).toEqual(["history.0.at invalid_instant"]);
    expect(bad(withAt(-2_208_988_800_001))).toEqual(["history.0.at instant_out_of_range"]);
    expect(bad(withAt(7_289_654_400_000))).toEqual(["history.0.at instant_out_of_range"]);
    expect(bad({ ...lead("number", 0), enrolledAt: ENROLLED })).toEqual(["enrolledAt invalid_instant"]);
    expect(() => parseLead(withAt(-2_208_988_800_000))).not.toThrow();
  });

  it("evaluate refuses the same numbers parseLead refuses, with a LeadValidationError naming the path", () => {
    for (const [at, code] of [
      [1.5, "invalid_instant"],
      [Number.NaN, "invalid_instant"],
      [8.64e15, "instant_out_of_range"],
    ] as const) {
      const bad = { ...lead("number", 0), history: [{ type: "status", status: "won", at }] } as LeadInput;
      try {
        evaluate(plan, bad, ENROLLED);
        throw new Error("expected a LeadValidationError");
      } catch (error) {
        expect(error).toBeInstanceOf(LeadValidationError);
        expect((error as LeadValidationError).issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([`history.0.at ${code}`]);
      }
    }
  });

  it("evaluate decides them exactly as ISO-8601, short histories and remembered long ones alike, again and again", () => {
    for (const n of [0, 3, 40, 400]) {
      for (const now of [ENROLLED + 3 * MINUTE, ENROLLED + 70 * MINUTE, ENROLLED + 26 * 3_600_000]) {
        const iso = lead("iso", n);
        const numbers = lead("number", n);
        const expected = evaluate(plan, iso, now);
        expect(evaluate(plan, numbers, now)).toEqual(expected);
        expect(evaluate(plan, numbers, now)).toEqual(expected);
      }
    }
  });

  it("evaluate decides any history, out of time order, with records of every kind, alike in epoch ms, ISO-8601, at an offset and mixed, read afresh or remembered", () => {
    fc.assert(
      fc.property(dealerPlanArb, leadSpecArb, historyArb(0, 80), fc.integer({ min: T0, max: T0 + SPAN + 86_400_000 }), (plan, spec, history, now) => {
        const numbers = history.map((h) => ({ ...h, at: new Date(h.at).getTime() }));
        const iso = history.map((h) => ({ ...h, at: new Date(h.at).toISOString() }));
        const expected = outcomeOf(() => evaluate(plan, leadWith(spec, iso), now));
        expect(outcomeOf(() => evaluate(plan, leadWith(spec, history), now))).toEqual(expected);
        // Decided three times: read, marked, then remembered (32 records or more).
        const shared = leadWith(spec, numbers);
        for (let i = 0; i < 3; i++) expect(outcomeOf(() => evaluate(plan, shared, now))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("the engine stores them as numbers and decides with them", async () => {
    const store = createMemoryStore();
    const sent: string[] = [];
    const adapter = { send: (touch: { id: string }) => (sent.push(touch.id), { status: "sent" as const }) };
    const engine = createEngine({
      plans: [plan],
      adapters: { sms: adapter, email: adapter, whatsapp: adapter },
      store,
      clock: createManualClock(ENROLLED + 3 * MINUTE),
    });
    const { id: _id, ...rest } = lead("number");
    await engine.enroll({ ...rest, id: "L" }, plan.id);
    const stored = await engine.get("L");
    const history = stored?.record.lead.history ?? [];
    expect(history.slice(0, 5).map((h) => h.at)).toEqual(lead("number").history?.map((h) => h.at));
    expect(jsonCopy(history[0])).toEqual(history[0]);
    expect(sent).toEqual([]);
  });

  it("the CLI reads them from a lead file and a population's NDJSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "lead-cadence-epoch-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const io = (): CliIO & { out: string[] } => {
      const out: string[] = [];
      return { stdout: (t) => out.push(t), stderr: () => {}, color: false, stderrIsTTY: false, cwd: dir, out };
    };
    const planFile = new URL("examples/plans/dealer-speed-to-lead.json", repo).pathname;
    const explain = (form: "number" | "iso"): string => {
      writeFileSync(join(dir, `${form}.json`), JSON.stringify(lead(form)));
      const run = io();
      expect(
        runCli(["explain", planFile, "--lead", `${form}.json`, "--at", new Date(ENROLLED + 70 * MINUTE).toISOString(), "--format", "json"], run, "0.0.0"),
      ).toBe(0);
      return run.out.join("");
    };
    expect(explain("number")).toBe(explain("iso"));
    writeFileSync(join(dir, "pop.ndjson"), [lead("number"), { ...lead("iso"), id: "M" }].map((l) => JSON.stringify(l)).join("\n"));
    const population = io();
    expect(runCli(["simulate", planFile, "--population", "pop.ndjson"], population, "0.0.0")).toBe(0);
    expect(population.out.join("")).toContain("2 leads");
  });

  it("simulate and the report read them as they read ISO-8601", () => {
    const html = (form: "number" | "iso") => renderTimelineHtml(simulate(plan, lead(form), { until: "P8D", responder: respond.never() }));
    expect(html("number")).toBe(html("iso"));
  });
});
