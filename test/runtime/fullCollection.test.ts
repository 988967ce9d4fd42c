import { build } from "esbuild";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { fullCollectionCases } from "./fixtures/fullCollectionCases.js";
import { fullCollectionFaults, TRACE_FLAGS } from "./fixtures/fullCollectionTrace.mjs";

const FIXTURE = fileURLToPath(new URL("./fixtures/fullCollection.ts", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "lead-cadence-full-collection-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a full collection", () => {
  it("keeps the optimised code of evaluate, evaluateAll and the engine's send: no hidden class they read dies with a call's objects", async () => {
    const input = join(dir, "cases.json");
    writeFileSync(input, fullCollectionCases());
    // Bundled from the sources (names kept) and run by plain node: no loader thread beside it. The packed consumer
    // test runs the same fixture on the installed package, whose build may drop what a bundle of the sources keeps.
    const script = join(dir, "fullCollection.mjs");
    await build({ entryPoints: [FIXTURE], outfile: script, bundle: true, format: "esm", platform: "node", logLevel: "silent" });
    const { stdout } = await promisify(execFile)(process.execPath, [...TRACE_FLAGS, script, input, "40"], { maxBuffer: 256 * 1024 * 1024 });
    expect(fullCollectionFaults(stdout)).toEqual([]);
  });
});
