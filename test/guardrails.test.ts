import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Which src folders and packages each folder may import (the layer table of docs/architecture.md). */
const ALLOWED: Record<string, readonly string[]> = {
  errors: [],
  primitives: ["errors", "zod"],
  plan: ["errors", "primitives", "zod"],
  lead: ["errors", "primitives", "zod"],
  calendar: ["errors", "primitives", "luxon", "rrule"],
  policy: ["errors", "primitives", "plan", "lead", "calendar"],
  schedule: ["errors", "primitives", "plan", "lead", "calendar", "policy"],
  engine: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "eventemitter3"],
  testing: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "vitest"],
  analyze: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing"],
  report: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing"],
  cli: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "testing", "analyze", "report", "yaml"],
  drivers: ["errors", "primitives", "plan", "lead", "calendar", "policy", "schedule", "engine", "pg", "ioredis", "bullmq"],
};
/** Packages that only their owning folder may import. */
const OWNER: Record<string, string> = {
  luxon: "calendar",
  rrule: "calendar",
  eventemitter3: "engine",
  yaml: "cli",
  vitest: "testing",
  pg: "drivers",
  ioredis: "drivers",
  bullmq: "drivers",
};
/** Each driver package stays in its own driver folder (`src/drivers/<name>/`). */
const DRIVER_OWNER: Record<string, string> = { pg: "postgres", ioredis: "redis", bullmq: "bullmq" };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Import specifiers of real import/export statements (not comments). */
function imports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gms)) out.push(m[1] as string);
  for (const m of source.matchAll(/^import\s+["']([^"']+)["']/gm)) out.push(m[1] as string);
  return out;
}

describe("guardrails", () => {
  const all = files(SRC).map((path) => ({ path, folder: relative(SRC, path).split("/")[0] as string, source: readFileSync(path, "utf8") }));

  it("imports flow one way through the layers, and each third-party package stays in its folder", () => {
    const violations: string[] = [];
    for (const { path, folder, source } of all) {
      if (!(folder in ALLOWED)) continue;
      for (const spec of imports(source)) {
        if (spec.startsWith("node:")) continue;
        let target: string;
        if (spec.startsWith(".")) {
          const resolved = relative(SRC, join(path, "..", spec)).split("/")[0] as string;
          if (resolved === folder || resolved.endsWith(".js")) continue;
          target = resolved;
        } else target = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string);
        if (!(ALLOWED[folder] as readonly string[]).includes(target)) violations.push(`${relative(SRC, path)} imports ${spec}`);
        const owner = OWNER[target];
        if (owner !== undefined && owner !== folder) violations.push(`${relative(SRC, path)} imports ${target}, which belongs to src/${owner}/`);
        const driver = DRIVER_OWNER[target];
        if (driver !== undefined && relative(SRC, path).split("/")[1] !== driver)
          violations.push(`${relative(SRC, path)} imports ${target}, which belongs to src/drivers/${driver}/`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("vitest is imported only by the opt-in matchers entry", () => {
    const importers = all.filter((f) => imports(f.source).includes("vitest")).map((f) => relative(SRC, f.path));
    expect(importers).toEqual(["testing/vitest.ts"]);
  });

  it("library code writes nothing to the console and reads no clock in the pure layers", () => {
    const noisy = all
      .filter((f) => f.folder !== "cli" && /^\s*[^*/\s].*\bconsole\.(log|info|warn|error|debug)\(/m.test(f.source))
      .map((f) => relative(SRC, f.path));
    expect(noisy).toEqual([]);
    const pure = ["primitives", "plan", "lead", "calendar", "policy", "schedule"];
    const clockReaders = all
      .filter(
        (f) =>
          pure.includes(f.folder) &&
          /\bDate\.now\(\)|new Date\(\)|Math\.random\(\)|performance\.now\(\)|DateTime\.(?:now|local)\(\)/.test(f.source.replace(/^\s*(?:\/\/|\*).*$/gm, "")),
      )
      .map((f) => relative(SRC, f.path));
    expect(clockReaders).toEqual([]);
  });
});
