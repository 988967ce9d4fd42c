// The documentation's code, tested against the packed package (called by run.mjs).
//
// Every ```ts and ```js block of README.md and docs/*.md is type-checked under `strict` in a scratch
// project that installed the tarball, as a user's project would. A block may be preceded by a
// marker line, an HTML comment that the rendered page does not show:
//
//   <!-- doc-test: partial -->    the block is deliberately partial (it names things it does not
//                                 define: your adapters, your store): parsed, not type-checked.
//   <!-- doc-test: continues -->  the block continues the one before it in the same file (which
//                                 defined `plan`, `lead`, ...): both are type-checked as one module.
//   <!-- doc-test: run -->        the block (with what it continues) is also run, in the scratch
//                                 project's folder, and its output claims are compared:
//                                   console.log(x); // → printed text   (`…` at the end: a prefix)
//                                 or a console.log line followed by `// ` lines, the printed lines
//                                 (a `//   ...` line ends the comparison).
//   Markers combine: <!-- doc-test: continues run -->.
// A block with a `// →` claim that is not run fails, so no claim goes unchecked.
//
// Every ```json and ```yaml block is plan or lead data, whole or a fragment, and must be accepted by
// the packed package's `safeParsePlan` or `safeParseLead` where the fragment goes (see `DATA_PLACES`);
// a block that is not (a store record, a config file, an elided plan) is marked partial and skipped.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

const MARKER = /^<!--\s*doc-test:\s*([a-z ]+?)\s*-->$/;
const FENCE = /^```(ts|js)$/;

/**
 * Every ts/js block of one markdown file (or, with `fence`, the blocks of the languages it matches):
 * its language, first content line (1-based), lines and markers.
 */
export function extractBlocks(markdown, file, fence = FENCE) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = fence.exec(lines[i]);
    if (opening === null) {
      if (/^```/.test(lines[i])) {
        // Skip the body of any other fenced block, so a ``` inside it is not read as an opening.
        i++;
        while (i < lines.length && !/^```\s*$/.test(lines[i])) i++;
      }
      continue;
    }
    let previous = i - 1;
    while (previous >= 0 && lines[previous].trim() === "") previous--;
    const marker = previous >= 0 ? MARKER.exec(lines[previous].trim()) : null;
    const markers = new Set(marker === null ? [] : marker[1].split(/\s+/));
    for (const m of markers) if (!["partial", "continues", "run"].includes(m)) throw new Error(`${file}:${previous + 1}: unknown doc-test marker "${m}"`);
    const start = i + 1;
    const body = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i]);
    blocks.push({ file, lang: opening[1], line: start + 1, lines: body, markers });
  }
  return blocks;
}

const CLAIM = /^(\s*)console\.log\((.*)\);\s*\/\/\s*→\s*(.*)$/;
const LOG_LINE = /^(\s*)console\.log\((.*)\);\s*$/;
const NAMED_IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+("[^"]+");?\s*$/;
const OTHER_IMPORT = /^import\s+.*["'];?\s*$/;

/**
 * One module from a chain of blocks: imports hoisted and merged (the chain may import one name twice),
 * output claims replaced by calls of `__docLog(n, ...)`. `origins[k]` is the markdown place of line k.
 */
export function assembleUnit(blocks, { run }) {
  const named = new Map();
  const otherImports = [];
  const body = [];
  const claims = [];
  for (const block of blocks) {
    for (let k = 0; k < block.lines.length; k++) {
      const text = block.lines[k];
      const origin = `${block.file}:${block.line + k}`;
      const imported = NAMED_IMPORT.exec(text);
      if (imported !== null) {
        const key = imported[3];
        const names = named.get(key) ?? { origin, names: new Set() };
        for (const name of imported[2].split(",").map((n) => n.trim())) if (name !== "") names.names.add(imported[1] ? `type ${name}` : name);
        named.set(key, names);
        continue;
      }
      if (OTHER_IMPORT.test(text)) {
        if (!otherImports.some((line) => line.text === text)) otherImports.push({ text, origin });
        continue;
      }
      const claim = CLAIM.exec(text);
      if (claim !== null) {
        if (!run) throw new Error(`${origin}: claims its output (// →) but the block is not marked <!-- doc-test: run -->`);
        claims.push({ origin, expected: [claim[3]] });
        body.push({ text: `${claim[1]}__docLog(${claims.length - 1}, ${claim[2]});`, origin });
        continue;
      }
      const log = LOG_LINE.exec(text);
      const following = [];
      for (let j = k + 1; j < block.lines.length && /^\s*\/\/ /.test(block.lines[j]); j++) following.push(block.lines[j].replace(/^\s*\/\/ /, ""));
      if (run && log !== null && following.length > 0) {
        claims.push({ origin, expected: following, lines: true });
        body.push({ text: `${log[1]}__docLog(${claims.length - 1}, ${log[2]});`, origin });
        continue;
      }
      body.push({ text, origin });
    }
  }
  const imports = [
    ...otherImports,
    ...[...named].map(([from, { origin, names }]) => {
      // `import { type A }` and `import { A }` of one name: keep the value import.
      const list = [...names].filter((name) => !(name.startsWith("type ") && names.has(name.slice(5))));
      return { text: `import { ${list.join(", ")} } from ${from};`, origin };
    }),
  ];
  const lines = [...imports, ...body];
  // Imports are hoisted, so the logger's import can come last and leave the line numbers alone.
  if (claims.length > 0) lines.push({ text: 'import { __docLog } from "./docLog.js";', origin: "(added)" });
  lines.push({ text: "export {};", origin: "(added)" });
  return { text: `${lines.map((l) => l.text).join("\n")}\n`, origins: lines.map((l) => l.origin), claims };
}

