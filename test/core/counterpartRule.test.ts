import { describe, expect, it } from 'vitest';
import { parseCounterpartRule } from '../../src/core/counterpartRule';
import { parseTrendMethod } from '../../src/core/trendMethod';

describe('parseCounterpartRule', () => {
  it.each([
    ['up', 'up'],
    ['Higher', 'up'],
    [1, 'up'],
    ['DOWN', 'down'],
    [' lower ', 'down'],
    [-1, 'down'],
    ['pace', 'pace'],
    [' Pace', 'pace'],
  ] as const)('reads %j as %s', (input, rule) => {
    expect(parseCounterpartRule(input)).toBe(rule);
  });

  it.each(['', 'keep pace', 'sideways', 0, 2, '1', null, undefined, true])(
    'rejects %j',
    (input) => {
      expect(parseCounterpartRule(input)).toBeNull();
    },
  );
});

describe('parseTrendMethod', () => {
  it('reads auto and classic in any case', () => {
    expect(parseTrendMethod(' AUTO ')).toBe('auto');
    expect(parseTrendMethod('Classic')).toBe('classic');
    expect(parseTrendMethod('hamed-rao')).toBeNull();
    expect(parseTrendMethod(1)).toBeNull();
  });
});
