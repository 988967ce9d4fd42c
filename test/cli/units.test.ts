import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/cliErrors.js";
import type { CliIO } from "../../src/cli/io.js";
import { jsonPathOffset } from "../../src/cli/jsonPathOffset.js";
import { jsonSyntaxError } from "../../src/cli/jsonSyntaxError.js";
import { progressBar } from "../../src/cli/progressBar.js";
import { parseResponderSpec } from "../../src/cli/responderSpec.js";
import { runCli } from "../../src/cli/run.js";
import { positionAt } from "../../src/cli/textPosition.js";
import type { Touch } from "../../src/index.js";
import { parseLead } from "../../src/lead/index.js";

const repo = new URL("../../", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "lead-cadence-cli-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIO(overrides: Partial<CliIO> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, stderrIsTTY: false, cwd: dir, out, err, ...overrides };
}

describe("jsonPathOffset", () => {
  const text = '{\n  "a": 1,\n  "b": [10, {"c": "x\\"y", "d": [true, null]}],\n  "e": {"f": {}}\n}';
  it("finds values by path, or their nearest ancestor", () => {
    const at = (path: (string | number)[]): string => {
      const p = positionAt(text, jsonPathOffset(text, path));
      return `${p.line}:${p.column}`;
    };
    expect(at([])).toBe("1:1");
    expect(at(["a"])).toBe("2:8");
    expect(at(["b", 1, "d", 1])).toBe("3:39");
    expect(at(["b", 1, "c"])).toBe("3:19");
    expect(at(["e", "f", "g"])).toBe("4:14");
    expect(at(["zzz"])).toBe("1:1");
    expect(at(["b", 9])).toBe("3:8");
  });

  it("always points at the value JSON.parse sees at that path", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const walk = (v: unknown, path: (string | number)[]): void => {
          const offset = jsonPathOffset(text, path);
          expect(JSON.stringify(v).startsWith(text.slice(offset, offset + 1))).toBe(true);
          if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
          else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "__proto__") walk(x, [...path, k]);
        };
        walk(JSON.parse(text), []);
      }),
      { numRuns: 100 },
    );
  });
});

