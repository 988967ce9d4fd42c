import { ArgumentError, describeValue } from "../errors/index.js";

/**
 * mulberry32: a small seeded PRNG. The same seed always gives the same sequence, on every machine.
 * Returns a function yielding numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a 32-bit hash of a string, to derive a seed from an id (the same on every machine). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The 32-bit PRNG state a seed gives, every bit of a safe integer counted: a seed from 0 to
 * 2^32 − 1 is its own state, and the bits above (the sign included) fold in through a bijective
 * 32-bit mix, so two seeds with the same low 32 bits (1 and 2^32 + 1, −1 and 2^32 − 1) never share
 * a state.
 * @param name the option the seed came from, for the error.
 * @throws {ArgumentError} when `seed` is not a safe integer (past 2^53 neighbouring integers are the same number).
 */
export function seedState(seed: unknown, name: string): number {
  if (typeof seed !== "number" || !Number.isSafeInteger(seed))
    throw new ArgumentError(name, `Expected \`${name}\` to be a safe integer (from −(2^53 − 1) to 2^53 − 1), got ${describeValue(seed)}`);
  const low = seed >>> 0;
  // Exact: both are integers within 2^53, and the difference is a multiple of 2^32; |high| ≤ 2^21.
  const high = (seed - low) / 4_294_967_296;
  return (low ^ fmix32(high >>> 0)) >>> 0;
}

/** MurmurHash3's finaliser: a bijection of 32-bit integers that maps 0 to 0. */
function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
