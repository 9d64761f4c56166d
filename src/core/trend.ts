import type { Direction } from './direction';
import { InputError } from './errors';
import { type MannKendallResult, mannKendall, SIGNIFICANT_Z } from './mannKendall';

export type TrendStatus = 'IMPROVING' | 'WORSENING' | 'STABLE' | 'INSUFFICIENT DATA';

/** Fewer values than this can never reach |Z| >= 1.645, so no trend is claimed. */
export const MIN_TREND_VALUES = 4;

/** The status a Mann–Kendall result means for a KPI whose good way is `direction`. */
export function trendStatusOf(result: MannKendallResult, direction: Direction): TrendStatus {
  if (result.n < MIN_TREND_VALUES) return 'INSUFFICIENT DATA';
  const goodZ = result.z * direction;
  if (goodZ >= SIGNIFICANT_Z) return 'IMPROVING';
  if (goodZ <= -SIGNIFICANT_Z) return 'WORSENING';
  return 'STABLE';
}

/** The trend of the last `window` present values (all of them when window is undefined). */
export function kpiTrend(
  values: readonly number[],
  direction: Direction,
  window?: number,
): TrendStatus {
  if (window !== undefined && (!Number.isInteger(window) || window < 1)) {
    throw new InputError(`window (${window}) must be a whole number of values, 1 or more`);
  }
  const recent = window === undefined ? values : values.slice(Math.max(0, values.length - window));
  return trendStatusOf(mannKendall(recent), direction);
}
