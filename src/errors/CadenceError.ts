/** Every error lead-cadence throws on purpose is a `CadenceError`; `code` is stable and snake_case. */
export class CadenceError extends Error {
  override name: string = "CadenceError";
  /** Stable machine-readable code; safe to switch on. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
