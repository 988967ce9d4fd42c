import * as z from "zod/mini";
import { describeValue, validationIssue, type ValidationIssue, type ValidationIssueCode } from "../errors/index.js";

/** What the keys of one of a lead's maps are, for the issue refusing one no lead keeps. */
export interface MapKeys {
  /** What a key should be, as the issue says it. */
  readonly expected: string;
  /** The keys are names (contact kinds, channels), so the empty key names nothing and is refused too. */
  readonly named: boolean;
}

/** The keys of a lead's `contacts`. */
export const CONTACT_KEYS: MapKeys = { expected: "a contact kind such as phone or email", named: true };
/** The keys of a lead's `consent`. */
export const CONSENT_KEYS: MapKeys = { expected: "a channel name such as sms", named: true };
/** The keys of free-form data (a lead's `attributes`, an event's `data`): any text but `__proto__`. */
export const DATA_KEYS: MapKeys = { expected: 'a field name other than "__proto__"', named: false };

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * True for a key no lead's map keeps: `__proto__` (zod's records skip it and assigning it sets the
 * object's prototype, so the host's entry would vanish without a word) and, where the keys are names,
 * the empty key. For a loop that already goes through the map's keys (`evaluate`'s checks).
 */
export function isRefusedKey(key: string, keys: MapKeys): boolean {
  return key === "__proto__" || (key === "" && keys.named);
}

/** The issue refusing `key` of the map at `path`: what a key should be, and what came. */
export function refusedKeyIssue(path: readonly (string | number)[], key: string, keys: MapKeys): ValidationIssue {
  const got = key === "" ? "an empty key" : `${describeValue(key)}, which JavaScript reads as an object's prototype: no object keeps it as data`;
  return validationIssue("invalid_key", [...path, key], `Expected ${keys.expected}, got ${got}`, keys.expected, describeValue(key));
}

/**
 * Appends the issue of each own enumerable key of `map` that {@link isRefusedKey}, whatever the map's
 * size: a key or two looked up. Keys deeper in free-form data are ordinary keys, kept as given.
 */
export function refusedKeyIssues(map: object, path: readonly (string | number)[], keys: MapKeys, issues: ValidationIssue[]): void {
  // `Object.hasOwn` first: a few times cheaper than `propertyIsEnumerable`, and almost always false.
  if (Object.hasOwn(map, "__proto__") && isOwnEnumerable.call(map, "__proto__")) issues.push(refusedKeyIssue(path, "__proto__", keys));
  if (keys.named && Object.hasOwn(map, "") && isOwnEnumerable.call(map, "")) issues.push(refusedKeyIssue(path, "", keys));
}

/**
 * `record` refusing, with a path, the keys {@link refusedKeyIssues} names, where zod's record would
 * drop an own `__proto__` silently. A map holding one reports that alone; its other issues follow once
 * it is mended.
 */
export function keptKeysRecord<T extends z.core.$ZodType>(record: T, keys: MapKeys): z.ZodMiniPipe<z.ZodMiniCustom<z.input<T>, z.input<T>>, T> {
  const guard = z.custom<z.input<T>, z.input<T>>().check(
    z.superRefine((value, ctx) => {
      if (typeof value !== "object" || value === null) return;
      const issues: ValidationIssue[] = [];
      refusedKeyIssues(value, [], keys, issues);
      for (const issue of issues)
        ctx.addIssue({
          code: "custom",
          path: [...issue.path],
          message: issue.message,
          input: issue.path.at(-1),
          params: { code: "invalid_key" satisfies ValidationIssueCode },
        });
    }),
  );
  // The guard passes its input on unchanged: what reaches `record` is what `record` takes.
  return z.pipe(guard, record as z.core.$ZodType<unknown, z.input<T>>) as z.ZodMiniPipe<z.ZodMiniCustom<z.input<T>, z.input<T>>, T>;
}
