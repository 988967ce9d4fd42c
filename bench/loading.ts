/**
 * What the core costs before it decides anything: the time to import the main entry (ESM and
 * CommonJS, over a bare `node -e 0`) and the size of an `evaluate`-only browser bundle (esbuild,
 * minified), with the packages that make it up. Reads the build: run `npm run build` first.
 *
 * Import times: rounds of three fresh processes (bare, ESM, CommonJS) in turn, so a change of load on
 * the machine hits all three alike; the median of the rounds. The bundle is made twice: from the
 * package (`dist/index.js`, what a user's bundler sees) for the size, and from `src/` for the split
 * by package (zod is inlined in dist/, so only the sources tell its share).
 */
import { spawnSync } from "node:child_process";
import { build, type Metafile } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROUNDS = 15;
const CASES = {
  bare: ["-e", "0"],
  esm: ["--input-type=module", "-e", 'await import("./dist/index.js")'],
  cjs: ["-e", 'require("./dist/index.cjs")'],
} as const;

function elapsedMs(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const times = { bare: [] as number[], esm: [] as number[], cjs: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  for (const name of ["bare", "esm", "cjs"] as const) times[name].push(elapsedMs(CASES[name]));
}
const bare = median(times.bare);
console.log(
  `import main entry: ESM +${(median(times.esm) - bare).toFixed(0)} ms, CommonJS +${(median(times.cjs) - bare).toFixed(0)} ms over a bare node (${bare.toFixed(0)} ms); target ≤ 50 ms`,
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
