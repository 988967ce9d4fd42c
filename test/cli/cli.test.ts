import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planJsonSchema } from "../../src/index.js";
import { buildCli, repo, runBuilt, type CliRun } from "./buildCli.js";

let cli = "";
let dir = "";
const run = (...args: string[]): CliRun => runBuilt(cli, args, dir);
const DEALER = join(repo, "examples/plans/dealer-speed-to-lead.json");
const LEAD = join(repo, "examples/leads/new-york-fresh.json");

const DEALER_YAML = `# The dealer plan, shortened, in YAML
id: dealer-yaml
version: 2
name: Dealer (YAML)
timezone: America/New_York
steps:
  - id: call-now
    channel: call
    mode: task
    at: { after: PT0S }
  - id: sms-intro
    channel: sms
    at:
      after: PT5M
exits:
  - on: reply
  - on: connected
policies:
  quietHours:
    - { from: "21:00", to: "08:00" }
`;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), "lead-cadence-cli-"));
  writeFileSync(join(dir, "dealer.yaml"), DEALER_YAML);
  copyFileSync(DEALER, join(dir, "dealer.json"));
  copyFileSync(LEAD, join(dir, "lead.json"));
}, 60_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
  if (cli !== "") rmSync(join(cli, ".."), { recursive: true, force: true });
});

