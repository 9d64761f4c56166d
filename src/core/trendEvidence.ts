import { estimateAr1 } from './autocorrelation';
import { trailingMannKendall } from './trailingMannKendall';
import { withSerialCorrelation } from './trend';
import type { TrendMethod } from './trendMethod';

/**
 * Per row, the Mann–Kendall Z of the present values among the last `span` rows (fewer at the
 * top of the sheet), upward positive, its variance widened for the AR(1) persistence of those
 * values under "auto". NaN with fewer than `minValues` present values. Catches a harm that has
 * been going on since the first row, where no calm history exists to compare a shift with.
 * O(rows · span).
 */
export function upwardTrendEvidence(
  values: readonly (number | null)[],
  span: number,
  minValues: number,
  method: TrendMethod,
): Float64Array {
  // Leading blanks make the first windows grow from the top row instead of waiting to fill.
  const padded: (number | null)[] = new Array<number | null>(span - 1).fill(null).concat(values);
  const tests = trailingMannKendall(padded, span).slice(span - 1);
  const evidence = new Float64Array(values.length).fill(Number.NaN);
  const scratch = new Float64Array(span);
  for (let row = 0; row < values.length; row++) {
    const test = tests[row];
    if (test === null || test.n < minValues) continue;
    if (method === 'classic') {
      evidence[row] = test.z;
      continue;
    }
    let count = 0;
    for (let r = Math.max(0, row + 1 - span); r <= row; r++) {
      const value = values[r];
      if (value !== null) scratch[count++] = value;
    }
    evidence[row] = withSerialCorrelation(test, estimateAr1(scratch, 0, count)).z;
  }
  return evidence;
}
