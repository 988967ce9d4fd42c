// Writes schema/plan.schema.json from the built package, so the published JSON Schema is exactly
// the one `planJsonSchema()` returns at runtime. Runs after `tsup` (see `npm run build`).
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const distEntry = new URL("dist/index.js", root);
const outFile = new URL("schema/plan.schema.json", root);

let planJsonSchema;
try {
  ({ planJsonSchema } = await import(distEntry.href));
} catch (error) {
  console.error(`write-schema: cannot import ${fileURLToPath(distEntry)}; run tsup first.`);
  throw error;
}
if (typeof planJsonSchema !== "function") {
  console.error("write-schema: dist/index.js does not export planJsonSchema().");
  process.exit(1);
}

const schema = planJsonSchema();
if (schema === null || typeof schema !== "object" || typeof schema.properties?.steps !== "object") {
  console.error("write-schema: planJsonSchema() did not return a schema with properties.steps.");
  process.exit(1);
}

await mkdir(new URL("schema/", root), { recursive: true });
await writeFile(outFile, `${JSON.stringify(schema, null, 2)}\n`, "utf8");
console.log(`write-schema: wrote ${fileURLToPath(outFile)}`);
