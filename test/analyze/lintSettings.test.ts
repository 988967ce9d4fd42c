import { describe, expect, it } from "vitest";
import { formatLintReport, lintPlan, lintSarif } from "../../src/analyze/index.js";
import { isArgumentError, parsePlan } from "../../src/index.js";
import { cleanPlan, withSteps } from "./lintFixtures.js";

const GRID = { hours: [9.5, 13] };
/** The clean plan with one task-sla finding (call-1 has no SLA) and one exit-on-reply finding. */
function twoFindings() {
  const plan = withSteps((s) => s.map((x) => (x["id"] === "call-1" ? { ...x, sla: undefined } : x)));
  plan.exits = [{ on: "meeting" }, { on: "opt_out" }, { on: "connected" }];
  return plan;
}

describe("lint settings", () => {
  it("reports default severities: exit-on-reply is an error, task-sla a warning", () => {
    const report = lintPlan(twoFindings(), { grid: GRID });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["exit-on-reply", "error"],
      ["task-sla", "warn"],
    ]);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
  });

  it("a config turns a rule off or up; the plan's own lint section wins over it", () => {
    const config = lintPlan(twoFindings(), { grid: GRID, rules: { "exit-on-reply": "warn", "task-sla": "error" } });
    expect(config.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["exit-on-reply", "warn"],
      ["task-sla", "error"],
    ]);
    const plan = { ...twoFindings(), lint: { rules: { "task-sla": "off" as const } } };
    const own = lintPlan(plan, { grid: GRID, rules: { "task-sla": "error" } });
    expect(own.findings.map((f) => f.rule)).toEqual(["exit-on-reply"]);
  });

  it("a suppression silences one rule on one step, keeps the finding with its reason, and no longer counts it", () => {
    const plan = { ...twoFindings(), lint: { suppress: [{ rule: "task-sla", step: "call-1", reason: "the BDC tracks response times itself" }] } };
    const report = lintPlan(plan, { grid: GRID });
    const sla = report.findings.find((f) => f.rule === "task-sla");
    expect(sla?.suppressed).toEqual({ reason: "the BDC tracks response times itself" });
    expect(report.warnings).toBe(0);
    expect(report.suppressed).toBe(1);
    // A suppression for another step does not apply.
    const other = lintPlan({ ...twoFindings(), lint: { suppress: [{ rule: "task-sla", step: "sms-1", reason: "x" }] } }, { grid: GRID });
    expect(other.findings.find((f) => f.rule === "task-sla")?.suppressed).toBeUndefined();
    expect(formatLintReport(report)).toContain("suppressed: the BDC tracks response times itself");
  });

  it("the lint section is part of the plan schema, and a suppression needs a reason", () => {
    expect(parsePlan({ ...cleanPlan(), lint: { rules: { "task-sla": "off" }, inbound: true } }).lint).toEqual({ rules: { "task-sla": "off" }, inbound: true });
    expect(() => parsePlan({ ...cleanPlan(), lint: { suppress: [{ rule: "task-sla" }] } })).toThrow(/reason/);
    expect(() => parsePlan({ ...cleanPlan(), lint: { rules: { "task-sla": "loud" } } })).toThrow(/off|warn|error/);
  });

  it("an unknown rule id is a typed error that lists the rules", () => {
    let caught: unknown;
    try {
      lintPlan(cleanPlan(), { rules: { "no-such-rule": "off" } });
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect(String((caught as Error).message)).toMatch(/no-such-rule.*exit-on-reply/);
    expect(() => lintPlan({ ...cleanPlan(), lint: { suppress: [{ rule: "nope", reason: "x" }] } })).toThrow(/Expected a lint rule id/);
  });

  it("a plan naming a custom rule without predicates is an ArgumentError that says to pass it in `predicates` (lintPlan's `rules` are severities)", () => {
    const plan = withSteps((s) => s.map((x) => (x["id"] === "call-1" ? { ...x, when: { rule: "isHot" } } : x)));
    let caught: unknown;
    try {
      lintPlan(plan, { grid: GRID });
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect(caught).toMatchObject({ argument: "options.predicates" });
    expect(String((caught as Error).message)).toMatch(/predicates: \{ isHot: \(lead\) => boolean \}/);
    // What the message says to do works.
    expect(lintPlan(plan, { grid: GRID, predicates: { isHot: () => true } }).planId).toBe(plan["id"]);
  });

  it("SARIF 2.1.0: rules described, results located in the plan file, suppressions justified", () => {
    const plan = { ...twoFindings(), lint: { suppress: [{ rule: "task-sla", reason: "tracked elsewhere" }] } };
    const report = lintPlan(plan, { grid: GRID });
    const sarif = lintSarif(report, { file: "plans/dealer v2.yaml", locate: (path) => ({ line: path.length + 1, column: 3 }) }) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.length).toBeGreaterThanOrEqual(15);
    const results = run?.results ?? [];
    expect(results.map((r) => [r["ruleId"], r["level"]])).toEqual([
      ["exit-on-reply", "error"],
      ["task-sla", "warning"],
    ]);
    expect(results[0]?.["locations"]).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "plans/dealer%20v2.yaml", index: 0 }, region: { startLine: 2, startColumn: 3 } },
        logicalLocations: [{ name: "plan", fullyQualifiedName: "exits", kind: "object" }],
      },
    ]);
    expect(results[1]?.["suppressions"]).toEqual([{ kind: "inSource", justification: "tracked elsewhere" }]);
  });

  it("SARIF carries the report's notes (a simulation budget that left leads out) as the run's tool notifications", () => {
    const report = lintPlan(twoFindings(), { grid: GRID });
    const note = "lint simulated 2 of 70 grid leads (the simulation budget): findings that need a left-out lead may be missing";
    const runOf = (r: typeof report) => (lintSarif(r, { file: "plan.yaml" }) as { runs: Record<string, unknown>[] }).runs[0] as Record<string, unknown>;
    expect(runOf({ ...report, notes: [note] })["invocations"]).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [{ level: "note", message: { text: note } }] },
    ]);
    // Without notes, the run says it ran and notes nothing.
    expect(runOf({ ...report, notes: [] })["invocations"]).toEqual([{ executionSuccessful: true }]);
  });
});

