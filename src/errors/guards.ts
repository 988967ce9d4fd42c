import { ArgumentError } from "./ArgumentError.js";
import { CadenceError } from "./CadenceError.js";
import { LeadValidationError } from "./LeadValidationError.js";
import { PlanValidationError } from "./PlanValidationError.js";

/** True for any error lead-cadence threw on purpose. */
export function isCadenceError(error: unknown): error is CadenceError {
  return error instanceof CadenceError;
}

/** True for a plan validation failure. */
export function isPlanValidationError(error: unknown): error is PlanValidationError {
  return error instanceof PlanValidationError;
}

/** True for a lead validation failure. */
export function isLeadValidationError(error: unknown): error is LeadValidationError {
  return error instanceof LeadValidationError;
}

/** True for a misused argument or option. */
export function isArgumentError(error: unknown): error is ArgumentError {
  return error instanceof ArgumentError;
}
