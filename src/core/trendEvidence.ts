import { mannKendall } from './mannKendall';
import { presentInto } from './seriesArray';
import type { ShiftScanSettings } from './shiftEvidence';
import { windowRowsAt } from './shiftEvidence';
import { withSerialCorrelation } from './trend';

/**
 * While a sheet is young — fewer than `window` rows before the window — a shift has only a
 * short history to be compared with, and harm under way since the first row has no calm
 * history at all. On those rows the evidence is also the Mann–Kendall Z of every present value
 * so far (upward positive, widened for the row's persistence): raised in place where it is
 * stronger, on rows the shift judged (NaN stays NaN). O(window² log window) in all.
 */
export function addYoungSheetTrend(
  series: Float64Array,
  evidence: Float64Array,
  persistence: Float64Array,
  settings: ShiftScanSettings,
): void {
  const buffer = new Float64Array(series.length);
  for (let row = 0; row < series.length; row++) {
    const historyRows = row + 1 - windowRowsAt(row, settings);
    if (historyRows >= settings.window) break;
    if (Number.isNaN(evidence[row])) continue;
    const values = Array.from(presentInto(series, 0, row + 1, buffer));
    const z = withSerialCorrelation(mannKendall(values), persistence[row]).z;
    if (z > evidence[row]) evidence[row] = z;
  }
}
