import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const INDEX = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/**
 * `evaluate` (and `provideOptionalPeer`), bundled as a browser or edge runtime would take it: platform `browser`, every
 * dependency inlined, minified. The bundle assigns
 * `globalThis.leadCadence`.
 */
export async function bundleEvaluate(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { evaluate, provideOptionalPeer } from ${JSON.stringify(INDEX)}; globalThis.leadCadence = { evaluate, provideOptionalPeer };`,
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    platform: "browser",
    format: "iife",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}
