import { kpiTrend, MIN_TREND_VALUES, trendReadLength } from '../core';
import { type CellResult, optionalWholeNumber, requireDirection } from './args';
import { perColumn } from './columnwise';
import { requireTrendMethod } from './trendMethodArg';

export function KPI_TREND(
  values: unknown,
  direction?: unknown,
  window?: unknown,
  method?: unknown,
): CellResult {
  const dir = requireDirection('direction', direction);
  const size = optionalWholeNumber(
    'window',
    window,
    undefined,
    MIN_TREND_VALUES,
    ' (a trend needs at least 4 values); leave it empty to use every value',
  );
  const how = requireTrendMethod(method);
  // "auto" reads more rows than the window: the persistence is measured over a longer history.
  return perColumn(
    values,
    (present) => kpiTrend(present, dir, size, how),
    size,
    trendReadLength(size, how),
  );
}
