// The new error messages reach the cell: real formulas through the built dist/ stubs, with
// DATE() arriving as a Date and text cells as text, as Apps Script passes them.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/local/runtime/createRuntime';

function sheetWith(formula: string) {
  const cells = [
    // An apostrophe keeps a typed date as text, as in Sheets.
    ['$42,820', 3, "'01/01/2026"],
    ['$43,100', '', ''],
    ['$44,250', '', ''],
    ['$45,900', '', ''],
  ];
  const runtime = createRuntime({ data: { sheets: [{ name: 'S', cells }] } });
  runtime.workbook.setFormulas('S', 0, 4, [[formula]]);
  return {
    value: runtime.workbook.getValues('S', 0, 4, 1, 1)[0][0],
    error: runtime.workbook.getCellError('S', 0, 4),
  };
}

describe('error messages that teach the fix, in the cell', () => {
  it('TARGET_PACE with its baseline left out names the order of arguments', () => {
    const cell = sheetWith('=TARGET_PACE(B1, 5, DATE(2026,1,1), DATE(2026,12,31), DATE(2026,7,1))');
    expect(cell.value).toBe('#ERROR!');
    expect(cell.error).toMatch(
      /^TARGET_PACE: baseline is a date \(2026-01-01\) .* The order is TARGET_PACE\(actual, target, baseline, start_date, end_date, \[as_of\], \[tolerance\]\)/,
    );
  });

  it('a date typed as text suggests DATE()', () => {
    expect(sheetWith('=TARGET_PACE(B1, 5, 0, C1, DATE(2026,12,31))').error).toBe(
      'TARGET_PACE: start_date is the text "01/01/2026", not a date; write DATE(2026,1,1)',
    );
  });

  it('a number typed as text says it is text', () => {
    expect(sheetWith('=TARGET_PROGRESS(B1, "30")').error).toMatch(
      /^TARGET_PROGRESS: target is the text "30", not a number; re-enter it as a number/,
    );
  });

  it('a column of currency text says so instead of INSUFFICIENT DATA', () => {
    expect(sheetWith('=KPI_TREND(A1:A4)').error).toMatch(
      /^KPI_TREND: values holds numbers as text, e\.g\. "\$42,820" in row 1: 4 text cells and 0 numbers/,
    );
  });
});