/** Group a file's blocks into chains: `continues` appends to the file's previous chain; partial blocks stand alone. */
export function chainBlocks(blocks) {
  const units = [];
  for (const block of blocks) {
    if (block.markers.has("partial")) {
      units.push({ partial: true, blocks: [block], run: false });
      continue;
    }
    if (block.markers.has("continues")) {
      const last = units.findLast((u) => !u.partial && u.blocks[0].file === block.file);
      if (last === undefined) throw new Error(`${block.file}:${block.line}: marked continues, but no block before it in the file`);
      last.blocks.push(block);
      // A chain that runs, runs whole: every claim in it is checked.
      last.run ||= block.markers.has("run");
    } else {
      units.push({ partial: false, blocks: [block], run: block.markers.has("run") });
    }
  }
  return units;
}

function failOn(problems) {
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

const normalise = (text) => text.replace(/\s+/g, " ").trim();

/** Compare what a run printed for each claim with the claim. */
export function compareClaims(claims, printed) {
  const problems = [];
  claims.forEach((claim, index) => {
    const got = printed.filter((p) => p.index === index).map((p) => p.text);
    if (got.length === 0) {
      problems.push(`${claim.origin}: printed nothing; the comment claims ${JSON.stringify(claim.expected.join("\n"))}`);
      return;
    }
    const actual = got.join("\n");
    if (claim.lines) {
      const actualLines = actual.split("\n");
      for (let i = 0; i < claim.expected.length; i++) {
        const expected = claim.expected[i];
        if (/^\s*\.\.\.\s*$/.test(expected)) return;
        if (normalise(actualLines[i] ?? "") !== normalise(expected)) {
          problems.push(`${claim.origin}: printed line ${i + 1} is ${JSON.stringify(actualLines[i])}; the comment claims ${JSON.stringify(expected)}`);
          return;
        }
      }
      if (actualLines.length > claim.expected.length)
        problems.push(`${claim.origin}: printed ${actualLines.length} lines, the comment shows ${claim.expected.length} (end it with "//   ..." to elide)`);
      return;
    }
    const expected = claim.expected[0];
    const prefix = /(…|\.\.\.)$/.test(expected);
    const want = normalise(expected.replace(/(…|\.\.\.)$/, ""));
    const ok = prefix ? normalise(actual).startsWith(want) : normalise(actual) === want;
    if (!ok) problems.push(`${claim.origin}: printed ${JSON.stringify(actual)}; the comment claims ${JSON.stringify(expected)}`);
  });
  return problems;
}

const DATA_FENCE = /^```(json|yaml)$/;

/**
 * The values of a json or yaml block: the whole block as one document; else, for json, the block as
 * the members of an object (`"policies": { ... }`), or one value or members per line (several
 * examples in one block). `undefined` when none of these reads.
 */
export function dataValues(block, yaml) {
  const text = block.lines.join("\n");
  if (block.lang === "yaml") return [yaml.parse(text, { merge: true, uniqueKeys: true })];
  const read = (t) => {
    for (const candidate of [t, `{${t.replace(/,\s*$/, "")}}`]) {
      try {
        return { value: JSON.parse(candidate) };
      } catch {}
    }
    return undefined;
  };
  const whole = read(text);
  if (whole !== undefined) return [whole.value];
  const perLine = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(read);
  return perLine.every((r) => r !== undefined) ? perLine.map((r) => r.value) : undefined;
}

/** Step ids a fragment names (`"step": "call-now"`), so that the plan placed around it has them. */
function namedSteps(value, ids = new Set()) {
  if (value !== null && typeof value === "object")
    for (const [key, v] of Object.entries(value)) {
      if (key === "step" && typeof v === "string") ids.add(v);
      namedSteps(v, ids);
    }
  return ids;
}

/**
 * Where a fragment of plan or lead data may go, each a function of the fragment to a
 * `{ success, issues }` of the package's own validation: the smallest plan or lead around it.
 */
export function dataPlaces(lc) {
  const planAround = (value, steps, more = {}) => {
    const own = steps.map((step) => step.id);
    const others = [...namedSteps(value)].filter((id) => !own.includes(id)).map((id) => ({ id, channel: "sms", at: { after: "PT0S" } }));
    return lc.safeParsePlan({ id: "doc-plan", version: 1, name: "doc plan", timezone: "America/New_York", steps: [...steps, ...others], ...more });
  };
  const step = (more) => ({ id: "doc-step", channel: "sms", at: { after: "PT1H" }, ...more });
  const lead = (more) => lc.safeParseLead({ id: "doc-lead", enrolledAt: "2026-03-09T14:00:00Z", ...more });
  return {
    plan: (v) => lc.safeParsePlan(v),
    "plan fields": (v) => planAround(v, [step({ id: "doc-other" })], v),
    step: (v) => planAround(v, [v]),
    "step fields": (v) => planAround(v, [step(v)]),
    timing: (v) => planAround(v, [step({ at: v })]),
    condition: (v) => planAround(v, [step({ when: v })]),
    policies: (v) => planAround(v, [step()], { policies: v }),
    exit: (v) => planAround(v, [step()], { exits: [v] }),
    lead: (v) => lc.safeParseLead(v),
    "lead fields": (v) => lead(v),
    "history record": (v) => lead({ history: [v] }),
  };
}

/** Problems of the json and yaml blocks that are not marked partial: each value must fit some place. */
export function dataBlockProblems(blocks, { lc, yaml }) {
  const places = Object.entries(dataPlaces(lc));
  const problems = [];
  for (const block of blocks) {
    for (const m of block.markers)
      if (m !== "partial") problems.push(`${block.file}:${block.line}: a ${block.lang} block can only be marked partial, not ${m}`);
    if (block.markers.has("partial")) continue;
    let values;
    try {
      values = dataValues(block, yaml);
    } catch (error) {
      problems.push(`${block.file}:${block.line}: does not parse as ${block.lang}: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    if (values === undefined) {
      problems.push(
        `${block.file}:${block.line}: does not parse as JSON, whole, as members or line by line (mark it <!-- doc-test: partial --> if it is meant to be incomplete)`,
      );
      continue;
    }
    values.forEach((value, k) => {
      const results = places.map(([name, parse]) => [name, parse(value)]);
      if (results.some(([, r]) => r.success)) return;
      // The places whose issues are fewest are the likeliest meant: show theirs.
      const fewest = Math.min(...results.map(([, r]) => r.issues.length));
      const closest = results
        .filter(([, r]) => r.issues.length === fewest)
        .map(([name, r]) => `as ${name}: ${r.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      problems.push(`${block.file}:${block.line}${values.length > 1 ? ` (value ${k + 1})` : ""}: no plan or lead accepts it; ${closest.join(" | ")}`);
    });
  }
  return problems;
}

const DOC_LOG = String.raw`import { formatWithOptions } from "node:util";
// Stands in for console.log on the lines whose output the docs claim: records what would print.
const printed = [];
process.on("exit", () => process.stdout.write("\n__DOC_LOG__" + JSON.stringify(printed)));
export function __docLog(index, ...values) {
  const text = formatWithOptions({ colors: false }, ...values);
  printed.push({ index, text });
  console.log(text);
}
`;

/**
 * The whole check: extract, type-check under strict against the installed tarball in `project`, run.
 * `repo` gives TypeScript and the types the docs' examples use (vitest, node, pg, ioredis, bullmq).
 */
export function checkDocBlocks({ repo, project, report, run }) {
  const ts = createRequire(join(repo, "package.json"))("typescript");
  const docs = [
    "README.md",
    ...readdirSync(join(repo, "docs"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  const blocks = docs.flatMap((file) => extractBlocks(readFileSync(join(repo, file), "utf8"), file));
  const units = chainBlocks(blocks);

  // The docs show a user's code beside vitest, pg, ioredis and bullmq: link the repository's copies.
  for (const name of ["vitest", "@types/node", "pg", "@types/pg", "ioredis", "bullmq"]) {
    mkdirSync(dirname(join(project, "node_modules", name)), { recursive: true });
    symlinkSync(join(repo, "node_modules", name), join(project, "node_modules", name), "junction");
  }
  const dir = join(project, "doc-blocks");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "docLog.js"), DOC_LOG);
  writeFileSync(join(dir, "docLog.d.ts"), "export declare function __docLog(index: number, ...values: unknown[]): void;\n");

  report(`documentation: ${blocks.length} ts/js blocks in README.md and docs/*.md, ${units.filter((u) => u.partial).length} marked partial`, () => {
    assert.ok(blocks.length >= 30, `found only ${blocks.length} blocks`);
  });

  const partialProblems = [];
  for (const unit of units.filter((u) => u.partial)) {
    const [block] = unit.blocks;
    const out = ts.transpileModule(block.lines.join("\n"), {
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    for (const d of out.diagnostics ?? []) {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      partialProblems.push(`${block.file}:${block.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  report("documentation: partial blocks parse", () => failOn(partialProblems));

  const dataBlocks = docs.flatMap((file) => extractBlocks(readFileSync(join(repo, file), "utf8"), file, DATA_FENCE));
  const installed = createRequire(join(project, "package.json"));
  report(`documentation: the ${dataBlocks.length} json and yaml blocks are plan or lead data the package accepts, or marked partial`, () => {
    assert.ok(dataBlocks.length >= 30, `found only ${dataBlocks.length} json and yaml blocks`);
    failOn(dataBlockProblems(dataBlocks, { lc: installed("lead-cadence"), yaml: installed("yaml") }));
  });

  const checked = units
    .filter((u) => !u.partial)
    .map((unit) => {
      const first = unit.blocks[0];
      const name = `${first.file.replace(/[/.]/g, "_")}_${first.line}`;
      const ext = first.lang === "js" ? "cjs" : "ts";
      const assembled = assembleUnit(unit.blocks, { run: unit.run });
      const path = join(dir, `${name}.${ext}`);
      writeFileSync(path, assembled.text);
      return { unit, name, ext, path, ...assembled };
    });

  const program = createProgram(
    ts,
    project,
    checked.map((c) => c.path),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
      allowJs: true,
      checkJs: true,
      outDir: join(project, "doc-blocks-out"),
      rootDir: dir,
      noEmitOnError: false,
    },
  );
  const byFile = new Map(checked.map((c) => [c.path, c]));
  const problems = new Map(checked.map((c) => [c.path, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const owner = d.file === undefined ? undefined : byFile.get(d.file.fileName);
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (owner === undefined) {
      problems.set("(global)", [...(problems.get("(global)") ?? []), `${d.file?.fileName ?? ""} ${message}`]);
      continue;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    problems.get(owner.path).push(`${owner.origins[line] ?? owner.name}: TS${d.code}: ${message}`);
  }
  program.emit();
  report("documentation: no diagnostics outside the blocks", () => assert.deepEqual(problems.get("(global)") ?? [], []));

  for (const c of checked) {
    const where = c.unit.blocks.map((b) => `${b.file}:${b.line}`).join(" + ");
    const typed = report(`documentation: ${where} type-checks under strict against the packed package`, () => failOn(problems.get(c.path)));
    if (!c.unit.run) continue;
    report(`documentation: ${where} runs and prints what its comments claim`, () => {
      assert.ok(typed, "it does not type-check");
      const js = join(project, "doc-blocks-out", `${c.name}.${c.ext === "cjs" ? "cjs" : "js"}`);
      // docLog.js is emitted beside the block only if TypeScript copied it: write it there too.
      writeFileSync(join(project, "doc-blocks-out", "docLog.js"), DOC_LOG);
      const out = run(process.execPath, [relative(project, js)], { cwd: project, env: { ...process.env, TZ: "Asia/Kolkata", NO_COLOR: "1" } });
      const marker = out.lastIndexOf("\n__DOC_LOG__");
      const printed = marker < 0 ? [] : JSON.parse(out.slice(marker + "\n__DOC_LOG__".length));
      failOn(compareClaims(c.claims, printed));
    });
  }
  checkTypeSurface({ ts, project, report });
  return { blocks, units };
}

/** A program whose type libraries (`types`) resolve from `project`, as a tsconfig.json there would. */
function createProgram(ts, project, rootNames, options) {
  const host = ts.createCompilerHost(options);
  host.getCurrentDirectory = () => project;
  return ts.createProgram(rootNames, options, host);
}

/** Diagnostics of `files` ({ name: source }) compiled together in `project` (strict, nodenext). */
function diagnosticsOf(ts, project, folder, files) {
  const paths = Object.entries(files).map(([name, source]) => {
    const path = join(project, "type-checks", folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source);
    return path;
  });
  const program = createProgram(ts, project, paths, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ["node"],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** What a user sees in errors: the type names; and the one line that types the vitest matchers. */
function checkTypeSurface({ ts, project, report }) {
  report("types: an error about a lead names LeadInput, one about a plan names PlanInput", () => {
    const messages = diagnosticsOf(ts, project, "names", {
      "names.ts": `import { createEngine, evaluate } from "lead-cadence";
const plan = { id: "p", version: 1, name: "p", timezone: "UTC", steps: [{ id: "s", channel: "sms", at: { after: "PT0S" } }] };
const lead = { id: "l", enrolledAt: "2026-03-09T14:00:00Z", consent: { sms: { status: "granted" } } };
evaluate(plan, lead, "2026-03-09T14:00:00Z");
const draft = { id: 1 };
createEngine({ plans: [draft] });
export {};
`,
    });
    assert.equal(messages.length, 2, messages.join("\n---\n"));
    assert.match(messages[0], /parameter of type 'LeadInput'/);
    assert.match(messages[1], /PlanInput/);
  });

  const spec = `import { expect, it } from "vitest";
import { respond, simulate } from "lead-cadence/testing";
it("types the matchers without importing the setup entry", () => {
  const plan = { id: "p", version: 1, name: "p", timezone: "UTC", steps: [{ id: "s", channel: "sms", at: { after: "PT0S" } }] };
  const timeline = simulate(plan, { id: "l", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+12125550100" } }, { until: "P1D", responder: respond.never() });
  expect(timeline).toHaveTouch({ channel: "sms", at: "PT0S" });
  expect(timeline).toHaveNoTouchBetween("21:00", "08:00");
});
`;
  report("types: with setupFiles alone, the one line of docs/testing-your-cadence.md types the matchers (without it they are unknown)", () => {
    const line = '/// <reference types="lead-cadence/testing/vitest" resolution-mode="import" />\n';
    assert.deepEqual(diagnosticsOf(ts, project, "with-line", { "matchers.test.ts": spec, "lead-cadence-matchers.d.ts": line }), []);
    const without = diagnosticsOf(ts, project, "without-line", { "matchers.test.ts": spec });
    assert.ok(
      without.some((m) => m.includes("toHaveTouch")),
      `expected an error about toHaveTouch without the line, got ${JSON.stringify(without)}`,
    );
  });
}
