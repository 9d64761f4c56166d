// The mistakes a first user makes get a message that says what to type instead.
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/table';

const { TARGET_PROGRESS, TARGET_PACE, KPI_TREND, KPI_HEALTH } = customFunctions;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const column = (values: unknown[]) => values.map((v) => [v]);
const ORDER =
  'The order is TARGET_PACE(actual, target, baseline, start_date, end_date, [as_of], [tolerance]); give 0 as baseline when you start from nothing';

describe('a date typed as text', () => {
  it('suggests the DATE formula with the numbers from the text', () => {
    expect(() => TARGET_PACE(3, 5, 0, '01/01/2025', day('2025-12-31'))).toThrow(
      'TARGET_PACE: start_date is the text "01/01/2025", not a date; write DATE(2025,1,1)',
    );
  });

  it('reads the order of day and month from a part above 12', () => {
    expect(() => TARGET_PACE(3, 5, 0, day('2025-01-01'), '31.12.2025')).toThrow(
      'TARGET_PACE: end_date is the text "31.12.2025", not a date; write DATE(2025,12,31)',
    );
    expect(() => TARGET_PACE(3, 5, 0, day('2025-01-01'), '12/31/2025')).toThrow(
      'write DATE(2025,12,31)',
    );
    expect(() => TARGET_PACE(3, 5, 0, day('2025-01-01'), day('2025-12-31'), '2025/07/01')).toThrow(
      'TARGET_PACE: as_of is the text "2025/07/01", not a date; write DATE(2025,7,1)',
    );
  });

  it('offers both readings, each with the day it means, when the text is ambiguous', () => {
    expect(() => TARGET_PACE(3, 5, 0, '01/02/2025', day('2025-12-31'))).toThrow(
      'TARGET_PACE: start_date is the text "01/02/2025", not a date; write DATE(2025,1,2) if it means January 2 (month first) or DATE(2025,2,1) if it means 1 February (day first)',
    );
  });

  it('names the cell in a range, and keeps the plain message for text that is no date', () => {
    expect(() =>
      TARGET_PACE([[1], [2]], 5, 0, [[day('2025-01-01')], ['01/01/2025']], day('2025-12-31')),
    ).toThrow('TARGET_PACE: start_date in row 2 is the text "01/01/2025", not a date');
    expect(() => TARGET_PACE(3, 5, 0, '31/02/2025', day('2025-12-31'))).toThrow(
      'TARGET_PACE: start_date must be a date, got "31/02/2025"',
    );
  });
});

describe('a number typed as text', () => {
  it('says the value is text and how to enter a number', () => {
    expect(() => TARGET_PROGRESS(3, '30')).toThrow(
      'TARGET_PROGRESS: target is the text "30", not a number; re-enter it as a number (no quotes or apostrophe, and not in a cell formatted as Plain text)',
    );
    expect(() => KPI_HEALTH(column([1, 2, 3]), 'up', '90')).toThrow(
      'KPI_HEALTH: healthy_min is the text "90", not a number',
    );
    expect(() => TARGET_PROGRESS([[1], [2]], [[5], ['$42,820']])).toThrow(
      'TARGET_PROGRESS: target in row 2 is the text "$42,820", not a number',
    );
  });

  it('keeps the plain message for text that is no number', () => {
    expect(() => TARGET_PROGRESS(3, 'five')).toThrow(
      'TARGET_PROGRESS: target must be a number, got "five"',
    );
  });
});

describe('TARGET_PACE with its baseline left out', () => {
  const start = day('2026-01-01');
  const end = day('2026-12-31');

  it('names the order of arguments when a date lands in baseline', () => {
    // =TARGET_PACE(D14, 5, DATE(2026,1,1), DATE(2026,12,31), TODAY())
    expect(() => TARGET_PACE(3, 5, start, end, day('2026-07-01'))).toThrow(
      `TARGET_PACE: baseline is a date (2026-01-01) where the starting value belongs; was baseline left out? ${ORDER}`,
    );
    expect(() => TARGET_PACE(3, 5, start, end)).toThrow(ORDER);
    expect(() => TARGET_PACE(3, 5, '01/01/2026', '12/31/2026')).toThrow(ORDER);
  });

  it('adds the order to a date error when the baseline is a date serial', () => {
    // A date cell formatted as a number arrives as its serial: 46023 is 2026-01-01.
    expect(() => TARGET_PACE(3, 5, 46023, 46387)).toThrow(
      `TARGET_PACE: end_date is blank; enter a date. baseline (46023) reads like the date 2026-01-01: was baseline left out? ${ORDER}`,
    );
    expect(() => TARGET_PACE(3, 5, 46023, 46387, 46200)).toThrow(
      'TARGET_PACE: end date must be after start date. baseline (46023) reads like the date 2026-01-01',
    );
  });

  it('leaves a large number baseline alone when the call is fine', () => {
    // 45,000 in revenue is a baseline, not a date.
    expect(TARGET_PACE(47_500, 50_000, 45_000, start, end, day('2026-07-02'))).toBe('ON TRACK');
    expect(() => TARGET_PACE(47_500, 50_000, 45_000, start, end, day('2026-07-02'), -1)).toThrow(
      'TARGET_PACE: tolerance (-1) must be 0 or more, e.g. 0.1 for 10 %',
    );
  });
});

describe('a series of numbers Sheets kept as text', () => {
  const currency = column(['$42,820', '$43,100', '$44,250', '$45,900', '$47,300']);

  it('says so instead of INSUFFICIENT DATA or NO DATA', () => {
    const message =
      'values holds numbers as text, e.g. "$42,820" in row 1: 5 text cells and 0 numbers. Sheets did not read them as numbers; re-enter them as plain numbers, or convert them with VALUE() in a helper column';
    expect(() => KPI_TREND(currency)).toThrow(`KPI_TREND: ${message}`);
    expect(() => KPI_HEALTH(currency)).toThrow(`KPI_HEALTH: ${message}`);
  });

  it('names the column of a wider range', () => {
    const grid = currency.map(([text], i) => [i + 1, text]);
    expect(() => KPI_TREND(grid)).toThrow(/^KPI_TREND: values \(column 2\) holds numbers as text/);
  });

  it('also catches a column where only a few cells parsed', () => {
    const mixed = column(['1,200', 900, '1,350', '1,410', 980, '1,520']);
    expect(() => KPI_TREND(mixed)).toThrow(/4 text cells and 2 numbers/);
  });

  it('still answers normally around a text header, notes and a stray number as text', () => {
    expect(KPI_HEALTH(column(['Revenue', '', '']))).toBe('NO DATA');
    expect(KPI_TREND(column(['Revenue', 'n/a', 1, 2, 'closed', 3]))).toBe('INSUFFICIENT DATA');
    expect(KPI_TREND(column(['Revenue', 1, 2, '30', 3, 4, 5]))).toBe('IMPROVING');
    // Only the rows the answer reads count: old text above a full window of numbers is fine.
    const oldTextAbove = column(['$1', '$2', '$3', '$4', '$5', 10, 11, 12, 13]);
    expect(KPI_HEALTH(oldTextAbove, 'up', '', '', 4)).toBe('HEALTHY');
    expect(() => KPI_TREND(oldTextAbove)).toThrow(/5 text cells and 4 numbers/);
  });
});
