import { createRequire } from "node:module";
import { MissingDependencyError } from "../errors/index.js";

/**
 * Synchronous, lazy loading of optional peer dependencies, identical in the ESM and CommonJS
 * builds: a `require` is created next to this module, from `__filename` in CommonJS and from
 * `import.meta.url` in ESM (only read when `__filename` is absent, so the CommonJS build never
 * reads `import.meta`). The bare `require` identifier is avoided on purpose: bundlers replace it
 * in ESM output with a stub that throws.
 */

declare const __filename: string | undefined;

let cached: NodeJS.Require | undefined;

function nodeRequire(): NodeJS.Require {
  cached ??= createRequire(typeof __filename === "string" ? __filename : import.meta.url);
  return cached;
}

const loaded = new Map<string, unknown>();

/**
 * The module `name`, loaded once.
 * @throws {MissingDependencyError} naming the package and `feature` when it is not installed.
 */
export function loadOptionalPeer<T>(name: string, feature: string): T {
  if (loaded.has(name)) return loaded.get(name) as T;
  let mod: unknown;
  try {
    mod = nodeRequire()(name);
  } catch (error) {
    throw new MissingDependencyError(packageOf(name), feature, { cause: error });
  }
  loaded.set(name, mod);
  return mod as T;
}

/** The absolute path `require.resolve` gives for `name`, or throws {@link MissingDependencyError}. */
export function resolveOptionalPeer(name: string, feature: string): string {
  try {
    return nodeRequire().resolve(name);
  } catch (error) {
    throw new MissingDependencyError(packageOf(name), feature, { cause: error });
  }
}

/** A `require` rooted at `path` (to load a peer's own dependencies, e.g. its `bson`). */
export function requireFrom(path: string): NodeJS.Require {
  return createRequire(path);
}

function packageOf(name: string): string {
  const parts = name.split("/");
  return name.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}
