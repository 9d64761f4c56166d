import {
  type CounterpartRule,
  InputError,
  ISOLATION_DEFAULTS,
  kpiIsolation,
  MIN_ISOLATION_WINDOW,
  parseCounterpartRule,
  toNumberOrNull,
} from '../core';
import {
  type CellResult,
  columnsOf,
  describeShape,
  describeValue,
  isBlank,
  isGrid,
  optionalWholeNumber,
  requireDirection,
  shapeOf,
  toGrid,
} from './args';
import { requireTrendMethod } from './trendMethodArg';

function requireRule(name: string, value: unknown): CounterpartRule {
  if (isBlank(value)) return 'up';
  const rule = parseCounterpartRule(value);
  if (rule === null) {
    throw new InputError(
      `${name} must be "up" or "down" (a guardrail that must not get worse; or 1 / -1) or "pace" (should keep pace with the KPI), got ${describeValue(value)}`,
    );
  }
  return rule;
}

function counterpartRules(raw: unknown, count: number): CounterpartRule[] {
  if (!isGrid(raw)) return new Array(count).fill(requireRule('counterpart_direction', raw));
  const flat = raw.flat();
  if (flat.length === 1)
    return new Array(count).fill(requireRule('counterpart_direction', flat[0]));
  if (flat.length !== count) {
    throw new InputError(
      `counterpart_direction has ${flat.length} rules but counterparts has ${count} columns; give one rule, or one per column`,
    );
  }
  return flat.map((value, i) => requireRule(`counterpart_direction ${i + 1}`, value));
}

export function KPI_ISOLATION(
  kpi: unknown,
  counterparts: unknown,
  kpi_direction?: unknown,
  counterpart_direction?: unknown,
  window?: unknown,
  method?: unknown,
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
  const rules = counterpartRules(counterpart_direction, cpCols);
  if (kpiDir === -1 && rules.includes('pace')) {
    throw new InputError(
      'counterpart_direction "pace" needs kpi_direction "up": only a KPI that should grow (such as leads) can be kept pace with; give the counterpart "up" or "down" as a guardrail instead',
    );
  }
  const size = optionalWholeNumber(
    'window',
    window,
    ISOLATION_DEFAULTS.window,
    MIN_ISOLATION_WINDOW,
    ' (fewer rows cannot hold a run of evidence)',
  );
  const how = requireTrendMethod(method);
  const kpiSeries = kpiGrid.map((row) => toNumberOrNull(row[0]));
  const counterpartSeries = columnsOf(counterpartGrid).map((column) => column.map(toNumberOrNull));
  const flags = kpiIsolation(kpiSeries, counterpartSeries, kpiDir, rules, {
    window: size,
    method: how,
  });
  const cells = flags.map((flag) => [flag === null ? '' : flag]);
  return isGrid(kpi) ? cells : cells[0][0];
}
