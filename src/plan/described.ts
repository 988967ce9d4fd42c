import { describedBy } from "../primitives/index.js";
// A type-only import: the texts stay out of every module that validates plans.
import type { PlanDescriptionKey } from "./descriptions.js";

/** The check that gives a plan schema its description from `PLAN_DESCRIPTIONS` (`descriptions.ts`), by key. */
export const described = (key: PlanDescriptionKey) => describedBy(key);
