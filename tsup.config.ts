import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    testing: "src/testing/index.ts",
    "testing-vitest": "src/testing/vitest.ts",
    analyze: "src/analyze/index.ts",
    report: "src/report/index.ts",
    cli: "src/cli/main.ts",
  },
  // vitest is an optional peer of the matchers entry: never bundled.
  external: ["vitest"],
  // `import.meta.url` in the CLI (finding package.json) also works in the CommonJS build.
  shims: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  treeshake: true,
  // One shared copy of the core across entries: `instanceof` on errors and plan memoisation hold between "lead-cadence" and "lead-cadence/testing".
  splitting: true,
});
