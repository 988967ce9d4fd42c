import * as z from "zod/mini";
import { describeValue, type ValidationIssueCode } from "../errors/index.js";
import { lazySchema } from "./lazySchema.js";
import { DATA_KEYS, keptKeysRecord } from "./mapKeys.js";
import { MAX_NESTING_DEPTH } from "./nesting.js";

/**
 * The first value inside `value` that JSON cannot write (a bigint: `JSON.stringify` throws; a
 * symbol or a function: left out), with its path from `value`; `undefined` when there is none.
 * Stops at the nesting bound, so data that contains itself ends (`nestingIssue` names the cycle).
 */
export function unwritableValue(value: unknown, path: (string | number)[] = [], depth = 1): { path: (string | number)[]; value: unknown } | undefined {
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function") return { path, value };
  if (typeof value !== "object" || value === null || depth > MAX_NESTING_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unwritableValue(value[i], [...path, i], depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  // A Date or any object with toJSON is written as what toJSON gives.
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return undefined;
  for (const key of Object.keys(value)) {
    const found = unwritableValue((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Free-form data a lead carries into stores (its `attributes`, an event's `data`): an object of values
 * JSON can write, none of its own keys `__proto__` (see {@link keptKeysRecord}).
 */
export const JsonData = /* @__PURE__ */ lazySchema(() =>
  keptKeysRecord(
    z.record(z.string(), z.unknown()).check(
      z.superRefine((data, ctx) => {
        const found = unwritableValue(data);
        if (found !== undefined)
          ctx.addIssue({
            code: "custom",
            path: found.path,
            message: `Expected JSON data (a string, number, boolean, null, array or object), got ${describeValue(found.value)}`,
            input: found.value,
            params: { code: "invalid_type" satisfies ValidationIssueCode },
          });
      }),
    ),
    DATA_KEYS,
  ),
);
