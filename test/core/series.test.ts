import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { presentValues, toNumberOrNull } from '../../src/core/series';

describe('toNumberOrNull', () => {
  it('keeps finite numbers, including 0 and negatives', () => {
    expect(toNumberOrNull(3.5)).toBe(3.5);
    expect(toNumberOrNull(0)).toBe(0);
    expect(toNumberOrNull(-12)).toBe(-12);
  });

  it('turns a Date into epoch milliseconds', () => {
    expect(toNumberOrNull(new Date(Date.UTC(2024, 0, 1)))).toBe(1704067200000);
  });

  it('reads a Date made in another realm (as node:vm does)', () => {
    const foreign: unknown = runInNewContext('new Date(86400000)');
    expect(foreign instanceof Date).toBe(false);
    expect(toNumberOrNull(foreign)).toBe(86400000);
  });

  it.each([
    ['blank', ''],
    ['text', 'abc'],
    ['numeric-looking text', '12'],
    ['true', true],
    ['false', false],
    ['null', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['an Error', new Error('#N/A')],
    ['an invalid Date', new Date(Number.NaN)],
    ['an array', [1]],
  ])('treats %s as missing', (_label, cell) => {
    expect(toNumberOrNull(cell)).toBeNull();
  });
});

describe('presentValues', () => {
  it('skips missing cells and keeps the order', () => {
    expect(presentValues([3, '', 'x', 1, null, true, 2, Number.NaN, new Date(5)])).toEqual([
      3, 1, 2, 5,
    ]);
  });

  it('gives an empty list when nothing is present', () => {
    expect(presentValues([])).toEqual([]);
    expect(presentValues(['', 'n/a', false])).toEqual([]);
  });
});