describe("jsonSyntaxError", () => {
  it("finds the offending character", () => {
    expect(jsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, message: 'Expected a property name in double quotes, got "}"' });
    expect(jsonSyntaxError('{"a" 1}').message).toBe("Expected ':' after the property name, got \"1\"");
    expect(jsonSyntaxError("[1 2]").message).toBe("Expected ',' or ']' after an array element, got \"2\"");
    expect(jsonSyntaxError('{"a": tru}').message).toMatch(/^Unexpected "t": expected a value/);
    expect(jsonSyntaxError('"abc').message).toBe("Unterminated string");
    expect(jsonSyntaxError('"a\\qb"').message).toBe("Bad escape \\q in string");
    expect(jsonSyntaxError("{} x").message).toMatch(/after the end of the JSON value/);
    expect(jsonSyntaxError('{"a": ').message).toMatch(/the end of the file/);
  });

  it("for any valid JSON cut short or corrupted, the error offset is inside the text", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom("", "}", ",", "x", '"'), (value, cut, junk) => {
        const full = JSON.stringify(value, null, 1);
        const text = full.slice(0, cut % (full.length + 1)) + junk;
        let fails = false;
        try {
          JSON.parse(text);
        } catch {
          fails = true;
        }
        if (!fails) return;
        const { offset } = jsonSyntaxError(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseResponderSpec", () => {
  const lead = parseLead({ id: "l", enrolledAt: "2026-03-09T14:00:00Z" });
  const touch = (channel: string): Touch => ({
    id: `l/p@1/s#1-${channel}`,
    leadId: "l",
    planId: "p",
    planVersion: 1,
    stepId: "s",
    channel,
    attempt: 1,
    dueAt: "2026-03-09T14:00:00.000Z",
    mode: "auto",
  });
  const ctx = (i: number) => ({ now: "", from: "", zone: "UTC", touchIndex: i, channelIndex: i });

  it("understands every documented form", () => {
    expect(parseResponderSpec("never")(touch("call"), lead, ctx(0))).toBe("no_answer");
    expect(parseResponderSpec("always:connected")(touch("call"), lead, ctx(0))).toBe("connected");
    const seq = parseResponderSpec("sequence:no_answer,busy");
    expect([0, 1].map((i) => seq(touch("call"), lead, ctx(i)))).toEqual(["no_answer", "busy"]);
    expect(parseResponderSpec("sequence@call:connected")(touch("sms"), lead, ctx(0))).toBe("sent");
    expect(parseResponderSpec("channel:sms=replied")(touch("sms"), lead, ctx(0))).toBe("replied");
    expect(parseResponderSpec("random:seed=1,replied=1")(touch("sms"), lead, ctx(0))).toBe("replied");
  });

  it("rejects malformed specs as usage errors", () => {
    for (const spec of [
      "sometimes",
      "always",
      "always:yes",
      "sequence:",
      "sequence@:connected",
      "channel:sms",
      "random:connected=0.5",
      "random:seed=x",
      "random:seed=1,connected=2",
      "random:seed=1,connected=0.8,replied=0.8",
      "never:1",
    ]) {
      expect(() => parseResponderSpec(spec), spec).toThrow(UsageError);
    }
  });
});

describe("progressBar", () => {
  it("draws on a terminal and stays silent otherwise", () => {
    const drawn: string[] = [];
    const bar = progressBar((t) => drawn.push(t), 4, true);
    for (let i = 1; i <= 4; i++) bar.update(i);
    bar.finish();
    expect(drawn[0]).toBe(`\rsimulating [${"#".repeat(8)}${"-".repeat(22)}] 1/4`);
    expect(drawn.at(-1)).toBe("\n");
    const silent: string[] = [];
    const off = progressBar((t) => silent.push(t), 4, false);
    off.update(2);
    off.finish();
    expect(silent).toEqual([]);
  });
});

describe("runCli in process", () => {
  it("shows a progress bar for a population when stderr is a terminal", () => {
    const lead = JSON.parse(readFileSync(new URL("examples/leads/new-york-fresh.json", repo), "utf8")) as Record<string, unknown>;
    writeFileSync(join(dir, "pop.jsonl"), [1, 2, 3].map((i) => JSON.stringify({ ...lead, id: `p${i}` })).join("\n"));
    const plan = new URL("examples/plans/dealer-speed-to-lead.json", repo).pathname;
    const tty = fakeIO({ stderrIsTTY: true });
    expect(runCli(["simulate", plan, "--population", "pop.jsonl"], tty, "0.0.0")).toBe(0);
    expect(tty.err.join("")).toContain("simulating [##############################] 3/3");
    const piped = fakeIO();
    expect(runCli(["simulate", plan, "--population", "pop.jsonl"], piped, "0.0.0")).toBe(0);
    expect(piped.err).toEqual([]);
    expect(piped.out.join("")).toContain("3 leads · 30 touches · 10.0 per lead · exits: completed 3");
  });

  it("colours the timeline only when asked to", () => {
    const plan = new URL("examples/plans/dealer-speed-to-lead.json", repo).pathname;
    const lead = new URL("examples/leads/new-york-fresh.json", repo).pathname;
    const io = fakeIO({ color: true });
    expect(runCli(["simulate", plan, "--lead", lead, "--until", "PT1H"], io, "0.0.0")).toBe(0);
    expect(io.out.join("")).toContain("\u001b[32mtouch");
  });

  it("refuses YAML alias bombs with a file-named error", () => {
    writeFileSync(
      join(dir, "bomb.yaml"),
      "a: &a [1,2]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
    );
    const io = fakeIO();
    expect(runCli(["validate", "bomb.yaml"], io, "0.0.0")).toBe(1);
    expect(io.err.join("")).toMatch(/^bomb\.yaml: invalid YAML: Excessive alias count/);
  });

  it("prints the version, and an unexpected error without a stack trace", () => {
    const io = fakeIO();
    expect(runCli(["--version"], io, "1.2.3")).toBe(0);
    expect(io.out).toEqual(["1.2.3\n"]);
    const broken = fakeIO({
      stdout: () => {
        throw new Error("EPIPE");
      },
    });
    expect(runCli(["schema"], broken, "1.2.3")).toBe(1);
    expect(broken.err.join("")).toBe("lead-cadence: unexpected error: EPIPE\n");
  });
});
