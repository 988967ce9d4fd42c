/**
 * Work written once for stores and adapters that answer at once and for those that answer later: a
 * generator that yields whatever it must wait for (where an async function would `await` it) and is
 * resumed with its value. {@link runSteps} runs it synchronously for as long as nothing yielded is a
 * promise, so a lead driven on the memory store with synchronous adapters costs no promise, no
 * microtask and no call in hand; the first promise yielded turns the rest asynchronous.
 */
export type Steps<T> = Generator<unknown, T, unknown>;

/**
 * Runs `steps` to its end: its result, or a promise of it once a step yielded a thenable (resumed
 * with its value, or thrown into at its rejection, as `await` would). A value that is not a thenable
 * resumes at once. A throw before the first thenable is thrown to the caller.
 */
export function runSteps<T>(steps: Steps<T>): T | Promise<T> {
  return advance(steps, steps.next());
}

function advance<T>(steps: Steps<T>, step: IteratorResult<unknown, T>): T | Promise<T> {
  let r = step;
  while (r.done !== true) {
    const value = r.value;
    if (isThenable(value))
      return Promise.resolve(value).then(
        (v) => advance(steps, steps.next(v)),
        (error: unknown) => advance(steps, steps.throw(error)),
      );
    r = steps.next(value);
  }
  return r.value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";
}
