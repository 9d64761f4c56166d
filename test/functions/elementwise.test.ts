import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/table';

const { TARGET_PROGRESS, TARGET_PACE } = customFunctions;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('TARGET_PROGRESS', () => {
  it('answers a single cell with a single value', () => {
    expect(TARGET_PROGRESS(3, 5)).toBe(0.6);
    expect(TARGET_PROGRESS(60, 50, 80)).toBeCloseTo(2 / 3, 12);
  });

  it('keeps the shape of the actual range and leaves blanks blank', () => {
    expect(TARGET_PROGRESS([[1], [''], ['n/a'], [5]], 5)).toEqual([[0.2], [''], [''], [1]]);
  });

  it('is not clamped: beyond the target is over 1, going backwards is below 0', () => {
    expect(TARGET_PROGRESS([[7], [-1]], 5)).toEqual([[1.4], [-0.2]]);
  });

  it('handles lower-is-better targets (target below baseline)', () => {
    expect(TARGET_PROGRESS(90, 80, 100)).toBeCloseTo(0.5, 12);
  });

  it('broadcasts a row of targets over a column of actuals', () => {
    expect(TARGET_PROGRESS([[1], [2]], [[2, 4]])).toEqual([
      [0.5, 0.25],
      [1, 0.5],
    ]);
  });

  it('pairs ranges of the same shape element-wise', () => {
    expect(TARGET_PROGRESS([[1], [3]], [[2], [6]], [[0], [0]])).toEqual([[0.5], [0.5]]);
  });

  it('names both shapes when they cannot broadcast', () => {
    expect(() => TARGET_PROGRESS([[1], [2], [3]], [[1], [2]])).toThrow(
      'TARGET_PROGRESS: actual is 3×1 but target is 2×1; give ranges of the same size, or a single value',
    );
  });

  it('refuses a target equal to the baseline, naming both', () => {
    expect(() => TARGET_PROGRESS(3, 12, 12)).toThrow(
      'TARGET_PROGRESS: target (12) equals baseline (12); progress is undefined',
    );
  });

  it('says which target cell is wrong', () => {
    expect(() => TARGET_PROGRESS([[1], [2]], [[5], ['five']])).toThrow(
      'TARGET_PROGRESS: target in row 2 must be a number, got "five"',
    );
    expect(() => TARGET_PROGRESS(1, '')).toThrow(
      'TARGET_PROGRESS: target is blank; enter a number',
    );
  });

  it('gives a named error instead of Infinity on overflow', () => {
    expect(() => TARGET_PROGRESS(1e308, 1e-308, -1e308)).toThrow(/^TARGET_PROGRESS: /);
  });
});

describe('TARGET_PACE', () => {
  const start = day('2026-01-01');
  const end = day('2026-12-31');

  it('walks through the statuses of DESIGN.md', () => {
    expect(TARGET_PACE(0, 5, 0, start, end, day('2025-12-01'))).toBe('NOT STARTED');
    expect(TARGET_PACE(5, 5, 0, start, end, day('2026-03-01'))).toBe('ACHIEVED');
    // The end date belongs to the period: judged against the whole target there, MISSED the day after.
    expect(TARGET_PACE(4.6, 5, 0, start, end, end)).toBe('ON TRACK');
    expect(TARGET_PACE(4, 5, 0, start, end, end)).toBe('AT RISK');
    expect(TARGET_PACE(4, 5, 0, start, end, day('2027-01-01'))).toBe('MISSED');
    // Half the year gone: progress 0.5 on track, 0.35 at risk, 0.2 off track.
    const mid = day('2026-07-02');
    expect(TARGET_PACE(2.5, 5, 0, start, end, mid)).toBe('ON TRACK');
    expect(TARGET_PACE(1.75, 5, 0, start, end, mid)).toBe('AT RISK');
    expect(TARGET_PACE(1, 5, 0, start, end, mid)).toBe('OFF TRACK');
  });

  it('uses the tolerance', () => {
    const mid = day('2026-07-02');
    expect(TARGET_PACE(1.75, 5, 0, start, end, mid, 0.2)).toBe('ON TRACK');
    // Progress 0.48 against 0.5 expected: a gap of 0.02.
    expect(TARGET_PACE(2.4, 5, 0, start, end, mid, 0.015)).toBe('AT RISK');
    expect(TARGET_PACE(2.4, 5, 0, start, end, mid, 0)).toBe('OFF TRACK');
  });

  it('accepts Sheets date serial numbers and ISO text for dates', () => {
    // 46023 is 2026-01-01 and 46387 is 2026-12-31 as Sheets serials.
    expect(TARGET_PACE(2.5, 5, 0, 46023, 46387, '2026-07-02')).toBe('ON TRACK');
  });

  it('is element-wise over a column of actuals', () => {
    const mid = day('2026-07-02');
    expect(TARGET_PACE([[1], [''], [2.5]], 5, 0, start, end, mid)).toEqual([
      ['OFF TRACK'],
      [''],
      ['ON TRACK'],
    ]);
  });

  it('explains bad dates and tolerances', () => {
    expect(() => TARGET_PACE(1, 5, 0, 'soon', end)).toThrow(
      'TARGET_PACE: start_date must be a date, got "soon"',
    );
    expect(() => TARGET_PACE(1, 5, 0, end, start, end)).toThrow(/^TARGET_PACE: .*end/);
    expect(() => TARGET_PACE(1, 5, 0, start, end, end, -1)).toThrow(
      'TARGET_PACE: tolerance (-1) must be 0 or more, e.g. 0.1 for 10 %',
    );
    expect(() => TARGET_PACE(1, 5, undefined, start, end)).toThrow(
      'TARGET_PACE: baseline is blank; enter a number',
    );
  });
});
