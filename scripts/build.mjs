// `npm run build`: tsup, then the files the package ships beside dist/. Fails on any warning.
//
// 1. tsup builds every entry as ESM and CommonJS with types (tsup.config.ts). A line of its output
//    that is a warning (esbuild's `▲ [WARNING]`, tsup's `WARN`) fails the build after it finishes.
// 2. The command line is ESM only (`bin` points at dist/cli.js): dist/cli.cjs and dist/cli.d.*
//    are removed, then every file of dist/ that no entry of package.json reaches through its
//    imports (chunks only cli.cjs used) — so the tarball holds no unused file.
//    Before that, esbuild writes the two files of the ESM build's `#luxon-date-time` import (see luxonAtFirstUse in
//    tsup.config.ts). Every JavaScript file of dist/ is ASCII. The main entry, imported under Node, may load at import
//    only the packages in MAIN_ENTRY_LOADS (none): zod and eventemitter3 are bundled (tsup.config.ts), yaml belongs to
//    the command line, luxon, rrule and the optional peers load at first use, and a Node built-in would keep the core
//    out of browsers (docs/architecture.md).
// 3. schema/plan.schema.json, sql/postgres.sql (see their scripts) and the node10 stubs: one folder
//    per subpath (`testing/package.json`, `testing/vitest/package.json`, ...) whose `main` and
//    `types` point into dist/, for resolvers that ignore `exports` (TypeScript's `node10`, old bundlers).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { packagesAtLoad } from "./packagesAtLoad.mjs";
import { reachableDist } from "./reachableDist.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  process.stdout.write(output);
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
  return output;
}

