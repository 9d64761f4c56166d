// A tiny seeded PRNG (mulberry32) so the sample's "noise" is the same on every run and in
// every test: the browser suite and the README screenshot depend on exact values.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform wiggle in [-amplitude, amplitude). */
export function wiggle(random: () => number, amplitude: number): number {
  return (random() * 2 - 1) * amplitude;
}

/** Rounded to a multiple of step, without binary noise (5.0200000000000005 → 5.02). */
export const round = (value: number, step: number): number =>
  Number((Math.round(value / step) * step).toFixed(6)) + 0; // + 0 turns -0 into 0
