import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import {
  mannKendall,
  mannKendallBruteForce,
  SIGNIFICANT_Z,
  trailingMannKendall,
} from '../../src/core/mannKendall';

const implementations = [
  ['mannKendall', mannKendall],
  ['mannKendallBruteForce', mannKendallBruteForce],
] as const;

describe.each(implementations)('%s', (_name, test) => {
  it('gives S = 6, varS = 4·3·13/18 and Z = 5/√varS for 1, 2, 3, 4', () => {
    const result = test([1, 2, 3, 4]);
    expect(result.n).toBe(4);
    expect(result.s).toBe(6);
    expect(result.varS).toBeCloseTo(156 / 18, 12);
    expect(result.z).toBeCloseTo(5 / Math.sqrt(156 / 18), 12);
    expect(result.z).toBeGreaterThan(SIGNIFICANT_Z);
  });

  it('gives S = -3 and Z = -2/√(66/18) for 3 falling values', () => {
    const result = test([9, 5, 1]);
    expect(result).toMatchObject({ n: 3, s: -3 });
    expect(result.varS).toBeCloseTo(66 / 18, 12);
    expect(result.z).toBeCloseTo(-2 / Math.sqrt(66 / 18), 12);
  });

  it('counts each pair once: 3, 1, 2 has S = -1', () => {
    expect(test([3, 1, 2]).s).toBe(-1);
  });

  it('corrects the variance for ties: 1, 1, 2 has varS = (66 - 18)/18', () => {
    const result = test([1, 1, 2]);
    expect(result.s).toBe(2);
    expect(result.varS).toBeCloseTo(48 / 18, 12);
    expect(result.z).toBeCloseTo(1 / Math.sqrt(48 / 18), 12);
  });

  it('handles several tie groups: 2, 1, 2, 1, 3, 3', () => {
    // Of 15 pairs, 9 rise, 3 fall and 3 tie.
    const result = test([2, 1, 2, 1, 3, 3]);
    expect(result.s).toBe(9 - 3);
    // 6·5·17 = 510, minus three groups of two (2·1·9 = 18 each).
    expect(result.varS).toBeCloseTo((510 - 54) / 18, 12);
  });

  it('gives zero variance and Z = 0 when all values tie', () => {
    expect(test([5, 5, 5, 5, 5])).toEqual({ n: 5, s: 0, varS: 0, z: 0 });
  });

  it('gives Z = 0 for S = 0 even with variance', () => {
    const result = test([1, 3, 2, 2, 3, 1]);
    expect(result.s).toBe(0);
    expect(result.varS).toBeGreaterThan(0);
    expect(result.z).toBe(0);
  });

  it('handles empty and single-value input', () => {
    expect(test([])).toEqual({ n: 0, s: 0, varS: 0, z: 0 });
    expect(test([7])).toEqual({ n: 1, s: 0, varS: 0, z: 0 });
  });

  it('treats 0 and -0 as a tie', () => {
    expect(test([0, -0, 0])).toEqual({ n: 3, s: 0, varS: 0, z: 0 });
  });

  it('rejects non-finite values, naming the position', () => {
    expect(() => test([1, Number.NaN])).toThrow(InputError);
    expect(() => test([1, 2, Number.POSITIVE_INFINITY])).toThrow('value 3 (Infinity)');
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    test(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('trailingMannKendall', () => {
  it('is null before the window fills, then tests the present values of each window', () => {
    const results = trailingMannKendall([1, 2, null, 4, 3], 3);
    expect(results[0]).toBeNull();
    expect(results[1]).toBeNull();
    // rows 0..2: 1, 2
    expect(results[2]).toEqual({ n: 2, s: 1, varS: 1, z: 0 });
    // rows 1..3: 2, 4
    expect(results[3]).toEqual({ n: 2, s: 1, varS: 1, z: 0 });
    // rows 2..4: 4, 3
    expect(results[4]).toEqual({ n: 2, s: -1, varS: 1, z: 0 });
  });

  it('matches mannKendall on each full window of a long series', () => {
    const values = [5, 3, 8, 8, 1, 9, 2, 2, 7, 4, 6, 6, 0];
    const results = trailingMannKendall(values, 5);
    for (let row = 4; row < values.length; row++) {
      expect(results[row]).toEqual(mannKendall(values.slice(row - 4, row + 1)));
    }
  });

  it('with a window of 1 tests single values', () => {
    expect(trailingMannKendall([1, null], 1)).toEqual([
      { n: 1, s: 0, varS: 0, z: 0 },
      { n: 0, s: 0, varS: 0, z: 0 },
    ]);
  });

  it('gives all nulls when the series is shorter than the window', () => {
    expect(trailingMannKendall([1, 2, 3], 4)).toEqual([null, null, null]);
    expect(trailingMannKendall([], 4)).toEqual([]);
    expect(trailingMannKendall([1, 2], 2 ** 40)).toEqual([null, null]);
  });

  it('drops a tie group cleanly when its last member leaves', () => {
    const results = trailingMannKendall([2, 2, 1, 3, 4], 3);
    expect(results[2]).toEqual(mannKendall([2, 2, 1]));
    expect(results[3]).toEqual(mannKendall([2, 1, 3]));
    expect(results[4]).toEqual(mannKendall([1, 3, 4]));
  });

  it('rejects a window that is not a positive whole number', () => {
    expect(() => trailingMannKendall([1, 2], 0)).toThrow('window (0) must be a whole number');
    expect(() => trailingMannKendall([1, 2], 2.5)).toThrow(InputError);
  });

  it('rejects non-finite numbers (missing must be null)', () => {
    expect(() => trailingMannKendall([1, Number.NaN, 3], 2)).toThrow('row 2 (NaN)');
  });
});
