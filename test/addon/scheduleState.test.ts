// The schedule's small pieces of state, directly: where a resumed run starts, and how the
// STALE count moves from run to run.
import { describe, expect, it } from 'vitest';
import { orderFrom } from '../../src/addon/schedule/cursor';
import { isStale, nextStaleState } from '../../src/addon/schedule/staleState';

const jobs = ['a', 'b', 'c', 'd'].map((key) => ({ key }));

describe('where a run starts', () => {
  it('at the column the last run did not reach, going round to the ones before it', () => {
    expect(orderFrom(jobs, 'c').map((j) => j.key)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('at the top when there is no cursor, or its column is no longer marked', () => {
    expect(orderFrom(jobs, null).map((j) => j.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(orderFrom(jobs, 'gone').map((j) => j.key)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the STALE count', () => {
  const runs = (...latest: (string | null)[]) =>
    latest.reduce<ReturnType<typeof nextStaleState> | null>(
      (state, seen) => nextStaleState(state, seen),
      null,
    );

  it('counts the runs after the first that saw the same latest row and value', () => {
    expect(runs('12|5', '12|5', '12|5')).toMatchObject({ unchanged: 2 });
    expect(isStale(runs('12|5', '12|5', '12|5'), 2)).toBe(true);
    expect(isStale(runs('12|5', '12|5'), 2)).toBe(false);
  });

  it('starts again on a new row, even with the same value, and on an edit', () => {
    expect(runs('12|5', '12|5', '13|5')).toMatchObject({ unchanged: 0 });
    expect(runs('12|5', '12|5', '12|6')).toMatchObject({ unchanged: 0 });
  });

  it('never calls an empty column stale', () => {
    expect(isStale(runs(null, null, null, null), 1)).toBe(false);
  });
});
