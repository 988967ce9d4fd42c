import { ArgumentError, describeValue } from "../errors/index.js";
import { OUTCOMES, type Outcome } from "./outcome.js";

const OUTCOME_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(OUTCOMES);

/** True when `value` is one of the outcomes lead-cadence knows. */
export function isOutcome(value: unknown): value is Outcome {
  return typeof value === "string" && OUTCOME_SET.has(value);
}

/**
 * `value` as an outcome.
 * @throws {ArgumentError} naming `name`, listing the outcomes and what came.
 */
export function checkOutcome(value: unknown, name: string): Outcome {
  if (!isOutcome(value)) {
    throw new ArgumentError(name, `Expected \`${name}\` to be one of ${OUTCOMES.join(", ")}, got ${describeValue(value)}`);
  }
  return value;
}
