import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * zod's JSON Schema processors (`zod/v4/core/json-schema-processors.js`, used only by `planJsonSchema`) fill their table
 * of check contributors with calls (`number_format: formatContributor(NUMBER_FORMAT_RANGES)`) that only make closures.
 * Every zod entry re-exports the module, so it shares our zod chunk with everything `evaluate` uses, and a user's
 * bundler, unable to prove those calls pure, kept the table and what it reaches (1.3 kB) in an `evaluate`-only bundle.
 * The calls are annotated pure as zod's file is read; the build fails when the file no longer has them, so that a zod
 * upgrade that reshapes the table is looked at (test/consumer/run.mjs checks the bundle leaves the processors out).
 */
const pureZodTables: Plugin = {
  name: "pure-zod-tables",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/]json-schema-processors\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      const call = /(?<=: )formatContributor\(/g;
      if (!call.test(source)) throw new Error(`${path}: no \`: formatContributor(\` call left to annotate; see pureZodTables in tsup.config.ts`);
      return { contents: source.replace(call, "/* @__PURE__ */ formatContributor("), loader: "js" };
    });
  },
};

type TsupPlugin = NonNullable<Options["plugins"]>[number];

/** The package's own import (package.json#imports) through which the ESM build reaches luxon's `DateTime`. */
const LUXON_DATE_TIME_IMPORT = "#luxon-date-time";

/** The format tsup builds (with splitting it runs esbuild with `format: "esm"` for both, then rollup writes CommonJS). */
const tsupFormat = (options: { define?: Record<string, string> }): string | undefined => options.define?.TSUP_FORMAT?.replaceAll('"', "");

/**
 * luxon is loaded at `formatLocal`'s first call under Node, not with the main entry (about 12 ms of its import on this
 * host: luxon is 262 kB to compile and run), while a user's bundler still finds it. `formatLocal.ts` reaches luxon only
 * through `./luxonDateTime.js`:
 * - in the CommonJS build that module is `luxonDateTimeRequired.ts`, whose `require("luxon")` inside the function a
 *   bundler of the CommonJS build still follows (`plainLuxonRequire`);
 * - in the ESM build it is the package's own import `#luxon-date-time` (package.json#imports), kept external: under the
 *   `node-addons` condition `dist/luxonDateTimeNode.js` (nothing bundled: `loadOptionalPeer` requires luxon at first
 *   use), otherwise `dist/luxonDateTime.js`, which imports luxon with the module. Node itself sets `node-addons` (unless
 *   run with `--no-addons`); bundlers do not, not even for a Node target (esbuild's `--platform=node` sets `node`), so
 *   every bundle still holds luxon: a single-file bundle of a Node service has no node_modules to require it from.
 *   scripts/build.mjs writes those two files.
 * The build fails when a replacement did not happen. See docs/architecture.md, "Loading and runtimes".
 */
const luxonAtFirstUse: Plugin = {
  name: "luxon-at-first-use",
  setup(build) {
    const format = tsupFormat(build.initialOptions);
    let replaced = false;
    build.onResolve({ filter: /^\.\/luxonDateTime\.js$/ }, ({ resolveDir }) => {
      replaced = true;
      return format === "cjs" ? { path: join(resolveDir, "luxonDateTimeRequired.ts") } : { path: LUXON_DATE_TIME_IMPORT, external: true };
    });
    build.onEnd(() => {
      if (!replaced) throw new Error("luxonAtFirstUse: no import of ./luxonDateTime.js to replace; see tsup.config.ts");
    });
  },
};

/**
 * esbuild writes the `require("luxon")` of `luxonDateTimeRequired.ts` as a call of its `__require` helper (it builds
 * ESM first, and rollup then imports the helper from a shared chunk): written back as the plain call, which a bundler of
 * the CommonJS build follows (with the helper it does not, and `formatLocal` would fail in its bundle).
 */
const plainLuxonRequire: TsupPlugin = {
  name: "plain-luxon-require",
  renderChunk(code, { path }) {
    if (!path.endsWith(".cjs")) return undefined;
    const plain = code.replace(/(?:\b[\w$]+\.)?__require\("luxon"\)/g, 'require("luxon")');
    // The helper's import from another chunk, when that call was its only use: dropped here, not left unused (rollup
    // would warn about it).
    const importList = /^import\s*\{([^}]*)\}(\s*from\s*["'][^"']+["'];?)$/gm;
    if (/\b__require\b/.test(plain.replace(importList, ""))) return { code: plain };
    return {
      code: plain.replace(importList, (line: string, names: string, from: string) => {
        const kept = names.split(",").filter((name) => name.trim() !== "__require");
        return kept.length === names.split(",").length ? line : kept.some((name) => name.trim() !== "") ? `import {${kept.join(",")}}${from}` : "";
      }),
    };
  },
};

