// Consumer test: installs the packed package into a scratch project outside the repo and uses it
// the way a CRM would, once through ESM `import` and once through CommonJS `require`.
//
//   npm run build && node test/consumer/run.mjs
//
// Set LEAD_CADENCE_KEEP_SCRATCH=1 to keep the scratch directory for inspection.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { checkDocBlocks } from "./docBlocks.mjs";
import { checkPackage } from "./packageCheck.mjs";
import { fullCollectionFaults, TRACE_FLAGS } from "../runtime/fixtures/fullCollectionTrace.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const NOW = "2026-03-09T14:00:00Z";
const isWindows = process.platform === "win32";

let passed = 0;
let failed = 0;

function report(name, fn) {
  try {
    fn();
    passed++;
    console.log(`  ok    ${name}`);
    return true;
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}`);
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return false;
  }
}

function indent(text) {
  return String(text)
    .split("\n")
    .map((line) => `        ${line}`)
    .join("\n");
}

function run(command, args, options) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    shell: isWindows,
    timeout: 300_000,
    ...options,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// --- the two consumer scripts: same body, different module systems -------------------------------

const body = String.raw`
const NOW = ${JSON.stringify(NOW)};
const results = [];
let decision = null;

function check(name, fn) {
  try {
    fn();
    results.push({ name, ok: true });
  } catch (error) {
    results.push({ name, ok: false, error: String((error && error.stack) || error) });
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

check("exports parsePlan, evaluate and planJsonSchema", () => {
  assert.equal(typeof parsePlan, "function");
  assert.equal(typeof evaluate, "function");
  assert.equal(typeof planJsonSchema, "function");
});

let plan;
check("parsePlan accepts the dealer plan", () => {
  plan = parsePlan(readJson(here("dealer-speed-to-lead.json")));
  assert.equal(plan.id, "dealer-speed-to-lead");
  assert.equal(plan.version, 1);
});

check("evaluate at enrolment: exactly one due touch, a call task", () => {
  assert.ok(plan, "the plan did not parse");
  const input = readJson(here("lead.json"));
  const lead = typeof lc.parseLead === "function" ? lc.parseLead(input) : input;
  decision = evaluate(plan, lead, NOW);
  assert.equal(decision.due.length, 1, "due: " + JSON.stringify(decision.due));
  const touch = decision.due[0];
  assert.equal(touch.channel, "call");
  assert.equal(touch.mode, "task");
  assert.ok(touch.id.includes("dealer-speed-to-lead@1/"), "touch id " + JSON.stringify(touch.id));
});

check("a recurring step (rrule, CommonJS-only) is read and described", () => {
  const recurring = parsePlan({
    id: "recurring", version: 1, name: "Recurring calls", timezone: "America/New_York",
    steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0", count: 6 } }],
  });
  const input = readJson(here("lead.json"));
  const d = evaluate(recurring, input, NOW);
  assert.equal(d.trace[0].state, "waiting");
  assert.equal(d.trace[0].until, "2026-03-09T15:00:00.000Z");
  assert.equal(d.trace[0].detail, "every weekday, at 11:00 and 16:00 (lead-local); at most 6 touches");
});

check("formatLocal and formatLocalWithWeekday write local times (luxon, loaded under Node at their first call)", () => {
  assert.equal(lc.formatLocal("Asia/Kolkata", 0), "1970-01-01 05:30 +05:30");
  assert.equal(lc.formatLocalWithWeekday("America/New_York", NOW), "Mon 2026-03-09 10:00 EDT");
});

check("lead-cadence/schema/plan.schema.json resolves to JSON with properties.steps", () => {
  const file = resolveSchema();
  const schema = readJson(file);
  assert.equal(typeof schema, "object");
  assert.equal(typeof schema.properties, "object");
  assert.equal(typeof schema.properties.steps, "object");
});

check("the shipped schema file equals planJsonSchema()", () => {
  assert.deepEqual(readJson(resolveSchema()), JSON.parse(JSON.stringify(planJsonSchema())));
});

process.stdout.write(JSON.stringify({ results, decision }));
`;

const esmSource = String.raw`import * as lc from "lead-cadence";
import { parsePlan, evaluate, planJsonSchema } from "lead-cadence";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const resolveSchema = () => fileURLToPath(import.meta.resolve("lead-cadence/schema/plan.schema.json"));
${body}`;

const cjsSource = String.raw`"use strict";
const lc = require("lead-cadence");
const { parsePlan, evaluate, planJsonSchema } = require("lead-cadence");
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const here = (file) => path.join(__dirname, file);
const resolveSchema = () => require.resolve("lead-cadence/schema/plan.schema.json");
${body}`;

const testingBody = String.raw`
const plan = JSON.parse(readFileSync("dealer-speed-to-lead.json", "utf8"));
const lead = JSON.parse(readFileSync("lead.json", "utf8"));
const timeline = simulate(plan, lead, { until: "P14D", responder: respond.sequence(["no_answer", "connected"], { channel: "call" }) });
process.stdout.write(formatTimeline(timeline));
let thrown;
try {
  simulate({ id: "not-a-plan" }, lead, { until: "P1D", responder: respond.never() });
} catch (error) {
  thrown = error;
}
if (!(thrown instanceof PlanValidationError)) throw new Error("errors from lead-cadence/testing are not instances of lead-cadence's PlanValidationError");
`;

const testingEsmSource = String.raw`import { simulate, respond, formatTimeline } from "lead-cadence/testing";
import { PlanValidationError } from "lead-cadence";
import { readFileSync } from "node:fs";
${testingBody}`;

const testingCjsSource = String.raw`"use strict";
const { simulate, respond, formatTimeline } = require("lead-cadence/testing");
const { PlanValidationError } = require("lead-cadence");
const { readFileSync } = require("node:fs");
${testingBody}`;

// lead-cadence/opt-out: its own entry (the main entry leaves the detector out of its import), and the engine loads it at
// creation through a chunk of the package: the load must resolve in the installed package, ESM and CJS.
const optOutBody = String.raw`
if ("detectOptOut" in lc || "OPT_OUT_RULES" in lc) throw new Error("the main entry still exports the opt-out detector");
const detection = optOut.detectOptOut("Bitte keine Nachrichten mehr");
if (detection.verdict !== "opt_out") throw new Error("detectOptOut: " + JSON.stringify(detection));
if (optOut.OPT_OUT_RULES.map((t) => t.locale).join() !== "en,es,de,nl,fr,pt") throw new Error("OPT_OUT_RULES: " + optOut.OPT_OUT_RULES.length);
const run = async () => {
  const plan = JSON.parse(readFileSync("dealer-speed-to-lead.json", "utf8"));
  const lead = JSON.parse(readFileSync("lead.json", "utf8"));
  const sent = { send: () => ({ status: "sent" }) };
  const adapters = { sms: sent, email: sent, whatsapp: sent };
  const engine = lc.createEngine({ plans: [plan], adapters, clock: lc.createManualClock("2026-03-09T14:00:00Z") });
  await engine.enroll(lead, plan.id);
  await engine.record(lead.id, { type: "inbound", channel: "sms", text: "STOP" });
  const stored = await engine.get(lead.id);
  const optOuts = stored.record.lead.optOuts.map((o) => o.channel + " " + o.source);
  process.stdout.write(optOuts.join());
};
run().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exitCode = 1;
});
`;

const optOutEsmSource = String.raw`import * as lc from "lead-cadence";
import * as optOut from "lead-cadence/opt-out";
import { readFileSync } from "node:fs";
${optOutBody}`;

const optOutCjsSource = String.raw`"use strict";
const lc = require("lead-cadence");
const optOut = require("lead-cadence/opt-out");
const { readFileSync } = require("node:fs");
${optOutBody}`;

// The driver entries: each imports without its optional peer installed (the scratch project has
// none of pg, ioredis, bullmq), and shares the core's error classes.
const driversBody = String.raw`
const out = [];
const expectArgumentError = (fn, label) => {
  let thrown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof ArgumentError)) throw new Error(label + ": expected lead-cadence's ArgumentError, got " + String(thrown));
};
if (typeof postgres.createPostgresStore !== "function" || typeof postgres.migrate !== "function") throw new Error("lead-cadence/postgres lacks createPostgresStore or migrate");
if (readFileSync(resolveSql(), "utf8") !== postgres.postgresSchemaSql(postgres.tableNames())) throw new Error("the shipped sql/postgres.sql differs from postgresSchemaSql()");
expectArgumentError(() => postgres.createPostgresStore({ pool: {} }), "createPostgresStore without a pool");
out.push("postgres");
if (typeof redis.createRedisStore !== "function") throw new Error("lead-cadence/redis lacks createRedisStore");
expectArgumentError(() => redis.createRedisStore({ redis: {} }), "createRedisStore without a client");
out.push("redis");
if (typeof bullmq.createBullmqRunner !== "function") throw new Error("lead-cadence/bullmq lacks createBullmqRunner");
if (!/^w-[0-9a-f]{32}-1767621600000$/.test(bullmq.wakeJobId("lead-1", 1767621600000))) throw new Error("wakeJobId: " + bullmq.wakeJobId("lead-1", 1767621600000));
const engine = createEngine({ plans: [JSON.parse(readFileSync("dealer-speed-to-lead.json", "utf8"))], adapters: { sms: { send: () => ({ status: "sent" }) }, email: { send: () => ({ status: "sent" }) }, whatsapp: { send: () => ({ status: "sent" }) } } });
await bullmq.createBullmqRunner({ engine, connection: {} }).then(
  () => { throw new Error("createBullmqRunner should need bullmq"); },
  (error) => {
    if (!(error instanceof MissingDependencyError) || error.packageName !== "bullmq") throw new Error("expected MissingDependencyError for bullmq, got " + String(error));
  },
);
out.push("bullmq");
process.stdout.write(out.join(","));
`;

const driversEsmSource = String.raw`import * as postgres from "lead-cadence/postgres";
import * as redis from "lead-cadence/redis";
import * as bullmq from "lead-cadence/bullmq";
import { ArgumentError, MissingDependencyError, createEngine } from "lead-cadence";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
const resolveSql = () => fileURLToPath(import.meta.resolve("lead-cadence/sql/postgres.sql"));
${driversBody}`;

const driversCjsSource = String.raw`"use strict";
const postgres = require("lead-cadence/postgres");
const redis = require("lead-cadence/redis");
const bullmq = require("lead-cadence/bullmq");
const { ArgumentError, MissingDependencyError, createEngine } = require("lead-cadence");
const { readFileSync } = require("node:fs");
const resolveSql = () => require.resolve("lead-cadence/sql/postgres.sql");
(async () => {
${driversBody}
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});`;

// One process holding both builds: errors thrown by one build pass the other build's guards.
const dualSource = String.raw`import * as esm from "lead-cadence";
import { createRequire } from "node:module";
const cjs = createRequire(import.meta.url)("lead-cadence");
if (cjs.PlanValidationError === esm.PlanValidationError) throw new Error("the ESM and CommonJS builds share one class: this check proves nothing");
const thrown = (fn) => { try { fn(); } catch (error) { return error; } throw new Error("expected a throw"); };
const cases = [
  ["isPlanValidationError", (lc) => thrown(() => lc.parsePlan({ id: "not-a-plan" }))],
  ["isLeadValidationError", (lc) => thrown(() => lc.parseLead({ id: "" }))],
  ["isArgumentError", (lc) => thrown(() => lc.evaluate({ id: "p", version: 1, name: "p", timezone: "UTC", steps: [{ id: "s", channel: "sms", at: { after: "PT0S" } }] }, { id: "l", enrolledAt: "2026-03-09T14:00:00Z" }, "yesterday"))],
  ["isMissingDependencyError", (lc) => new lc.MissingDependencyError("date-holidays", "Country holidays")],
  ["isEngineError", (lc) => new lc.EngineError("unknown_lead", "x")],
];
for (const [guard, make] of cases) {
  for (const [from, to] of [[cjs, esm], [esm, cjs]]) {
    const error = make(from);
    if (!to.isCadenceError(error)) throw new Error(guard + ": isCadenceError rejects an error of the other build");
    if (!to[guard](error)) throw new Error(guard + " rejects an error of the other build: " + error.name);
    if (to.isArgumentError(error) && guard !== "isArgumentError") throw new Error("isArgumentError accepts a " + error.name);
  }
}
process.stdout.write("guards ok " + cases.length);
`;

const analyzeBody = String.raw`
const plan = JSON.parse(readFileSync("dealer-speed-to-lead.json", "utf8"));
const report = lintPlan(plan, { grid: { hours: [13] } });
if (!Array.isArray(report.findings) || report.findings.length === 0) throw new Error("lintPlan found nothing in the dealer plan");
if (!report.findings.some((f) => f.rule === "task-sla")) throw new Error("lintPlan did not report task-sla");
if (lintSarif(report, { file: "plan.json" }).version !== "2.1.0") throw new Error("lintSarif is not SARIF 2.1.0");
let thrown;
try {
  lintPlan({ id: "not-a-plan" });
} catch (error) {
  thrown = error;
}
if (!(thrown instanceof PlanValidationError)) throw new Error("errors from lead-cadence/analyze are not instances of lead-cadence's PlanValidationError");
process.stdout.write(report.findings.map((f) => f.rule).join(",") + "\n");
const v2 = { ...plan, version: 2, steps: plan.steps.slice(0, -1) };
const diff = diffPlans(plan, v2);
const applied = applyPlanDiff(plan, JSON.parse(JSON.stringify(diff)));
if (diff.steps.removed.length !== 1 || applied.version !== 2 || applied.steps.length !== v2.steps.length) throw new Error("diffPlans/applyPlanDiff do not round-trip");
const f = forecast(plan, { population: { size: 3 }, runs: 2, seed: 1, until: "P2D" });
if (!(f.reach.value >= 0 && f.reach.value <= 1) || f.byStep.length !== plan.steps.length) throw new Error("forecast gave no usable figures");
`;

const analyzeEsmSource = String.raw`import { lintPlan, lintSarif, diffPlans, applyPlanDiff, forecast } from "lead-cadence/analyze";
import { PlanValidationError } from "lead-cadence";
import { readFileSync } from "node:fs";
${analyzeBody}`;

const analyzeCjsSource = String.raw`"use strict";
const { lintPlan, lintSarif, diffPlans, applyPlanDiff, forecast } = require("lead-cadence/analyze");
const { PlanValidationError } = require("lead-cadence");
const { readFileSync } = require("node:fs");
${analyzeBody}`;

const reportBody = String.raw`
const plan = JSON.parse(readFileSync("dealer-speed-to-lead.json", "utf8"));
const lead = JSON.parse(readFileSync("lead.json", "utf8"));
const timeline = simulate(plan, lead, { until: "P14D", responder: respond.never() });
const page = renderTimelineHtml(timeline);
if (!page.startsWith("<!doctype html>")) throw new Error("not an HTML document");
if (!page.includes(REPORT_CSP.replace(/'/g, "&#39;"))) throw new Error("the report lacks its content-security policy");
const marks = page.match(/data-kind="touch"/g) ?? [];
// One mark on the chart and one row in the table per touch.
if (marks.length !== 2 * timeline.touches.length) throw new Error("expected " + 2 * timeline.touches.length + " touch marks and rows, got " + marks.length);
process.stdout.write("report " + page.length + " bytes, " + timeline.touches.length + " touches");
`;

const reportEsmSource = String.raw`import { renderTimelineHtml, REPORT_CSP } from "lead-cadence/report";
import { simulate, respond } from "lead-cadence/testing";
import { readFileSync } from "node:fs";
${reportBody}`;

const reportCjsSource = String.raw`"use strict";
const { renderTimelineHtml, REPORT_CSP } = require("lead-cadence/report");
const { simulate, respond } = require("lead-cadence/testing");
const { readFileSync } = require("node:fs");
${reportBody}`;

const lead = {
  id: "lead-ny-consumer",
  enrolledAt: NOW,
  timezone: "America/New_York",
  contacts: { phone: "+12125550100", email: "casey@example.com" },
};

// --- main ------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), "lead-cadence-consumer-"));
const packDir = join(work, "pack");
const project = join(work, "project");

try {
  console.log(`consumer: scratch project in ${work}`);

  let tarball;
  const packed = report("npm pack produces a tarball with dist/ and schema/ and no sources (of the examples, only the plans)", () => {
    for (const file of ["dist/index.js", "dist/index.cjs", "schema/plan.schema.json"]) {
      assert.ok(existsSync(join(repo, file)), `${file} is missing: run \`npm run build\` first`);
    }
    mkdirSync(packDir);
    const out = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: repo });
    const info = JSON.parse(out.slice(out.indexOf("[")))[0];
    tarball = join(packDir, info.filename);
    assert.ok(existsSync(tarball), `no tarball at ${tarball}`);
    const files = info.files.map((f) => f.path);
    for (const file of [
      "package.json",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "schema/plan.schema.json",
      "sql/postgres.sql",
      "dist/postgres.js",
      "dist/postgres.cjs",
      "dist/postgres.d.ts",
      "dist/redis.js",
      "dist/redis.cjs",
      "dist/bullmq.js",
      "dist/bullmq.cjs",
      // docs/cli.md's commands read these, run from an installed package too.
      "examples/leads/new-york-fresh.json",
    ]) {
      assert.ok(files.includes(file), `the tarball lacks ${file}`);
    }
    const stray = files.filter((f) => /^(src|test|scripts)\//.test(f) || (f.startsWith("examples/") && !/^examples\/(plans|leads)\//.test(f)));
    assert.deepEqual(stray, [], "the tarball should not ship sources or tests");
  });

  // What the tarball holds and how its links, types and package.json read (test/consumer/packageCheck.mjs).
  if (packed) checkPackage({ repo, tarball, report, run });

  const installed =
    packed &&
    report("npm install of the tarball into a scratch project", () => {
      mkdirSync(project);
      writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "lead-cadence-consumer-scratch", version: "0.0.0", private: true }, null, 2)}\n`);
      run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--loglevel=error"], { cwd: project });
      assert.ok(existsSync(join(project, "node_modules", "lead-cadence", "package.json")));
    });

  if (installed) {
    copyFileSync(join(repo, "examples", "plans", "dealer-speed-to-lead.json"), join(project, "dealer-speed-to-lead.json"));
    writeFileSync(join(project, "lead.json"), `${JSON.stringify(lead, null, 2)}\n`);
    writeFileSync(join(project, "consumer.mjs"), esmSource);
    writeFileSync(join(project, "consumer.cjs"), cjsSource);

    // Each script runs under a different host TZ: equal decisions show the host zone does not matter.
    const runs = [
      { kind: "esm", file: "consumer.mjs", tz: "Pacific/Chatham" },
      { kind: "cjs", file: "consumer.cjs", tz: "America/Los_Angeles" },
    ];
    const decisions = {};
    for (const { kind, file, tz } of runs) {
      const child = spawnSync(process.execPath, [file], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, TZ: tz },
        timeout: 60_000,
      });
      let output;
      const started = report(`${kind}: node ${file} (TZ=${tz}) runs and reports`, () => {
        if (child.error) throw child.error;
        assert.equal(child.status, 0, `exit ${child.status}\n${child.stderr}`);
        output = JSON.parse(child.stdout);
      });
      if (!started) continue;
      for (const result of output.results) {
        report(`${kind}: ${result.name}`, () => {
          if (!result.ok) throw new Error(result.error);
        });
      }
      decisions[kind] = output.decision;
    }

    report("esm and cjs decisions are deep-equal (host TZ independent)", () => {
      assert.ok(decisions.esm, "no ESM decision");
      assert.ok(decisions.cjs, "no CJS decision");
      assert.deepStrictEqual(decisions.esm, decisions.cjs);
    });

    // lead-cadence/testing under ESM and CJS, in a project without vitest (the kit must not import it).
    writeFileSync(join(project, "testing.mjs"), testingEsmSource);
    writeFileSync(join(project, "testing.cjs"), testingCjsSource);
    for (const file of ["testing.mjs", "testing.cjs"]) {
      report(`lead-cadence/testing imports, simulates and shares error classes, without vitest installed (${file})`, () => {
        assert.ok(!existsSync(join(project, "node_modules", "vitest")), "vitest should not be installed in the scratch project");
        const out = run(process.execPath, [file], { cwd: project });
        assert.match(out, /call-now #1/);
        assert.match(out, /Exit: connected at Mon 2026-03-09 11:00 EDT/);
      });
    }

    writeFileSync(join(project, "opt-out.mjs"), optOutEsmSource);
    writeFileSync(join(project, "opt-out.cjs"), optOutCjsSource);
    for (const file of ["opt-out.mjs", "opt-out.cjs"]) {
      report(`lead-cadence/opt-out detects, and the engine loads it for its inbound messages (${file})`, () => {
        assert.equal(run(process.execPath, [file], { cwd: project }), "sms inbound:en.keyword.stop");
      });
    }

    writeFileSync(join(project, "drivers.mjs"), driversEsmSource);
    writeFileSync(join(project, "drivers.cjs"), driversCjsSource);
    for (const file of ["drivers.mjs", "drivers.cjs"]) {
      report(`driver entries import without their optional peers and share error classes (${file})`, () => {
        for (const peer of ["pg", "ioredis", "bullmq"])
          assert.ok(!existsSync(join(project, "node_modules", peer)), `${peer} should not be installed in the scratch project`);
        const out = run(process.execPath, [file], { cwd: project });
        assert.equal(out, "postgres,redis,bullmq");
      });
    }

    writeFileSync(join(project, "dual.mjs"), dualSource);
    report("an error thrown by the CommonJS build passes the ESM guards, and the other way round", () => {
      const out = run(process.execPath, ["dual.mjs"], { cwd: project });
      assert.match(out, /guards ok 5/);
    });
    report("an evaluate-only browser bundle of the installed package leaves out the opt-out tables and stays within 150,000 bytes (esbuild, minified)", () => {
      const { buildSync } = createRequire(join(repo, "package.json"))("esbuild");
      const out = buildSync({
        stdin: { contents: `export { evaluate } from "lead-cadence";`, resolveDir: project, loader: "js" },
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        write: false,
      });
      const text = out.outputFiles[0].text;
      // The rule tables are built in pure-annotated functions: a bundler drops them when only evaluate is imported.
      for (const phrase of ["keine nachrichten", "whatsapp msgs", "mensajes de texto"])
        assert.ok(!text.includes(phrase), `bundle holds opt-out rule text "${phrase}"`);
      // The presets' titles and sources are read from COMPLIANCE_PRESETS, not by evaluate (policy/presets/index.ts).
      assert.ok(!text.includes("no telephone solicitation before 8 a.m."), "bundle holds a compliance preset's source");
      // zod's JSON Schema processors share our zod chunk; their table of contributors is pure-annotated at build
      // (scripts/pureZodTables.mjs), so a bundler drops it with the rest of planJsonSchema.
      assert.ok(!text.includes("exclusiveMinimum"), "bundle holds zod's JSON Schema processors");
      // Issue 14's bound, as users bundle the package: 147.8 kB at 8b26b5e (150.2 kB before the presets' texts and zod's JSON Schema
      // contributors left it; 248.7 kB before the tables, memos and the engine could be left out).
      assert.ok(text.length <= 150_000, `bundle is ${text.length} bytes`);
    });

    // luxon under Node's ESM import: at formatLocal's first call, through package.json#imports (tsup.config.ts, luxonAtFirstUse).
    writeFileSync(
      join(project, "noLuxonImport.mjs"),
      // Node 20's module hooks see ESM resolutions only: an ESM import of luxon fails, the require at first use does not.
      String.raw`export async function resolve(specifier, context, next) {
  if (specifier === "luxon" && context.conditions.includes("import")) throw new Error("luxon imported with the main entry");
  return next(specifier, context);
}`,
    );
    writeFileSync(join(project, "noLuxonHooks.mjs"), `import { register } from "node:module";\nregister("./noLuxonImport.mjs", import.meta.url);\n`);
    writeFileSync(
      join(project, "lazyLuxon.mjs"),
      `const lc = await import("lead-cadence");\nprocess.stdout.write(lc.formatLocalWithWeekday("America/New_York", ${JSON.stringify(NOW)}));\n`,
    );
    report("under Node, an ESM import of the main entry loads no luxon; formatLocal requires it at its first call", () => {
      const out = run(process.execPath, ["--import", "./noLuxonHooks.mjs", "lazyLuxon.mjs"], { cwd: project });
      assert.equal(out, "Mon 2026-03-09 10:00 EDT");
      // The hook can fail: with luxon imported statically (the package's import under bundlers' conditions), the import throws.
      const hooked = spawnSync(process.execPath, ["--no-addons", "--import", "./noLuxonHooks.mjs", "lazyLuxon.mjs"], { cwd: project, encoding: "utf8" });
      assert.notEqual(hooked.status, 0, "the hook did not stop a static import of luxon");
      assert.match(hooked.stderr, /luxon imported with the main entry/);
    });
    report("formatLocal bundled from the installed package (esbuild, for browsers and for Node) holds luxon and runs without node_modules", () => {
      const { buildSync } = createRequire(join(repo, "package.json"))("esbuild");
      const bundle = (platform) =>
        buildSync({
          stdin: { contents: `export { formatLocal } from "lead-cadence";`, resolveDir: project, loader: "js" },
          bundle: true,
          format: "iife",
          globalName: "leadCadence",
          platform,
          write: false,
          logLevel: "silent",
        }).outputFiles[0].text;
      // A browser: a context with no Node global (no process, no require).
      const context = vm.createContext({});
      vm.runInContext(bundle("browser"), context);
      assert.equal(vm.runInContext(`leadCadence.formatLocal("Asia/Kolkata", 0)`, context), "1970-01-01 05:30 +05:30");
      // A single-file Node service: the bundle run from a folder with no node_modules above it.
      const alone = mkdtempSync(join(tmpdir(), "lead-cadence-bundle-"));
      try {
        writeFileSync(join(alone, "bundle.cjs"), `${bundle("node")}\nprocess.stdout.write(leadCadence.formatLocal("Asia/Kolkata", 0));\n`);
        assert.equal(run(process.execPath, ["bundle.cjs"], { cwd: alone }), "1970-01-01 05:30 +05:30");
      } finally {
        rmSync(alone, { recursive: true, force: true });
      }
    });

    // A full collection must not throw away evaluate's or the engine's optimised code (test/runtime/fullCollection.test.ts):
    // the same fixture, its import of the sources made an import of the installed package, in both module systems.
    // The package's build tree-shakes what a bundle of the sources keeps: a blank instance kept in a variable nothing
    // reads was dropped there and only there.
    const cases = join(project, "full-collection-cases.json");
    run(process.execPath, ["--import", "tsx", join(repo, "test", "runtime", "fixtures", "fullCollectionCases.ts"), cases], { cwd: repo });
    for (const format of ["esm", "cjs"]) {
      report(`a full collection keeps evaluate's and the engine's optimised code (${format})`, () => {
        const { buildSync } = createRequire(join(repo, "package.json"))("esbuild");
        const file = join(project, `full-collection.${format === "esm" ? "mjs" : "cjs"}`);
        const fixture = readFileSync(join(repo, "test", "runtime", "fixtures", "fullCollection.ts"), "utf8");
        const source = fixture.replace('"../../../src/index.js"', '"lead-cadence"');
        assert.notEqual(source, fixture, "the fixture no longer imports ../../../src/index.js");
        buildSync({
          stdin: { contents: source, loader: "ts", resolveDir: project },
          outfile: file,
          bundle: true,
          external: ["lead-cadence"],
          format,
          platform: "node",
          logLevel: "silent",
        });
        const out = run(process.execPath, [...TRACE_FLAGS, file, cases, "40"], { cwd: project, maxBuffer: 256 * 1024 * 1024 });
        assert.deepEqual(fullCollectionFaults(out), []);
      });
    }

    // lead-cadence/analyze under ESM and CJS.
    writeFileSync(join(project, "analyze.mjs"), analyzeEsmSource);
    writeFileSync(join(project, "analyze.cjs"), analyzeCjsSource);
    for (const file of ["analyze.mjs", "analyze.cjs"]) {
      report(`lead-cadence/analyze lints a plan and shares error classes (${file})`, () => {
        const out = run(process.execPath, [file], { cwd: project });
        assert.match(out, /task-sla/);
      });
    }

    writeFileSync(join(project, "report.mjs"), reportEsmSource);
    writeFileSync(join(project, "report.cjs"), reportCjsSource);
    for (const file of ["report.mjs", "report.cjs"]) {
      report(`lead-cadence/report renders a timeline as an HTML page (${file})`, () => {
        const out = run(process.execPath, [file], { cwd: project });
        assert.match(out, /^report \d+ bytes, \d+ touches$/);
      });
    }

    // The docs' code blocks, in a project of their own that also has vitest (the one above must not).
    const docsProject = join(work, "docs-project");
    const docsInstalled = report("npm install of the tarball into a scratch project for the docs' code", () => {
      mkdirSync(docsProject);
      writeFileSync(
        join(docsProject, "package.json"),
        `${JSON.stringify({ name: "lead-cadence-docs-scratch", version: "0.0.0", private: true, type: "module" }, null, 2)}\n`,
      );
      run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--loglevel=error"], { cwd: docsProject });
    });
    if (docsInstalled) checkDocBlocks({ repo, project: docsProject, report, run });

    report("the packed lead-cadence bin validates the dealer plan with exit 0", () => {
      const bin = join(project, "node_modules", ".bin", isWindows ? "lead-cadence.cmd" : "lead-cadence");
      assert.ok(existsSync(bin), "no node_modules/.bin/lead-cadence");
      const out = run(bin, ["validate", "dealer-speed-to-lead.json"], { cwd: project });
      assert.match(out, /dealer-speed-to-lead\.json: valid plan dealer-speed-to-lead v1/);
    });
  }
} catch (error) {
  failed++;
  console.log("  FAIL  consumer test crashed");
  console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
} finally {
  if (process.env.LEAD_CADENCE_KEEP_SCRATCH === "1") console.log(`consumer: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
