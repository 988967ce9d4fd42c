import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { planJsonSchema, safeParsePlan } from "../../src/index.js";

const schema = planJsonSchema();
const plansDir = new URL("../../examples/plans/", import.meta.url);
const examplePlans = readdirSync(plansDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ file: f, plan: JSON.parse(readFileSync(new URL(f, plansDir), "utf8")) as Record<string, unknown> }));

// Ajv's strict mode: unknown keywords, formats and ambiguous types are errors. `date-time` and
// `date` are declared known (no ajv-formats); the patterns zod writes beside them carry the check.
const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { "date-time": true, date: true } });
const validate = ajv.compile(schema);

/** Every place in the schema where an object declares properties: `path/name` → the property's schema. */
function propertiesOf(node: unknown, path = "#"): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => propertiesOf(n, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const out: [string, Record<string, unknown>][] = [];
  const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  if (properties !== undefined) for (const [name, sub] of Object.entries(properties)) out.push([`${path}/properties/${name}`, sub]);
  for (const [key, value] of Object.entries(node)) out.push(...propertiesOf(value, `${path}/${key}`));
  return out;
}

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(examplePlans.find((p) => p.file === "dealer-speed-to-lead.json")?.plan));
const withStep = (patch: Record<string, unknown>) => {
  const plan = base();
  const steps = plan["steps"] as Record<string, unknown>[];
  steps[0] = { ...steps[0], ...patch };
  return plan;
};

/** Common mistakes: the schema rejects each, as parsePlan does. */
const WRONG: [string, Record<string, unknown>][] = [
  ["a duration in words", withStep({ at: { after: "5 minutes" } })],
  ["a duration without P", withStep({ at: { after: "5M" } })],
  ["a clock time read by YAML 1.1 as minutes", withStep({ at: { days: 1, time: 600 } })],
  ["a clock time past 24:00", withStep({ at: { days: 1, time: "25:00" } })],
  ["a clock time without minutes", withStep({ at: { days: 1, time: "10" } })],
  ["a zone that is an offset", { ...base(), timezone: "+05:00" }],
  ["a zone with a space", { ...base(), timezone: "New York" }],
  ["an rrule that is not a rule", withStep({ at: { rrule: "every tuesday" } })],
  ["an rrule with an unknown frequency", withStep({ at: { rrule: "FREQ=FORTNIGHTLY;COUNT=2" } })],
  ["a condition that is two conditions in one object", withStep({ when: { hasContact: "phone", rule: "x" } })],
  ["a condition with an unknown key", withStep({ when: { attribute: "source", equals: "web" } })],
  ["an attribute condition without a test", withStep({ when: { attribute: "source" } })],
  ["an attribute condition with two tests", withStep({ when: { attribute: "score", gte: 1, lt: 5 } })],
  ["an outcome condition with an unknown outcome", withStep({ when: { outcome: { step: "call-now", in: ["picked_up"] } } })],
  ["a consent condition on a status that does not exist", withStep({ when: { consent: { channel: "sms", in: ["yes"] } } })],
  ["a step with an unknown field", withStep({ delay: "PT5M" })],
  ["a step with an upper-case channel", withStep({ channel: "SMS" })],
  ["a step id with a slash", withStep({ id: "call/now" })],
  ["a window with a day name in full", { ...base(), policies: { windows: { call: [{ days: ["monday"], from: "09:00", to: "17:00" }] } } }],
  ["a cap with a period in words", { ...base(), policies: { caps: [{ max: 3, per: "daily" }] } }],
  ["an exit on something unknown", { ...base(), exits: [{ on: "answered" }] }],
  ["version 0", { ...base(), version: 0 }],
  ["no steps", { ...base(), steps: [] }],
];

describe("the published JSON Schema (Ajv, draft 2020-12, strict)", () => {
  it("compiles under Ajv's strict mode", () => {
    expect(validate).toBeTypeOf("function");
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("describes every property (a property added without a description fails here)", () => {
    const missing = propertiesOf(schema)
      .filter(([, sub]) => typeof sub["description"] !== "string" || (sub["description"] as string).length < 8)
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it.each(examplePlans)("accepts the example plan $file", ({ plan }) => {
    expect(validate(plan), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(safeParsePlan(plan).success).toBe(true);
  });

  it.each(WRONG)("rejects %s, as parsePlan does", (_, plan) => {
    expect(safeParsePlan(plan).success).toBe(false);
    expect(validate(plan)).toBe(false);
  });
});

describe("the example plans and YAML", () => {
  it.each(examplePlans)("$file names the schema by its published address, which is the schema's $id (valid wherever the plan is copied)", ({ plan }) => {
    expect(plan["$schema"]).toBe(schema["$id"]);
  });

  it("a YAML 1.1 reader turns an unquoted 10:00 into 600, which the schema and parsePlan reject; quoted, it validates", () => {
    const text = (time: string) =>
      `id: yaml-plan\nversion: 1\nname: A plan\ntimezone: Europe/Brussels\nsteps:\n  - id: s\n    channel: email\n    at: { days: 1, time: ${time} }\n`;
    const unquoted = parseYaml(text("10:00"), { version: "1.1" }) as Record<string, unknown>;
    expect((unquoted["steps"] as { at: { time: unknown } }[])[0]?.at.time).toBe(600);
    expect(validate(unquoted)).toBe(false);
    expect(safeParsePlan(unquoted).success).toBe(false);
    const quoted = parseYaml(text('"10:00"'), { version: "1.1" });
    expect(validate(quoted), JSON.stringify(validate.errors)).toBe(true);
    expect(safeParsePlan(quoted).success).toBe(true);
  });
});
