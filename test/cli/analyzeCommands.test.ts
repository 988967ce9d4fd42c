import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, repo, runBuilt, type CliRun } from "./buildCli.js";

let cli = "";
let dir = "";
const run = (...args: string[]): CliRun => runBuilt(cli, args, dir);

/** A plan with two findings: no exit at all (exit-on-reply, an error) and a task without an SLA (line 9). */
const PLAN_YAML = `id: yaml-plan
version: 1
name: YAML plan
timezone: America/New_York
steps:
  - id: email-1
    channel: email
    at: { after: PT0S }
  - id: call-task
    channel: call
    mode: task
    at: { after: PT20M, from: { step: email-1 } }
policies:
  windows:
    "*": [{ days: [mon, tue, wed, thu, fri, sat, sun], from: "08:00", to: "20:00" }]
`;

const V2 = `id: yaml-plan
version: 2
name: YAML plan
timezone: America/New_York
steps:
  - id: email-1
    channel: email
    at: { after: PT0S }
  - id: sms-1
    channel: sms
    at: { after: PT5M }
policies:
  windows:
    "*": [{ days: [mon, tue, wed, thu, fri, sat, sun], from: "08:00", to: "20:00" }]
`;

/** {@link PLAN_YAML} rewritten without a change in meaning: durations in other units, days out of order, a span split, a default written out, keys reordered. */
const REWRITTEN_YAML = `version: 1
id: yaml-plan
timezone: America/New_York
name: YAML plan
steps:
  - at: { after: PT0M }
    channel: email
    mode: auto
    id: email-1
  - id: call-task
    mode: task
    channel: call
    at: { from: { step: email-1, on: touch }, after: PT1200S }
policies:
  windows:
    "*":
      - { days: [sun, sat, fri, thu, wed, tue, mon, mon], from: "08:00", to: "12:00" }
      - { from: "12:00", to: "20:00", days: [mon, tue, wed, thu, fri, sat, sun] }
`;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), "lead-cadence-analyze-cli-"));
  writeFileSync(join(dir, "plan.yaml"), PLAN_YAML);
  writeFileSync(join(dir, "rewritten.yaml"), REWRITTEN_YAML);
  writeFileSync(join(dir, "v2.yaml"), V2);
  writeFileSync(join(dir, "fast.yaml"), "grid: { hours: [13], zones: [America/New_York] }\nrules: { call-attempts: off, channel-no-path: off }\n");
  writeFileSync(join(dir, "quiet.yaml"), "grid: { hours: [13], zones: [America/New_York] }\nrules: { exit-on-reply: off, exit-on-meeting: off }\n");
  writeFileSync(join(dir, "bad-config.yaml"), "rulez: {}\n");
  const outcomes = Array.from({ length: 400 }, (_x, i) =>
    JSON.stringify({ channel: "call", minutesSinceArrival: (i * 37) % 3000, attempt: 1 + (i % 5), localHour: i % 24, weekday: i % 7, reached: i % 9 === 0 }),
  );
  writeFileSync(join(dir, "outcomes.ndjson"), `${outcomes.join("\n")}\n`);
  writeFileSync(join(dir, "bad-outcomes.ndjson"), `${outcomes[0]}\n{"channel":"call","minutesSinceArrival":-5,"attempt":1,"localHour":3,"reached":false}\n`);
  const lead = { id: "l1", enrolledAt: "2026-03-09T14:00:00Z", timezone: "America/New_York", contacts: { phone: "+12125550142", email: "l1@example.com" } };
  const sent = {
    ...lead,
    id: "l2",
    history: [
      {
        type: "touch",
        touchId: "l2/yaml-plan@1/email-1#1",
        planId: "yaml-plan",
        stepId: "email-1",
        channel: "email",
        attempt: 1,
        at: "2026-03-09T14:00:00Z",
        outcome: "sent",
      },
    ],
  };
  writeFileSync(
    join(dir, "in-flight.ndjson"),
    `${JSON.stringify(lead)}\n\n${JSON.stringify({ lead: sent, planId: "yaml-plan", planVersion: 1, state: "active", dueAt: null, pending: {} })}\n`,
  );
}, 60_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
  if (cli !== "") rmSync(join(cli, ".."), { recursive: true, force: true });
});

