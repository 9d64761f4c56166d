import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/table';

const { KPI_TREND, KPI_HEALTH, KPI_ISOLATION } = customFunctions;
const column = (values: unknown[]) => values.map((v) => [v]);
const rising = column([1, 2, 3, 4, 5, 6, 7, 8]);
const falling = column([8, 7, 6, 5, 4, 3, 2, 1]);

describe('KPI_TREND', () => {
  it('reads the direction: a rising series improves "up" and worsens "down"', () => {
    expect(KPI_TREND(rising)).toBe('IMPROVING');
    expect(KPI_TREND(rising, 'DOWN')).toBe('WORSENING');
    expect(KPI_TREND(rising, -1)).toBe('WORSENING');
    expect(KPI_TREND(falling, 'lower')).toBe('IMPROVING');
  });

  it('skips blanks and text, and needs 4 present values', () => {
    expect(KPI_TREND(column([1, '', 'x', 2, 3]))).toBe('INSUFFICIENT DATA');
    expect(KPI_TREND(column([1, '', 'x', 2, 3, true, 4]))).toBe('IMPROVING');
  });

  it('looks at the last `window` present values only', () => {
    const turned = column([1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4]);
    expect(KPI_TREND(turned, 'up', 5)).toBe('WORSENING');
  });

  it('answers one cell per column', () => {
    const grid = rising.map((row, i) => [row[0], falling[i][0], 5]);
    expect(KPI_TREND(grid)).toEqual([['IMPROVING', 'WORSENING', 'STABLE']]);
  });

  it('explains bad arguments', () => {
    expect(() => KPI_TREND(rising, 'sideways')).toThrow(
      'KPI_TREND: direction must be "up" or "down" (or 1 / -1), got "sideways"',
    );
    expect(() => KPI_TREND(rising, [['up', 'down']])).toThrow(
      'KPI_TREND: direction must be "up" or "down" (or 1 / -1), got a 1×2 range; give a single value',
    );
    expect(() => KPI_TREND(rising, 'up', 2)).toThrow(
      /^KPI_TREND: window \(2\) must be a whole number of at least 4/,
    );
  });
});

describe('KPI_HEALTH', () => {
  it('is UNHEALTHY outside the band, HEALTHY well inside', () => {
    expect(KPI_HEALTH(column([100, 101, 99, 100, 130]), 'up', 90, 120)).toBe('UNHEALTHY');
    expect(KPI_HEALTH(column([100, 101, 99, 100, 105]), 'up', 90, 120)).toBe('HEALTHY');
  });

  it('is WATCH near an edge of the band', () => {
    expect(KPI_HEALTH(column([100, 101, 99, 100, 91]), 'up', 90, 120)).toBe('WATCH');
  });

  it('is WATCH inside the band while worsening', () => {
    expect(KPI_HEALTH(column([110, 109, 108, 107, 106, 105]), 'up', 90, 120)).toBe('WATCH');
  });

  it('says NO DATA for an empty column and answers per column', () => {
    expect(KPI_HEALTH(column(['', '']))).toBe('NO DATA');
    expect(
      KPI_HEALTH([
        [1, ''],
        [2, ''],
      ]),
    ).toEqual([['HEALTHY', 'NO DATA']]);
  });

  it('refuses a band whose min is above its max', () => {
    expect(() => KPI_HEALTH(rising, 'up', 120, 90)).toThrow(
      'KPI_HEALTH: healthy_min (120) is above healthy_max (90); swap them',
    );
  });
});

describe('KPI_ISOLATION', () => {
  const weight = column([10, 10, 10, 10, 11, 12, 13, 14, 15, 16]);
  const nails = column([100, 101, 99, 100, 90, 80, 70, 60, 50, 40]);

  it('flags the nail factory once the window fills: weight up, nail count down', () => {
    const flags = KPI_ISOLATION(weight, nails, 'up', 'up', 4) as unknown[][];
    expect(flags).toHaveLength(10);
    expect(flags.slice(0, 3)).toEqual([[''], [''], ['']]);
    expect(flags[9]).toEqual([true]);
  });

  it('takes one direction per counterpart column as a row', () => {
    const cost = column([5, 5, 5, 5, 4, 3, 2, 1, 1, 1]);
    const both = nails.map((row, i) => [row[0], cost[i][0]]);
    const flags = KPI_ISOLATION(weight, both, 'up', [['up', 'down']], 4) as unknown[][];
    expect(flags[9]).toEqual([true]);
  });

  it('leaves every row blank while no window is full, however large the window', () => {
    expect(KPI_ISOLATION(weight, nails, 'up', 'up', 11)).toEqual(column(new Array(10).fill('')));
    expect(KPI_ISOLATION(weight, nails, 'up', 'up', 1e308)).toEqual(column(new Array(10).fill('')));
  });

  it('names the shapes when counterparts do not line up', () => {
    expect(() => KPI_ISOLATION(weight, nails.slice(1))).toThrow(
      'KPI_ISOLATION: kpi is 10×1 but counterparts is 9×1; give counterparts the same rows as kpi',
    );
    expect(() => KPI_ISOLATION(weight, nails, 'up', [['up', 'down']])).toThrow(
      /^KPI_ISOLATION: counterpart_direction has 2 directions but counterparts has 1 columns/,
    );
    expect(() => KPI_ISOLATION([[1, 2]], [[1]])).toThrow(
      'KPI_ISOLATION: kpi must be one column, got 1×2',
    );
  });
});
