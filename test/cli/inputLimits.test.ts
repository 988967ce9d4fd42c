import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { invalidUtf8Offset } from "../../src/cli/inputLimits.js";
import { buildCli, repo, runBuilt, type CliRun } from "./buildCli.js";

let cli = "";
let dir = "";
const run = (...args: string[]): CliRun => runBuilt(cli, args, dir);
const dealer = readFileSync(join(repo, "examples/plans/dealer-speed-to-lead.json"), "utf8");

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), "lead-cadence-cli-limits-"));
}, 60_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
  if (cli !== "") rmSync(join(cli, ".."), { recursive: true, force: true });
});

describe("the CLI refuses hostile files before parsing them (exit 2)", () => {
  it("an endless device is read only up to the limit", () => {
    const r = run("validate", "/dev/zero");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: the file is larger than 256KB, the input limit; raise it with --max-input-size/);
  });

  it("a file over the limit is refused; --max-input-size raises the limit", () => {
    const padded = dealer.replace(/\n}\s*$/, `,\n  "description": "${"x".repeat(1024 * 1024)}"\n}\n`);
    writeFileSync(join(dir, "big.json"), padded);
    const refused = run("validate", "big.json");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/larger than 256KB/);
    const raised = run("validate", "big.json", "--max-input-size", "2MB");
    expect(raised.stderr).not.toMatch(/larger than/);
    expect(run("validate", "big.json", "--max-input-size", "lots").status).toBe(2);
  });

  it("--max-input-size above the longest text Node holds (just under 512MB) is a usage error, not an unexpected one once the file is read", () => {
    const huge = run("validate", "big.json", "--max-input-size", "1GB");
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/--max-input-size must be .*under 512MB.*got "1GB"/);
    expect(run("validate", "big.json", "--max-input-size", "511MB").stderr).not.toMatch(/max-input-size/);
  });

  it("invalid UTF-8 is refused with its byte offset, never replaced and called valid", () => {
    const bytes = Buffer.from(dealer.replace('"Dealer', '"Deal\u00e9r'), "utf8");
    const at = bytes.indexOf(Buffer.from("\u00e9", "utf8"));
    bytes[at] = 0xff; // 0xff never occurs in UTF-8
    writeFileSync(join(dir, "latin.json"), bytes);
    const r = run("validate", "latin.json");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`not valid UTF-8: byte offset ${at} (0xff)`);
    expect(r.stdout).not.toContain("valid plan");
  });

  it("deep nesting in JSON, flow YAML and block YAML ends in a clear message, not a stack overflow", () => {
    writeFileSync(join(dir, "deep.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    writeFileSync(join(dir, "deep-flow.yaml"), `steps: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    let block = "";
    for (let i = 0; i < 300; i++) block += `${" ".repeat(i)}a:\n`;
    writeFileSync(join(dir, "deep-block.yaml"), `${block}${" ".repeat(300)}b: 1\n`);
    // A quote inside a plain scalar (5" screen, it's) opens no string: the flow collection after it is still counted.
    writeFileSync(join(dir, "deep-after-quote.yaml"), `name: 5" screen\nsteps: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    writeFileSync(join(dir, "deep-after-apostrophe.yaml"), `name: it's\nsteps: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    // Block sequences written compactly (`- - -`), and a quote in a plain scalar before flow brackets: the parser overflowed.
    writeFileSync(join(dir, "deep-compact.yaml"), `id: x\nsteps:\n  ${"- ".repeat(2000)}1\n`);
    writeFileSync(join(dir, "deep-after-stray-quote.yaml"), `id: x "\nsteps: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    for (const file of [
      "deep.json",
      "deep-flow.yaml",
      "deep-block.yaml",
      "deep-after-quote.yaml",
      "deep-after-apostrophe.yaml",
      "deep-compact.yaml",
      "deep-after-stray-quote.yaml",
    ]) {
      const r = run("validate", file);
      expect(r.status, file).toBe(2);
      expect(r.stderr, file).toMatch(/nested (deeper than 64 levels|at most 64 deep)/);
      expect(r.stderr, file).not.toMatch(/Maximum call stack/);
    }
  });

  it("brackets inside a YAML block or plain scalar are text: a plan whose description holds 70 '[' is valid", () => {
    const plan = JSON.parse(dealer) as { description?: string };
    writeFileSync(join(dir, "brackets.yaml"), `${stringify({ ...plan, description: undefined })}description: |\n  ${"[".repeat(70)}\n`);
    writeFileSync(join(dir, "brackets-plain.yaml"), `${stringify({ ...plan, description: undefined })}description: see ${"[".repeat(70)}\n`);
    for (const file of ["brackets.yaml", "brackets-plain.yaml"]) {
      const r = run("validate", file);
      expect(r.stderr, file).toBe("");
      expect(r.status, file).toBe(0);
    }
  });

  it("the lead file and the population file are limited the same way", () => {
    writeFileSync(join(dir, "dealer.json"), dealer);
    writeFileSync(join(dir, "deep-lead.json"), `{"id":"l","attributes":${"[".repeat(5000)}${"]".repeat(5000)}}`);
    const lead = run("explain", "dealer.json", "--lead", "deep-lead.json", "--at", "2026-03-09T14:00:00Z");
    expect(lead.status).toBe(2);
    expect(lead.stderr).toMatch(/deep-lead.json:1:\d+: nested deeper than 64/);
    writeFileSync(
      join(dir, "leads.jsonl"),
      `{"id":"a","enrolledAt":"2026-03-09T14:00:00Z"}\n{"id":"b","attributes":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}\n`,
    );
    const population = run("simulate", "dealer.json", "--population", "leads.jsonl");
    expect(population.status).toBe(2);
    expect(population.stderr).toMatch(/leads.jsonl:2:\d+: nested deeper than 64/);
    expect(run("simulate", "dealer.json", "--population", "/dev/zero", "--max-input-size", "64KB").status).toBe(2);
  });

  it("lint, diff, forecast and fit take --max-input-size and refuse every file they read over it", () => {
    writeFileSync(join(dir, "dealer.json"), dealer);
    writeFileSync(join(dir, "outcomes.ndjson"), `${JSON.stringify({ channel: "call", minutesSinceArrival: 1, attempt: 1, localHour: 10, reached: true })}\n`);
    writeFileSync(join(dir, "in-flight.ndjson"), `${JSON.stringify({ id: "a", enrolledAt: "2026-03-09T14:00:00Z" })}\n`);
    writeFileSync(join(dir, "model.json"), "{}");
    const small = ["--max-input-size", "1KB"];
    const cases: [string, string[]][] = [
      ["dealer.json", ["lint", "dealer.json", ...small]],
      ["dealer.json", ["diff", "dealer.json", "dealer.json", ...small]],
      ["dealer.json", ["forecast", "dealer.json", "--runs", "1", "--population", "1", ...small]],
      ["/dev/zero", ["lint", "dealer.json", "--config", "/dev/zero", "--max-input-size", "300KB"]],
      ["/dev/zero", ["diff", "dealer.json", "dealer.json", "--leads", "/dev/zero", "--at", "2026-03-10T09:00:00Z", "--max-input-size", "300KB"]],
      ["/dev/zero", ["forecast", "dealer.json", "--leads", "/dev/zero", "--max-input-size", "300KB"]],
      ["/dev/zero", ["forecast", "dealer.json", "--model", "/dev/zero", "--max-input-size", "300KB"]],
      ["/dev/zero", ["fit", "/dev/zero", "--max-input-size", "64KB"]],
      ["/dev/zero", ["fit", "outcomes.ndjson", "--prior", "/dev/zero", "--max-input-size", "64KB"]],
    ];
    for (const [file, args] of cases) {
      const r = run(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(`${file}: the file is larger than`);
    }
    for (const command of ["lint", "diff", "forecast", "fit"]) expect(run(command, "--help").stdout, command).toContain("--max-input-size SIZE");
    expect(run("lint", "dealer.json", "--max-input-size", "lots").status).toBe(2);
  });
});

describe("invalidUtf8Offset", () => {
  it("finds the first bad sequence: stray continuation, overlong, surrogate, beyond U+10FFFF, truncated", () => {
    const ok = Buffer.from("héllo € 𝄞", "utf8");
    expect(invalidUtf8Offset(ok)).toBe(ok.length);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(invalidUtf8Offset(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(invalidUtf8Offset(Uint8Array.from([0x62, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
  });
});
