/**
 * A schema built at its first use instead of at import. zod builds a schema object by object;
 * built at import, the plan and lead formats' schemas were the largest part of the main entry's
 * import time after zod itself (docs/architecture.md, "Loading and runtimes").
 *
 * The value stands for the schema: every property read, write, `in`, key listing and prototype
 * lookup goes to the schema, built by `build` the first time any of them happens. zod reads its
 * schemas through their properties (`_zod`), so a lazy schema composes into a user's schemas,
 * parses and passes `instanceof` like the schema itself. It is another object, though, and zod's
 * JSON Schema conversion and metadata registry go by identity: a builder composing lazy schemas
 * takes each through {@link unwrapSchema}, so the schemas inside a schema are the built ones.
 * @example
 * export const Identifier = lazySchema(() => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/)));
 * export const Step = lazySchema(() => z.strictObject({ id: unwrapSchema(Identifier) }));
 */
// A call has no side effect: a bundler drops the schemas nothing uses (the annotation survives into dist/). esbuild honours
// it only in this file (evanw/esbuild#4369), so every call is also annotated `@__PURE__` (test/runtime/lazySchemas.test.ts).
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => {
    if (built === undefined) built = build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => (key === BUILT ? schema() : Reflect.get(schema(), key)),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // The stand-in itself has no properties: reported ones must be configurable (a Proxy invariant).
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

const BUILT = Symbol("lazySchema.built");

/** The schema a {@link lazySchema} stands for (built now if it was not yet); any other value as it is. */
export function unwrapSchema<T extends object>(schema: T): T {
  return ((schema as { [BUILT]?: T })[BUILT] ?? schema) as T;
}
