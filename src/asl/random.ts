/**
 * Reproducible randomness for seeded runs (`ExecutionOptions.seed`, TestState's seed): jitter,
 * `$random()`, UUIDs and task tokens draw from it. Without a seed, `Math.random`.
 */

/** mulberry32: a small, fast 32-bit generator; each call gives a number in [0, 1). */
export function seededRandom(seed: number | undefined): () => number {
  if (seed === undefined) return Math.random;
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
