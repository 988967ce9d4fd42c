import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/**
 * The source modules an entry executes at import: esbuild splits the entry as the package's build does (ESM, chunks,
 * dynamic imports in chunks of their own), then the entry's output and the chunks it imports statically are read back
 * to the sources whose code they hold.
 */
async function modulesAtImport(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: { entry: `${SRC}${entry}` },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    outdir: "/virtual-out",
    write: false,
    metafile: true,
    packages: "external",
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  const reached = new Set<string>();
  const pending = start === undefined ? [] : [start];
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (reached.has(path)) continue;
    reached.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) pending.push(imported.path);
  }
  const modules = new Set<string>();
  for (const path of reached)
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {})) if (bytesInOutput > 0) modules.add(input.replace(/^.*?src\//, ""));
  return modules;
}

describe("what the main entry executes at import", () => {
  it("leaves the opt-out detector and its tables to lead-cadence/opt-out (the engine loads them when it is made)", async () => {
    const main = await modulesAtImport("index.ts");
    expect(main.has("schedule/evaluate.ts")).toBe(true);
    expect(main.has("engine/engine.ts")).toBe(true);
    // The review records (optOutReview.ts) are the engine's and the history reading's: only they stay.
    expect([...main].filter((name) => name.startsWith("policy/optOut/"))).toEqual(["policy/optOut/optOutReview.ts"]);
    const optOut = await modulesAtImport("optOut.ts");
    for (const name of ["policy/optOut/detectOptOut.ts", "policy/optOut/readInboundOptOut.ts", "policy/optOut/rules/en.ts", "policy/optOut/ngramWeights.ts"])
      expect(optOut.has(name), name).toBe(true);
    expect(optOut.has("engine/engine.ts")).toBe(false);
  }, 60_000);
});
