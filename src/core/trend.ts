import { estimateAr1, estimateAr1Pieces } from './autocorrelation';
import type { Direction } from './direction';
import { InputError } from './errors';
import { type MannKendallResult, mannKendall, SIGNIFICANT_Z } from './mannKendall';
import { continuityCorrectedZ } from './mannKendallResult';
import type { TrendMethod } from './trendMethod';
import { hamedRaoFactor } from './varianceInflation';

export type TrendStatus = 'IMPROVING' | 'WORSENING' | 'STABLE' | 'INSUFFICIENT DATA';

/** Fewer values than this can never reach |Z| >= 1.645, so no trend is claimed. */
export const MIN_TREND_VALUES = 4;

/**
 * A windowed trend reads its noise's persistence from at least this many latest values (a
 * year of weeks), not only from the window: a short window alone cannot tell noise from drift.
 */
export const AUTOCORRELATION_HISTORY = 52;

/** The status a Mann–Kendall result means for a KPI whose good way is `direction`. */
export function trendStatusOf(result: MannKendallResult, direction: Direction): TrendStatus {
  if (result.n < MIN_TREND_VALUES) return 'INSUFFICIENT DATA';
  const goodZ = result.z * direction;
  if (goodZ >= SIGNIFICANT_Z) return 'IMPROVING';
  if (goodZ <= -SIGNIFICANT_Z) return 'WORSENING';
  return 'STABLE';
}

/** The result with its variance widened by Hamed & Rao's factor for AR(1) noise φ. */
export function withSerialCorrelation(result: MannKendallResult, phi: number): MannKendallResult {
  const factor = hamedRaoFactor(result.n, phi);
  if (factor === 1) return result;
  const varS = result.varS * factor;
  return { ...result, varS, z: continuityCorrectedZ(result.s, varS) };
}

/** How many latest values a trend over `window` of them needs to read: more for "auto". */
export function trendReadLength(window: number | undefined, method: TrendMethod): number {
  if (window === undefined) return Number.POSITIVE_INFINITY;
  return method === 'auto' ? Math.max(window, AUTOCORRELATION_HISTORY) : window;
}

/**
 * Mann–Kendall on the last `window` values (all when undefined). "auto" corrects the variance
 * for the AR(1) persistence estimated over the last max(window, 52) values (all of them
 * without a window; the window and the values before it detrended apart); "classic" is the
 * textbook test. O(n log n).
 */
export function trendTest(
  values: readonly number[],
  window?: number,
  method: TrendMethod = 'auto',
): MannKendallResult {
  if (window !== undefined && (!Number.isInteger(window) || window < 1)) {
    throw new InputError(`window (${window}) must be a whole number of values, 1 or more`);
  }
  const n = values.length;
  const recent = window === undefined ? values : values.slice(Math.max(0, n - window));
  const classic = mannKendall(recent);
  if (method === 'classic') return classic;
  const history = Math.min(n, trendReadLength(window, method));
  if (recent.length === n || history === recent.length) {
    return withSerialCorrelation(classic, estimateAr1(values, n - history, n));
  }
  // The rows before the window and the window detrended apart: a turn at the window's start
  // is a change of trend, not persistence.
  const before = values.slice(n - history, n - recent.length);
  return withSerialCorrelation(classic, estimateAr1Pieces([before, recent]));
}

/** The trend status of the last `window` present values (all of them when undefined). */
export function kpiTrend(
  values: readonly number[],
  direction: Direction,
  window?: number,
  method: TrendMethod = 'auto',
): TrendStatus {
  return trendStatusOf(trendTest(values, window, method), direction);
}
