// Numbers and days in messages as each locale writes them, through Intl; number fields
// edited the reader's way and read back the server's way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, numberFieldText, numberFieldValue } from '../../src/i18n/format';
import { DUTCH, ENGLISH, uiLocale } from '../../src/i18n/locale';

const locale = (code: string) => uiLocale(code, () => null);

describe('numbers in messages', () => {
  it.each([
    ['nl_NL', 38.5, '38,5'],
    ['nl_BE', 1234.5, '1.234,5'],
    ['nl', -0.25, '-0,25'],
    ['en_US', 1234.5, '1,234.5'],
    ['en_GB', 38.5, '38.5'],
    ['de_DE', 1234.5, '1,234.5'], // English words, so English numbers
  ])('%s writes %d as %s', (code, value, written) => {
    expect(formatNumber(value, locale(code))).toBe(written);
  });

  it('keeps the decimals that were typed instead of rounding them away', () => {
    expect(formatNumber(0.123456, DUTCH)).toBe('0,123456');
    expect(formatNumber(12, ENGLISH)).toBe('12');
  });
});

describe('days in messages', () => {
  it.each([
    ['nl_NL', '3 mrt 2026'],
    ['nl_BE', '3 mrt 2026'],
    ['en_US', 'Mar 3, 2026'],
    ['en_GB', '3 Mar 2026'],
    ['de_DE', 'Mar 3, 2026'],
  ])('%s writes 2026-03-03 as %s', (code, written) => {
    expect(formatDay('2026-03-03', locale(code))).toBe(written);
  });

  it('is the calendar day whatever the time zone of the machine', () => {
    // Midnight UTC is the evening before in America: the day must not move.
    expect(formatDay('2026-01-01', DUTCH)).toBe('1 jan 2026');
    expect(formatDay('2026-12-31', ENGLISH)).toBe('Dec 31, 2026');
  });

  it('shows text that is no calendar day as it is', () => {
    expect(formatDay('2026-02-30', DUTCH)).toBe('2026-02-30');
    expect(formatDay('next week', ENGLISH)).toBe('next week');
  });
});

describe('number fields', () => {
  it('show a stored number with the locale decimal mark, no grouping', () => {
    expect(numberFieldText('0.5', DUTCH)).toBe('0,5');
    expect(numberFieldText('1234.5', DUTCH)).toBe('1234,5');
    expect(numberFieldText('12', DUTCH)).toBe('12');
    expect(numberFieldText('0.5', ENGLISH)).toBe('0.5');
  });

  it('read what a Dutch reader types', () => {
    expect(numberFieldValue('0,5', DUTCH)).toBe('0.5');
    expect(numberFieldValue(' 1.234,5 ', DUTCH)).toBe('1234.5');
    expect(numberFieldValue('1.000', DUTCH)).toBe('1000');
    expect(numberFieldValue('-3,25', DUTCH)).toBe('-3.25');
    expect(numberFieldValue(',5', DUTCH)).toBe('.5');
  });

  it('pass on what is no number, for the server to refuse with its message', () => {
    expect(numberFieldValue('12,', DUTCH)).toBe('12,');
    expect(numberFieldValue('twaalf', DUTCH)).toBe('twaalf');
    expect(numberFieldValue('1,234.5', ENGLISH)).toBe('1,234.5');
  });

  it('read back every number they show as the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        for (const reader of [DUTCH, ENGLISH]) {
          const shown = numberFieldText(String(value), reader);
          // === and not toBe: -0 shows as "0", the same number to a reader and the server.
          expect(Number(numberFieldValue(shown, reader)) === value).toBe(true);
        }
      }),
    );
  });
});
