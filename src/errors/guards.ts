import type { ArgumentError } from "./ArgumentError.js";
import { hasCadenceBrand } from "./brand.js";
import type { CadenceError } from "./CadenceError.js";
import type { LeadValidationError } from "./LeadValidationError.js";
import type { MissingDependencyError } from "./MissingDependencyError.js";
import type { PlanValidationError } from "./PlanValidationError.js";

// The guards check the brand and the class name, not `instanceof`: an error thrown by the CommonJS
// build of the package passes the guards of the ESM build, and the other way round.

/** True for any error lead-cadence threw on purpose, from either build (ESM or CommonJS) of the package. */
export function isCadenceError(error: unknown): error is CadenceError {
  return hasCadenceBrand(error);
}

/** True for a plan validation failure, from either build of the package. */
export function isPlanValidationError(error: unknown): error is PlanValidationError {
  return hasCadenceBrand(error, "PlanValidationError");
}

/** True for a lead validation failure, from either build of the package. */
export function isLeadValidationError(error: unknown): error is LeadValidationError {
  return hasCadenceBrand(error, "LeadValidationError");
}

/** True for a misused argument or option, from either build of the package. */
export function isArgumentError(error: unknown): error is ArgumentError {
  return hasCadenceBrand(error, "ArgumentError");
}

/** True for a missing optional peer dependency, from either build of the package. */
export function isMissingDependencyError(error: unknown): error is MissingDependencyError {
  return hasCadenceBrand(error, "MissingDependencyError");
}
