// Writes src/policy/optOut/ngramWeights.ts from the labelled corpus: `npx tsx test/policy/optOutModel/writeNgramWeights.ts`.
import { writeFileSync } from "node:fs";
import { ngramWeightsModule, trainShippedModel } from "./shippedModel.js";

const target = new URL("../../../src/policy/optOut/ngramWeights.ts", import.meta.url);
writeFileSync(target, ngramWeightsModule(trainShippedModel()));
