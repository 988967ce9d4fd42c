import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  dateParseViolations,
  importCycles,
  layerViolations,
  ownershipViolations,
  readModule,
  relativePath,
  unboundedCacheViolations,
  type LayerTable,
} from "./support/guardrails.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Which src folders and packages each folder may import (the layer table of docs/architecture.md). */
const ALLOWED: LayerTable = {
  errors: [],
  primitives: ["errors", "zod"],
  plan: ["errors", "primitives", "zod"],
  lead: ["errors", "primitives", "zod"],
  calendar: ["errors", "primitives", "luxon", "rrule", "date-holidays", "libphonenumber-js", "libphonenumber-geo-carrier"],
  policy: ["errors", "primitives", "plan", "lead", "calendar"],
  schedule: ["errors", "primitives", "plan", "lead", "calendar", "policy"],
  engine: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "eventemitter3"],
  testing: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "vitest"],
  analyze: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing"],
  report: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing"],
  cli: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing", "analyze", "report", "yaml"],
  drivers: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "pg", "ioredis", "bullmq"],
};

/**
 * Where each third-party package may be imported or loaded. zod only where input is parsed: the
 * plan and lead formats and the value schemas they share; luxon, rrule and the time-data peers only
 * in the calendar; each driver package only in its own driver folder.
 */
const OWNERS: Readonly<Record<string, readonly string[]>> = {
  zod: ["primitives", "plan", "lead"],
  luxon: ["calendar"],
  rrule: ["calendar"],
  "date-holidays": ["calendar"],
  "libphonenumber-js": ["calendar"],
  "libphonenumber-geo-carrier": ["calendar"],
  eventemitter3: ["engine"],
  yaml: ["cli"],
  vitest: ["testing"],
  pg: ["drivers/postgres"],
  ioredis: ["drivers/redis"],
  bullmq: ["drivers/bullmq"],
};

/** Module-level maps that grow only with a fixed key set, and why. */
const BOUNDED_BY_KEYS: Readonly<Record<string, readonly string[]>> = {
  // Keyed by the optional peer names, a fixed union (OptionalPeerName).
  "calendar/optionalPeer.ts": ["loaded"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("guardrails", () => {
  const modules = files(SRC).map((path) => readModule(relativePath(SRC, path), readFileSync(path, "utf8")));
  const folderOf = (path: string): string => path.split("/")[0] as string;

  it("reads every module and finds its imports", () => {
    expect(modules.length).toBeGreaterThan(100);
    const evaluate = modules.find((m) => m.path === "schedule/evaluate.ts");
    expect(evaluate?.imports.some((i) => i.specifier === "../policy/index.js")).toBe(true);
    const peers = modules.flatMap((m) => m.imports.filter((i) => i.kind === "optional-peer").map((i) => `${m.path} ${i.specifier}`));
    expect(peers).toContain("drivers/bullmq/runner.ts bullmq");
  });

  it("imports flow one way through the layers (type-only, dynamic and optional-peer loads included)", () => {
    expect(layerViolations(modules, ALLOWED)).toEqual([]);
  });

  it("each third-party package stays in the folder that owns it (zod included)", () => {
    expect(ownershipViolations(modules, OWNERS)).toEqual([]);
  });

  it("no module imports itself back through others, not even for types", () => {
    expect(importCycles(modules)).toEqual([]);
  });

  it("Date.parse appears only in primitives/instant.ts", () => {
    expect(dateParseViolations(modules, "primitives/instant.ts")).toEqual([]);
  });

  it("no module-level Map cache grows without a bound", () => {
    expect(unboundedCacheViolations(modules, BOUNDED_BY_KEYS)).toEqual([]);
  });

  it("vitest is imported only by the opt-in matchers entry", () => {
    const importers = modules.filter((m) => m.imports.some((i) => i.specifier === "vitest")).map((m) => m.path);
    expect(importers).toEqual(["testing/vitest.ts"]);
  });

  it("library code writes nothing to the console and reads no clock in the pure layers", () => {
    expect(modules.filter((m) => folderOf(m.path) !== "cli" && m.consoleWrites.length > 0).map((m) => m.path)).toEqual([]);
    const pure = ["primitives", "plan", "lead", "calendar", "policy", "schedule"];
    expect(modules.filter((m) => pure.includes(folderOf(m.path)) && m.clockReads.length > 0).map((m) => m.path)).toEqual([]);
  });
});
