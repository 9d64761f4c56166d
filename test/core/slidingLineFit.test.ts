import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detrendedLag1 } from '../../src/core/autocorrelation';
import { SlidingLineFit, SlidingRows } from '../../src/core/slidingLineFit';

/** Spread of the values about their least-squares line over positions 0, 1, 2, … */
function residualSpread(values: number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const residuals = values.map((y, x) => y - meanY - slope * (x - meanX));
  return Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / n);
}

function standardDeviation(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
}

describe('SlidingLineFit', () => {
  it('matches the from-scratch mean, spread and detrended r1 after any pushes and shifts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constant(null), // a shift
          ),
          { maxLength: 200 },
        ),
        fc.integer({ min: 3, max: 40 }),
        (steps, capacity) => {
          const fit = new SlidingLineFit(capacity);
          const kept: number[] = [];
          // Rounding is relative to the values the sums have seen, not only those still kept.
          let scale = 1;
          for (const step of steps) {
            if (step !== null) scale = Math.max(scale, Math.abs(step));
            if (step === null) {
              fit.shift();
              kept.shift();
            } else {
              fit.push(step);
              kept.push(step);
              if (kept.length > capacity) kept.shift();
            }
            expect(fit.count).toBe(kept.length);
            if (kept.length === 0) continue;
            const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
            expect(Math.abs(fit.mean() - mean)).toBeLessThanOrEqual(1e-9 * scale);
            if (kept.length >= 2) {
              const sd = standardDeviation(kept);
              expect(Math.abs(fit.standardDeviation() - sd)).toBeLessThanOrEqual(1e-6 * scale);
            }
            // r1 of the residuals is only well-conditioned when they are not tiny next to the
            // values the sums have seen (three points almost on a line of slope 1e6 are not).
            if (kept.length >= 3 && residualSpread(kept) > 1e-3 * scale) {
              expect(Math.abs(fit.detrendedLag1() - detrendedLag1(kept))).toBeLessThan(1e-6);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps its precision on a series far from 0 drifting over 100,000 values', () => {
    const fit = new SlidingLineFit(52);
    const values = Array.from({ length: 100_000 }, (_, i) => 1e9 + 50 * i + ((i * 7919) % 13));
    for (const value of values) fit.push(value);
    const last = values.slice(-52);
    expect(fit.detrendedLag1()).toBeCloseTo(detrendedLag1(last), 8);
    expect(fit.standardDeviation()).toBeCloseTo(standardDeviation(last), 6);
  });
});

describe('SlidingRows', () => {
  it('covers the present values of the rows asked for, skipping missing ones', () => {
    const series = Float64Array.from([1, Number.NaN, 3, 4, Number.NaN, 6, 7]);
    const rows = new SlidingRows(series, 5);
    expect(rows.moveTo(0, 3).count).toBe(2);
    expect(rows.moveTo(1, 6).mean()).toBeCloseTo((3 + 4 + 6) / 3, 12);
    expect(rows.moveTo(4, 7).count).toBe(2);
  });
});
