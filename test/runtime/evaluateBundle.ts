import { build, type Plugin } from "esbuild";
import { fileURLToPath } from "node:url";

const INDEX = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/**
 * The engine's dynamic `import()` of the opt-out detector (`engine/inboundReader.ts`) left out, as the package's build
 * does: there it is a chunk of its own, which an `evaluate`-only bundle of the package never reaches. Bundled from the
 * sources without splitting, esbuild would inline the detector instead and wrap it and all it imports (the core
 * included) in functions run at first use, about 3.7 kB that no bundle of the package holds. Any other dynamic import
 * fails the bundle, so that none is left out unseen.
 */
export const dynamicImportsApart: Plugin = {
  name: "dynamic-imports-apart",
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ kind, path, importer }) => {
      if (kind !== "dynamic-import") return undefined;
      if (/[\\/]engine[\\/]inboundReader\.ts$/.test(importer) && path === "../policy/optOut/readInboundOptOut.js") return { path, external: true };
      return { errors: [{ text: `dynamic import of ${path} in ${importer}: only the engine's load of the opt-out detector is expected` }] };
    });
  },
};

/** A bundle and the package of each module it holds something of. */
export interface EvaluateBundle {
  /** The minified code; it assigns `globalThis.leadCadence`. */
  readonly code: string;
  /** Bytes in the output per input module: `lead-cadence` for our sources, else `package/path/in/package`. */
  readonly inputs: ReadonlyMap<string, number>;
}

/**
 * `evaluate` (and `provideOptionalPeer`), bundled as a browser or edge runtime would take it: platform `browser`, every
 * dependency inlined, minified. The bundle assigns `globalThis.leadCadence`.
 */
export async function bundleEvaluate(): Promise<EvaluateBundle> {
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
    metafile: true,
    plugins: [dynamicImportsApart],
    logLevel: "silent",
  });
  const inputs = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})) {
    if (bytesInOutput === 0) continue;
    const name = /node_modules\/(.+)$/.exec(path)?.[1] ?? "lead-cadence";
    inputs.set(name, (inputs.get(name) ?? 0) + bytesInOutput);
  }
  return { code: result.outputFiles[0]?.text ?? "", inputs };
}
