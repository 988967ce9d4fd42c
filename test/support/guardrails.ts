/**
 * The guardrails' reading of the source tree, on the TypeScript syntax tree (not regular
 * expressions): every import a module makes (static, type-only, dynamic, `import("x").T` types,
 * re-exports, optional-peer loads), its `Date.parse` uses, its clock and console reads, and its
 * module-level `Map`s written from inside a function (caches). The rules over those facts are
 * plain functions, each shown catching a violation in test/support/guardrails.test.ts.
 */
import { dirname, join, relative } from "node:path";
import ts from "typescript";

/** How a module reaches another. */
export type ImportKind = "static" | "type" | "dynamic" | "optional-peer";

/** One import of a module. */
export interface ImportRef {
  readonly specifier: string;
  readonly kind: ImportKind;
  readonly line: number;
}

/** What the guardrails know about one module. */
export interface ModuleFacts {
  /** Path relative to the source root, with `/` separators. */
  readonly path: string;
  readonly imports: readonly ImportRef[];
  /** Lines that use `Date.parse`. */
  readonly dateParse: readonly number[];
  /** Lines that read the clock or randomness (`Date.now()`, `new Date()`, `Math.random()`, `performance.now()`, `DateTime.now()`/`local()`). */
  readonly clockReads: readonly number[];
  /** Lines that write to the console. */
  readonly consoleWrites: readonly number[];
  /** Module-level `new Map(...)` bindings written (`.set`) from inside a function: caches with no bound. */
  readonly unboundedMaps: readonly { readonly name: string; readonly line: number }[];
}

/** Calls that load a package at run time, and which argument names it (see src/calendar/optionalPeer.ts). */
const OPTIONAL_PEER_LOADERS: Readonly<Record<string, number>> = { loadOptionalPeer: 0, loadPeerData: 1 };

/** Reads one module's facts from its source text. */
export function readModule(path: string, source: string): ModuleFacts {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: ImportRef[] = [];
  const dateParse: number[] = [];
  const clockReads: number[] = [];
  const consoleWrites: number[] = [];
  const line = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const literal = (node: ts.Node | undefined): string | undefined => (node !== undefined && ts.isStringLiteralLike(node) ? node.text : undefined);

  const moduleMaps = new Map<string, number>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      if (ts.isIdentifier(d.name) && init !== undefined && ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "Map")
        moduleMaps.set(d.name.text, line(d));
    }
  }
  const writtenInFunctions = new Set<string>();

  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isImportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (specifier !== undefined) imports.push({ specifier, kind: typeOnly ? "type" : "static", line: line(node) });
    } else if (ts.isExportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      if (specifier !== undefined) imports.push({ specifier, kind: node.isTypeOnly ? "type" : "static", line: line(node) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const specifier = literal(node.moduleReference.expression);
      if (specifier !== undefined) imports.push({ specifier, kind: node.isTypeOnly ? "type" : "static", line: line(node) });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      const specifier = ts.isLiteralTypeNode(arg) ? literal(arg.literal) : undefined;
      if (specifier !== undefined) imports.push({ specifier, kind: "type", line: line(node) });
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        imports.push({ specifier: literal(node.arguments[0]) ?? "<computed>", kind: "dynamic", line: line(node) });
      } else if (ts.isIdentifier(callee)) {
        const at = OPTIONAL_PEER_LOADERS[callee.text];
        const specifier = at === undefined ? undefined : literal(node.arguments[at]);
        if (specifier !== undefined) imports.push({ specifier, kind: "optional-peer", line: line(node) });
        if (callee.text === "require") {
          const required = literal(node.arguments[0]);
          if (required !== undefined) imports.push({ specifier: required, kind: "static", line: line(node) });
        }
      } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
        const object = callee.expression.text;
        const method = callee.name.text;
        if (
          (object === "Date" && method === "now") ||
          (object === "Math" && method === "random") ||
          (object === "performance" && method === "now") ||
          (object === "DateTime" && (method === "now" || method === "local"))
        )
          clockReads.push(line(node));
        if (object === "console" && ["log", "info", "warn", "error", "debug"].includes(method)) consoleWrites.push(line(node));
        if (inFunction && method === "set" && moduleMaps.has(object)) writtenInFunctions.add(object);
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date" && (node.arguments?.length ?? 0) === 0) {
      clockReads.push(line(node));
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date" && node.name.text === "parse") {
      dateParse.push(line(node));
    }
    const nested = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, nested));
  };
  visit(file, false);

  const unboundedMaps = [...writtenInFunctions].map((name) => ({ name, line: moduleMaps.get(name) as number }));
  return { path, imports, dateParse, clockReads, consoleWrites, unboundedMaps };
}

