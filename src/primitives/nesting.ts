import { validationIssue, type ValidationIssue } from "../errors/index.js";

/**
 * The deepest nesting of objects and arrays accepted in a plan or a lead (the root counts as 1).
 * Real plans stay under 15; the bound keeps every recursive step (validation, conditions, output)
 * far from the call-stack limit.
 */
export const MAX_NESTING_DEPTH = 64;

interface Visit {
  readonly value: object;
  readonly depth: number;
  readonly path: (string | number)[];
  readonly up: Visit | undefined;
}

/**
 * The `too_deep` issue for the first value nested deeper than `max`, or `undefined`. Iterative and
 * stops at the first excess, so neither depth nor a cycle can overflow the stack or loop. A value
 * that contains itself is named as such, at the path where it first comes back.
 */
export function nestingIssue(root: unknown, max: number = MAX_NESTING_DEPTH): ValidationIssue | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  const stack: Visit[] = [{ value: root, depth: 1, path: [], up: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value, depth, path } = visit;
    if (depth > max) {
      // The shallowest object on the chain that is one of its own ancestors (read only on failure: at most `max` squared steps).
      let cycle: Visit | undefined;
      for (let v: Visit | undefined = visit; v !== undefined; v = v.up) for (let a = v.up; a !== undefined; a = a.up) if (a.value === v.value) cycle = v;
      return validationIssue(
        "too_deep",
        cycle?.path ?? path,
        cycle
          ? "Expected no cycles, got an object that contains itself here"
          : `Expected objects and arrays nested at most ${max} deep, got deeper nesting here`,
        cycle ? "no cycles" : `nesting depth <= ${max}`,
        cycle ? "a cycle" : `depth > ${max}`,
      );
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1, path: [...path, i], up: visit });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1, path: [...path, key], up: visit });
      }
    }
  }
  return undefined;
}
