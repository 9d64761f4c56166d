// Open-ended ranges ("B2:B"), whole columns ("B:B") and whole rows ("2:2") as Sheets reads them:
// to the last row or column of the grid, growing with it, in formulas and custom functions.
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';
import { fromEngineFormula, toEngineFormula } from '../../../src/local/workbook/openRanges';
import { newWorkbook } from './helpers';

describe('formula text', () => {
  it.each([['=SUM(B2:B)'], ["=SUM('My sheet'!$C$5:$D)"], ['=COUNT(Data!A2:A) + B2:B']])(
    '%s reads back as written',
    (formula) => {
      expect(toEngineFormula(formula)).not.toBe(formula);
      expect(fromEngineFormula(toEngineFormula(formula))).toBe(formula);
    },
  );

  it.each([['=SUM(A1:B2)'], ['="B2:B"&A1'], ['=SUM(B:B)'], ['=SUM(2:2)'], ['B2:B']])(
    'leaves %s alone',
    (text) => {
      expect(toEngineFormula(text)).toBe(text);
    },
  );
});

describe('B2:B in a workbook', () => {
  const column = () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      ['head', 'n'],
      ['', 1],
      ['', 2],
      ['', 3],
    ]);
    return { wb, log };
  };

  it('sums to the last row and grows when rows are added below', () => {
    const { wb } = column();
    wb.setFormulas('Sheet1', 0, 3, [['=SUM(B2:B)']]);
    expect(wb.getValues('Sheet1', 0, 3, 1, 1)).toEqual([[6]]);
    wb.setValues('Sheet1', 1499, 1, [[10]]); // past the 1000-row grid: it grows
    expect(wb.getValues('Sheet1', 0, 3, 1, 1)).toEqual([[16]]);
    expect(wb.getFormulas('Sheet1', 0, 3, 1, 1)).toEqual([['=SUM(B2:B)']]);
  });

  it('keeps its start row through inserted rows, as a reference does', () => {
    const { wb } = column();
    wb.setFormulas('Sheet1', 0, 3, [['=SUM(B2:B)']]);
    wb.insertRows('Sheet1', 0, 1);
    expect(wb.getFormulas('Sheet1', 1, 3, 1, 1)).toEqual([['=SUM(B3:B)']]);
    expect(wb.getValues('Sheet1', 1, 3, 1, 1)).toEqual([[6]]);
  });

  it('reaches a custom function as the grid rows below the start, blanks as ""', () => {
    const { wb, log } = column();
    wb.setFormulas('Sheet1', 0, 4, [['=SHAPE(B2:B)', '=SHAPE(B:B)', '=SHAPE(2:2)']]);
    expect(wb.getValues('Sheet1', 0, 4, 1, 3)).toEqual([
      ['array999x1', 'array1000x1', 'array1x26'],
    ]);
    const first = log.calls.find((c) => c.name === 'SHAPE')?.args[0] as unknown[][];
    expect(first.slice(0, 4)).toEqual([[1], [2], [3], ['']]);
  });

  it('spills to the last row of the grid when it is the whole formula', () => {
    const { wb } = column();
    wb.setFormulas('Sheet1', 0, 5, [['=B2:B']]);
    expect(wb.getValues('Sheet1', 0, 5, 3, 1)).toEqual([[1], [2], [3]]);
    expect(wb.gridSize('Sheet1').rows).toBe(1000);
  });

  it('follows the grid when rows are inserted and deleted', () => {
    const wb = new Workbook();
    wb.addSheet('S');
    expect(wb.gridSize('S')).toEqual({ rows: 1000, cols: 26 });
    wb.insertRows('S', 10, 5);
    wb.deleteColumns('S', 0, 2);
    expect(wb.gridSize('S')).toEqual({ rows: 1005, cols: 24 });
  });
});