/**
 * A dynamic `import()` of another chunk, in the CommonJS build, written as a `require` in a promise (the engine's load of
 * the opt-out detector, `engine/inboundReader.ts`). Node runs `import()` from CommonJS, but
 * a CommonJS host that runs modules in `vm` contexts without ES module support (Jest's default runtime) fails on it;
 * `require` resolves the same file, with the same exports. scripts/build.mjs fails when a `.cjs` file keeps an `import(`.
 */
const requiredChunks: TsupPlugin = {
  name: "required-chunks",
  renderChunk(code, { path }) {
    if (!path.endsWith(".cjs")) return undefined;
    return {
      code: code.replace(
        /\bimport\((["'])(\.\/[\w.-]+\.cjs)\1\)/g,
        (_, quote: string, file: string) => `Promise.resolve().then(() => require(${quote}${file}${quote}))`,
      ),
    };
  },
};

/**
 * Every shipped JavaScript file pure ASCII: V8 keeps a source holding one other character as a two-byte string, and
 * reading and compiling it costs more (the core chunk, 0.9 MB, held 82 such lines, all in comments of the opt-out
 * tables and in regular expression literals, which esbuild writes as they are). A character outside ASCII becomes its
 * `\uXXXX` escape, which means the same in a comment, a string, a regular expression (with or without `u`: a pair of
 * escaped surrogates is one code point) and an identifier; the sources use no `String.raw` or tagged template whose raw
 * text would change (`npm run build` fails on a file of dist/ that is not ASCII). See docs/architecture.md, "Loading and runtimes".
 */
const asciiOutput: TsupPlugin = {
  name: "ascii-output",
  renderChunk(code, { path }) {
    if (!/\.c?js$/.test(path)) return undefined;
    // A backslash before the character (an identity escape) would escape the escape's own backslash instead.
    if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${path}: a backslash before a character outside ASCII; see asciiOutput in tsup.config.ts`);
    return { code: code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) };
  },
};

export default defineConfig({
  entry: {
    index: "src/index.ts",
    // Not an export of the package: an entry of its own puts the engine (and eventemitter3, CommonJS, which a
    // bundler must keep once imported) in a chunk of its own, so a bundle that takes only `evaluate` from the main
    // entry leaves them out (test/consumer/run.mjs checks the size).
    engine: "src/engine/index.ts",
    // Reading messages for opt-outs: over half of the package's code, which no decision needs (the engine loads it
    // when it is made; test/runtime/mainEntryModules.test.ts checks the main entry leaves it out).
    "opt-out": "src/optOut.ts",
    testing: "src/testing/index.ts",
    "testing-vitest": "src/testing/vitest.ts",
    analyze: "src/analyze/index.ts",
    report: "src/report/index.ts",
    cli: "src/cli/main.ts",
    postgres: "src/drivers/postgres/index.ts",
    redis: "src/drivers/redis/index.ts",
    bullmq: "src/drivers/bullmq/index.ts",
  },
  // Optional peers (vitest for the matchers entry; pg, ioredis, bullmq for the driver entries): never bundled.
  external: ["vitest", "pg", "ioredis", "bullmq"],
  // zod stays in `dependencies` (the .d.ts files import its types) but the part we use is bundled into our chunks:
  // zod's package entry evaluates all of its ~40 locales, about 40 ms of every import of ours.
  // See docs/architecture.md, "Loading and runtimes".
  // eventemitter3 is bundled too (it stays in `dependencies` for the .d.ts files): it is CommonJS, and an ESM import of
  // a CommonJS package starts Node's CommonJS export lexer, ~10 ms of the main entry's import on its own.
  noExternal: ["zod", "eventemitter3"],
  esbuildPlugins: [pureZodTables, luxonAtFirstUse],
  plugins: [asciiOutput, plainLuxonRequire, requiredChunks],
  // `import.meta.url` (optionalPeer.ts) also works in the CommonJS build.
  shims: true,
  esbuildOptions(options, { format }) {
    // The sources use no `__dirname` or `__filename`, which tsup's ESM shims provide (importing `path` and `url`): with
    // a CommonJS package bundled (eventemitter3), esbuild would keep the shims' imports in the core and call them from
    // every module, and the core imports no Node built-in.
    if (format === "esm" && options.inject !== undefined) options.inject = options.inject.filter((file) => !/[\\/]esm_shims\.js$/.test(file));
  },
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: the shipped JavaScript is not minified and reads as it is; maps would point at src/, which does not ship.
  sourcemap: false,
  clean: true,
  // ES2022, not "node20": for a node target esbuild 0.27 rewrites a regex literal with `\p{…}` outside a class into
  // `new RegExp(…)`, evaluated again on every call of the function holding it. Node 20 runs ES2022 as it is.
  target: "es2022",
  treeshake: true,
  // One shared copy of the core across entries: `instanceof` on errors and plan memoisation hold between "lead-cadence" and "lead-cadence/testing".
  splitting: true,
});
