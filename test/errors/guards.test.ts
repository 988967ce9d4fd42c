import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ArgumentError,
  CadenceError,
  EngineError,
  ERROR_CODES,
  isArgumentError,
  isCadenceError,
  isEngineError,
  isLeadValidationError,
  isMissingDependencyError,
  isPlanValidationError,
  LeadValidationError,
  MissingDependencyError,
  parsePlan,
  PlanValidationError,
  type CadenceErrorCode,
  type ValidationIssueCode,
} from "../../src/index.js";
import { isSimulationLimitError, SimulationLimitError } from "../../src/testing/index.js";

// A second, separately evaluated copy of the error classes: what a process holds when one part of
// it loads the ESM build and another the CommonJS build.
vi.resetModules();
const other = await import("../../src/errors/index.js");
const otherEngine = await import("../../src/engine/errors.js");
const otherTesting = await import("../../src/testing/SimulationLimitError.js");

describe("error guards", () => {
  it("the second copy really is a different class (instanceof alone would fail)", () => {
    expect(other.PlanValidationError).not.toBe(PlanValidationError);
    expect(new other.PlanValidationError([])).not.toBeInstanceOf(PlanValidationError);
  });

  it("recognise errors from another copy of the package, each guard only its own class", () => {
    const errors = {
      plan: new other.PlanValidationError([{ code: "invalid_type", path: [], message: "x" }]),
      lead: new other.LeadValidationError([{ code: "invalid_type", path: [], message: "x" }]),
      argument: new other.ArgumentError("now", "x"),
      missing: new other.MissingDependencyError("date-holidays", "Country holidays"),
      engine: new otherEngine.EngineError("unknown_lead", "x"),
      simulation: new otherTesting.SimulationLimitError("maxIterations", 1, "x"),
    };
    const guards = {
      plan: isPlanValidationError,
      lead: isLeadValidationError,
      argument: isArgumentError,
      missing: isMissingDependencyError,
      engine: isEngineError,
      simulation: isSimulationLimitError,
    };
    for (const [kind, error] of Object.entries(errors)) {
      expect(isCadenceError(error), kind).toBe(true);
      for (const [guardKind, guard] of Object.entries(guards)) expect(guard(error), `${guardKind}(${kind})`).toBe(guardKind === kind);
    }
  });

  it("recognise this copy's errors and reject look-alikes", () => {
    expect(isPlanValidationError(new PlanValidationError([]))).toBe(true);
    expect(isLeadValidationError(new LeadValidationError([]))).toBe(true);
    expect(isArgumentError(new ArgumentError("x", "y"))).toBe(true);
    expect(isMissingDependencyError(new MissingDependencyError("p", "f"))).toBe(true);
    expect(isEngineError(new EngineError("unknown_plan", "x"))).toBe(true);
    expect(isSimulationLimitError(new SimulationLimitError("maxPaths", 2, "x"))).toBe(true);
    expect(isCadenceError(new CadenceError("no_opening", "x"))).toBe(true);
    for (const lookAlike of [
      new Error("x"),
      { name: "PlanValidationError", code: "plan_invalid" },
      Object.assign(new TypeError("x"), { name: "CadenceError" }),
      null,
      undefined,
      "PlanValidationError",
      42,
    ]) {
      expect(isCadenceError(lookAlike)).toBe(false);
      expect(isPlanValidationError(lookAlike)).toBe(false);
    }
  });

  it("the brand never shows in JSON or among an error's keys", () => {
    const error = new ArgumentError("now", "x");
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "ArgumentError", code: "invalid_argument", argument: "now" });
  });

  it("codes are literal unions a switch can check", () => {
    expectTypeOf<CadenceError["code"]>().toEqualTypeOf<CadenceErrorCode>();
    expectTypeOf<PlanValidationError["code"]>().toEqualTypeOf<"plan_invalid">();
    expectTypeOf<PlanValidationError["issues"][number]["code"]>().toEqualTypeOf<ValidationIssueCode>();
    expectTypeOf<"unknown_lead">().toExtend<EngineError["code"]>();
    expectTypeOf<"no_such_code">().not.toExtend<CadenceErrorCode>();
    try {
      parsePlan({ id: "p" });
    } catch (error) {
      if (!isPlanValidationError(error)) throw error;
      for (const issue of error.issues) expect(typeof issue.code).toBe("string");
      expect(ERROR_CODES).toContain(error.code);
    }
  });
});
