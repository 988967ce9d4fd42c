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

// Measure the built package, as users run it.
const build = spawnSync(process.execPath, [fileURLToPath(new URL("../node_modules/tsup/dist/cli-default.js", import.meta.url)), "--silent"], {
  stdio: "inherit",
});
if (build.status !== 0) throw new Error("the build failed; run `npm run build` to see why");

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
