import { CADENCE_ERROR_BRAND } from "./brand.js";
import type { CadenceErrorCode } from "./codes.js";

/** Every error lead-cadence throws on purpose is a `CadenceError`; `code` is stable and snake_case. */
export class CadenceError extends Error {
  override name: string = "CadenceError";
  /** Stable machine-readable code; safe to switch on (the list: {@link CadenceErrorCode}). */
  readonly code: CadenceErrorCode;

  constructor(code: CadenceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

// On the prototype: every instance of every subclass carries it, and it never shows in JSON.
Object.defineProperty(CadenceError.prototype, CADENCE_ERROR_BRAND, { value: true });
