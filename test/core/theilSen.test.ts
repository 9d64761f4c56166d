import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { theilSenSlope } from '../../src/core/theilSen';

describe('theilSenSlope', () => {
  it('recovers an exact line', () => {
    expect(theilSenSlope([1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1 });
  });

  it('ignores an outlier', () => {
    // Slopes 1 (×6 among the first four), then 97, 49, 32.33, 24: median 1.
    expect(theilSenSlope([1, 2, 3, 4, 100])).toEqual({ slope: 1, intercept: 3 - 1 * 2 });
  });

  it('averages the two middle slopes and uses median(y) − slope·median(x)', () => {
    // Slopes: 1, 0, 1/3, -1, 0, 1 -> sorted -1, 0, 0, 1/3, 1, 1 -> median 1/6.
    const { slope, intercept } = theilSenSlope([0, 1, 0, 1]);
    expect(slope).toBeCloseTo(1 / 6, 15);
    expect(intercept).toBeCloseTo(0.5 - (1 / 6) * 1.5, 15);
  });

  it('gives a flat line through a constant series', () => {
    expect(theilSenSlope([4, 4, 4])).toEqual({ slope: 0, intercept: 4 });
  });

  it('works with two values', () => {
    expect(theilSenSlope([10, 4])).toEqual({ slope: -6, intercept: 7 - -6 * 0.5 });
  });

  it('needs at least two values', () => {
    expect(() => theilSenSlope([])).toThrow(InputError);
    expect(() => theilSenSlope([3])).toThrow('a slope needs at least 2 values, got 1');
  });

  it('rejects non-finite values', () => {
    expect(() => theilSenSlope([1, Number.NaN, 3])).toThrow('value 2 (NaN)');
  });
});
