import { describe, expect, it } from 'vitest';
import { parseDirection } from '../../src/core/direction';

describe('parseDirection', () => {
  it.each([
    ['up', 1],
    ['UP', 1],
    [' Higher ', 1],
    ['higher', 1],
    [1, 1],
    ['down', -1],
    ['Down', -1],
    ['  LOWER', -1],
    [-1, -1],
  ] as const)('reads %j as %d', (input, expected) => {
    expect(parseDirection(input)).toBe(expected);
  });

  it.each([
    '',
    'upward',
    'better',
    '1',
    '-1',
    0,
    2,
    0.5,
    -2,
    Number.NaN,
    true,
    false,
    null,
    undefined,
    new Date(0),
    {},
    ['up'],
  ])('rejects %j', (input) => {
    expect(parseDirection(input)).toBeNull();
  });
});
