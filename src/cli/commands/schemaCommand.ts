import { planJsonSchema } from "../../plan/index.js";
import { parseCommandArgs, type Command } from "../command.js";

/** `lead-cadence schema`: prints the plan JSON Schema. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the plan JSON Schema (draft 2020-12)",
  help: `Usage: lead-cadence schema

Prints the JSON Schema of the plan format on stdout, for editors and other languages.
Both JSON and YAML plans validate against it.

Example:
  lead-cadence schema > plan.schema.json`,
  run(args, io) {
    const parsed = parseCommandArgs("schema", args, {}, { min: 0, max: 0 });
    if (parsed.values["help"] === true) {
      io.stdout(`${this.help}\n`);
      return 0;
    }
    io.stdout(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
