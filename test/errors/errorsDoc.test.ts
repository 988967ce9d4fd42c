import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, ISSUE_CODES, MAX_LEAD_ID_LENGTH, safeParseLead } from "../../src/index.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_POPULATION_BYTES } from "../../src/cli/inputLimits.js";
import { INSTANT_RANGE, MAX_DURATION_DAYS, MAX_NESTING_DEPTH } from "../../src/primitives/index.js";

const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");

describe("docs/errors.md", () => {
  it("documents every error code and every issue code", () => {
    const missing = [...ERROR_CODES, ...ISSUE_CODES].filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it("states the ranges the code enforces", () => {
    expect(INSTANT_RANGE).toBe("between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999Z");
    expect(doc).toContain("`1900-01-01T00:00:00Z` … `2200-12-31T23:59:59.999Z`");
    expect(doc).toContain(`at most ${MAX_DURATION_DAYS.toLocaleString("en")} days`);
    expect(doc).toContain(`at most ${MAX_NESTING_DEPTH} levels`);
    expect(doc).toContain(
      `${DEFAULT_MAX_DOCUMENT_BYTES / 1024} KB for a plan or a lead, ${DEFAULT_MAX_POPULATION_BYTES / 1024 ** 2} MB for a \`--population\` file`,
    );
  });

  it("names only issue codes the library has wherever it says which issue a value past its range gives", () => {
    const named = [...doc.matchAll(/issues? (`[a-z_]+`(?: or `[a-z_]+`)*)/g)].flatMap((m) => [...(m[1] as string).matchAll(/`([a-z_]+)`/g)].map((c) => c[1]));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((code) => !(ISSUE_CODES as readonly string[]).includes(code as string))).toEqual([]);
  });

  it("gives, for a lead id out of its range, the issue codes parseLead reports", () => {
    const row = doc.split("\n").find((line) => line.startsWith("| lead ids"));
    expect(row).toBeDefined();
    const pastIt = (row as string).split("|")[3] as string;
    for (const id of ["", "a".repeat(MAX_LEAD_ID_LENGTH + 1), "lead-\ud800"]) {
      const result = safeParseLead({ id, enrolledAt: "2026-03-09T14:00:00Z" });
      expect(result.success, JSON.stringify(id)).toBe(false);
      if (!result.success)
        for (const issue of result.issues) expect(pastIt, `${JSON.stringify(id).slice(0, 20)}: ${issue.code}`).toContain(`\`${issue.code}\``);
    }
  });
});
