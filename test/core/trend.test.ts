import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { mannKendall } from '../../src/core/mannKendall';
import { kpiTrend, MIN_TREND_VALUES, trendStatusOf, trendTest } from '../../src/core/trend';

describe('trendStatusOf', () => {
  const at = (z: number, n = 10) => ({ n, s: 0, varS: 1, z });

  it('needs 4 values', () => {
    expect(MIN_TREND_VALUES).toBe(4);
    expect(trendStatusOf(at(5, 3), 1)).toBe('INSUFFICIENT DATA');
    expect(trendStatusOf(at(5, 4), 1)).toBe('IMPROVING');
  });

  it('is significant at exactly |Z| = 1.645, in the direction given', () => {
    expect(trendStatusOf(at(1.645), 1)).toBe('IMPROVING');
    expect(trendStatusOf(at(1.645), -1)).toBe('WORSENING');
    expect(trendStatusOf(at(-1.645), 1)).toBe('WORSENING');
    expect(trendStatusOf(at(-1.645), -1)).toBe('IMPROVING');
  });

  it('is STABLE just inside the threshold and at zero', () => {
    expect(trendStatusOf(at(1.6449), 1)).toBe('STABLE');
    expect(trendStatusOf(at(-1.6449), -1)).toBe('STABLE');
    expect(trendStatusOf(at(0), 1)).toBe('STABLE');
  });
});

describe('kpiTrend', () => {
  it('calls 3 rising values INSUFFICIENT DATA and 4 IMPROVING', () => {
    expect(kpiTrend([1, 2, 3], 1)).toBe('INSUFFICIENT DATA');
    expect(kpiTrend([1, 2, 3, 4], 1)).toBe('IMPROVING');
  });

  it('reads a falling series by direction', () => {
    expect(kpiTrend([9, 7, 5, 3, 1], 1)).toBe('WORSENING');
    expect(kpiTrend([9, 7, 5, 3, 1], -1)).toBe('IMPROVING');
  });

  it('calls all-tied values STABLE (zero variance)', () => {
    expect(kpiTrend([2, 2, 2, 2, 2, 2], 1)).toBe('STABLE');
  });

  it('calls noise without a trend STABLE', () => {
    expect(kpiTrend([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 1)).toBe('STABLE');
  });

  it('gives INSUFFICIENT DATA for no values', () => {
    expect(kpiTrend([], 1)).toBe('INSUFFICIENT DATA');
  });

  it('looks only at the last `window` values', () => {
    const values = [10, 9, 8, 7, 6, 5, 1, 2, 3, 4, 5];
    expect(kpiTrend(values, 1)).toBe('WORSENING');
    expect(kpiTrend(values, 1, 5)).toBe('IMPROVING');
    expect(kpiTrend(values, 1, 3)).toBe('INSUFFICIENT DATA');
    expect(kpiTrend(values, 1, 100)).toBe(kpiTrend(values, 1));
    expect(mannKendall(values).z).toBeLessThan(-1.645);
  });

  it('rejects a window that is not a positive whole number', () => {
    expect(() => kpiTrend([1, 2, 3, 4], 1, 0)).toThrow(InputError);
    expect(() => kpiTrend([1, 2, 3, 4], 1, 2.5)).toThrow('window (2.5) must be a whole number');
  });
});

describe('kpiTrend method', () => {
  // A persistent, trendless series: long swings around 0 that the classic test reads as a trend.
  const swings = Array.from({ length: 52 }, (_, i) => Math.sin(i / 6) + 0.3 * Math.sin(i * 2.1));

  it('classic is the textbook Mann–Kendall test', () => {
    expect(trendTest(swings, undefined, 'classic')).toEqual(mannKendall(swings));
    expect(kpiTrend(swings, 1, undefined, 'classic')).toBe(trendStatusOf(mannKendall(swings), 1));
  });

  it('auto (the default) widens the variance for persistence: swings are not a trend', () => {
    expect(kpiTrend(swings.slice(0, 30), 1, undefined, 'classic')).toBe('WORSENING');
    expect(kpiTrend(swings.slice(0, 30), 1)).toBe('STABLE');
    const auto = trendTest(swings.slice(0, 30));
    expect(auto.s).toBe(mannKendall(swings.slice(0, 30)).s);
    expect(auto.varS).toBeGreaterThan(mannKendall(swings.slice(0, 30)).varS);
  });

  it('auto still calls a clear trend', () => {
    const rising = swings.map((v, i) => v + 0.2 * i);
    expect(kpiTrend(rising, 1)).toBe('IMPROVING');
    expect(kpiTrend(rising, -1, 26)).toBe('WORSENING');
  });

  it('auto leaves a short series (under 12 values) as the classic test', () => {
    const short = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    expect(trendTest(short)).toEqual(mannKendall(short));
  });

  it('auto reads the persistence from up to 52 values before a window, not the window alone', () => {
    const recent = swings.slice(-8);
    // Eight values alone cannot show persistence; the history before them does.
    expect(trendTest(recent)).toEqual(mannKendall(recent));
    expect(trendTest(swings, 8).varS).toBeGreaterThan(mannKendall(recent).varS);
    expect(trendTest(swings, 8, 'classic')).toEqual(mannKendall(recent));
  });
});
