import { CadenceError, hasCadenceBrand } from "../errors/index.js";

/**
 * The engine refused an operation on leads, touches or plans it does not know, or in a state that
 * does not allow it. `code`: `unknown_lead`, `unknown_touch`, `unknown_plan`, `already_enrolled`,
 * `missing_adapter`, `reenrollment_not_allowed`, `reenrollment_too_soon`; `store_failed` (the store
 * failed: a lost connection, a server error; its own error is `cause`); `escalation_failed` (emitted
 * as an `error` event, never thrown); `engine_stopped` (`stop` gave up on a call whose store never
 * answered: the call rejects with it).
 */
export class EngineError extends CadenceError {
  override name = "EngineError" as const;
  declare readonly code:
    | "unknown_lead"
    | "unknown_touch"
    | "unknown_plan"
    | "already_enrolled"
    | "reenrollment_not_allowed"
    | "reenrollment_too_soon"
    | "missing_adapter"
    | "store_failed"
    | "escalation_failed"
    | "engine_stopped";
}

/** True for errors the engine throws about its own operations, from either build (ESM or CommonJS) of the package. */
export function isEngineError(error: unknown): error is EngineError {
  return hasCadenceBrand(error, "EngineError");
}
