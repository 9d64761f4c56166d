import { describe, expect, it } from 'vitest';
import {
  detrendedLag1,
  estimateAr1,
  estimateAr1Pieces,
  MAX_AUTOCORRELATION,
} from '../../src/core/autocorrelation';
import { meanVarianceFactor } from '../../src/core/shiftEvidence';
import { hamedRaoFactor } from '../../src/core/varianceInflation';

describe('detrendedLag1', () => {
  it('is about -1 for values that alternate around a line', () => {
    const alternating = Array.from({ length: 20 }, (_, i) => 3 * i + (i % 2 ? 1 : -1));
    expect(detrendedLag1(alternating)).toBeLessThan(-0.9);
  });

  it('does not read a straight trend as persistence', () => {
    expect(detrendedLag1([1, 2, 3, 4, 5, 6, 7, 8])).toBe(0); // no residual spread at all
    // A steep trend plus the same wobble as without it: the trend adds nothing.
    const wobble = [0.3, -0.5, 0.1, 0.6, -0.2, -0.7, 0.4, 0.2, -0.4, 0.5, -0.1, -0.6];
    const trending = wobble.map((v, i) => 100 * i + v);
    expect(detrendedLag1(trending)).toBeCloseTo(detrendedLag1(wobble), 9);
    expect(detrendedLag1(trending)).toBeLessThan(0);
  });

  it('reads a slow wave as positive persistence', () => {
    const wave = Array.from({ length: 40 }, (_, i) => Math.sin(i / 4));
    expect(detrendedLag1(wave)).toBeGreaterThan(0.8);
  });

  it('looks only at values[from..to)', () => {
    const values = [100, -100, 1, 2, 3, 2, 1, 2, 3, 2];
    expect(detrendedLag1(values, 2)).toBe(detrendedLag1(values.slice(2)));
  });
});

describe('estimateAr1', () => {
  it('gives 0 with fewer than 12 values: too few to tell', () => {
    const wave = Array.from({ length: 11 }, (_, i) => Math.sin(i / 4));
    expect(estimateAr1(wave)).toBe(0);
  });

  it('corrects the bias: (n·r1 + 2)/(n − 6), clamped to [0, MAX_AUTOCORRELATION]', () => {
    const values = [0.3, -0.5, 0.1, 0.6, -0.2, -0.7, 0.4, 0.2, -0.4, 0.5, -0.1, -0.6, 0.7, 0.2];
    const n = values.length;
    const raw = detrendedLag1(values);
    expect(estimateAr1(values)).toBe(
      Math.min(MAX_AUTOCORRELATION, Math.max(0, (n * raw + 2) / (n - 6))),
    );
    const wave = Array.from({ length: 40 }, (_, i) => Math.sin(i / 4));
    expect(estimateAr1(wave)).toBe(MAX_AUTOCORRELATION);
    const alternating = Array.from({ length: 20 }, (_, i) => (i % 2 ? 1 : -1));
    expect(estimateAr1(alternating)).toBe(0);
  });

  it('from pieces, detrends each piece on its own', () => {
    // Two straight pieces with a kink between them: one line would leave a wave.
    const first = [0, 1.1, 1.9, 3.05, 4, 4.9];
    const second = [5, 3.1, 0.9, -1, -3.05, -5, -7.1];
    expect(estimateAr1Pieces([first, second])).toBeLessThan(0.2);
    expect(estimateAr1([...first, ...second])).toBeGreaterThan(0.5);
  });
});

describe('hamedRaoFactor', () => {
  it('is 1 without persistence', () => {
    expect(hamedRaoFactor(52, 0)).toBe(1);
    expect(hamedRaoFactor(2, 0.5)).toBe(1);
  });

  it("matches Hamed & Rao's sum by hand for n = 4, φ = 0.5", () => {
    // Only k = 1 contributes: (3·2·1)·(6/π)·asin(0.25); factor 1 + 2·that/(4·3·2).
    const expected = 1 + (2 * 6 * (6 / Math.PI) * Math.asin(0.25)) / 24;
    expect(hamedRaoFactor(4, 0.5)).toBeCloseTo(expected, 14);
  });

  it('grows with φ and with n toward the long-run factor', () => {
    expect(hamedRaoFactor(52, 0.3)).toBeLessThan(hamedRaoFactor(52, 0.5));
    expect(hamedRaoFactor(26, 0.5)).toBeLessThan(hamedRaoFactor(520, 0.5));
    // Large n: 1 + 2 Σ (6/π) asin(φ^k / 2) ≈ 2.9 for φ = 0.5.
    let limit = 1;
    for (let k = 1; k < 60; k++) limit += 2 * (6 / Math.PI) * Math.asin(0.5 ** k / 2);
    expect(hamedRaoFactor(100_000, 0.5)).toBeCloseTo(limit, 3);
  });
});

describe('meanVarianceFactor', () => {
  it('equals 1 + 2 Σ_{k<m} (1 − k/m) φ^k, summed term by term', () => {
    for (const phi of [0, 0.1, 0.3, 0.6, 0.9]) {
      for (const m of [1, 2, 3, 7, 52, 500]) {
        let sum = 0;
        for (let k = 1; k < m; k++) sum += (1 - k / m) * phi ** k;
        expect(meanVarianceFactor(m, phi)).toBeCloseTo(1 + 2 * sum, 10);
      }
    }
  });
});
