import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { targetProgress } from '../../src/core/progress';

describe('targetProgress', () => {
  it('is 0 at baseline, 1 at target, a share in between', () => {
    expect(targetProgress(0, 5, 0)).toBe(0);
    expect(targetProgress(5, 5, 0)).toBe(1);
    expect(targetProgress(2, 5, 0)).toBe(0.4);
    expect(targetProgress(110, 120, 100)).toBe(0.5);
  });

  it('is not clamped: beyond target over 1, backwards below 0', () => {
    expect(targetProgress(10, 5, 0)).toBe(2);
    expect(targetProgress(90, 120, 100)).toBe(-0.5);
  });

  it('works for lower-is-better when target < baseline', () => {
    // Churn from 8 % down to 4 %: 6 % is half way.
    expect(targetProgress(6, 4, 8)).toBe(0.5);
    expect(targetProgress(9, 4, 8)).toBe(-0.25);
    expect(Object.is(targetProgress(8, 4, 8), 0)).toBe(true); // not -0
  });

  it('refuses target = baseline with both values in the message', () => {
    expect(() => targetProgress(3, 12, 12)).toThrow(InputError);
    expect(() => targetProgress(3, 12, 12)).toThrow(
      'target (12) equals baseline (12); progress is undefined',
    );
  });

  it('refuses values so large the result overflows, naming them', () => {
    expect(() => targetProgress(1e308, 1e-300, -1e308)).toThrow(/too large/);
    expect(() => targetProgress(1e308, 1e-300, -1e308)).toThrow(/actual \(1e\+308\)/);
    // The span itself overflows: the result would silently be 0.
    expect(() => targetProgress(0, 1.5e308, -1.5e308)).toThrow(/too large/);
  });

  it('refuses non-finite input', () => {
    expect(() => targetProgress(Number.NaN, 5, 0)).toThrow('actual (NaN) must be a finite number');
    expect(() => targetProgress(1, Number.POSITIVE_INFINITY, 0)).toThrow('target (Infinity)');
  });
});
