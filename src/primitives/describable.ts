import { unwrapSchema } from "./lazySchema.js";

/**
 * A field's own copy of a shared schema (`id: describable(Identifier)`): it validates exactly as
 * the shared one (same definition and checks; zod's metadata registry gives it the shared one's
 * metadata as its parent's), but it is another object. Documentation is attached to schema
 * objects when a JSON Schema is made (`plan/planDescriptionTargets.ts`), so a field described on
 * its own needs one: described on the shared schema, the text would describe every field using it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function describable<T extends { check(): T }>(schema: T): T {
  // zod/mini's `check` with no check: a copy of the definition, with the schema as its parent.
  return unwrapSchema(schema).check();
}
