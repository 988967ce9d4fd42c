// Writes sql/postgres.sql from the built package: the plain SQL of the Postgres store's migrations,
// for teams that run their own migration tool. Runs after `tsup` (see `npm run build`).
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const { postgresSchemaSql, tableNames } = await import(new URL("dist/postgres.js", root).href);
const outFile = new URL("sql/postgres.sql", root);
await mkdir(new URL("sql/", root), { recursive: true });
await writeFile(outFile, postgresSchemaSql(tableNames()), "utf8");
console.log(`write-sql: wrote ${fileURLToPath(outFile)}`);
