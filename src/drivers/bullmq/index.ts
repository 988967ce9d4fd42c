/**
 * `lead-cadence/bullmq`: runs the engine on BullMQ (an optional peer, loaded when a runner is
 * created): delayed wake-up jobs, a reconciler, workers in any number of processes. See docs/scaling.md.
 */
export { createBullmqRunner, type BullmqRunner } from "./runner.js";
export type { BullmqRunnerOptions, BullmqJobReport } from "./options.js";
export { wakeJobId } from "./jobId.js";
export type { ChannelLimit } from "./limits.js";
