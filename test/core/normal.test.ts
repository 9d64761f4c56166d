import { describe, expect, it } from 'vitest';
import { erfc, twoSidedPValue } from '../../src/core/normal';

// erfc from scipy.special.erfc (double precision).
const SCIPY_ERFC: readonly [number, number][] = [
  [0, 1],
  [0.1, 0.8875370839817152],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028516],
  [1.5, 0.03389485352468927],
  [1.99, 0.004888586800383002],
  [2, 0.004677734981047266],
  [2.01, 0.004475150644751764],
  [3, 2.2090496998585445e-5],
  [5, 1.5374597944280347e-12],
  [10, 2.0884875837625446e-45],
  [20, 5.395865611607901e-176],
  [26, 5.663192408856145e-296],
];

describe('erfc', () => {
  it.each(SCIPY_ERFC)('erfc(%d) matches scipy to 1e-12 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('is 2 − erfc(−x) for negative x', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028516, 15);
  });

  it('underflows to 0 far in the tail and keeps NaN', () => {
    expect(erfc(40)).toBe(0);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe('twoSidedPValue', () => {
  it('gives the familiar thresholds', () => {
    expect(twoSidedPValue(0)).toBe(1);
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(-1.6448536269514722)).toBeCloseTo(0.1, 14);
  });
});
