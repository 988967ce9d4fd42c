import { describe, expect, it } from "vitest";
import {
  ArgumentError,
  evaluate,
  evaluateAll,
  LeadValidationError,
  PlanValidationError,
  safeParseLead,
  type LeadInput,
  type PlanInput,
} from "../../src/index.js";
import { caught } from "../support/caught.js";
import { leadAt, planWith } from "../support/drive.js";

const plan = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
const lead: LeadInput = { ...leadAt("2026-03-10T14:00:00Z"), contacts: { phone: "+12125550100" } };
const NOW = "2026-03-10T14:00:00Z";

describe("null and wrong types where a lead holds an object", () => {
  const cases: [string, unknown, string][] = [
    ["consent: null", { consent: null }, "consent"],
    ["contacts: null", { contacts: null }, "contacts"],
    ["optOuts: [null]", { optOuts: [null] }, "optOuts.0"],
    ["optOuts: null", { optOuts: null }, "optOuts"],
    ["consent.sms: null", { consent: { sms: null } }, "consent.sms"],
    ["consent.sms.status: 5", { consent: { sms: { status: 5 } } }, "consent.sms.status"],
    ["contacts.phone: 5", { contacts: { phone: 5 } }, "contacts.phone"],
    ["attributes: null", { attributes: null }, "attributes"],
    ["address: null", { address: null }, "address"],
    ["doNotContact: [null]", { doNotContact: [null] }, "doNotContact.0"],
    ["doNotContact: {}", { doNotContact: {} }, "doNotContact"],
    ["status: 7", { status: 7 }, "status"],
    ["history: null", { history: null }, "history"],
    ["history: [null]", { history: [null] }, "history.0"],
    [
      "a touch record's attempt is a deep array",
      {
        history: [
          {
            type: "touch",
            touchId: "t",
            stepId: "sms",
            channel: "sms",
            attempt: JSON.parse(`${"[".repeat(5000)}1${"]".repeat(5000)}`) as unknown,
            at: "2026-03-10T14:00:00Z",
          },
        ],
      },
      "history.0.attempt",
    ],
    ["an inbound record without a channel", { history: [{ type: "inbound", at: "2026-03-10T14:00:00Z" }] }, "history.0.channel"],
    ["timezone: a deep array", { timezone: JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`) as unknown }, "timezone"],
    ["the lead is an array", null, ""],
  ];
  for (const [name, patch, path] of cases) {
    it(`${name} is a LeadValidationError naming ${path || "the root"}`, () => {
      const input = patch === null ? [] : { ...lead, ...(patch as object) };
      for (const call of [() => evaluate(plan, input as LeadInput, NOW), () => evaluateAll([plan], input as LeadInput, NOW)]) {
        const error = caught(call);
        expect(error).toBeInstanceOf(LeadValidationError);
        expect((error as LeadValidationError).issues.map((i) => i.path.join("."))).toContain(path);
        expect((error as Error).message).toMatch(/Expected .*, got /);
      }
    });
  }

  it("a well-formed lead still decides", () => {
    expect(evaluate(plan, { ...lead, consent: { sms: { status: "granted" } }, doNotContact: ["email", { channel: "call" }] }, NOW).due).toHaveLength(1);
  });
});

describe("rules are looked up as own properties", () => {
  for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) {
    it(`a plan naming rule ${JSON.stringify(name)} never calls a built-in`, () => {
      const ruled = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" }, when: { rule: name } }] }) as PlanInput;
      for (const rules of [{}, { other: () => true }]) {
        const error = caught(() => evaluate(ruled, lead, NOW, { rules }));
        expect(error).toBeInstanceOf(PlanValidationError);
        expect((error as PlanValidationError).issues[0]?.code).toBe("unknown_rule");
      }
      expect(caught(() => evaluate(ruled, lead, NOW))).toBeInstanceOf(ArgumentError);
      // Registered as an own property, the rule is used.
      const own = Object.defineProperty({}, name, { value: () => false, enumerable: true });
      expect(evaluate(ruled, lead, NOW, { rules: own }).due).toHaveLength(0);
    });
  }
});

describe("instants outside years 1900–2200 are typed errors, never a frozen process", () => {
  const edges: unknown[] = [
    1e20,
    -1e20,
    8.64e15,
    -8.64e15,
    "+275760-09-13T00:00:00Z",
    "-271821-04-20T00:00:00Z",
    "2201-01-01T00:00:00Z",
    "1899-12-31T23:59:59Z",
    new Date(8.64e15),
  ];

  it("`now` out of range is an ArgumentError naming the range", () => {
    for (const now of edges) {
      const error = caught(() => evaluate(plan, lead, now as never));
      expect(error, String(now)).toBeInstanceOf(ArgumentError);
      expect((error as Error).message).toMatch(/between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59.999Z/);
      expect(caught(() => evaluateAll([plan], lead, now as never))).toBeInstanceOf(ArgumentError);
    }
    expect(evaluate(plan, lead, "2200-12-31T23:59:59Z").done).toBeNull();
    expect(evaluate(plan, { ...lead, enrolledAt: "1900-01-01T00:00:00Z" }, "1900-01-01T00:00:00Z").due).toHaveLength(1);
  });

  it("a lead timestamp out of range, given to evaluate unparsed, is a LeadValidationError with its path", () => {
    const cases: [Partial<LeadInput>, string][] = [
      [{ enrolledAt: "-271821-04-20T00:00:00Z" }, "enrolledAt"],
      [{ enrolledAt: "+275760-09-13T00:00:00Z" }, "enrolledAt"],
      [{ pausedUntil: "+275760-09-13T00:00:00Z" }, "pausedUntil"],
      [{ history: [{ type: "status", status: "won", at: "-271821-04-20T00:00:00Z" }] }, "history.0.at"],
      [{ optOuts: [{ channel: "sms", at: "1800-01-01T00:00:00Z" }] }, "optOuts.0.at"],
    ];
    for (const [patch, path] of cases) {
      const error = caught(() => evaluate(plan, { ...lead, ...patch } as LeadInput, NOW));
      expect(error, path).toBeInstanceOf(LeadValidationError);
      expect((error as LeadValidationError).issues[0]).toMatchObject({
        code: "instant_out_of_range",
        path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      });
    }
  });

  it("parseLead refuses them too", () => {
    const result = safeParseLead({ ...lead, pausedUntil: "2999-01-01T00:00:00Z" });
    expect(result.success ? undefined : result.issues[0]).toMatchObject({ code: "instant_out_of_range", path: ["pausedUntil"] });
    expect(safeParseLead({ ...lead, pausedUntil: "2200-12-31T23:59:59Z" }).success).toBe(true);
  });
});
