import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as testing from "../../src/testing/index.js";

const folder = new URL("../../src/testing/", import.meta.url);

describe("lead-cadence/testing entry points", () => {
  it("only the opt-in setup file imports vitest", () => {
    const importers = readdirSync(folder)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /^(?:import|export)\b.*["'](?:vitest|\.\/vitest\.js)["']/m.test(readFileSync(new URL(f, folder), "utf8")));
    expect(importers).toEqual(["vitest.ts"]);
  });

  it("exports the kit", () => {
    for (const name of [
      "simulate",
      "respond",
      "formatTimeline",
      "explorePaths",
      "cadenceMatchers",
      "findTouches",
      "touchesBetween",
      "SimulationLimitError",
      "isSimulationLimitError",
      "mulberry32",
      "defaultOutcome",
    ]) {
      expect(testing, name).toHaveProperty(name);
    }
    expect(Object.keys(testing.respond).sort()).toEqual(["always", "at", "byChannel", "never", "random", "sequence"]);
  });
});
