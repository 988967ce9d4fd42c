import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/**
 * Top-level declarations of `source` that build a zod schema at import: an initializer that is a
 * call chain rooted at `z` (`z.string()`), or a method call on an imported value (`Identifier.optional()`).
 * Schemas are built at first use instead (`lazySchema(() => …)`, primitives/lazySchema.ts).
 */
function eagerSchemas(source: string): string[] {
  const file = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, true);
  const imported = new Set<string>();
  for (const statement of file.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings !== undefined && ts.isNamedImports(bindings)) for (const element of bindings.elements) imported.add(element.name.text);
  }
  const out: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let expression = declaration.initializer;
      let methodCall = false;
      while (expression !== undefined && (ts.isCallExpression(expression) || ts.isPropertyAccessExpression(expression) || ts.isAsExpression(expression))) {
        if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) methodCall = true;
        expression = expression.expression;
      }
      if (expression === undefined || !ts.isIdentifier(expression)) continue;
      if (expression.text === "z" || (methodCall && imported.has(expression.text))) out.push(declaration.name.getText(file));
    }
  }
  return out;
}

/**
 * Calls of `lazySchema` in `source` without a `@__PURE__` comment before them. The function's own
 * `@__NO_SIDE_EFFECTS__` is honoured by esbuild only in the file that declares it (evanw/esbuild#4369), so a bundle made
 * from the sources kept every schema nothing used (and what it builds from: zod's ISO date-time format, 310 bytes).
 */
function unannotatedCalls(source: string): string[] {
  const file = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "lazySchema") {
      // The trivia between the previous token and the call: where the annotation goes.
      if (!/\/\*\s*[#@]__PURE__\s*\*\/\s*$/.test(source.slice(node.getFullStart(), node.getStart(file)))) out.push(node.getText(file).slice(0, 40));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("importing lead-cadence builds no schema", () => {
  it("finds a schema built at import, and not one built at first use", () => {
    const source = `import * as z from "zod";
import { Identifier, lazySchema, memoise } from "../primitives/index.js";
export const Eager = z.string().min(1);
const Described = Identifier.describe("An id.");
const Chained = z
  .string()
  .optional();
export const Lazy = lazySchema(() => z.string());
const cache = memoise((key: string) => key, 10);
const frozen = Object.freeze(["a"]);`;
    expect(eagerSchemas(source)).toEqual(["Eager", "Described", "Chained"]);
  });

  it("every module that imports zod declares its schemas with lazySchema", () => {
    const eager: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const source = readFileSync(path, "utf8");
      if (!/from "zod(?:\/mini)?"/.test(source)) continue;
      for (const name of eagerSchemas(source)) eager.push(`${relative(SRC, path)}: ${name}`);
    }
    expect(eager).toEqual([]);
  });

  it("finds a call of lazySchema that is not annotated pure", () => {
    const source = `export const A = /* @__PURE__ */ lazySchema(() => z.string());
export const B = lazySchema(() => z.number());
export const C = z.optional(/* @__PURE__ */ lazySchema(() => z.boolean()));`;
    expect(unannotatedCalls(source)).toEqual(["lazySchema(() => z.number())"]);
  });

  it("every call of lazySchema is annotated pure, so a bundler drops the schemas nothing uses", () => {
    const bare: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const source = readFileSync(path, "utf8");
      if (!source.includes("lazySchema(")) continue;
      for (const call of unannotatedCalls(source)) bare.push(`${relative(SRC, path)}: ${call}`);
    }
    expect(bare).toEqual([]);
  });
});