const tsupOutput = step(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js")]);
const warnings = tsupOutput.split("\n").filter((line) => /▲ \[WARNING\]|^\s*(?:\S+\s+)?WARN\b|\bwarning:/i.test(line));
if (warnings.length > 0) {
  console.error(`build: ${warnings.length} warning(s) from tsup; the build fails on warnings:\n${warnings.join("\n")}`);
  process.exit(1);
}

// The two files behind the ESM build's `#luxon-date-time` import (package.json#imports; luxonAtFirstUse in tsup.config.ts):
// each a module of its own (no chunk: the core chunk imports them), in ASCII like the rest of dist/.
buildSync({
  entryPoints: { luxonDateTime: join(root, "src/calendar/luxonDateTime.ts"), luxonDateTimeNode: join(root, "src/calendar/luxonDateTimeNode.ts") },
  outdir: dist,
  bundle: true,
  external: ["luxon"],
  format: "esm",
  target: "es2022",
  charset: "ascii",
  logLevel: "warning",
});
for (const [file, imports] of [
  ["luxonDateTime.js", "luxon"],
  ["luxonDateTimeNode.js", undefined],
]) {
  const found = [...readFileSync(join(dist, file), "utf8").matchAll(/from\s*["']([^"']+)["']/g)].map((match) => match[1]);
  if (found.join() !== (imports ?? "")) {
    console.error(`build: dist/${file} should import ${imports ?? "nothing"}, imports ${found.join(", ") || "nothing"}`);
    process.exit(1);
  }
}

// --- 2. the command line is ESM only; prune what nothing reaches ----------------------------------

for (const file of ["cli.cjs", "cli.d.ts", "cli.d.cts", "cli.cjs.map", "cli.js.map"]) rmSync(join(dist, file), { force: true });

const reached = reachableDist(root, pkg);
let pruned = 0;
for (const file of readdirSync(dist)) {
  if (!reached.has(file)) {
    rmSync(join(dist, file));
    pruned++;
  }
}
console.log(`build: dist/ keeps ${reached.size} files reachable from package.json; pruned ${pruned}`);

// tsup.config.ts (`asciiOutput`) escapes every other character: a source that is not ASCII costs more to load.
// Its ES2022 target keeps a regular expression literal with `\p{…}` as written: for a node target esbuild made it a
// `new RegExp("\\p{…}")` built again at every call (3.7 % of evaluate's time in the lead-id check).
for (const file of readdirSync(dist).filter((name) => /\.c?js$/.test(name))) {
  const lines = readFileSync(join(dist, file), "utf8").split("\n");
  const line = lines.findIndex((text) => /[\u0080-\uffff]/.test(text));
  if (line >= 0) {
    console.error(`build: dist/${file}:${line + 1} is not ASCII; see asciiOutput in tsup.config.ts`);
    process.exit(1);
  }
  const rebuilt = lines.findIndex((text) => /new RegExp\("[^"]*\\\\p\{/.test(text));
  if (rebuilt >= 0) {
    console.error(`build: dist/${file}:${rebuilt + 1} builds a \\p{...} regular expression with new RegExp; see target in tsup.config.ts`);
    process.exit(1);
  }
}

// The CommonJS build requires luxon at formatLocal's first call (luxonAtFirstUse in tsup.config.ts), with a
// plain `require("luxon")` a bundler follows, not esbuild's `__require` helper.
const cjsFiles = readdirSync(dist).filter((name) => name.endsWith(".cjs"));
const luxonRequires = cjsFiles.filter((file) => readFileSync(join(dist, file), "utf8").includes('require("luxon")'));
const helperRequires = cjsFiles.filter((file) => readFileSync(join(dist, file), "utf8").includes('__require("luxon")'));
if (luxonRequires.length === 0 || helperRequires.length > 0) {
  console.error(
    `build: the CommonJS build should require luxon with a plain require("luxon") (found in: ${luxonRequires.join(", ") || "none"}; through __require in: ${helperRequires.join(", ") || "none"})`,
  );
  process.exit(1);
}

// No dynamic import() in the CommonJS build: a CommonJS host running modules in vm contexts without ES module support
// (Jest's default runtime) fails on it (requiredChunks in tsup.config.ts writes the engine's as a require).
const dynamicImports = cjsFiles.filter((file) => /\bimport\(/.test(readFileSync(join(dist, file), "utf8")));
if (dynamicImports.length > 0) {
  console.error(`build: the CommonJS build should make no dynamic import(); found in ${dynamicImports.join(", ")}`);
  process.exit(1);
}

const MAIN_ENTRY_LOADS = { import: new Set(), require: new Set() };
for (const condition of ["import", "require"]) {
  const entry = pkg.exports["."][condition].default;
  const { packages } = packagesAtLoad(root, entry.slice("./dist/".length));
  const allowed = MAIN_ENTRY_LOADS[condition];
  const extra = [...packages].filter((name) => !allowed.has(name));
  if (extra.length > 0) {
    console.error(`build: ${entry} loads ${extra.join(", ")} at import; it may load only ${[...allowed].join(", ") || "no package"}`);
    process.exit(1);
  }
}

// --- 3. schema, SQL, node10 stubs -----------------------------------------------------------------

step(process.execPath, [join(root, "scripts", "write-schema.mjs")]);
step(process.execPath, [join(root, "scripts", "write-sql.mjs")]);

const stubs = Object.entries(pkg.exports).filter(([subpath, target]) => subpath !== "." && typeof target === "object" && target.require !== undefined);
for (const folder of new Set(stubs.map(([subpath]) => subpath.slice(2).split("/")[0]))) {
  if (!pkg.files.includes(folder)) {
    console.error(`build: package.json#files lacks the stub folder ${folder}`);
    process.exit(1);
  }
  rmSync(join(root, folder), { recursive: true, force: true });
}
for (const [subpath, target] of stubs) {
  const folder = join(root, subpath);
  const up = relative(folder, root).split("\\").join("/");
  mkdirSync(folder, { recursive: true });
  // For resolvers that ignore `exports`; Node and current bundlers read package.json#exports instead.
  const stub = {
    main: `${up}/${target.require.default.slice(2)}`,
    module: `${up}/${target.import.default.slice(2)}`,
    types: `${up}/${target.require.types.slice(2)}`,
  };
  writeFileSync(join(folder, "package.json"), `${JSON.stringify(stub, null, 2)}\n`);
}
console.log(`build: node10 stubs for ${stubs.map(([subpath]) => subpath.slice(2)).join(", ")}`);
