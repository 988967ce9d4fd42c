import { CadenceError } from "./CadenceError.js";

/**
 * A function was called with an argument of the wrong shape (an unparseable `now`,
 * a missing rule, an unknown option). The message says what was expected and what came.
 */
export class ArgumentError extends CadenceError {
  override name = "ArgumentError" as const;
  declare readonly code: "invalid_argument";
  /** The argument or option at fault, e.g. `now` or `options.rules.isHotLead`. */
  readonly argument: string;

  constructor(argument: string, message: string, options?: { cause?: unknown }) {
    super("invalid_argument", message, options);
    this.argument = argument;
  }
}
