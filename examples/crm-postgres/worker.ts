/**
 * A worker: takes wake-up jobs from BullMQ and performs what is due. Start as many as you like
 * (`npm run worker` in several terminals, or several containers); SIGTERM finishes the jobs in hand.
 */
import { start } from "./shared.js";

const who = `worker-${process.pid}`;
const { close } = await start(who, true);
console.log(`[${who}] waiting for wake-ups`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.log(`[${who}] ${signal}: finishing the jobs in hand`);
    void close().then(() => process.exit(0));
  });
}
