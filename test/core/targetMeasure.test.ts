import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedActual, serialDay, type TimeColumn } from '../../src/core/targetMeasure';

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const utcDay = (date: Date) => date.toISOString().slice(0, 10);
/** A time zone `hours` from UTC, as Utilities.formatDate would read a date's day in it. */
const zoneDay = (hours: number) => (date: Date) =>
  new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 10);

/** The sample's lead funnel: new customers per month, 2024, dated on the 1st. */
const MONTHS = Array.from({ length: 12 }, (_, m) => utc(2024, m + 1, 1));
const CUSTOMERS = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0];
const YEAR = { start: '2024-01-01', end: '2024-12-31' };
const months: TimeColumn = { cells: MONTHS, dateDay: utcDay };

describe('countedActual: the latest value', () => {
  it('is the latest present value, wherever it lies in time', () => {
    const period = { ...YEAR, asOf: '2024-12-01' };
    expect(countedActual('latest', CUSTOMERS, period, months)).toBe(0);
    expect(countedActual('latest', [3, 4, '', 'n/a', null], period, null)).toBe(4);
    // A row after the end still is the column's latest value: a level is read as it stands.
    expect(
      countedActual('latest', [1, 2, 9], period, { cells: [...MONTHS], dateDay: utcDay }),
    ).toBe(9);
  });

  it('is null for a column without a value', () => {
    expect(countedActual('latest', ['', 'text', true], { ...YEAR, asOf: '2024-06-01' }, null)).toBe(
      null,
    );
  });
});

describe('countedActual: the sum over the period', () => {
  it("adds up the sample's customers per month: 3 by December, as =SUM(D2:D13) says", () => {
    expect(countedActual('sum', CUSTOMERS, { ...YEAR, asOf: '2024-12-01' }, months)).toBe(3);
  });

  it('counts only the rows from the start to the as-of date', () => {
    // As of mid-May: January to May (0, 1, 0, 0, 1).
    expect(countedActual('sum', CUSTOMERS, { ...YEAR, asOf: '2024-05-15' }, months)).toBe(2);
    // As of the day of a row: that row counts (the whole day does).
    expect(countedActual('sum', CUSTOMERS, { ...YEAR, asOf: '2024-08-01' }, months)).toBe(3);
    expect(countedActual('sum', CUSTOMERS, { ...YEAR, asOf: '2024-07-31' }, months)).toBe(2);
    // Before the start nothing counts.
    expect(countedActual('sum', CUSTOMERS, { ...YEAR, asOf: '2023-12-31' }, months)).toBe(0);
  });

  it('leaves out rows before the start and after the end, whatever the as-of date', () => {
    const cells = [7, 1, 1, 1, 9];
    const time: TimeColumn = {
      cells: [
        utc(2023, 12, 1),
        utc(2024, 1, 1),
        utc(2024, 6, 1),
        utc(2024, 12, 31, 22),
        utc(2025, 1, 1),
      ],
      dateDay: utcDay,
    };
    // 2024-12-31 22:00 is on the end day, which belongs to the period; 2025 does not.
    expect(countedActual('sum', cells, { ...YEAR, asOf: '2025-03-01' }, time)).toBe(3);
  });

  it('skips missing cells and rows the Time column does not date', () => {
    const cells = [1, '', 'n/a', true, '#N/A', 2, 4, 8, 16];
    const time: TimeColumn = {
      cells: [
        utc(2024, 1, 1),
        utc(2024, 2, 1),
        utc(2024, 3, 1),
        utc(2024, 4, 1),
        utc(2024, 5, 1),
        utc(2024, 6, 1),
        '', // no date: the row is in no period
        'June', // text: in no period either
        new Date(Number.NaN),
      ],
      dateDay: utcDay,
    };
    expect(countedActual('sum', cells, { ...YEAR, asOf: '2024-12-31' }, time)).toBe(3);
  });

  it('adds up every row without a Time column', () => {
    expect(countedActual('sum', [1, '', 2, 'x', 4], { ...YEAR, asOf: '2024-01-01' }, null)).toBe(7);
    expect(countedActual('sum', [], { ...YEAR, asOf: '2024-01-01' }, null)).toBe(0);
  });

  it('is 0, not missing, when no row counts (as SUMIFS answers)', () => {
    expect(countedActual('sum', ['', ''], { ...YEAR, asOf: '2024-06-01' }, months)).toBe(0);
  });

  it('does not add dates that stand in the target column itself', () => {
    expect(
      countedActual('sum', [1, utc(2024, 1, 1), 2], { ...YEAR, asOf: '2024-06-01' }, null),
    ).toBe(3);
  });

  it('reads numbers in the Time column as Sheets date serials, as a formula does', () => {
    // 45292 is 2024-01-01; week numbers 1..52 are days in 1900, before the period.
    const serials: TimeColumn = { cells: [45292, 45292 + 31, 12, 45658], dateDay: utcDay };
    expect(countedActual('sum', [1, 2, 4, 8], { ...YEAR, asOf: '2025-06-01' }, serials)).toBe(3);
    expect(serialDay(45292)).toBe('2024-01-01');
    expect(serialDay(45292.75)).toBe('2024-01-01');
    expect(serialDay(0)).toBe(null);
  });

  it("places a date on its day in the spreadsheet's time zone", () => {
    // 2024-12-31 20:00 UTC is already 2025 in Auckland (+13) and still 2024 in New York (-5).
    const time = (hours: number): TimeColumn => ({
      cells: [utc(2024, 12, 31, 20), utc(2024, 1, 1, 2)],
      dateDay: zoneDay(hours),
    });
    const period = { ...YEAR, asOf: '2025-02-01' };
    expect(countedActual('sum', [1, 2], period, time(13))).toBe(2);
    // 2024-01-01 02:00 UTC is still 2023 in New York.
    expect(countedActual('sum', [1, 2], period, time(-5))).toBe(1);
    expect(countedActual('sum', [1, 2], period, time(0))).toBe(3);
  });

  it('asks for the day of a date only near the edges of the period', () => {
    let asked = 0;
    const dateDay = (date: Date) => {
      asked++;
      return utcDay(date);
    };
    const days = Array.from({ length: 10_000 }, (_, i) => utc(2000, 1, 1 + i));
    const cells = days.map(() => 1);
    const period = { start: '2010-01-01', end: '2015-12-31', asOf: '2020-01-01' };
    expect(countedActual('sum', cells, period, { cells: days, dateDay })).toBe(2191);
    expect(asked).toBeLessThanOrEqual(6);
  });

  it('agrees with reading every row in the zone, in any zone', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((d) => utcDay(new Date(Date.UTC(2023, 0, 1 + d))));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(2022, 6, 1), max: Date.UTC(2025, 6, 1) }), {
          maxLength: 60,
        }),
        fc.integer({ min: -23, max: 23 }),
        day,
        day,
        day,
        (instants, hours, start, end, asOf) => {
          const cells = instants.map((_, i) => i + 1);
          const dates = instants.map((ms) => new Date(ms));
          const read = zoneDay(hours);
          const counts = (day: string) => day >= start && day <= end && day <= asOf;
          const expected = cells
            .filter((_, i) => counts(read(dates[i])))
            .reduce((a, b) => a + b, 0);
          const time = { cells: dates, dateDay: read };
          expect(countedActual('sum', cells, { start, end, asOf }, time)).toBe(expected);
        },
      ),
    );
  });
});
