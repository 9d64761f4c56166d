import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { mannKendall } from '../../src/core/mannKendall';
import { kpiTrend, MIN_TREND_VALUES, trendStatusOf } from '../../src/core/trend';

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
