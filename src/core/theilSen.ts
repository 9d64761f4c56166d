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
