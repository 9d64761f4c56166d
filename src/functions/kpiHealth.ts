import { InputError, kpiHealth, MIN_TREND_VALUES, trendReadLength } from '../core';
import {
  type CellResult,
  describeValue,
  optionalNumber,
  optionalWholeNumber,
  requireDirection,
} from './args';
import { perColumn } from './columnwise';

export function KPI_HEALTH(
  values: unknown,
  direction?: unknown,
  healthy_min?: unknown,
  healthy_max?: unknown,
  window?: unknown,
): CellResult {
  const dir = requireDirection('direction', direction);
  const min = optionalNumber('healthy_min', healthy_min, undefined);
  const max = optionalNumber('healthy_max', healthy_max, undefined);
  if (min !== undefined && max !== undefined && min > max) {
    throw new InputError(
      `healthy_min (${describeValue(min)}) is above healthy_max (${describeValue(max)}); swap them`,
    );
  }
  const size = optionalWholeNumber(
    'window',
    window,
    12,
    MIN_TREND_VALUES,
    ' (a trend needs at least 4 values)',
  );
  // The latest value, the trend window and the history its persistence is read from.
  return perColumn(
    values,
    (present) => kpiHealth(present, dir, { min, max }, size),
    size,
    trendReadLength(size, 'auto'),
  );
}
