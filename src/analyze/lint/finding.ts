import type { LintSeverity } from "../../plan/index.js";

/** A rule's reported severity; `off` rules report nothing. */
export type FindingSeverity = Exclude<LintSeverity, "off">;

/** What a lint rule saw: a summary, how often, and one concrete case to reproduce it. */
export interface LintEvidence {
  /** One line: `"6 touches on Tue 2026-06-09 (America/New_York)"`. */
  readonly summary: string;
  /** Simulated cases that showed the problem, out of `of` cases looked at. */
  readonly cases?: number;
  readonly of?: number;
  /** One simulated lead that shows it: its zone, enrolment and the relevant timeline lines. */
  readonly example?: {
    readonly zone: string;
    readonly enrolledAt: string;
    readonly lines: readonly string[];
  };
}

/** One problem found in a plan. */
export interface LintFinding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** The step concerned, when the finding is about one step. */
  readonly stepId?: string;
  readonly message: string;
  readonly evidence: LintEvidence;
  /** Where in the plan document the finding points (`["steps", 2, "at"]`), for file positions. */
  readonly path: readonly (string | number)[];
  /** Set when a suppression silenced the finding: it is kept, reported as suppressed, and never fails a run. */
  readonly suppressed?: { readonly reason: string };
}

/** A finding as a rule returns it, before severities and suppressions are applied. */
export interface RawFinding {
  readonly stepId?: string;
  readonly message: string;
  readonly evidence: LintEvidence;
  readonly path?: readonly (string | number)[];
}
