import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";

export const repo = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Bundles `src/cli/main.ts` the way the package build does (ESM, shebang kept, dependencies
 * external) into a scratch folder inside the repository, so bare imports resolve from its
 * node_modules. Takes well under a second; the full `tsup` build with type declarations is not needed.
 */
export async function buildCli(): Promise<string> {
  const cache = join(repo, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, "lead-cadence-cli-test-"));
  await build({
    entry: { cli: join(repo, "src/cli/main.ts") },
    format: ["esm"],
    outDir,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
    config: false,
    target: "node20",
    platform: "node",
    splitting: false,
    shims: true,
  });
  return join(outDir, "cli.js");
}

/** The result of one CLI run. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI in a child process (no TTY), with `cwd`. */
export function runBuilt(cli: string, args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
