// KPI_TREND's false trends on trendless AR(1) series and its power on real trends.
import { kpiTrend, type TrendMethod } from '../../src/core';
import { ar1, seededNoise } from './random';

export const TREND_LENGTHS = [26, 52, 104] as const;
export const TREND_PHIS = [0, 0.3, 0.5, 0.7] as const;
/** Real trends: a rise of this many σ over the whole series, on white noise. */
export const TREND_RISES = [1, 2] as const;

/**
 * Share of `series` AR(1) series of n values (persistence φ, plus a rise of `rise` σ over the
 * series) for which `calls` says a trend; the same seed draws the same series for every test.
 */
export function shareCalled(
  n: number,
  phi: number,
  rise: number,
  series: number,
  seed: number,
  calls: (values: number[]) => boolean,
): number {
  const noise = seededNoise(seed);
  let called = 0;
  for (let i = 0; i < series; i++) {
    const values = ar1(noise, n, phi).map((e, row) => e + (rise * row) / (n - 1));
    if (calls(values)) called++;
  }
  return called / series;
}

/** Share of series of n values that the test calls IMPROVING or WORSENING. */
export function trendCallRate(
  n: number,
  phi: number,
  rise: number,
  method: TrendMethod,
  series: number,
  seed: number,
): number {
  return shareCalled(
    n,
    phi,
    rise,
    series,
    seed,
    (values) => kpiTrend(values, 1, undefined, method) !== 'STABLE',
  );
}
