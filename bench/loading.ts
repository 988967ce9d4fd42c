/**
 * What the core costs before it decides anything: the time to import the main entry (ESM and
 * CommonJS, over a bare `node -e 0`, median of several fresh processes) and the size of an
 * `evaluate`-only browser bundle (esbuild, minified), with the packages that make it up.
 */
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 9;

function medianMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

const bare = medianMs(["-e", "0"]);
const esm = medianMs(["--input-type=module", "-e", 'await import("./dist/index.js")']);
const cjs = medianMs(["-e", 'require("./dist/index.cjs")']);
console.log(
  `import main entry: ESM +${(esm - bare).toFixed(0)} ms, CommonJS +${(cjs - bare).toFixed(0)} ms over a bare node (${bare.toFixed(0)} ms); target ≤ 50 ms`,
);

const bundle = await build({
  stdin: { contents: 'export { evaluate } from "./dist/index.js";', resolveDir: ROOT, loader: "js" },
  bundle: true,
  platform: "browser",
  format: "esm",
  minify: true,
  write: false,
  metafile: true,
  logLevel: "silent",
});
const bytes = bundle.outputFiles[0]?.contents.length ?? 0;
const byPackage = new Map<string, number>();
const output = Object.values(bundle.metafile.outputs)[0];
for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "lead-cadence";
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}
const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, size]) => `${name} ${(size / 1024).toFixed(0)} kB`);
console.log(`evaluate-only browser bundle: ${(bytes / 1024).toFixed(0)} kB minified (${parts.join(", ")}); target ≤ 150 kB`);
