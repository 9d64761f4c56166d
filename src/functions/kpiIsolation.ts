import {
  type Direction,
  InputError,
  kpiIsolation,
  MIN_TREND_VALUES,
  toNumberOrNull,
} from '../core';
import {
  type CellResult,
  columnsOf,
  describeShape,
  isGrid,
  optionalWholeNumber,
  requireDirection,
  shapeOf,
  toGrid,
} from './args';

function counterpartDirections(raw: unknown, count: number): Direction[] {
  if (!isGrid(raw)) return new Array(count).fill(requireDirection('counterpart_direction', raw));
  const flat = raw.flat();
  if (flat.length === 1)
    return new Array(count).fill(requireDirection('counterpart_direction', flat[0]));
  if (flat.length !== count) {
    throw new InputError(
      `counterpart_direction has ${flat.length} directions but counterparts has ${count} columns; give one direction, or one per column`,
    );
  }
  return flat.map((value, i) => requireDirection(`counterpart_direction ${i + 1}`, value));
}

export function KPI_ISOLATION(
  kpi: unknown,
  counterparts: unknown,
  kpi_direction?: unknown,
  counterpart_direction?: unknown,
  window?: unknown,
): CellResult {
  const kpiGrid = toGrid(kpi);
  const counterpartGrid = toGrid(counterparts);
  const [rows, kpiCols] = shapeOf(kpiGrid);
  if (kpiCols !== 1) {
    throw new InputError(`kpi must be one column, got ${describeShape([rows, kpiCols])}`);
  }
  const [cpRows, cpCols] = shapeOf(counterpartGrid);
  if (cpRows !== rows) {
    throw new InputError(
      `kpi is ${describeShape([rows, 1])} but counterparts is ${describeShape([cpRows, cpCols])}; give counterparts the same rows as kpi`,
    );
  }
  const kpiDir = requireDirection('kpi_direction', kpi_direction);
  const directions = counterpartDirections(counterpart_direction, cpCols);
  const size = optionalWholeNumber(
    'window',
    window,
    6,
    MIN_TREND_VALUES,
    ' (fewer values can never show a significant trend)',
  );
  const kpiSeries = kpiGrid.map((row) => toNumberOrNull(row[0]));
  const counterpartSeries = columnsOf(counterpartGrid).map((column) => column.map(toNumberOrNull));
  const flags = kpiIsolation(kpiSeries, counterpartSeries, kpiDir, directions, size);
  const cells = flags.map((flag) => [flag === null ? '' : flag]);
  return isGrid(kpi) ? cells : cells[0][0];
}
