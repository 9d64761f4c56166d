// KPI_TREND's false trends on trendless AR(1) series and its power on real trends.
import { kpiTrend, type TrendMethod } from '../../src/core';
import { ar1, seededNoise } from './random';

export const TREND_LENGTHS = [26, 52, 104] as const;
export const TREND_PHIS = [0, 0.3, 0.5, 0.7] as const;
/** Real trends: a rise of this many σ over the whole series, on white noise. */
export const TREND_RISES = [1, 2] as const;

/** Share of series of n values that the test calls IMPROVING or WORSENING. */
export function trendCallRate(
  n: number,
  phi: number,
  rise: number,
  method: TrendMethod,
  series: number,
  seed: number,
): number {
  const noise = seededNoise(seed);
  let called = 0;
  for (let i = 0; i < series; i++) {
    const values = ar1(noise, n, phi).map((e, row) => e + (rise * row) / (n - 1));
    if (kpiTrend(values, 1, undefined, method) !== 'STABLE') called++;
  }
  return called / series;
}
