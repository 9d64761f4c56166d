import type { MannKendallResult } from './mannKendallResult';
import { trailingMannKendall } from './trailingMannKendall';
import { withSerialCorrelation } from './trend';

/**
 * Per row, the Mann–Kendall Z of the present values among the last `span` rows (fewer at the
 * top of the sheet), upward positive, its variance widened for the row's AR(1) persistence
 * (0 leaves the classic test). NaN with fewer than `minValues` present values. Catches a harm
 * that has been going on since the first row, where no calm history exists to compare a
 * shift with. O(rows · span).
 */
export function upwardTrendEvidence(
  values: readonly (number | null)[],
  span: number,
  minValues: number,
  persistence: Float64Array,
): Float64Array {
  // Leading blanks make the first windows grow from the top row instead of waiting to fill.
  const padded: (number | null)[] = new Array<number | null>(span - 1).fill(null).concat(values);
  const tests = trailingMannKendall(padded, span).slice(span - 1);
  const evidence = new Float64Array(values.length).fill(Number.NaN);
  tests.forEach((test: MannKendallResult | null, row) => {
    if (test !== null && test.n >= minValues) {
      evidence[row] = withSerialCorrelation(test, persistence[row]).z;
    }
  });
  return evidence;
}