describe("lead-cadence lint", () => {
  it("prints findings at file:line:col and exits 1 when an error-level finding remains", () => {
    const r = run("lint", "plan.yaml", "--config", "fast.yaml");
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^plan\.yaml:1:1 {2}error {2}exit-on-reply {2}The cadence goes on after the lead replied/m);
    expect(r.stdout).toMatch(/^plan\.yaml:9:5 {2}warn {3}task-sla \[call-task\]/m);
    expect(r.stdout).toContain("yaml-plan v1: 1 error, 2 warnings");
  });

  it("exits 0 when the config silences the errors; the help lists the formats", () => {
    const r = run("lint", "plan.yaml", "--config", "quiet.yaml");
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("task-sla");
    expect(run("lint", "--help").stdout).toContain("--format text|json|sarif");
  });

  it("--format sarif: a SARIF 2.1.0 log with results on the plan file's lines", () => {
    const r = run("lint", "plan.yaml", "--config", "quiet.yaml", "--format", "sarif");
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    const sla = log.runs[0]?.results.find((x) => x.ruleId === "task-sla");
    expect(sla?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: "plan.yaml" }, region: { startLine: 9 } });
  });

  it("--format json, and typed failures for a bad config, a bad plan, a bad format", () => {
    const json = JSON.parse(run("lint", "plan.yaml", "--config", "quiet.yaml", "--format", "json").stdout) as {
      findings: { rule: string; line?: number }[];
      errors: number;
    };
    expect(json.errors).toBe(0);
    expect(json.findings.find((f) => f.rule === "task-sla")?.line).toBe(9);
    const bad = run("lint", "plan.yaml", "--config", "bad-config.yaml");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown lint setting "rulez"');
    expect(run("lint", join(repo, "package.json")).status).toBe(1);
    expect(run("lint", "plan.yaml", "--format", "xml").status).toBe(2);
  });

  it("a config setting that lintPlan refuses is blamed on the config file, and an unknown grid zone fails instead of crashing", () => {
    writeFileSync(join(dir, "bad-grid.yaml"), "grid: { zones: [Nowhere/Atlantis] }\n");
    const zone = run("lint", "plan.yaml", "--config", "bad-grid.yaml");
    expect(zone.status, zone.stderr).toBe(1);
    expect(zone.stderr).toBe('bad-grid.yaml: Expected `grid.zones[0]` to be an IANA zone, got "Nowhere/Atlantis" (string)\n');
    writeFileSync(join(dir, "bad-rule.yaml"), "rules: { nope: error }\n");
    const rule = run("lint", "plan.yaml", "--config", "bad-rule.yaml");
    expect(rule.status).toBe(1);
    expect(rule.stderr).toMatch(/^bad-rule\.yaml: Expected a lint rule id in `rules`, got "nope"/);
  });
});

