import { InputError } from './errors';

/** The Mann–Kendall trend test on a series: n values, statistic S, its variance and Z. */
export interface MannKendallResult {
  n: number;
  s: number;
  varS: number;
  z: number;
}

/** |Z| at or beyond this is significant (two-sided 10 %, one-sided 5 %). */
export const SIGNIFICANT_Z = 1.645;

/** A tie group of size t lowers n(n-1)(2n+5) by t(t-1)(2t+5). */
export function tieTerm(t: number): number {
  // Groups of 0 or 1 contribute nothing; returning 0 also avoids a -0 from 0 * -1.
  return t < 2 ? 0 : t * (t - 1) * (2 * t + 5);
}

/** The result from n, S and Σ t(t-1)(2t+5) over tie groups. */
export function mannKendallResultOf(n: number, s: number, tieSum: number): MannKendallResult {
  const varS = (tieTerm(n) - tieSum) / 18; // tieTerm(n) is n(n-1)(2n+5)
  return { n, s, varS, z: continuityCorrectedZ(s, varS) };
}

/** Z = (S ∓ 1)/√varS, moved one step toward 0; 0 when S or varS is 0. */
export function continuityCorrectedZ(s: number, varS: number): number {
  if (s === 0 || varS <= 0) return 0;
  return (s > 0 ? s - 1 : s + 1) / Math.sqrt(varS);
}

/** Throws an InputError naming the first value that is NaN or ±Infinity. */
export function assertFiniteValues(values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new InputError(`value ${i + 1} (${values[i]}) is not a finite number`);
    }
  }
}