describe("the built lead-cadence binary", () => {
  it("is an ESM file with a node shebang, executable directly", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    chmodSync(cli, 0o755);
    const direct = spawnSync(cli, ["--help"], { encoding: "utf8" });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain("Usage: lead-cadence <command>");
  });

  describe("validate", () => {
    it("exits 0 for the example plans, JSON and YAML", () => {
      const r = run("validate", "dealer.json", "dealer.yaml", join(repo, "examples/plans/b2b-outbound.json"));
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("dealer.json: valid plan dealer-speed-to-lead v1 (8 steps)");
      expect(r.stdout).toContain("dealer.yaml: valid plan dealer-yaml v2 (2 steps)");
    });

    it("lists every issue with its path, file, line and column (YAML)", () => {
      writeFileSync(
        join(dir, "bad.yaml"),
        [
          "id: demo",
          "version: 1",
          "name: Demo",
          "timezone: Mars/Base",
          "steps:",
          "  - id: call",
          "    channel: call",
          "    at: { after: 5 minutes }",
          "  - id: sms",
          "    channel: sms",
          "    at:",
          "      after: PT5M",
          "    bogus: 1",
          "",
        ].join("\n"),
      );
      const r = run("validate", "bad.yaml");
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("bad.yaml: invalid plan (3 issues)");
      expect(r.stdout).toMatch(/bad\.yaml:4:11 {2}timezone: .*Mars\/Base/);
      expect(r.stdout).toMatch(/bad\.yaml:8:18 {2}steps\[0\]\.at\.after: Expected an ISO-8601 duration like PT5M or P1D, got "5 minutes"/);
      expect(r.stdout).toMatch(/bad\.yaml:13:12 {2}steps\[1\]\.bogus: /);
    });

    it("maps issues back to lines in JSON files too", () => {
      const plan = JSON.parse(readFileSync(DEALER, "utf8")) as { steps: { at: Record<string, unknown> }[] };
      plan.steps[3]!.at = { after: "1 hour" };
      writeFileSync(join(dir, "bad.json"), JSON.stringify(plan, null, 2));
      const lines = JSON.stringify(plan, null, 2).split("\n");
      const line = lines.findIndex((l) => l.includes('"1 hour"')) + 1;
      const r = run("validate", "bad.json");
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`bad.json:${line}:`);
      expect(r.stdout).toContain("steps[3].at.after");
    });

    it("--format json gives one object per file", () => {
      const r = run("validate", "dealer.json", "bad.yaml", "--format", "json");
      expect(r.status).toBe(1);
      const [ok, bad] = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(ok).toMatchObject({ file: "dealer.json", valid: true, id: "dealer-speed-to-lead" });
      expect(bad).toMatchObject({ file: "bad.yaml", valid: false });
      expect((bad!["issues"] as { where: string; line: number }[])[1]).toMatchObject({ where: "steps[0].at.after", line: 8 });
    });

    it("a YAML syntax error shows file:line:col and the line, not a stack trace", () => {
      writeFileSync(join(dir, "syntax.yaml"), "id: x\nsteps:\n  - id: a\n    at: { after: [1, 2\n  - b: c\n");
      const r = run("validate", "syntax.yaml");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^syntax\.yaml:5:3: invalid YAML: /);
      expect(r.stderr).toContain("  - b: c");
      expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    });

    it("duplicate YAML keys are errors with their position", () => {
      writeFileSync(join(dir, "dup.yaml"), "id: a\nid: b\n");
      const r = run("validate", "dup.yaml");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^dup\.yaml:2:1: invalid YAML: Map keys must be unique/);
    });

    it("a JSON syntax error shows file:line:col", () => {
      writeFileSync(join(dir, "syntax.json"), '{\n  "id": "x",\n  "steps": [\n    { "id": "a", }\n  ]\n}\n');
      const r = run("validate", "syntax.json");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^syntax\.json:4:18: invalid JSON: Expected a property name in double quotes, got "}"/);
    });

    it("a missing file or a directory is named, exit 1", () => {
      const r = run("validate", "nope.json");
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("nope.json: cannot read the file: no such file\n");
      expect(run("validate", ".").stderr).toBe(".: cannot read the file: it is a directory\n");
    });

    it("a 10 MB plan validates with --max-input-size, and an error at its end is found at the right line", () => {
      const plan = JSON.parse(readFileSync(DEALER, "utf8")) as Record<string, unknown> & { steps: Record<string, unknown>[] };
      plan["description"] = "x".repeat(10 * 1024 * 1024);
      writeFileSync(join(dir, "big.json"), JSON.stringify(plan, null, 2));
      const ok = run("validate", "big.json", "--max-input-size", "16MB");
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("big.json: valid plan");
      plan.steps[7]!["channel"] = "Carrier Pigeon";
      const text = JSON.stringify(plan, null, 2);
      writeFileSync(join(dir, "big-bad.json"), text);
      const line = text.split("\n").findIndex((l) => l.includes("Carrier Pigeon")) + 1;
      const bad = run("validate", "big-bad.json", "--max-input-size", "16MB");
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain(`big-bad.json:${line}:`);
      writeFileSync(join(dir, "big-syntax.json"), `${text.slice(0, -2)},,}`);
      const syntax = run("validate", "big-syntax.json", "--max-input-size", "16MB");
      expect(syntax.status).toBe(1);
      expect(syntax.stderr).toMatch(/^big-syntax\.json:\d+:\d+: invalid JSON: /);
    });
  });

  describe("simulate", () => {
    it("prints the timeline with local times, reasons and the exit", () => {
      const r = run("simulate", "dealer.json", "--lead", "lead.json", "--responder", "sequence@call:no_answer,no_answer,connected", "--until", "P14D");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Mon 2026-03-09 10:00 EDT  touch  call     call-now #1");
      expect(r.stdout).toContain("Exit: connected at Mon 2026-03-09 13:00 EDT");
      expect(r.stdout).not.toContain("\u001b[");
    });

    it("runs YAML plans and prints JSON on request", () => {
      const r = run("simulate", "dealer.yaml", "--lead", "lead.json", "--responder", "call=always:no_answer;sms=always:replied", "--format", "json");
      expect(r.status).toBe(0);
      const json = JSON.parse(r.stdout) as { exit: { reason: string }; entries: { kind: string; outcome?: string }[] };
      // The SMS is the plan's last step: the engine completes the cadence when it is sent, before the reply can be recorded.
      expect(json.exit.reason).toBe("completed");
      expect(json.entries.filter((e) => e.kind === "touch").map((e) => e.outcome)).toEqual(["no_answer", "replied"]);
    });

    it("simulates a population quietly when piped, with totals", () => {
      const lead = JSON.parse(readFileSync(LEAD, "utf8")) as Record<string, unknown>;
      const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ ...lead, id: `lead-${i}` }));
      writeFileSync(join(dir, "leads.jsonl"), `${lines.join("\n")}\n`);
      const r = run("simulate", "dealer.json", "--population", "leads.jsonl", "--responder", "random:seed=7,connected=0.3,replied=0.1");
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/40 leads · \d+ touches · [\d.]+ per lead · exits: /);
      const json = run("simulate", "dealer.json", "--population", "leads.jsonl", "--format", "json");
      expect(json.stdout.trim().split("\n")).toHaveLength(40);
    });

    it("writes an HTML report of one lead or of a population with --html", () => {
      const one = run("simulate", "dealer.json", "--lead", "lead.json", "--until", "P14D", "--html", "lead.html");
      expect(one.status).toBe(0);
      expect(one.stdout).toContain("call-now #1");
      expect(one.stderr).toMatch(/^report written to lead\.html \(\d+ KB\)\n$/);
      const page = readFileSync(join(dir, "lead.html"), "utf8");
      expect(page).toMatch(/^<!doctype html>/);
      expect(page.match(/<g id="lead0-m\d+" class="mark mark-touch/g)).toHaveLength(10);
      const lead = JSON.parse(readFileSync(LEAD, "utf8")) as Record<string, unknown>;
      writeFileSync(join(dir, "few.jsonl"), `${Array.from({ length: 5 }, (_, i) => JSON.stringify({ ...lead, id: `few-${i}` })).join("\n")}\n`);
      const many = run("simulate", "dealer.json", "--population", "few.jsonl", "--html", "population.html");
      expect(many.status).toBe(0);
      expect(readFileSync(join(dir, "population.html"), "utf8")).toContain("5 leads");
      const denied = run("simulate", "dealer.json", "--lead", "lead.json", "--html", "no-such-dir/report.html");
      expect(denied.status).toBe(1);
      expect(denied.stderr).toMatch(/^no-such-dir\/report\.html: cannot write the report: ENOENT/);
    });

    it("a bad lead line in a population is named by file and line", () => {
      writeFileSync(join(dir, "bad.jsonl"), '{"id":"a","enrolledAt":"2026-03-09T14:00:00Z"}\n{"id":"b"}\n');
      const r = run("simulate", "dealer.json", "--population", "bad.jsonl");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^bad\.jsonl:2: invalid lead \(1 issue\)\n {2}bad\.jsonl:2 {2}enrolledAt: /);
      writeFileSync(join(dir, "broken.jsonl"), '{"id":"a"\n');
      expect(run("simulate", "dealer.json", "--population", "broken.jsonl").stderr).toMatch(/^broken\.jsonl:1:10: invalid JSON/);
      // Columns count the line as it is in the file, indentation included.
      writeFileSync(join(dir, "indented.jsonl"), `{"id":"a","enrolledAt":"2026-03-09T14:00:00Z"}\n    {"id": 1,}\n  ${"[".repeat(70)}\n`);
      const indented = run("simulate", "dealer.json", "--population", "indented.jsonl", "--skip-bad-lines");
      expect(indented.stderr).toMatch(/^indented\.jsonl:2:14: invalid JSON/m);
      expect(indented.stderr).toMatch(/^indented\.jsonl:3:67: nested deeper than 64/m);
    });

    it("wrong arguments give a short usage error and exit 2", () => {
      for (const args of [
        ["simulate", "dealer.json"],
        ["simulate", "dealer.json", "--lead", "lead.json", "--responder", "sometimes"],
        ["simulate", "dealer.json", "--lead", "lead.json", "--responder", "always:picked_up"],
        ["simulate", "dealer.json", "--lead", "lead.json", "--until", "fortnight"],
        ["simulate", "dealer.json", "--lead", "lead.json", "--format", "xml"],
        ["simulate", "dealer.json", "--lead"],
        ["simulate", "--wat"],
      ]) {
        const r = run(...args);
        expect(r.status, args.join(" ")).toBe(2);
        expect(r.stderr).toMatch(/^lead-cadence simulate: .+\n\nUsage: lead-cadence simulate/);
        expect(r.stdout).toBe("");
      }
    });

    it("an invalid lead file is reported with positions", () => {
      writeFileSync(join(dir, "bad-lead.json"), '{\n  "id": "x",\n  "enrolledAt": "yesterday"\n}\n');
      const r = run("simulate", "dealer.json", "--lead", "bad-lead.json");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/bad-lead\.json:3:17 {2}enrolledAt: /);
    });
  });

  describe("explain", () => {
    it("prints the decision with every step's state and reason on the lead's clock", () => {
      const r = run("explain", "dealer.json", "--lead", "lead.json", "--at", "2026-03-09T02:30:00-05:00");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("At Mon 2026-03-09 03:30 EDT (2026-03-09T07:30:00.000Z)");
      expect(r.stdout).toMatch(/call-now +waiting +waiting for its scheduled time +#1 +call +until Mon 2026-03-09 10:00 EDT/);
      expect(r.stdout).toContain("Next wake-up: Mon 2026-03-09 10:00 EDT");
      const due = run("explain", "dealer.json", "--lead", "lead.json", "--at", "2026-03-09T14:00:00Z", "--format", "json");
      expect(JSON.parse(due.stdout)).toMatchObject({ due: [{ stepId: "call-now", channel: "call" }] });
    });

    it("needs --lead and a zoned --at", () => {
      expect(run("explain", "dealer.json", "--at", "2026-03-09T14:00:00Z").status).toBe(2);
      const r = run("explain", "dealer.json", "--lead", "lead.json", "--at", "2026-03-09 14:00");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--at must be an ISO-8601 instant with Z or an offset");
      const far = run("explain", "dealer.json", "--lead", "lead.json", "--at", "2300-01-01T00:00:00Z");
      expect(far.status).toBe(2);
      expect(far.stderr).toMatch(
        /^lead-cadence explain: --at must be an instant between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59\.999Z, got "2300-01-01T00:00:00Z"/,
      );
    });
  });

  describe("- reads standard input", () => {
    const piped = (input: string, ...args: string[]): CliRun => {
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } });
      if (r.error) throw r.error;
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };

    it("for a positional file and a file option, in every command that reads files", () => {
      // `-` was a file named "-": validate said "-: cannot read the file".
      const valid = piped(DEALER_YAML, "validate", "-");
      expect(valid.stderr).toBe("");
      expect(valid.stdout).toBe("-: valid plan dealer-yaml v2 (2 steps)\n");
      expect(valid.status).toBe(0);
      const invalid = piped("id: x\nversion: 0\n", "validate", "-");
      expect(invalid.status).toBe(1);
      expect(invalid.stdout).toMatch(/^-: invalid plan .*\n {2}-:2:10 {2}version: /);
      const lead = readFileSync(join(dir, "lead.json"), "utf8");
      const fromFile = run("simulate", "dealer.json", "--lead", "lead.json", "--until", "P2D");
      expect(fromFile.status).toBe(0);
      expect(piped(lead, "simulate", "dealer.json", "--lead", "-", "--until", "P2D")).toEqual(fromFile);
      expect(piped(DEALER_YAML, "simulate", "-", "--lead", "lead.json", "--until", "P2D").stdout).toContain("call-now");
      expect(piped(readFileSync(DEALER, "utf8"), "lint", "-").status).toBe(run("lint", "dealer.json").status);
      expect(piped(readFileSync(DEALER, "utf8"), "explain", "-", "--lead", "lead.json", "--at", "2026-03-09T15:00:00Z")).toEqual(
        run("explain", "dealer.json", "--lead", "lead.json", "--at", "2026-03-09T15:00:00Z"),
      );
    });

    it("at most once per command: a second - is a usage error, not an empty document", () => {
      for (const args of [
        ["validate", "-", "-"],
        ["diff", "-", "-"],
        ["simulate", "-", "--lead", "-"],
      ]) {
        const r = piped(DEALER_YAML, ...args);
        expect(r.status, args.join(" ")).toBe(2);
        expect(r.stderr, args.join(" ")).toContain("standard input (-) can be read only once");
      }
    });

    it("is said in the help of every command that reads files", () => {
      for (const command of ["validate", "simulate", "explain", "lint", "diff", "forecast", "fit"])
        expect(run(command, "--help").stdout, command).toContain("- reads standard input");
    });
  });

  describe("a plan naming a custom rule", () => {
    it("validates, and every command that runs it says a command line cannot supply rule functions (not to pass options it has no flag for)", () => {
      const plan = JSON.parse(readFileSync(DEALER, "utf8"));
      plan.steps[2].when = { rule: "isHotLead" };
      writeFileSync(join(dir, "rule.json"), JSON.stringify(plan, null, 2));
      writeFileSync(join(dir, "in-flight.ndjson"), `${JSON.stringify(JSON.parse(readFileSync(LEAD, "utf8")))}\n`);
      expect(run("validate", "rule.json").status).toBe(0);
      expect(run("diff", "rule.json", "rule.json").status).toBe(0);
      const runs = [
        ["simulate", "rule.json", "--lead", "lead.json"],
        ["explain", "rule.json", "--lead", "lead.json", "--at", "2026-03-09T14:00:00Z"],
        ["lint", "rule.json"],
        ["forecast", "rule.json", "--runs", "1", "--population", "1"],
        ["diff", "rule.json", "rule.json", "--leads", "in-flight.ndjson", "--at", "2026-03-09T14:30:00Z"],
      ];
      for (const args of runs) {
        const r = run(...args);
        expect(r.status, args.join(" ")).toBe(1);
        expect(r.stderr, args.join(" ")).toMatch(/^rule\.json:\d+:\d+: the plan uses the custom rule "isHotLead" \(steps\[2\]\.when\.rule\)/);
        expect(r.stderr, args.join(" ")).toContain("simulate(plan, lead, { rules })");
        expect(r.stderr, args.join(" ")).not.toMatch(/pass \{ (rules|predicates)/);
      }
    });
  });

  describe("schema, help and usage", () => {
    it("schema prints the plan JSON Schema", () => {
      const r = run("schema");
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
    });

    it("--help works on every command", () => {
      for (const command of ["validate", "simulate", "explain", "schema"]) {
        const r = run(command, "--help");
        expect(r.status, command).toBe(0);
        expect(r.stdout).toContain(`Usage: lead-cadence ${command}`);
      }
      expect(run("help", "simulate").stdout).toContain("--responder SPEC");
      // A command there is none of is a usage error, asked about or run; its name printed escaped.
      for (const args of [["help", "bogus"], ["bo\u001b[2Jgus"]]) {
        const r = run(...args);
        expect(r.status, args.join(" ")).toBe(2);
        expect(r.stderr).toMatch(/^lead-cadence: unknown command "bo(gus|\\u001b\[2Jgus)"/);
        expect(r.stderr).not.toContain("\u001b");
      }
      // simulate's own default start, as cli.md gives it: a lead with history starts where a host would pick it up.
      // What a store keeps is record format 2 (docs/stores.md); --leads reads it and the earlier format.
      expect(run("diff", "--help").stdout).toContain("{ format, lead, enrollments, dueAt }");
      expect(run("simulate", "--help").stdout).toMatch(/--from INSTANT +start \(default: the lead's enrolledAt, or its latest history record when later\)/);
      expect(run("--help").stdout).toContain("Commands:");
    });

    it("no command or an unknown one is a usage error (exit 2)", () => {
      expect(run().status).toBe(2);
      const r = run("frobnicate");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('lead-cadence: unknown command "frobnicate"');
      expect(run("schema", "extra").status).toBe(2);
    });
  });

  describe("a reader that closes the pipe early (| head -1)", () => {
    /** Runs the built CLI with the read end of its stdout or stderr closed before it writes a byte. */
    const withClosed = (stream: "stdout" | "stderr", ...args: string[]): Promise<{ status: number | null; stderr: string }> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
        child[stream].destroy();
        let stderr = "";
        if (stream === "stdout") child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        const hang = setTimeout(() => {
          child.kill("SIGKILL");
          reject(new Error(`lead-cadence ${args.join(" ")} still running after 30 s with its ${stream} closed`));
        }, 30_000);
        child.on("error", reject);
        child.on("close", (status) => {
          clearTimeout(hang);
          resolve({ status, stderr });
        });
      });

    it("stops writing quietly, without a stack trace, and exits with the run's own status", async () => {
      writeFileSync(join(dir, "pipe-bad.json"), JSON.stringify({ id: "pipe-bad" }));
      expect(await withClosed("stdout", "schema")).toEqual({ status: 0, stderr: "" });
      expect(await withClosed("stdout", "validate", "dealer.json", "pipe-bad.json")).toEqual({ status: 1, stderr: "" });
      // A usage error goes to stderr (exit 2); an unhandled EPIPE there would end with status 1.
      expect((await withClosed("stderr", "frobnicate")).status).toBe(2);
    }, 60_000);

    it("ends a population run at the first row it could not write: the leads after it are not simulated", async () => {
      const lead = JSON.parse(readFileSync(LEAD, "utf8")) as Record<string, unknown>;
      // The second lead starts after the horizon: simulating it is a usage error (exit 2).
      const lines = [JSON.stringify({ ...lead, id: "first" }), JSON.stringify({ ...lead, id: "late", enrolledAt: "2026-05-01T00:00:00Z" })];
      writeFileSync(join(dir, "pipe-population.jsonl"), `${lines.join("\n")}\n`);
      const args = ["simulate", "dealer.json", "--population", "pipe-population.jsonl", "--until", "2026-04-01T00:00:00Z"];
      const read = run(...args);
      expect(read.status).toBe(2);
      expect(read.stdout).toMatch(/^first\t/);
      expect(await withClosed("stdout", ...args)).toEqual({ status: 0, stderr: "" });
    }, 60_000);
  });

  /** The bodies of a markdown text's fenced blocks that name no language (the pages' terminal sessions). */
  function plainBlocks(markdown: string): string[] {
    const blocks: string[] = [];
    const lines = markdown.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const fence = /^```(\S*)\s*$/.exec(lines[i] as string);
      if (fence === null) continue;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
      if (fence[1] === "") blocks.push(body.join("\n"));
    }
    return blocks;
  }

  describe("the docs' command lines", () => {
    const COMMANDS = ["validate", "lint", "diff", "forecast", "fit", "simulate", "explain", "schema"];
    const docs = [
      "README.md",
      ...readdirSync(join(repo, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `docs/${f}`),
    ].map((file) => ({ file, text: readFileSync(join(repo, file), "utf8").replace(/\\\n\s*/g, " ") }));

    it("use only options their command's --help lists", () => {
      const help = new Map(COMMANDS.map((c) => [c, new Set(run(c, "--help").stdout.match(/--[a-z-]+/g))]));
      const unknown: string[] = [];
      let seen = 0;
      for (const { file, text } of docs)
        for (const m of text.matchAll(/lead-cadence (validate|lint|diff|forecast|fit|simulate|explain|schema)\b([^`\n|#>&]*)/g)) {
          seen++;
          for (const option of (m[2] as string).match(/(?<=^|\s)--[a-z-]+/g) ?? [])
            if (!help.get(m[1] as string)?.has(option)) unknown.push(`${file}: ${option} in "${m[0].trim()}"`);
        }
      expect(seen).toBeGreaterThan(20);
      expect(unknown).toEqual([]);
    });

    it("print what the docs show when run on the repository's own example files", () => {
      let compared = 0;
      for (const { file, text } of docs)
        for (const block of plainBlocks(text)) {
          const parts = block.split(/^\$ /m).slice(1);
          for (const part of parts) {
            const [command = "", ...shown] = part.trimEnd().split("\n");
            const args = command.trim().split(/\s+/).slice(1);
            if (command.includes(">") || !command.startsWith("lead-cadence ")) continue;
            // Runs on files the repository has, from its root as the page shows them.
            const files = args.filter((a) => !a.startsWith("-") && /\.(json|ya?ml|ndjson)$/.test(a));
            if (files.length === 0 || !files.every((f) => existsSync(join(repo, f)))) continue;
            const r = runBuilt(cli, args, repo);
            const actual = `${r.stdout}${r.stderr}`
              .trimEnd()
              .split("\n")
              .map((l) => l.trimEnd());
            const expected = shown.map((l) => l.trimEnd());
            const cut = expected.findIndex((l) => l.trim() === "...");
            const head = cut < 0 ? expected : expected.slice(0, cut);
            const tail = cut < 0 ? [] : expected.slice(cut + 1);
            expect(actual.slice(0, head.length), `${file}: $ ${command}`).toEqual(head);
            if (cut < 0) expect(actual.length, `${file}: $ ${command} prints more than shown`).toBe(head.length);
            else expect(actual.slice(actual.length - tail.length), `${file}: $ ${command} (its end)`).toEqual(tail);
            compared++;
          }
        }
      expect(compared).toBeGreaterThanOrEqual(4);
    });
  });
});
