import type { ValidationIssue } from "../errors/index.js";

/**
 * The deepest nesting of objects and arrays accepted in a plan or a lead (the root counts as 1).
 * Real plans stay under 15; the bound keeps every recursive step (validation, conditions, output)
 * far from the call-stack limit.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * The `too_deep` issue for the first value nested deeper than `max`, or `undefined`. Iterative and
 * stops at the first excess, so neither depth nor a cycle can overflow the stack or loop.
 */
export function nestingIssue(root: unknown, max: number = MAX_NESTING_DEPTH): ValidationIssue | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  const stack: { value: object; depth: number; path: (string | number)[] }[] = [{ value: root, depth: 1, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (depth > max) {
      return {
        code: "too_deep",
        path,
        message: `Expected objects and arrays nested at most ${max} deep, got deeper nesting here`,
        expected: `nesting depth <= ${max}`,
        received: `depth > ${max}`,
      };
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1, path: [...path, i] });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1, path: [...path, key] });
      }
    }
  }
  return undefined;
}
