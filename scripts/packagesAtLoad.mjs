// The packages a built entry loads when it is imported: the bare specifiers of the static imports
// (`import … from`, `import "…"`, `export … from`, top-level `require("…")` of the CommonJS build) of every dist/
// file the entry reaches through relative static imports and the package's own `#` imports
// (package.json#imports, resolved under Node's conditions). Dynamic `import()` and loads at first
// use (calendar/optionalPeer.ts) are not counted: they cost nothing at import.
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";

const staticImport =
  /(?:^|[\n;])\s*(?:(?:import|export)\s[^"'();]*?from\s*|import\s*|(?:var|const|let)\s+[\w$]+\s*=\s*(?:__toESM\()?require\()["']([^"']+)["']/g;

/** The dist/ file (relative to dist/) a `#` import names when `conditions` are set (the first key of each object that is one). */
function ownImport(imports, specifier, conditions) {
  let target = imports?.[specifier];
  while (target !== null && typeof target === "object") {
    const key = Object.keys(target).find((condition) => conditions.includes(condition));
    if (key === undefined) throw new Error(`packagesAtLoad: no condition of ${specifier} matches ${conditions.join(", ")}`);
    target = target[key];
  }
  if (typeof target !== "string" || !target.startsWith("./dist/")) throw new Error(`packagesAtLoad: ${specifier} names no dist/ file`);
  return target.slice("./dist/".length);
}

/**
 * `{ files, packages }`: the dist/ files `entry` (relative to dist/) reaches and the packages they
 * import, as Node loads them (the conditions it sets: `node`, `node-addons`, `import` or `require` by the
 * entry's extension, `default`).
 */
export function packagesAtLoad(root, entry) {
  const dist = join(root, "dist");
  const { imports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const conditions = ["node", "node-addons", entry.endsWith(".cjs") ? "require" : "import", "default"];
  const files = new Set();
  const packages = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(join(dist, file), "utf8").matchAll(staticImport)) {
      const specifier = match[1];
      if (specifier.startsWith(".")) pending.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
      else if (specifier.startsWith("#")) pending.push(ownImport(imports, specifier, conditions));
      else
        packages.add(
          specifier.startsWith("node:")
            ? specifier
            : specifier
                .split("/")
                .slice(0, specifier.startsWith("@") ? 2 : 1)
                .join("/"),
        );
    }
  }
  return { files, packages };
}
