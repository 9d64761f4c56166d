import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { kpiHealth } from '../../src/core/health';

const band = { min: 90, max: 120 }; // margin 3

describe('kpiHealth', () => {
  it('gives NO DATA without values', () => {
    expect(kpiHealth([], 1, band, 12)).toBe('NO DATA');
    expect(kpiHealth([], 1, {}, 12)).toBe('NO DATA');
  });

  it('is UNHEALTHY when the latest value is outside the band', () => {
    expect(kpiHealth([100, 130], 1, band, 12)).toBe('UNHEALTHY');
    expect(kpiHealth([100, 80], 1, band, 12)).toBe('UNHEALTHY');
    expect(kpiHealth([89.99], 1, band, 12)).toBe('UNHEALTHY');
  });

  it('is HEALTHY inside the band, away from the edges, with no worsening trend', () => {
    expect(kpiHealth([100, 105, 104], 1, band, 12)).toBe('HEALTHY');
    expect(kpiHealth([105], -1, band, 12)).toBe('HEALTHY');
  });

  it('is WATCH within 10 % of the width of either edge, inclusive', () => {
    expect(kpiHealth([93], 1, band, 12)).toBe('WATCH');
    expect(kpiHealth([93.01], 1, band, 12)).toBe('HEALTHY');
    expect(kpiHealth([117], 1, band, 12)).toBe('WATCH');
    expect(kpiHealth([116.99], 1, band, 12)).toBe('HEALTHY');
    // Both edges count whatever the direction: leaving either way is unhealthy.
    expect(kpiHealth([119], -1, band, 12)).toBe('WATCH');
    expect(kpiHealth([90], -1, band, 12)).toBe('WATCH');
  });

  it('with one edge uses 10 % of |edge| as the margin', () => {
    expect(kpiHealth([105], 1, { min: 100 }, 12)).toBe('WATCH');
    expect(kpiHealth([110.5], 1, { min: 100 }, 12)).toBe('HEALTHY');
    expect(kpiHealth([-95], 1, { max: -100 }, 12)).toBe('UNHEALTHY');
    expect(kpiHealth([-105], 1, { max: -100 }, 12)).toBe('WATCH');
    expect(kpiHealth([-111], 1, { max: -100 }, 12)).toBe('HEALTHY');
    expect(kpiHealth([45], -1, { max: 50 }, 12)).toBe('WATCH');
  });

  it('with one edge at 0 is WATCH only on the edge itself', () => {
    expect(kpiHealth([0], 1, { min: 0 }, 12)).toBe('WATCH');
    expect(kpiHealth([0.01], 1, { min: 0 }, 12)).toBe('HEALTHY');
  });

  it('is WATCH inside the band while the trend over the window is worsening', () => {
    const falling = [110, 108, 106, 104, 102, 100];
    expect(kpiHealth(falling, 1, band, 12)).toBe('WATCH');
    expect(kpiHealth(falling, -1, band, 12)).toBe('HEALTHY');
    // Over the last 3 values there is too little data for a trend.
    expect(kpiHealth(falling, 1, band, 3)).toBe('HEALTHY');
  });

  it('without a band is WATCH when worsening, else HEALTHY', () => {
    expect(kpiHealth([5, 4, 3, 2, 1], 1, {}, 12)).toBe('WATCH');
    expect(kpiHealth([5, 4, 3, 2, 1], -1, {}, 12)).toBe('HEALTHY');
    expect(kpiHealth([1], 1, {}, 12)).toBe('HEALTHY');
  });

  it('treats min = max as a band of one value', () => {
    expect(kpiHealth([5], 1, { min: 5, max: 5 }, 12)).toBe('WATCH');
    expect(kpiHealth([5.1], 1, { min: 5, max: 5 }, 12)).toBe('UNHEALTHY');
  });

  it('rejects min above max, saying what to do', () => {
    expect(() => kpiHealth([100], 1, { min: 120, max: 90 }, 12)).toThrow(InputError);
    expect(() => kpiHealth([100], 1, { min: 120, max: 90 }, 12)).toThrow(
      'healthy_min (120) is above healthy_max (90); swap them',
    );
    // Even without data: the arguments are wrong either way.
    expect(() => kpiHealth([], 1, { min: 120, max: 90 }, 12)).toThrow(InputError);
  });

  it('rejects a non-finite edge', () => {
    expect(() => kpiHealth([1], 1, { min: Number.NaN }, 12)).toThrow('healthy_min (NaN)');
  });
});

describe('kpiHealth trend method', () => {
  // Persistent swings without a trend, ending on a downswing, well inside the band.
  const swings = Array.from(
    { length: 40 },
    (_, i) => 100 + 5 * Math.sin(i / 6) + Math.sin(i * 2.1),
  );

  it('reads the trend with the persistence correction by default', () => {
    const recent = swings.slice(0, 29);
    expect(kpiHealth(recent, 1, band, 12, 'classic')).toBe('WATCH');
    expect(kpiHealth(recent, 1, band, 12)).toBe('HEALTHY');
  });
});
