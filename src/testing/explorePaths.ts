import { ArgumentError, describeValue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import { parsePlan, type Plan, type PlanInput } from "../plan/index.js";
import type { InstantInput, Outcome } from "../primitives/index.js";
import type { EvaluateOptions } from "../schedule/index.js";
import { checkOutcome } from "../primitives/index.js";
import type { RelativeInstant } from "./relativeInstant.js";
import { defaultOutcome, type Responder } from "./responders.js";
import { simulate } from "./simulate.js";
import { SimulationLimitError } from "./SimulationLimitError.js";
import type { Timeline } from "./timeline.js";

/** Options for {@link explorePaths}. */
export interface ExplorePathsOptions {
  /**
   * The outcomes each touch may have: one list for every channel, or a list per channel
   * (`{ call: ["no_answer", "connected"], sms: ["sent", "replied"] }`); channels not listed only
   * get their default outcome (`no_answer` for calls, `sent` otherwise).
   */
  readonly outcomes: readonly Outcome[] | Readonly<Record<string, readonly Outcome[]>>;
  /**
   * How many touches, from the first, branch over the outcomes; later touches get the first
   * outcome of their list. Paths grow as (outcomes per touch)^maxDepth.
   */
  readonly maxDepth: number;
  /** Simulation horizon for every path. @default "P30D" */
  readonly until?: RelativeInstant;
  /** Simulation start. @default the lead's `enrolledAt`, or its latest history record when later (as `simulate` starts) */
  readonly from?: InstantInput;
  readonly rules?: EvaluateOptions["rules"];
  /** Safety bound on the number of paths; reaching it throws {@link SimulationLimitError}. @default 5000 */
  readonly maxPaths?: number;
}

/** One way the cadence can unfold: the outcome chosen for each touch, and the timeline it gives. */
export interface ExploredPath {
  /** The outcome of each touch of the timeline, in order. */
  readonly outcomes: readonly Outcome[];
  readonly timeline: Timeline;
}

/**
 * Enumerates the distinct timelines a plan produces when each of the first `maxDepth` touches
 * may have any of `outcomes`, so a property can be asserted over all of them ("whatever happens,
 * no more than 3 calls on day 1"). Depth-first, in a stable order: the first path is the one where
 * every touch gets the first outcome of its list, then in lexicographic order of the choices.
 * @throws {SimulationLimitError} when more than `maxPaths` paths exist.
 * @example
 * for (const { timeline } of explorePaths(plan, lead, { outcomes: ["no_answer", "connected"], maxDepth: 4 })) {
 *   expect(timeline.byChannel.call?.length ?? 0).toBeLessThanOrEqual(4);
 * }
 */
export function explorePaths(plan: Plan | PlanInput, lead: LeadInput, options: ExplorePathsOptions): ExploredPath[] {
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object with \`outcomes\` and \`maxDepth\`, got ${describeValue(options)}`);
  const { maxDepth } = options;
  if (!Number.isInteger(maxDepth) || maxDepth < 0)
    throw new ArgumentError("options.maxDepth", `Expected \`options.maxDepth\` to be a non-negative integer, got ${describeValue(maxDepth)}`);
  const maxPaths = options.maxPaths ?? 5000;
  if (!Number.isInteger(maxPaths) || maxPaths < 1)
    throw new ArgumentError("options.maxPaths", `Expected \`options.maxPaths\` to be a positive integer, got ${describeValue(maxPaths)}`);
  const choicesFor = outcomeLists(options.outcomes);
  const parsed = parsePlan(plan, options.rules === undefined ? {} : { rules: options.rules });

  const paths: ExploredPath[] = [];
  // Each stack item is a prefix of choice indexes; touches past the prefix take choice 0.
  const stack: number[][] = [[]];
  while (stack.length > 0) {
    const prefix = stack.pop() as number[];
    const widths: number[] = [];
    const chosen: Outcome[] = [];
    const responder: Responder = (touch, _lead, context) => {
      const list = choicesFor(touch.channel);
      const i = context.touchIndex;
      const pick = list[prefix[i] ?? 0] ?? defaultOutcome(touch.channel);
      widths[i] = i < maxDepth ? list.length : 1;
      chosen[i] = pick;
      return pick;
    };
    const timeline = simulate(parsed, lead, {
      until: options.until ?? "P30D",
      responder,
      ...(options.from === undefined ? {} : { from: options.from }),
      ...(options.rules === undefined ? {} : { rules: options.rules }),
    });
    if (paths.length >= maxPaths) {
      throw new SimulationLimitError(
        "maxPaths",
        maxPaths,
        `More than ${maxPaths} paths: lower \`maxDepth\` (${maxDepth}), offer fewer outcomes, or raise \`maxPaths\``,
      );
    }
    paths.push({ outcomes: chosen, timeline });
    // Lexicographic order of choice vectors: the deepest branch point and the lowest alternative pop first.
    for (let i = prefix.length; i < widths.length; i++) {
      for (let alt = (widths[i] ?? 1) - 1; alt >= 1; alt--) stack.push([...prefix, ...new Array<number>(i - prefix.length).fill(0), alt]);
    }
  }
  return paths;
}

function outcomeLists(outcomes: ExplorePathsOptions["outcomes"]): (channel: string) => readonly Outcome[] {
  if (Array.isArray(outcomes)) {
    if (outcomes.length === 0) throw new ArgumentError("options.outcomes", "Expected `options.outcomes` to list at least one outcome, got an empty array");
    const list = outcomes.map((o, i) => checkOutcome(o, `options.outcomes[${i}]`));
    return () => list;
  }
  if (outcomes === null || typeof outcomes !== "object") {
    throw new ArgumentError(
      "options.outcomes",
      `Expected \`options.outcomes\` to be an array of outcomes or an object of channel → outcomes, got ${describeValue(outcomes)}`,
    );
  }
  const table = new Map<string, readonly Outcome[]>();
  for (const [channel, list] of Object.entries(outcomes as Readonly<Record<string, readonly Outcome[]>>)) {
    if (!Array.isArray(list) || list.length === 0)
      throw new ArgumentError(
        `options.outcomes.${channel}`,
        `Expected \`options.outcomes.${channel}\` to be a non-empty array of outcomes, got ${describeValue(list)}`,
      );
    table.set(
      channel,
      list.map((o, i) => checkOutcome(o, `options.outcomes.${channel}[${i}]`)),
    );
  }
  return (channel) => table.get(channel) ?? [defaultOutcome(channel)];
}
