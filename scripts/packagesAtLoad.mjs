// The packages a built entry loads when it is imported: the bare specifiers of the static imports
// (`import … from`, `import "…"`, top-level `require("…")` of the CommonJS build) of every dist/
// file the entry reaches through relative static imports. Dynamic `import()` and loads at first
// use (calendar/optionalPeer.ts) are not counted: they cost nothing at import.
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";

const staticImport = /(?:^|[\n;])\s*(?:import\s[^"'();]*?from\s*|import\s*|(?:var|const|let)\s+[\w$]+\s*=\s*(?:__toESM\()?require\()["']([^"']+)["']/g;

/** `{ files, packages }`: the dist/ files `entry` (relative to dist/) reaches and the packages they import. */
export function packagesAtLoad(root, entry) {
  const dist = join(root, "dist");
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
