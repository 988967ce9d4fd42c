export { CadenceError } from "./CadenceError.js";
export { PlanValidationError } from "./PlanValidationError.js";
export { LeadValidationError } from "./LeadValidationError.js";
export { ArgumentError } from "./ArgumentError.js";
export { MissingDependencyError } from "./MissingDependencyError.js";
export { isCadenceError, isPlanValidationError, isLeadValidationError, isArgumentError, isMissingDependencyError } from "./guards.js";
export { hasCadenceBrand } from "./brand.js";
export { ERROR_CODES, ISSUE_CODES, type CadenceErrorCode, type ValidationIssueCode } from "./codes.js";
export { formatPath, formatIssues, describeValue, type ValidationIssue } from "./ValidationIssue.js";
