import { CadenceError, hasCadenceBrand } from "../errors/index.js";

/**
 * A simulation or path exploration hit its safety bound (`maxIterations`, `maxPaths`) before it
 * finished. Raise the bound, shorten `until`, or lower `maxDepth`.
 */
export class SimulationLimitError extends CadenceError {
  override name = "SimulationLimitError" as const;
  declare readonly code: "simulation_limit";
  /** The option whose bound was reached, e.g. `maxIterations`. */
  readonly limit: string;
  /** The bound's value. */
  readonly value: number;

  constructor(limit: string, value: number, message: string) {
    super("simulation_limit", message);
    this.limit = limit;
    this.value = value;
  }
}

/** True for a {@link SimulationLimitError}, from either build (ESM or CommonJS) of the package. */
export function isSimulationLimitError(error: unknown): error is SimulationLimitError {
  return hasCadenceBrand(error, "SimulationLimitError");
}
