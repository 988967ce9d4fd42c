import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, ISSUE_CODES } from "../../src/index.js";
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
});
