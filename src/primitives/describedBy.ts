import * as z from "zod/mini";

/** Descriptions by key; empty until a module that holds texts provides them (documentation only). */
let texts: Readonly<Record<string, string>> = {};

/**
 * Makes the texts of `table` the descriptions of the schemas that name their keys with
 * {@link describedBy}, in every JSON Schema converted from then on. Providing again adds keys.
 */
export function provideDescriptions(table: Readonly<Record<string, string>>): void {
  texts = { ...texts, ...table };
}

/**
 * A check that describes its schema like zod's `z.describe(text)`, with the text looked up by
 * `key` when it is read (a JSON Schema conversion), not written here: schemas on the `evaluate`
 * path name their documentation without carrying it. Until the texts are provided
 * ({@link provideDescriptions}) the description is `undefined`.
 */
export function describedBy(key: string): z.core.$ZodCheck<unknown> {
  // zod's own describe check, registering a description read at conversion time instead of the key.
  const check = z.describe(key);
  check._zod.onattach = [
    (schema) => {
      const existing = z.globalRegistry.get(schema) ?? {};
      z.globalRegistry.add(schema, {
        ...existing,
        get description(): string | undefined {
          return texts[key];
        },
      });
    },
  ];
  return check;
}
