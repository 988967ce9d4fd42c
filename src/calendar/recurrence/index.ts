export type { RecurrenceRule } from "./recurrenceRule.js";
export { expandRecurrence } from "./expandRecurrence.js";
export {
  compileRecurrence,
  nextOccurrenceAt,
  nextOccurrenceLocal,
  recurrenceCanMatch,
  RECURRENCE_HORIZON_DAYS,
  type CompiledRecurrence,
} from "./nextOccurrence.js";
export { describeRecurrence } from "./describeRecurrence.js";
