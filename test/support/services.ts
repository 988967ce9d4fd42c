/**
 * Real services for driver tests. With `LEAD_CADENCE_SERVICES=required` (CI) a service that cannot
 * be reached fails the file; without it the file skips with one line saying what is missing and
 * how to start it. Each test run works in its own schema / key prefix / queue, so runs sharing one
 * server never see each other's data.
 */
import { randomBytes } from "node:crypto";
import { Socket } from "node:net";

export const POSTGRES_URL = process.env.LEAD_CADENCE_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.LEAD_CADENCE_REDIS_URL ?? "redis://127.0.0.1:6379";

const HOW_TO_START: Record<"postgres" | "redis", string> = {
  postgres: "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (or set LEAD_CADENCE_POSTGRES_URL)",
  redis: 'start it with `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no` (or set LEAD_CADENCE_REDIS_URL)',
};

export const servicesRequired = process.env.LEAD_CADENCE_SERVICES === "required";

/** Whether something accepts TCP connections at the URL's host and port (no protocol spoken). */
export function reachable(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once("error", () => done(false));
    socket.connect(Number(u.port || defaultPort), u.hostname || "127.0.0.1", () => done(true));
  });
}

/**
 * Whether the tests of `service` should run. Prints the one skip line when they should not.
 * @throws when the service is required (CI) and unreachable.
 */
export async function serviceAvailable(service: "postgres" | "redis"): Promise<boolean> {
  const url = service === "postgres" ? POSTGRES_URL : REDIS_URL;
  const ok = await reachable(url, service === "postgres" ? 5432 : 6379);
  if (ok) return true;
  const what = `${service === "postgres" ? "PostgreSQL" : "Redis"} is not reachable at ${new URL(url).host}`;
  if (servicesRequired) throw new Error(`${what}, and LEAD_CADENCE_SERVICES=required: ${HOW_TO_START[service]}`);
  console.log(`skipped: ${what}; ${HOW_TO_START[service]}; CI sets LEAD_CADENCE_SERVICES=required`);
  return false;
}

/** A name unique to this run (schemas, key prefixes, queues). */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}
