/**
 * Marks every `CadenceError`. `Symbol.for` names the same symbol in every copy of the package
 * loaded in one process (the ESM and the CommonJS build), so the guards recognise an error thrown
 * by either copy, where `instanceof` sees two unrelated classes.
 */
export const CADENCE_ERROR_BRAND: unique symbol = Symbol.for("lead-cadence.CadenceError") as never;

/** True when `value` carries the brand and, when given, the error class `name`. */
export function hasCadenceBrand(value: unknown, name?: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  if ((value as { [CADENCE_ERROR_BRAND]?: unknown })[CADENCE_ERROR_BRAND] !== true) return false;
  return name === undefined || (value as { name?: unknown }).name === name;
}
