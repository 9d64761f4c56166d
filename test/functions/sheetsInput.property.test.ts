// Random Sheets-like input (numbers, blanks, text, booleans, Dates, huge values, mismatched
// shapes) must give only valid cells or an error that names the function.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, customFunctions } from '../../src/functions/table';

const cell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -100, max: 100 }),
  fc.constantFrom('', 'abc', 'up', 'down', '#N/A', 'UP', 'lower', '1e400', '30', '$42,820'),
  fc.constantFrom('01/01/2025', '01/02/2025', '31.12.2025', '2025/07/01'),
  fc.boolean(),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324),
);
const grid = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
const argument = fc.oneof(cell, grid, fc.constant(undefined));

function isValidCell(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' || typeof value === 'boolean' || value instanceof Date;
}

function isValidResult(result: unknown): boolean {
  if (Array.isArray(result)) {
    return result.length > 0 && result.every((row) => Array.isArray(row) && row.every(isValidCell));
  }
  return isValidCell(result);
}

describe('custom functions on random Sheets-like input', () => {
  for (const spec of CUSTOM_FUNCTIONS) {
    it(`${spec.name} returns valid cells or an error naming it`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: 0, maxLength: spec.params.length }), (args) => {
          try {
            const result = customFunctions[spec.name](...args);
            expect(isValidResult(result)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message).toMatch(new RegExp(`^${spec.name}: \\S`));
            // No dumped value: an array prints as "1,2,3", a Date with its time zone.
            const message = (error as Error).message.replace(/DATE\(\d+,\d+,\d+\)/g, 'DATE()');
            expect(message).not.toMatch(
              /unexpected problem|NaN|got undefined|\(undefined\)|GMT|\S,\S.*\S,\S/,
            );
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});