describe("lint thresholds", () => {
  it("an unknown threshold, one that is not a number ≥ 0, or a call-attempt range that is not [low, high] is an ArgumentError naming it", () => {
    const plan = parsePlan(cleanPlan());
    const cases: [Record<string, unknown>, string][] = [
      [{ callAttempts: 7 }, "options.thresholds.callAttempts"],
      [{ callAttempts: [8, 6] }, "options.thresholds.callAttempts"],
      [{ maxTouchesPerDay: "x" }, "options.thresholds.maxTouchesPerDay"],
      [{ maxGapDays: null }, "options.thresholds.maxGapDays"],
      [{ speedToLeadMinutes: -1 }, "options.thresholds.speedToLeadMinutes"],
      [{ maxTouchesPerDai: 4 }, "options.thresholds.maxTouchesPerDai"],
    ];
    for (const [thresholds, argument] of cases) {
      let thrown: unknown;
      try {
        lintPlan(plan, { grid: GRID, thresholds: thresholds as never });
      } catch (error) {
        thrown = error;
      }
      expect(isArgumentError(thrown), JSON.stringify(thresholds)).toBe(true);
      expect((thrown as { argument: string }).argument).toBe(argument);
      expect((thrown as Error).message).toContain("`options.thresholds");
    }
    expect(lintPlan(plan, { grid: GRID, thresholds: { callAttempts: [1, 1], maxGapDays: 0.5 } }).planId).toBe(plan.id);
  });
});

