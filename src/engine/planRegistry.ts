import { ArgumentError } from "../errors/index.js";
import { parsePlan, type Plan } from "../plan/index.js";
import { EngineError } from "./errors.js";

/** The plans an engine runs, validated once, by id and version. */
export class PlanRegistry {
  readonly #plans = new Map<string, Map<number, Plan>>();

  /**
   * @throws {PlanValidationError} for an invalid plan.
   * @throws {ArgumentError} `plans` when one id and version is given twice.
   */
  constructor(inputs: readonly unknown[]) {
    for (const input of inputs) {
      const plan = parsePlan(input);
      let versions = this.#plans.get(plan.id);
      if (versions === undefined) this.#plans.set(plan.id, (versions = new Map()));
      if (versions.has(plan.version)) throw new ArgumentError("plans", `Plan ${plan.id}@${plan.version} is given twice`);
      versions.set(plan.version, plan);
    }
  }

  /** Every loaded plan version. */
  *all(): IterableIterator<Plan> {
    for (const versions of this.#plans.values()) yield* versions.values();
  }

  /** Whether some version of `planId` is loaded. */
  has(planId: string): boolean {
    return this.#plans.has(planId);
  }

  /** The loaded plan ids, in the order given, for messages. */
  ids(): string {
    return [...this.#plans.keys()].join(", ");
  }

  /** `planId@version`, or `undefined` when it is not loaded. */
  find(planId: string, version: number): Plan | undefined {
    return this.#plans.get(planId)?.get(version);
  }

  /**
   * `planId` at `version`, its latest loaded version when `version` is not given.
   * @throws {EngineError} `unknown_plan`, naming what is loaded.
   */
  get(planId: string, version: number | undefined): Plan {
    const versions = this.#plans.get(planId);
    if (versions === undefined) throw new EngineError("unknown_plan", `Unknown plan ${JSON.stringify(planId)}; loaded: ${this.ids()}`);
    const v = version ?? Math.max(...versions.keys());
    const plan = versions.get(v);
    if (plan === undefined)
      throw new EngineError("unknown_plan", `Plan ${planId} has no version ${String(version)} loaded; loaded versions: ${[...versions.keys()].join(", ")}`);
    return plan;
  }
}
