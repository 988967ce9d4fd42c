/**
 * `npm run bench`: builds the package, then runs each benchmark script against the build in its own
 * Node process (a fresh heap each) and prints their figures. Compare ratios between runs on the same machine, not absolute times.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SCRIPTS: readonly { file: string; nodeFlags?: readonly string[] }[] = [
  { file: "evaluate.ts", nodeFlags: ["--expose-gc"] },
  { file: "history.ts" },
  { file: "compliance.ts" },
  { file: "optOut.ts" },
  { file: "calendar.ts" },
  { file: "recurring.ts" },
  { file: "loading.ts" },
  { file: "engine.ts", nodeFlags: ["--expose-gc", "--max-old-space-size=8192"] },
];

// Measure the built package, as users run it: `npm run build`'s script (tsup alone leaves out files dist/ needs, such
// as the two behind the ESM build's #luxon-date-time import).
const build = spawnSync(process.execPath, [fileURLToPath(new URL("../scripts/build.mjs", import.meta.url))], { encoding: "utf8" });
if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);

let failed = 0;
for (const { file, nodeFlags = [] } of SCRIPTS) {
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n# bench/${file}`);
  const result = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", path], {
    stdio: "inherit",
    env: { ...process.env, LEAD_CADENCE_BENCH_TARGET: "dist" },
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
