import { kpiTrend, MIN_TREND_VALUES } from '../core';
import { type CellResult, optionalWholeNumber, requireDirection } from './args';
import { perColumn } from './columnwise';

export function KPI_TREND(values: unknown, direction?: unknown, window?: unknown): CellResult {
  const dir = requireDirection('direction', direction);
  const size = optionalWholeNumber(
    'window',
    window,
    undefined,
    MIN_TREND_VALUES,
    ' (a trend needs at least 4 values); leave it empty to use every value',
  );
  return perColumn(values, (present) => kpiTrend(present, dir, size), size);
}
