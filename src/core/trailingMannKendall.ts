import { InputError } from './errors';
import { type MannKendallResult, mannKendallResultOf, tieTerm } from './mannKendallResult';

/**
 * Trailing window over ROWS: result[i] is the test on the present (non-null) values among
 * rows i-window+1..i, or null when i < window-1. Updated incrementally in O(window) per
 * row: the leaving value's sign contributions are removed, the entering one's added, and
 * tie groups kept in a Map so Σ t(t-1)(2t+5) updates in O(1).
 */
export function trailingMannKendall(
  values: readonly (number | null)[],
  window: number,
): (MannKendallResult | null)[] {
  if (!Number.isInteger(window) || window < 1) {
    throw new InputError(`window (${window}) must be a whole number of rows, 1 or more`);
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && !Number.isFinite(value)) {
      throw new InputError(`row ${i + 1} (${value}) is not a finite number or missing`);
    }
  }
  // No window ever fills; also spares allocating a huge ring for an oversized window.
  if (window > values.length) return values.map(() => null);
  const results: (MannKendallResult | null)[] = new Array(values.length);
  // ring[i % window] holds row i while it is in the window; NaN marks a missing value.
  const ring = new Float64Array(window).fill(Number.NaN);
  const ties = new Map<number, number>();
  let n = 0;
  let s = 0;
  let tieSum = 0;
  for (let row = 0; row < values.length; row++) {
    const slot = row % window;
    const leaving = ring[slot];
    const entering = values[row] ?? Number.NaN;
    ring[slot] = Number.NaN;
    // The other values are later than the leaving row and earlier than the entering one;
    // comparisons with NaN (missing) are false, so a missing value contributes nothing and
    // one fused pass serves both. Number(a > b), not if/else: random data would mispredict.
    for (let k = 0; k < window; k++) {
      const other = ring[k];
      s +=
        Number(other < leaving) -
        Number(other > leaving) +
        Number(entering > other) -
        Number(entering < other);
    }
    if (!Number.isNaN(leaving)) {
      const t = ties.get(leaving) ?? 0;
      tieSum -= tieTerm(t) - tieTerm(t - 1);
      if (t === 1) ties.delete(leaving);
      else ties.set(leaving, t - 1);
      n--;
    }
    if (!Number.isNaN(entering)) {
      const t = ties.get(entering) ?? 0;
      tieSum += tieTerm(t + 1) - tieTerm(t);
      ties.set(entering, t + 1);
      n++;
    }
    ring[slot] = entering;
    results[row] = row < window - 1 ? null : mannKendallResultOf(n, s, tieSum);
  }
  return results;
}
