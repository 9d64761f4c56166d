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

describe('KPI_TREND method', () => {
  // Long swings without a trend: the classic test calls them a trend, auto does not.
  const swings = column(
    Array.from({ length: 30 }, (_, i) => Math.sin(i / 6) + 0.3 * Math.sin(i * 2.1)),
  );

  it('is "auto" by default, "classic" on request, in any case', () => {
    expect(KPI_TREND(swings)).toBe('STABLE');
    expect(KPI_TREND(swings, 'up', '', 'auto')).toBe('STABLE');
    expect(KPI_TREND(swings, 'up', '', 'Classic')).toBe('WORSENING');
  });

  it('reads the persistence from rows before a window, not only the window', () => {
    // Ten values alone are too few to measure persistence; the 20 rows before them show it.
    expect(KPI_TREND(swings, 'up', 10, 'classic')).toBe('WORSENING');
    expect(KPI_TREND(swings, 'up', 10)).toBe('STABLE');
    expect(KPI_TREND(swings.slice(-10), 'up', 10)).toBe('WORSENING');
  });

  it('explains a wrong method', () => {
    expect(() => KPI_TREND(swings, 'up', '', 'fast')).toThrow(
      /^KPI_TREND: method must be "auto" .* or "classic" .*, got "fast"/,
    );
    expect(() => KPI_HEALTH(swings, 'up', '', '', 12, 'x')).not.toThrow();
  });
});

describe('KPI_ISOLATION', () => {
  // 30 weeks: 15 calm, then weight pushed up while the nail count falls.
  const wobble = (week: number) => [0.3, -0.5, 0.1, 0.6, -0.2, -0.7, 0.4][week % 7];
  const pushed = (week: number) => Math.max(0, week - 14);
  const weight = column(Array.from({ length: 30 }, (_, w) => 10 + wobble(w) + 0.5 * pushed(w)));
  const nails = column(Array.from({ length: 30 }, (_, w) => 100 + wobble(w + 3) - 0.5 * pushed(w)));
  const leads = column(Array.from({ length: 30 }, (_, w) => 100 + 10 * wobble(w) + 5 * pushed(w)));
  const customers = column(Array.from({ length: 30 }, (_, w) => 10 + wobble(w + 2)));
  const blank = column(new Array(30).fill(''));

  it('flags the nail factory: weight up, nail count down', () => {
    const flags = KPI_ISOLATION(weight, nails, 'up', 'up') as unknown[][];
    expect(flags).toHaveLength(30);
    expect(flags.slice(0, 9).every(([f]) => f === '')).toBe(true);
    expect(flags.slice(9, 15).every(([f]) => f === false)).toBe(true);
    expect(flags[29]).toEqual([true]);
  });

  it('takes one rule per counterpart column as a row, "pace" among them', () => {
    const both = customers.map((row, i) => [row[0], nails[i][0]]);
    const flags = KPI_ISOLATION(leads, both, 'up', [['pace', 'down']]) as unknown[][];
    expect(flags[29]).toEqual([true]);
    expect(KPI_ISOLATION(leads, customers, 'up', 'PACE', 12, 'classic')).toContainEqual([true]);
  });

  it('answers FALSE, not TRUE, for a blank counterpart column: missing data is not gaming', () => {
    const flags = KPI_ISOLATION(weight, blank) as unknown[][];
    expect(flags.flat()).not.toContain(true);
    expect(flags[29]).toEqual([false]);
  });

  it('leaves every row blank while the KPI has too little history, however large the window', () => {
    const short = weight.slice(0, 8);
    expect(KPI_ISOLATION(short, nails.slice(0, 8))).toEqual(column(new Array(8).fill('')));
    expect(KPI_ISOLATION(weight, nails, 'up', 'up', 1e308)).toHaveLength(30);
  });

  it('names the shapes when counterparts do not line up', () => {
    expect(() => KPI_ISOLATION(weight, nails.slice(1))).toThrow(
      'KPI_ISOLATION: kpi is 30×1 but counterparts is 29×1; give counterparts the same rows as kpi',
    );
    expect(() => KPI_ISOLATION(weight, nails, 'up', [['up', 'down']])).toThrow(
      /^KPI_ISOLATION: counterpart_direction has 2 rules but counterparts has 1 columns/,
    );
    expect(() => KPI_ISOLATION([[1, 2]], [[1]])).toThrow(
      'KPI_ISOLATION: kpi must be one column, got 1×2',
    );
  });

  it('explains a wrong rule, "pace" with a "down" KPI, and a wrong method', () => {
    expect(() => KPI_ISOLATION(weight, nails, 'up', 'sideways')).toThrow(
      /^KPI_ISOLATION: counterpart_direction must be "up" or "down" .* or "pace" .*, got "sideways"/,
    );
    expect(() => KPI_ISOLATION(weight, nails, 'down', 'pace')).toThrow(
      /^KPI_ISOLATION: counterpart_direction "pace" needs kpi_direction "up"/,
    );
    expect(() => KPI_ISOLATION(weight, nails, 'up', 'up', 3)).toThrow(
      /^KPI_ISOLATION: window \(3\) must be a whole number of at least 4/,
    );
    expect(() => KPI_ISOLATION(weight, nails, 'up', 'up', 12, 'magic')).toThrow(
      /^KPI_ISOLATION: method must be "auto"/,
    );
  });
});
