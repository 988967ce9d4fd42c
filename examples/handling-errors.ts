/**
 * Input from a CRM form, a webhook or an SMS is hostile until checked. Every bad input is a typed
 * error with a stable code, in bounded time; this is how a host sorts them.
 * Run: npx tsx examples/handling-errors.ts
 */
import { readFileSync } from "node:fs";
import { evaluate, isArgumentError, isCadenceError, isLeadValidationError, isPlanValidationError, parsePlan, type CadenceErrorCode } from "../src/index.js";

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plans/dealer-speed-to-lead.json", import.meta.url), "utf8")));
const good = { id: "lead-7", enrolledAt: "2026-03-09T14:00:00Z", timezone: "America/New_York", contacts: { phone: "+12125550100" } };

const attempts: [string, () => unknown][] = [
  ["a webhook sent consent: null", () => evaluate(plan, { ...good, consent: null } as never, "2026-03-09T14:00:00Z")],
  ["a timestamp from year -271821", () => evaluate(plan, { ...good, enrolledAt: "-271821-04-20T00:00:00Z" }, "2026-03-09T14:00:00Z")],
  ["now = 1e20 (past the end of the date range)", () => evaluate(plan, good, 1e20)],
  ["a step delayed by a billion years", () => parsePlan({ ...plan, steps: [{ id: "later", channel: "sms", at: { after: "P999999999Y" } }] })],
  [
    "a plan naming the rule `constructor`",
    () =>
      evaluate({ ...plan, steps: [{ id: "call", channel: "call", at: { after: "PT0S" }, when: { rule: "constructor" } }] }, good, "2026-03-09T14:00:00Z", {
        rules: {},
      }),
  ],
];

for (const [what, attempt] of attempts) {
  try {
    attempt();
    console.log(`${what}: accepted`);
  } catch (error) {
    if (!isCadenceError(error)) throw error; // a bug: report it
    const code: CadenceErrorCode = error.code;
    if (isPlanValidationError(error) || isLeadValidationError(error)) {
      const first = error.issues[0];
      console.log(`${what}: ${code}, ${first?.code} at ${first?.path.join(".") || "(root)"}: ${first?.message}`);
    } else if (isArgumentError(error)) console.log(`${what}: ${code} (${error.argument}): ${error.message}`);
    else console.log(`${what}: ${code}: ${error.message}`);
  }
}
