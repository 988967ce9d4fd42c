export { CadenceError } from "./CadenceError.js";
export { PlanValidationError } from "./PlanValidationError.js";
export { LeadValidationError } from "./LeadValidationError.js";
export { ArgumentError } from "./ArgumentError.js";
export { MissingDependencyError } from "./MissingDependencyError.js";
export { isCadenceError, isPlanValidationError, isLeadValidationError, isArgumentError } from "./guards.js";
export { formatPath, formatIssues, describeValue, type ValidationIssue } from "./ValidationIssue.js";
