import {
  assertFiniteValues,
  type MannKendallResult,
  mannKendallResultOf,
  tieTerm,
} from './mannKendallResult';

export { type MannKendallResult, SIGNIFICANT_Z } from './mannKendallResult';
export { trailingMannKendall } from './trailingMannKendall';

/**
 * Mann–Kendall test of values against their order, in O(n log n): S = pairs that rise
 * minus pairs that fall, found by counting strict inversions in a merge sort (Knight 1966).
 */
export function mannKendall(values: readonly number[]): MannKendallResult {
  assertFiniteValues(values);
  const n = values.length;
  const sorted = Float64Array.from(values);
  const falling = countStrictInversions(sorted);
  let tiedPairs = 0;
  let tieSum = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    const t = end - start;
    tiedPairs += (t * (t - 1)) / 2;
    tieSum += tieTerm(t);
    start = end;
  }
  const pairs = n < 2 ? 0 : (n * (n - 1)) / 2; // n(n-1)/2 itself is -0 at n = 0
  const rising = pairs - tiedPairs - falling;
  return mannKendallResultOf(n, rising - falling, tieSum);
}

/** The O(n²) definition, S = Σ_{i<j} sign(y_j − y_i); a reference for mannKendall. */
export function mannKendallBruteForce(values: readonly number[]): MannKendallResult {
  assertFiniteValues(values);
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
  }
  const groups = new Map<number, number>();
  for (const value of values) groups.set(value, (groups.get(value) ?? 0) + 1);
  let tieSum = 0;
  for (const t of groups.values()) tieSum += tieTerm(t);
  return mannKendallResultOf(n, s, tieSum);
}

/**
 * Sorts a in place (bottom-up merge sort) and returns the number of pairs i < j with
 * a[i] > a[j] in the original order; equal values are not inversions.
 */
function countStrictInversions(a: Float64Array): number {
  const n = a.length;
  let source: Float64Array = a;
  let target: Float64Array = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        // Taking the left one on equality keeps ties from counting as inversions.
        if (source[i] <= source[j]) {
          target[k++] = source[i++];
        } else {
          inversions += mid - i;
          target[k++] = source[j++];
        }
      }
      while (i < mid) target[k++] = source[i++];
      while (j < right) target[k++] = source[j++];
    }
    [source, target] = [target, source];
  }
  if (source !== a) a.set(source);
  return inversions;
}