/** The package an import specifier names (`@scope/name`, `name`), or `undefined` for a relative or `node:` one. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("node:") || specifier === "<computed>") return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The module a relative specifier of `from` names (`./x.js` → `x.ts`), relative to the source root. */
export function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return join(dirname(from), specifier).replace(/\.js$/, ".ts").split("\\").join("/");
}

/** The layer table: which folders and packages each folder may import. */
export type LayerTable = Readonly<Record<string, readonly string[]>>;

/** Imports against the layer table: a folder reaching a folder or package it may not import. */
export function layerViolations(modules: readonly ModuleFacts[], allowed: LayerTable): string[] {
  const out: string[] = [];
  for (const m of modules) {
    const folder = m.path.split("/")[0] as string;
    const may = allowed[folder];
    if (may === undefined) continue;
    for (const ref of m.imports) {
      if (ref.specifier.startsWith("node:")) continue;
      const target = ref.specifier.startsWith(".") ? (resolveRelative(m.path, ref.specifier) ?? "").split("/")[0] : packageOf(ref.specifier);
      if (target === undefined || target === folder || target.endsWith(".ts")) continue;
      if (!may.includes(target)) out.push(`${m.path}:${ref.line} imports ${ref.specifier} (${ref.kind}): src/${folder}/ may not import ${target}`);
    }
  }
  return out;
}

/**
 * Third-party imports outside the folders that own them. `owners` maps a package to the folders
 * (or `drivers/<name>` subfolders) that may import it; a package not listed is not checked here.
 */
export function ownershipViolations(modules: readonly ModuleFacts[], owners: Readonly<Record<string, readonly string[]>>): string[] {
  const out: string[] = [];
  for (const m of modules) {
    for (const ref of m.imports) {
      const pkg = packageOf(ref.specifier);
      const allowed = pkg === undefined ? undefined : owners[pkg];
      if (allowed === undefined) continue;
      if (!allowed.some((place) => m.path.startsWith(`${place}/`)))
        out.push(`${m.path}:${ref.line} imports ${pkg} (${ref.kind}), which belongs to ${allowed.map((p) => `src/${p}/`).join(" or ")}`);
    }
  }
  return out;
}

/** Every import cycle between modules (type-only and dynamic imports included), each as a path `a → b → a`. */
export function importCycles(modules: readonly ModuleFacts[]): string[] {
  const known = new Set(modules.map((m) => m.path));
  const edges = new Map<string, string[]>();
  for (const m of modules) {
    const targets = m.imports.map((ref) => resolveRelative(m.path, ref.specifier)).filter((t): t is string => t !== undefined && known.has(t));
    edges.set(m.path, [...new Set(targets)].sort());
  }
  // Tarjan's strongly connected components; a component of two or more modules, or a module importing itself, is a cycle.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const connect = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) !== indexOf.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(cyclePath(component.sort(), edges));
  };
  for (const v of [...known].sort()) if (!indexOf.has(v)) connect(v);
  return cycles;
}

/** One concrete loop through a strongly connected component, for the message. */
function cyclePath(component: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string {
  const inside = new Set(component);
  const start = component[0] as string;
  const path = [start];
  const seen = new Set([start]);
  let at = start;
  for (;;) {
    const next = (edges.get(at) ?? []).find((w) => inside.has(w) && (w === start || !seen.has(w))) ?? start;
    path.push(next);
    if (next === start || seen.has(next)) break;
    seen.add(next);
    at = next;
  }
  return path.join(" → ");
}

/** `Date.parse` outside the module allowed to use it. */
export function dateParseViolations(modules: readonly ModuleFacts[], allowedPath: string): string[] {
  return modules
    .filter((m) => m.path !== allowedPath)
    .flatMap((m) => m.dateParse.map((l) => `${m.path}:${l} uses Date.parse (read instants with primitives/instant.ts: instantMs, parseInstant)`));
}

/** Module-level `Map` caches with no bound, except those `allowed` (path → binding names) with a stated reason. */
export function unboundedCacheViolations(modules: readonly ModuleFacts[], allowed: Readonly<Record<string, readonly string[]>> = {}): string[] {
  return modules.flatMap((m) =>
    m.unboundedMaps
      .filter((c) => !(allowed[m.path] ?? []).includes(c.name))
      .map(
        (c) =>
          `${m.path}:${c.line} keeps a module-level Map \`${c.name}\` that grows without a bound (use BoundedMemo or memoiseWeak from primitives/boundedMemo.ts)`,
      ),
  );
}

/** Path relative to `root` with `/` separators. */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split("\\").join("/");
}
