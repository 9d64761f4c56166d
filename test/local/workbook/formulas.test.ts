import { describe, expect, it } from 'vitest';
import { newWorkbook } from './helpers';

describe('evaluateShifted', () => {
  it('shifts relative references and keeps absolute ones', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    expect(wb.evaluateShifted('Sheet1', '=A1*2', 0, 0)).toBe(2);
    expect(wb.evaluateShifted('Sheet1', '=A1*2', 2, 0)).toBe(6);
    expect(wb.evaluateShifted('Sheet1', '=A1*2', 1, 1)).toBe(40);
    expect(wb.evaluateShifted('Sheet1', '=$A$1+A1', 2, 1)).toBe(31);
    expect(wb.evaluateShifted('Sheet1', '=$A1+B$1', 2, 0)).toBe(13);
    expect(wb.evaluateShifted('Sheet1', '=A1>$A$2', 2, 0)).toBe(true);
    expect(wb.evaluateShifted('Sheet1', '=ROW()', 4, 0)).toBe(5);
    expect(wb.evaluateShifted('Sheet1', '=SUM(A1:A2)', 1, 0)).toBe(5);
  });

  it('follows cross-sheet references and sees edits', () => {
    const { wb } = newWorkbook();
    wb.addSheet('Targets Sheet');
    wb.setValues('Targets Sheet', 0, 0, [[100], [200]]);
    wb.setValues('Sheet1', 0, 0, [[150], [150]]);
    const f = "=A1>'Targets Sheet'!A1";
    expect(wb.evaluateShifted('Sheet1', f, 0, 0)).toBe(true);
    expect(wb.evaluateShifted('Sheet1', f, 1, 0)).toBe(false);
    wb.setValues('Targets Sheet', 1, 0, [[100]]);
    expect(wb.evaluateShifted('Sheet1', f, 1, 0)).toBe(true);
  });

  it('returns error strings for bad formulas and errors', () => {
    const { wb } = newWorkbook();
    expect(wb.evaluateShifted('Sheet1', '=1/0', 0, 0)).toBe('#DIV/0!');
    expect(wb.evaluateShifted('Sheet1', '=1+', 0, 0)).toBe('#ERROR!');
    expect(wb.evaluateShifted('Sheet1', '=A1', 3, 3)).toBe('');
  });
});

describe('SPARKLINE and INDIRECT', () => {
  it('a SPARKLINE cell has no value and exposes its data', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[1, 'x', 3, '=SPARKLINE(A1:C1, {"charttype","line"})']]);
    expect(wb.getValues('Sheet1', 0, 3, 1, 1)).toEqual([['']]);
    expect(wb.getSparkline('Sheet1', 0, 3)).toEqual([1, 3]);
    expect(wb.getSparkline('Sheet1', 0, 0)).toBeNull();
    expect(wb.lastColumn('Sheet1')).toBe(4);
    wb.insertColumns('Sheet1', 0, 1);
    expect(wb.getSparkline('Sheet1', 0, 4)).toEqual([1, 3]);
  });

  it('INDIRECT reads A1 text references, across sheets, and recalculates', () => {
    const { wb } = newWorkbook();
    wb.addSheet('My Sheet');
    wb.setValues('My Sheet', 0, 0, [
      [1, 2],
      [3, 4],
    ]);
    wb.setValues('Sheet1', 0, 0, [
      [
        '=INDIRECT("\'My Sheet\'!B2")',
        '=SUM(INDIRECT("\'My Sheet\'!A1:B2"))',
        '=INDIRECT("D1")',
        7,
      ],
      ['=INDIRECT("\'My Sheet\'!A1:B2")', '', '=INDIRECT("Nope!A1")', ''],
    ]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 3)).toEqual([[4, 10, 7]]);
    expect(wb.getValues('Sheet1', 1, 0, 2, 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(wb.getValues('Sheet1', 1, 2, 1, 1)).toEqual([['#REF!']]);
    wb.setValues('My Sheet', 1, 1, [[40]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 2)).toEqual([[40, 46]]);
  });

  it('INDIRECT sees formulas computed in the same recalculation', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=INDIRECT("B1")', '=C1*2', 1]]);
    wb.setValues('Sheet1', 0, 2, [[5]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 1)).toEqual([[10]]);
  });

  it('custom functions can take INDIRECT ranges', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 2],
      ['=DOUBLE_ALL(INDIRECT("A1:B1"))', ''],
    ]);
    expect(wb.getValues('Sheet1', 1, 0, 1, 2)).toEqual([[2, 4]]);
  });
});
