// Seeded noise for the calibration sheets: every run draws the same numbers.
import { mulberry32 } from '../../src/local/sample/prng';

export interface Noise {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method). */
  normal(): number;
  /** A whole number in [min, max]. */
  integer(min: number, max: number): number;
}

export function seededNoise(seed: number): Noise {
  const uniform = mulberry32(seed);
  let spare: number | null = null;
  return {
    uniform,
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      let u = 0;
      let v = 0;
      let s = 0;
      do {
        u = uniform() * 2 - 1;
        v = uniform() * 2 - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const scale = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v * scale;
      return u * scale;
    },
    integer(min, max) {
      return min + Math.floor(uniform() * (max - min + 1));
    },
  };
}

/** n values of a stationary Gaussian AR(1) with coefficient phi and standard deviation 1. */
export function ar1(noise: Noise, n: number, phi: number): number[] {
  const innovation = Math.sqrt(1 - phi * phi);
  const out = new Array<number>(n);
  let x = noise.normal();
  for (let i = 0; i < n; i++) {
    if (i > 0) x = phi * x + innovation * noise.normal();
    out[i] = x;
  }
  return out;
}