describe("lead-cadence diff", () => {
  it("lists the changes by step id", () => {
    const r = run("diff", "plan.yaml", "v2.yaml");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("yaml-plan v1 → v2: 1 added, 1 removed, 1 plan change");
    expect(r.stdout).toContain("  + sms-1  sms, after PT5M");
    expect(r.stdout).toContain("  - call-task  call, task, after PT20M from email-1");
  });

  it("a plan rewritten without a change in meaning: no changes, exit status and output as for the plan and itself, no lead moved", () => {
    const same = run("diff", "plan.yaml", "plan.yaml");
    const r = run("diff", "plan.yaml", "rewritten.yaml");
    expect(r.status, r.stderr).toBe(same.status);
    expect(r.stdout).toBe("yaml-plan v1 → v1: no changes\n");
    expect(r.stdout).toBe(same.stdout);
    const preview = run("diff", "plan.yaml", "rewritten.yaml", "--leads", "in-flight.ndjson", "--at", "2026-03-09T14:30:00Z");
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain("2 leads in flight; 0 change position");
  });

  it("with --leads and --at previews the migration of leads in flight", () => {
    const r = run("diff", "plan.yaml", "v2.yaml", "--leads", "in-flight.ndjson", "--at", "2026-03-09T14:30:00Z");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Migration yaml-plan v1 → v2 at 2026-03-09T14:30:00.000Z (by-step-id)");
    expect(r.stdout).toContain("2 leads in flight");
    expect(r.stdout).toMatch(/touches skipped: \d+ \(.*migration_past_due/);
    const json = JSON.parse(run("diff", "plan.yaml", "v2.yaml", "--leads", "in-flight.ndjson", "--at", "2026-03-09T14:30:00Z", "--format", "json").stdout) as {
      preview: { totals: { inFlight: number } };
    };
    expect(json.preview.totals.inFlight).toBe(2);
  });

  it("a malformed stored record in --leads is refused at its line, saying what was expected and what came", () => {
    const lead = { id: "l1", enrolledAt: "2026-03-09T14:00:00Z", timezone: "America/New_York", contacts: { email: "l1@example.com" } };
    const enrollment = {
      id: "yaml-plan",
      planId: "yaml-plan",
      planVersion: 1,
      sequence: 1,
      state: "active",
      enrolledAt: lead.enrolledAt,
      historyStart: 0,
      pending: {},
    };
    const v1 = { lead, planId: "yaml-plan", planVersion: 1, state: "active" };
    for (const [record, message] of [
      [{ format: 2, lead, enrollments: 5 }, "Expected `enrollments` to be a list of enrolments, got 5 (number)"],
      [{ format: 2, lead }, "Expected `enrollments` to be a list of enrolments, got undefined"],
      [
        { format: 2, lead, enrollments: [7] },
        "Expected `enrollments[0]` to be an enrolment { id, planId, planVersion, sequence, state, enrolledAt, historyStart, pending }, got 7 (number)",
      ],
      [
        { format: 2, lead, enrollments: [{ planId: "yaml-plan", planVersion: 1, state: "active" }] },
        "Expected `enrollments[0].id` to be a string, got undefined",
      ],
      [{ format: 2, lead, enrollments: [{ ...enrollment, historyStart: "x" }] }, 'Expected `enrollments[0].historyStart` to be a number, got "x" (string)'],
      [
        { format: 2, lead, enrollments: [{ ...enrollment, enrolledAt: "soon" }] },
        'Expected `enrollments[0].enrolledAt` to be an ISO-8601 instant with Z or an offset, got "soon" (string)',
      ],
      [
        { format: 2, lead, enrollments: [{ ...enrollment, pending: { a: 5 } }] },
        "Expected `enrollments[0].pending.a` to be a pending touch { touch, since, attempts }, got 5 (number)",
      ],
      [{ format: "x", lead, enrollments: [] }, 'Expected `format` to be 2, or left out for format 1, got "x" (string)'],
      [{ ...v1, pending: 5 }, "Expected `pending` to be an object of pending touches, got 5 (number)"],
      [{ ...v1, pending: { a: { touch: 5 } } }, "Expected `pending.a.touch` to be a touch { id, stepId, ... }, got 5 (number)"],
      [{ ...v1, planVersion: "1" }, 'Expected `planVersion` to be a number, got "1" (string)'],
    ] as const) {
      writeFileSync(join(dir, "bad-stored.ndjson"), `${JSON.stringify(lead)}\n${JSON.stringify(record)}\n`);
      const r = run("diff", "plan.yaml", "v2.yaml", "--leads", "bad-stored.ndjson", "--at", "2026-03-09T14:30:00Z");
      expect(r.status, JSON.stringify(record)).toBe(1);
      expect(r.stderr, JSON.stringify(record)).toBe(`bad-stored.ndjson:2: invalid stored record: ${message}\n`);
    }
  });

  it("usage errors: --leads without --at, a bad --at, a bad mode", () => {
    expect(run("diff", "plan.yaml", "v2.yaml", "--leads", "in-flight.ndjson").status).toBe(2);
    const bad = run("diff", "plan.yaml", "v2.yaml", "--leads", "in-flight.ndjson", "--at", "tomorrow");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--at");
    expect(run("diff", "plan.yaml", "v2.yaml", "--mode", "sideways").status).toBe(2);
  });
});

describe("lead-cadence forecast and fit", () => {
  it("fit writes a model on stdout and the held-out check on stderr; forecast reads it", () => {
    const fit = run("fit", "outcomes.ndjson");
    expect(fit.status, fit.stderr).toBe(0);
    const model = JSON.parse(fit.stdout) as { version: number; channels: Record<string, { halfLifeMinutes: number }> };
    expect(model.version).toBe(1);
    expect(model.channels["call"]?.halfLifeMinutes).toBeGreaterThan(0);
    expect(fit.stderr).toMatch(/call: 400 touches, 45 reached; .* held out 80: log loss/);
    writeFileSync(join(dir, "model.json"), fit.stdout);
    const f = run("forecast", "v2.yaml", "--model", "model.json", "--population", "6", "--runs", "3", "--seed", "5", "--until", "P3D");
    expect(f.status, f.stderr).toBe(0);
    expect(f.stdout).toContain("Forecast yaml-plan v2: 6 leads × 3 runs, seed 5, P3D");
    expect(f.stdout).toMatch(/reach: \d+\.\d % \(95 % interval/);
    expect(f.stdout).toContain("fitted to 400 touch outcomes");
    expect(f.stderr).toBe(""); // no progress bar when stderr is not a terminal
  });

  it("--runs, --population and --zones out of range are usage errors naming the flag (exit 2)", () => {
    for (const [flag, value] of [
      ["--runs", "0"],
      ["--population", "0"],
      ["--zones", "Nowhere/Atlantis"],
    ] as const) {
      const r = run("forecast", "v2.yaml", flag, value);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(/^lead-cadence forecast: .*--[a-z]+/);
      expect(r.stderr.split("\n")[0]).toContain(flag);
      expect(r.stderr).not.toContain("options.");
    }
    writeFileSync(join(dir, "no-leads.ndjson"), "\n\n");
    const empty = run("forecast", "v2.yaml", "--leads", "no-leads.ndjson");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe("no-leads.ndjson: no leads to forecast (one JSON object per line)\n");
  });

  it("a bad model is blamed on its own file, fit's --prior as forecast's --model, its keys escaped", () => {
    writeFileSync(join(dir, "bad-model.json"), JSON.stringify({ version: 1, channels: 5 }));
    writeFileSync(join(dir, "ctl-model.json"), JSON.stringify({ version: 1, source: "x", channels: { "sms\u001b[2J\u009b": 5 } }));
    for (const [args, message] of [
      [["fit", "outcomes.ndjson", "--prior", "bad-model.json"], "bad-model.json: Expected `prior.channels` to be an object of channel → parameters, got 5\n"],
      [["forecast", "v2.yaml", "--model", "bad-model.json"], "bad-model.json: Expected `model.channels` to be an object of channel → parameters, got 5\n"],
      [
        ["fit", "outcomes.ndjson", "--prior", "ctl-model.json"],
        "ctl-model.json: Expected `prior.channels.sms\\u001b[2J\\u009b` to be channel parameters, got 5\n",
      ],
      [
        ["forecast", "v2.yaml", "--model", "ctl-model.json"],
        "ctl-model.json: Expected `model.channels.sms\\u001b[2J\\u009b` to be channel parameters, got 5\n",
      ],
    ] as const) {
      const r = run(...args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toBe(message);
    }
  });

  it("the same seed gives the same JSON forecast; bad input fails clearly", () => {
    const a = run("forecast", "v2.yaml", "--leads", "in-flight.ndjson", "--runs", "2", "--until", "P2D", "--format", "json");
    const b = run("forecast", "v2.yaml", "--leads", "in-flight.ndjson", "--runs", "2", "--until", "P2D", "--format", "json");
    expect(a.status, a.stderr).toBe(1); // a stored enrolment is not a lead
    expect(a.stderr).toContain("in-flight.ndjson:3");
    writeFileSync(
      join(dir, "sample.ndjson"),
      `${JSON.stringify({ id: "s1", enrolledAt: "2026-06-09T14:00:00Z", timezone: "America/New_York", contacts: { phone: "+12125550142", email: "s1@example.com" } })}\n`,
    );
    const c = run("forecast", "v2.yaml", "--leads", "sample.ndjson", "--runs", "2", "--until", "P2D", "--format", "json");
    expect(c.status, c.stderr).toBe(0);
    expect(run("forecast", "v2.yaml", "--leads", "sample.ndjson", "--runs", "2", "--until", "P2D", "--format", "json").stdout).toBe(c.stdout);
    expect((JSON.parse(c.stdout) as { leads: number }).leads).toBe(1);
    expect(b.status).toBe(1);
    expect(run("forecast", "v2.yaml", "--runs", "many").status).toBe(2);
    const bad = run("fit", "bad-outcomes.ndjson");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("bad-outcomes.ndjson:2");
    expect(bad.stderr).toContain("minutesSinceArrival");
  });
});
