// The detector KPI_ISOLATION had before calibration, reshaped to need evidence both ways: a
// windowed Mann–Kendall test (corrected for persistence measured over the rows so far) of the
// KPI and of the counterpart's harm, both significant, on `persistence` consecutive rows.
// Measured beside the chosen detector by `npm run calibrate -- --sweep`.
import { estimateAr1, trailingMannKendall, withSerialCorrelation } from '../../src/core';
import type { Sheet } from './families';
import type { Detector } from './isolationRates';

export interface WindowedSettings {
  window: number;
  z: number;
  persistence: number;
}

function windowedZ(values: number[], window: number): number[] {
  const tests = trailingMannKendall(values, window);
  return tests.map((test, row) => {
    if (test === null) return Number.NaN;
    const phi = estimateAr1(values, Math.max(0, row + 1 - 104), row + 1);
    return withSerialCorrelation(test, phi).z;
  });
}

export function windowedDetector(settings: WindowedSettings): Detector {
  return (sheet: Sheet) => {
    const rise = windowedZ(
      sheet.kpi.map((v) => sheet.kpiDirection * v),
      settings.window,
    );
    const harmSeries =
      sheet.rule === 'pace'
        ? sheet.counterpart.map((c, row) => -c / sheet.kpi[row])
        : sheet.counterpart.map((c) => (sheet.rule === 'up' ? -c : c));
    const harm = windowedZ(harmSeries, settings.window);
    let streak = 0;
    return rise.map((z, row) => {
      if (Number.isNaN(z)) return null;
      streak = z >= settings.z && harm[row] >= settings.z ? streak + 1 : 0;
      return streak >= settings.persistence;
    });
  };
}
