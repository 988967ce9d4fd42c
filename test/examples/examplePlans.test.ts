import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/analyze/index.js";
import type { PlanInput } from "../../src/index.js";

const PLANS = ["dealer-speed-to-lead", "b2b-outbound"];
const read = (name: string): PlanInput => JSON.parse(readFileSync(new URL(`../../examples/plans/${name}.json`, import.meta.url), "utf8")) as PlanInput;

describe("the example plans that ship with the package", () => {
  for (const name of PLANS) {
    it(`${name}: lint finds no error, and the cadence stops on an opt-out`, () => {
      const findings = lintPlan(read(name)).findings;
      expect(findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
      expect(findings.filter((f) => f.rule === "exit-on-opt-out").map((f) => f.message)).toEqual([]);
    });
  }
});