describe("lint profile settings", () => {
  it("inbound and b2b that are not booleans, countries that are not a list of upper-case codes are ArgumentErrors (a string was split into letters)", () => {
    const plan = parsePlan(cleanPlan());
    const cases: [Record<string, unknown>, string][] = [
      [{ countries: "US" }, "options.countries"],
      [{ countries: ["us"] }, "options.countries[0]"],
      [{ inbound: "no" }, "options.inbound"],
      [{ b2b: 1 }, "options.b2b"],
    ];
    for (const [settings, argument] of cases) {
      let thrown: unknown;
      try {
        lintPlan(plan, { grid: GRID, ...(settings as object) });
      } catch (error) {
        thrown = error;
      }
      expect(isArgumentError(thrown), JSON.stringify(settings)).toBe(true);
      expect((thrown as { argument: string }).argument).toBe(argument);
      expect((thrown as Error).message).toContain(`\`${argument}\``);
    }
  });
});

describe("lint profile guessed from the plan", () => {
  const base = {
    id: "p",
    version: 1,
    name: "p",
    timezone: "America/New_York",
    exits: [{ on: "reply" as const }, { on: "meeting" as const }, { on: "opt_out" as const }],
  };
  const callNow = { id: "call-now", channel: "call", at: { after: "PT0S" } };
  const emailNextDay = { id: "email-d1", channel: "email", at: { after: "P1D" } };
  const profile = (plan: object) => lintPlan(plan as never, { grid: { zones: ["America/New_York"], hours: [13] } }).profile;

  it("is inbound when the earliest step from enrolment comes within the hour, wherever the plan lists it", () => {
    expect(profile({ ...base, steps: [callNow, emailNextDay] }).inbound).toBe(true);
    expect(profile({ ...base, steps: [emailNextDay, callNow] }).inbound).toBe(true);
    expect(profile({ ...base, steps: [emailNextDay, { ...callNow, at: { after: "PT2H" } }] }).inbound).toBe(false);
  });

  it("takes countries from the compliance presets as from the holidays", () => {
    expect(profile({ ...base, steps: [callNow], compliance: ["us-federal"] }).countries).toEqual(["US"]);
    expect(profile({ ...base, steps: [callNow], compliance: ["nl-telemarketing", "be"], holidays: { country: "de" } }).countries).toEqual(["BE", "DE", "NL"]);
  });
});

describe("lint grid", () => {
  it("a week that is not a date is an ArgumentError naming grid.week, not a silent NaN", () => {
    const plan = parsePlan(cleanPlan());
    try {
      lintPlan(plan, { grid: { ...GRID, week: "next monday" } });
      expect.unreachable();
    } catch (error) {
      expect(isArgumentError(error)).toBe(true);
      expect((error as Error).message).toBe('Expected `grid.week` to be a date "YYYY-MM-DD", got "next monday" (string)');
    }
  });

  it("zones that are not IANA zones, hours off the clock and an empty grid are ArgumentErrors naming the field", () => {
    const plan = parsePlan(cleanPlan());
    const cases: [Record<string, unknown>, string][] = [
      [{ zones: ["Nowhere/Atlantis"] }, "grid.zones[0]"],
      [{ zones: [] }, "grid.zones"],
      [{ hours: [] }, "grid.hours"],
      [{ hours: [9.5, 25] }, "grid.hours[1]"],
      [{ hours: [-1] }, "grid.hours[0]"],
      [{ hours: ["9"] }, "grid.hours[0]"],
      [{ horizon: "P9999D" }, "grid.horizon"],
      [{ horizon: "90 days" }, "grid.horizon"],
      // A misspelt setting left the default grid in its place.
      [{ hour: [9] }, "grid.hour"],
    ];
    for (const [grid, argument] of cases) {
      let thrown: unknown;
      try {
        lintPlan(plan, { grid: { ...GRID, ...grid } });
      } catch (error) {
        thrown = error;
      }
      expect(isArgumentError(thrown), JSON.stringify(grid)).toBe(true);
      expect((thrown as { argument: string }).argument).toBe(argument);
      expect((thrown as Error).message).toContain(`\`${argument.replace(/\[\d+\]$/, "")}`);
    }
  });
});
