import { InputError } from './errors';
import { assertFiniteValues } from './mannKendallResult';
import { medianOfSorted } from './median';

/**
 * Theil–Sen line through (0, y0), (1, y1), ...: slope = median of all pairwise slopes,
 * intercept = median(y) − slope · median(x), as scipy.stats.theilslopes (method 'separate').
 * O(n² log n) time and n²/2 numbers of memory.
 */
export function theilSenSlope(values: readonly number[]): { slope: number; intercept: number } {
  const n = values.length;
  if (n < 2) throw new InputError(`a slope needs at least 2 values, got ${n}`);
  assertFiniteValues(values);
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) slopes[k++] = (values[j] - values[i]) / (j - i);
  }
  const slope = medianOfSorted(slopes.sort());
  const medianY = medianOfSorted(Float64Array.from(values).sort());
  const medianX = (n - 1) / 2;
  return { slope, intercept: medianY - slope * medianX };
}

/**
 * Theil–Sen line through points whose x need not be 0, 1, 2, ... (rows with a missing value
 * left out): slope = median of the slopes between points with different x, intercept =
 * median(y) − slope · median(x). Null when fewer than two distinct x.
 */
export function theilSenFit(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number } | null {
  const n = Math.min(xs.length, ys.length);
  assertFiniteValues(xs);
  assertFiniteValues(ys);
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (xs[j] !== xs[i]) slopes[k++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
    }
  }
  if (k === 0) return null;
  const slope = medianOfSorted(slopes.subarray(0, k).sort());
  const medianY = medianOfSorted(Float64Array.from(ys.slice(0, n)).sort());
  const medianX = medianOfSorted(Float64Array.from(xs.slice(0, n)).sort());
  return { slope, intercept: medianY - slope * medianX };
}
