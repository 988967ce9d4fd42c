// Writes src/policy/optOut/notTypos.ts from the system word lists (Debian packages wamerican, wngerman,
// wfrench, wspanish, wdutch). Run after changing a rule table: `npx tsx test/policy/optOutTypos/writeNotTypos.ts`.
import { writeFileSync } from "node:fs";
import { notTyposModule } from "./notTyposModule.js";

writeFileSync(new URL("../../../src/policy/optOut/notTypos.ts", import.meta.url), notTyposModule());
