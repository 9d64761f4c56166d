import type { Direction } from './direction';
import { InputError } from './errors';
import { type MannKendallResult, trailingMannKendall } from './mannKendall';
import { MIN_TREND_VALUES, trendStatusOf } from './trend';

/**
 * Per row: TRUE when over the trailing `window` rows the KPI improves significantly while
 * any counterpart is left behind — it does not improve significantly itself, or (KPI and
 * counterpart both "up") the counterpart-per-KPI ratio falls significantly. FALSE
 * otherwise; null before the first full window or where the KPI cell is missing.
 */
export function kpiIsolation(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  kpiDirection: Direction,
  counterpartDirections: readonly Direction[],
  window: number,
): (boolean | null)[] {
  validate(kpi, counterparts, counterpartDirections, window);
  const kpiTrends = trailingMannKendall(kpi, window);
  const laggards = counterparts.map((column, c) => {
    const direction = counterpartDirections[c];
    const ownTrends = trailingMannKendall(column, window);
    const ratioTrends =
      kpiDirection === 1 && direction === 1
        ? trailingMannKendall(ratioSeries(column, kpi), window)
        : null;
    return (row: number): boolean =>
      !isImproving(ownTrends[row], direction) || isFalling(ratioTrends?.[row] ?? null);
  });
  return kpi.map((value, row) => {
    if (row < window - 1 || value === null) return null;
    if (!isImproving(kpiTrends[row], kpiDirection)) return false;
    return laggards.some((isLeftBehind) => isLeftBehind(row));
  });
}

function isImproving(result: MannKendallResult | null, direction: Direction): boolean {
  return result !== null && trendStatusOf(result, direction) === 'IMPROVING';
}

/** A significant fall, judged as a worsening trend of an "up" series. */
function isFalling(result: MannKendallResult | null): boolean {
  return result !== null && trendStatusOf(result, 1) === 'WORSENING';
}

/** counterpart / kpi per row; null where either is missing or the KPI is 0. */
function ratioSeries(
  counterpart: readonly (number | null)[],
  kpi: readonly (number | null)[],
): (number | null)[] {
  return kpi.map((k, row) => {
    const c = counterpart[row];
    if (k === null || c === null || k === 0) return null;
    const ratio = c / k;
    return Number.isFinite(ratio) ? ratio : null;
  });
}

function validate(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  counterpartDirections: readonly Direction[],
  window: number,
): void {
  if (!Number.isInteger(window) || window < MIN_TREND_VALUES) {
    throw new InputError(
      `window (${window}) must be a whole number of rows, ${MIN_TREND_VALUES} or more ` +
        `(fewer than ${MIN_TREND_VALUES} values can never show a significant trend)`,
    );
  }
  if (counterparts.length === 0) throw new InputError('give at least one counterpart column');
  counterparts.forEach((column, c) => {
    if (column.length !== kpi.length) {
      throw new InputError(
        `counterpart column ${c + 1} has ${column.length} rows but the KPI has ${kpi.length}; ` +
          'give ranges of the same height',
      );
    }
  });
  if (counterpartDirections.length !== counterparts.length) {
    throw new InputError(
      `${counterpartDirections.length} counterpart directions for ${counterparts.length} ` +
        'counterpart columns; give one direction, or one per column',
    );
  }
}
