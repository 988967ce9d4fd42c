// Checks of the packed tarball itself, called by run.mjs after `npm pack`:
// - it ships the docs the README links to, the example plans, the node10 stubs, and no unused file
//   (no source maps, no CommonJS or types of the ESM-only command line, no chunk no entry reaches);
// - every relative link of README.md and docs/*.md names a file in the tarball, and its #fragment a
//   heading of the page it names;
// - @arethetypeswrong/cli and `publint --strict` pass on it.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { reachableDist } from "../../scripts/reachableDist.mjs";

/** Relative link targets of a markdown text outside its code blocks: `{ path, fragment? }` (`path` "" for the page itself). */
function relativeLinks(markdown) {
  const out = [];
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, "");
  for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf("#");
    out.push(hash < 0 ? { path: target } : { path: target.slice(0, hash), fragment: decodeURIComponent(target.slice(hash + 1)) });
  }
  return out;
}

/** The anchors GitHub and npm give a page's headings: lower case, punctuation dropped, spaces as `-`, repeats numbered. */
function headingAnchors(markdown) {
  const anchors = new Set();
  const seen = new Map();
  for (const match of markdown.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, "").matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const slug = match[1]
      .toLowerCase()
      .replace(/<[^>]*>/g, "")
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

export function checkPackage({ repo, tarball, report, run }) {
  const bin = (name) => join(repo, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
  const unpacked = mkdtempSync(join(tmpdir(), "lead-cadence-unpacked-"));
  try {
    mkdirSync(join(unpacked, "x"));
    run("tar", ["-xzf", tarball, "-C", join(unpacked, "x")]);
    const root = join(unpacked, "x", "package");
    const files = run("tar", ["-tzf", tarball])
      .split("\n")
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ""));
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

    report("the tarball ships the example plans, the docs and the node10 stubs", () => {
      for (const file of ["examples/plans/dealer-speed-to-lead.json", "examples/plans/b2b-outbound.json", "docs/plan-format.md", "docs/report-lead.png"]) {
        assert.ok(files.includes(file), `the tarball lacks ${file}`);
      }
      for (const subpath of Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === "object" && key !== ".")) {
        const stub = `${subpath.slice(2)}/package.json`;
        assert.ok(files.includes(stub), `the tarball lacks the node10 stub ${stub}`);
        const { main, types } = JSON.parse(readFileSync(join(root, stub), "utf8"));
        for (const target of [main, types])
          assert.ok(files.includes(posix.normalize(posix.join(posix.dirname(stub), target))), `${stub} points at ${target}, not in the tarball`);
      }
    });

    report("the tarball holds no unused file: no source maps, no cli.cjs or cli.d.*, every dist/ file reached from package.json", () => {
      assert.deepEqual(
        files.filter((file) => file.endsWith(".map")),
        [],
      );
      assert.deepEqual(
        files.filter((file) => /^dist\/cli\.(cjs|d\.c?ts)$/.test(file)),
        [],
      );
      const reached = reachableDist(root, pkg);
      assert.deepEqual(
        files.filter((file) => file.startsWith("dist/") && !reached.has(file.slice("dist/".length))),
        [],
      );
    });

    report("package.json says where to report a problem, where the code lives and the minimum Node", () => {
      assert.match(pkg.bugs?.url ?? "", /^https:\/\//);
      assert.match(pkg.repository?.url ?? "", /^git\+https:\/\//);
      assert.equal(pkg.engines?.node, ">=20.16");
    });

    report("every relative link of README.md and docs/*.md names a file in the tarball, and its #fragment a heading there", () => {
      const broken = [];
      const anchors = new Map();
      const anchorsOf = (file) => {
        if (!anchors.has(file)) anchors.set(file, headingAnchors(readFileSync(join(root, file), "utf8")));
        return anchors.get(file);
      };
      for (const doc of files.filter((file) => file === "README.md" || /^docs\/[^/]+\.md$/.test(file))) {
        for (const { path, fragment } of relativeLinks(readFileSync(join(root, doc), "utf8"))) {
          const target = `${path}${fragment === undefined ? "" : `#${fragment}`}`;
          const resolved = path === "" ? doc : posix.normalize(posix.join(posix.dirname(doc), path)).replace(/\/$/, "");
          if (!files.includes(resolved) && !files.some((file) => file.startsWith(`${resolved}/`))) broken.push(`${doc} → ${target}`);
          else if (fragment !== undefined && resolved.endsWith(".md") && !anchorsOf(resolved).has(fragment))
            broken.push(`${doc} → ${target} (no such heading)`);
        }
      }
      assert.deepEqual(broken, []);
    });

    report("@arethetypeswrong/cli passes on the tarball (node10, node16 CJS and ESM, bundler)", () => {
      // sql/postgres.sql is a data file for migration tools, not a module: nothing to type.
      run(bin("attw"), [tarball, "--format", "ascii", "--exclude-entrypoints", "./sql/postgres.sql"]);
    });

    report("publint --strict passes on the tarball", () => {
      const out = run(bin("publint"), ["run", "--strict", tarball]);
      assert.match(out, /All good/);
    });
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
