import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mannKendall,
  mannKendallBruteForce,
  trailingMannKendall,
} from '../../src/core/mannKendall';
import { presentValues } from '../../src/core/series';

// Small integers make ties common; doubles cover the general case.
const tiedValues = fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 80 });
const anyValues = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 80 });
const values = fc.oneof(tiedValues, anyValues);

describe('mannKendall properties', () => {
  it('equals the O(n²) brute force', () => {
    fc.assert(
      fc.property(values, (series) => {
        expect(mannKendall(series)).toEqual(mannKendallBruteForce(series));
      }),
      { numRuns: 500 },
    );
  });

  it('flips the sign of S and Z when the series is negated, keeping varS', () => {
    fc.assert(
      fc.property(values, (series) => {
        const result = mannKendall(series);
        const negated = mannKendall(series.map((v) => -v));
        expect(negated.s === -result.s).toBe(true);
        expect(negated.z === -result.z).toBe(true);
        expect(negated.varS).toBe(result.varS);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps |S| within the number of untied pairs and varS >= 0', () => {
    fc.assert(
      fc.property(values, (series) => {
        const { n, s, varS } = mannKendall(series);
        expect(Math.abs(s)).toBeLessThanOrEqual((n * (n - 1)) / 2);
        expect(varS).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('trailingMannKendall properties', () => {
  const rows = fc.array(fc.option(fc.integer({ min: -4, max: 4 }), { nil: null, freq: 4 }), {
    maxLength: 60,
  });

  it('equals the brute force on the present values of every trailing window', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 15 }), (series, window) => {
        const results = trailingMannKendall(series, window);
        expect(results).toHaveLength(series.length);
        series.forEach((_, row) => {
          if (row < window - 1) {
            expect(results[row]).toBeNull();
          } else {
            const inWindow = presentValues(series.slice(row - window + 1, row + 1));
            expect(results[row]).toEqual(mannKendallBruteForce(inWindow));
          }
        });
      }),
      { numRuns: 400 },
    );
  });
});
