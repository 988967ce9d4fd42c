/**
 * What the core costs before it decides anything: the time to import the main entry (ESM and
 * CommonJS, over a bare `node -e 0`) and the size of an `evaluate`-only browser bundle (esbuild,
 * minified), with the packages that make it up. Reads the build: run `npm run build` first.
 *
 * Import times: rounds of three fresh processes (bare, ESM, CommonJS) in turn, so a change of load on
 * the machine hits all three alike; the median of the rounds, in wall time and in the CPU time each
 * process reports for itself. The bundle is made twice: from the
 * package (`dist/index.js`, what a user's bundler sees) for the size, and from `src/` for the split
 * by package (zod is inlined in dist/, so only the sources tell its share).
 */
import { spawnSync } from "node:child_process";
import { build, type Metafile } from "esbuild";
import { fileURLToPath } from "node:url";
import { dynamicImportsApart } from "../test/runtime/evaluateBundle.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROUNDS = 15;
// Each process prints the CPU time it used (user + system, all threads), which a busy machine disturbs far less than
// the wall time: the figure to compare builds by when the load average is above 1.
const CPU = "process.stdout.write(String(Object.values(process.cpuUsage()).reduce((a, b) => a + b) / 1000))";
const CASES = {
  bare: ["-e", CPU],
  esm: ["--input-type=module", "-e", `await import("./dist/index.js"); ${CPU}`],
  cjs: ["-e", `require("./dist/index.cjs"); ${CPU}`],
} as const;

/** Wall and CPU time of one fresh process, in ms. */
function run(args: readonly string[]): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: Number(result.stdout) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const times = { bare: [] as { wall: number; cpu: number }[], esm: [] as { wall: number; cpu: number }[], cjs: [] as { wall: number; cpu: number }[] };
for (let round = 0; round < ROUNDS; round++) {
  for (const name of ["bare", "esm", "cjs"] as const) times[name].push(run(CASES[name]));
}
const over = (name: "esm" | "cjs", key: "wall" | "cpu"): string => (median(times[name].map((t) => t[key])) - median(times.bare.map((t) => t[key]))).toFixed(0);
console.log(
  `import main entry: ESM +${over("esm", "wall")} ms, CommonJS +${over("cjs", "wall")} ms over a bare node (${median(times.bare.map((t) => t.wall)).toFixed(0)} ms); target ≤ 50 ms`,
);
console.log(
  `import main entry, CPU time: ESM +${over("esm", "cpu")} ms, CommonJS +${over("cjs", "cpu")} ms over a bare node (${median(times.bare.map((t) => t.cpu)).toFixed(0)} ms)`,
);

async function bundle(entry: string): Promise<{ bytes: number; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: `export { evaluate } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    // From src/, the engine's dynamic import stays apart, as the package's build makes it a chunk (see the plugin); the
    // package is bundled as a user's bundler takes it.
    plugins: entry.startsWith("./src/") ? [dynamicImportsApart] : [],
    logLevel: "silent",
  });
  return { bytes: result.outputFiles[0]?.contents.length ?? 0, metafile: result.metafile };
}

// The unit: 1 kB = 1,000 bytes (test/runtime/browser.test.ts holds the bundle at 150,000 bytes).
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const fromPackage = await bundle("./dist/index.js");
const fromSources = await bundle("./src/index.ts");
const byPackage = new Map<string, number>();
for (const [path, { bytesInOutput }] of Object.entries(Object.values(fromSources.metafile.outputs)[0]?.inputs ?? {})) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "lead-cadence";
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}
const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, size]) => `${name} ${kB(size)}`);
console.log(
  `evaluate-only browser bundle: ${kB(fromPackage.bytes)} minified from the package, ${kB(fromSources.bytes)} from src/ (${parts.join(", ")}); target ≤ 150 kB`,
);
