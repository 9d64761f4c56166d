import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToSerial, formatDate, serialToDate } from '../../../src/local/workbook';

describe('dates', () => {
  it('uses the 1899-12-30 epoch on local calendar fields', () => {
    expect(dateToSerial(new Date(1899, 11, 30))).toBe(0);
    expect(dateToSerial(new Date(1900, 0, 1))).toBe(2);
    expect(dateToSerial(new Date(2024, 0, 5))).toBe(45296);
    expect(dateToSerial(new Date(2024, 0, 5, 12))).toBe(45296.5);
    expect(formatDate(serialToDate(45296))).toBe('2024-01-05');
  });

  it('round-trips any millisecond-precise date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
        (d) => {
          expect(serialToDate(dateToSerial(d)).getTime()).toBe(d.getTime());
        },
      ),
    );
  });
});
