// The files of dist/ that package.json's entry points reach through their imports: the build
// removes every other file (scripts/build.mjs), and the consumer test checks the tarball holds no other.
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";

/** Every `dist/` file (relative to dist/) that package.json names: exports, imports, main, module, types, bin. */
export function entryFiles(pkg) {
  const out = new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      if (value.startsWith("./dist/")) out.add(value.slice("./dist/".length));
    } else if (value !== null && typeof value === "object") {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit([pkg.exports, pkg.imports, pkg.main, pkg.module, pkg.types, pkg.bin]);
  return out;
}

const importPattern = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The closure of `entryFiles(pkg)` over relative imports, in the package folder `root`.
 * Throws when package.json names a file that does not exist.
 */
export function reachableDist(root, pkg) {
  const dist = join(root, "dist");
  const reached = new Set();
  const pending = [...entryFiles(pkg)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`package.json names dist/${file}, which does not exist`);
    reached.add(file);
    for (const match of readFileSync(path, "utf8").matchAll(importPattern)) {
      let target = posix.normalize(posix.join(posix.dirname(file), match[1]));
      // Declaration files import `./chunk.js` for `chunk.d.ts` (and `./chunk.cjs` for `chunk.d.cts`).
      if (file.endsWith(".d.ts") && target.endsWith(".js")) target = target.replace(/\.js$/, ".d.ts");
      if (file.endsWith(".d.cts") && target.endsWith(".cjs")) target = target.replace(/\.cjs$/, ".d.cts");
      if (existsSync(join(dist, target))) pending.push(target);
    }
  }
  return reached;
}
