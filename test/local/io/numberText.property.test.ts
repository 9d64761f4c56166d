// Property: the fast reader of everyday number text ("$42,820", "€ 1.234,50", "(1,200)",
// "12,5%") gives exactly what numfmt's general parser gives, value and format, in both
// conventions; whatever it does not recognise it leaves to numfmt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonNumberText, numfmtNumberText } from '../../../src/local/io/cellText';
import { CONVENTIONS, type Convention } from '../../../src/local/io/numberFormat';

function numberText(convention: Convention) {
  const { group, decimal } = CONVENTIONS[convention];
  const whole = fc.oneof(
    fc.integer({ min: 0, max: 999_999_999 }).map(String),
    fc
      .integer({ min: 1000, max: 999_999_999 })
      .map((n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, group)),
  );
  const part = <T extends string>(...options: T[]) => fc.constantFrom('', ...options);
  return fc
    .tuple(
      part('('),
      part('-'),
      part('$', '€', '£'),
      part(' '),
      part('-'),
      whole,
      fc.oneof(
        fc.constant(''),
        fc.integer({ min: 0, max: 999 }).map((d) => decimal + d),
      ),
      part('%'),
      part(')'),
    )
    .map((parts) => parts.join(''));
}

describe('commonNumberText agrees with numfmt', () => {
  for (const convention of ['en', 'nl'] as const) {
    it(`on ${convention} number text`, () => {
      fc.assert(
        fc.property(numberText(convention), (text) => {
          const fast = commonNumberText(text, convention);
          if (fast !== undefined) expect(fast).toEqual(numfmtNumberText(text, convention));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
