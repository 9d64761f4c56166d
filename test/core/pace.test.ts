import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { targetPace } from '../../src/core/pace';

const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);
const end = start + 100 * DAY;
const pace = (progress: number, asOfDay: number, tolerance = 0.1) =>
  targetPace({ progress, start, end, asOf: start + asOfDay * DAY, tolerance });

describe('targetPace', () => {
  it('is NOT STARTED before the start, whatever the progress', () => {
    expect(pace(0, -1)).toBe('NOT STARTED');
    expect(pace(2, -0.5)).toBe('NOT STARTED');
  });

  it('is ACHIEVED at progress 1 or more, even after the end', () => {
    expect(pace(1, 0)).toBe('ACHIEVED');
    expect(pace(1.2, 50)).toBe('ACHIEVED');
    expect(pace(1, 100)).toBe('ACHIEVED');
    expect(pace(1, 150)).toBe('ACHIEVED');
  });

  it('keeps the whole end day in the period: expected share 1 there, MISSED only after it', () => {
    // end is the end date at midnight; any time on that day still belongs to the period.
    expect(pace(0.95, 100)).toBe('ON TRACK');
    expect(pace(0.85, 100.99)).toBe('AT RISK');
    expect(pace(0.5, 100.5)).toBe('OFF TRACK');
    expect(pace(0.99, 101)).toBe('MISSED');
    expect(pace(0.5, 200)).toBe('MISSED');
  });

  it('compares the gap between time elapsed and progress to the tolerance', () => {
    // Day 50: expected 0.5.
    expect(pace(0.5, 50)).toBe('ON TRACK');
    expect(pace(0.4, 50)).toBe('ON TRACK'); // gap 0.1 = tolerance
    expect(pace(0.35, 50)).toBe('AT RISK');
    expect(pace(0.3, 50)).toBe('AT RISK'); // gap 0.2 = 2 · tolerance
    expect(pace(0.29, 50)).toBe('OFF TRACK');
    expect(pace(-0.5, 50)).toBe('OFF TRACK');
  });

  it('is ON TRACK at the start with no progress', () => {
    expect(pace(0, 0)).toBe('ON TRACK');
  });

  it('with tolerance 0 is ON TRACK only when at or ahead of pace', () => {
    expect(pace(0.5, 50, 0)).toBe('ON TRACK');
    expect(pace(0.499, 50, 0)).toBe('OFF TRACK');
  });

  it('rejects an end not after the start', () => {
    expect(() =>
      targetPace({ progress: 0, start, end: start, asOf: start, tolerance: 0.1 }),
    ).toThrow('end date must be after start date');
    expect(() =>
      targetPace({ progress: 0, start, end: start - DAY, asOf: start, tolerance: 0.1 }),
    ).toThrow(InputError);
  });

  it('rejects a negative tolerance', () => {
    expect(() => pace(0.5, 50, -0.1)).toThrow('tolerance (-0.1) must be 0 or more');
  });

  it('rejects non-finite input', () => {
    expect(() => pace(Number.NaN, 50)).toThrow('progress (NaN) must be a finite number');
    expect(() => pace(0.5, 50, Number.NaN)).toThrow(InputError);
  });
});
