import { describe, expect, it } from 'vitest';
import { newWorkbook } from './helpers';

describe('custom functions', () => {
  it('pass scalars, single cells, ranges and array literals the Apps Script way', () => {
    const { wb, log } = newWorkbook();
    const d = new Date(2024, 1, 29);
    wb.setValues('Sheet1', 0, 0, [
      [1, 'x', d],
      ['', 2, true],
    ]);
    wb.setValues('Sheet1', 3, 0, [['=SHAPE(A1, B1, C1, A2, A1:C2, {"up","down"}, 6, "s", TRUE)']]);
    expect(wb.getValues('Sheet1', 3, 0, 1, 1)[0][0]).toBe(
      'number,string,date,string,array2x3,array1x2,number,string,boolean',
    );
    const call = log.calls.find((c) => c.name === 'SHAPE');
    expect(call?.args[3]).toBe('');
    expect(call?.args[4]).toEqual([
      [1, 'x', d],
      ['', 2, true],
    ]);
    expect(call?.args[5]).toEqual([['up', 'down']]);
  });

  it('pass an array literal of ranges as Sheets does: the ranges side by side in one 2-D grid', () => {
    // {C2:C500, E2:E500}: "," puts ranges side by side, ";" stacks them (en_US formulas).
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 'x', 10, 'y', 100],
      [2, 'x', 20, 'y', 200],
      [3, 'x', 30, 'y', 300],
    ]);
    wb.setValues('Sheet1', 4, 0, [['=SHAPE({A1:A3, C1:C3, E1:E3})', '=SHAPE({A1:A2; C1:C3})']]);
    expect(wb.getValues('Sheet1', 4, 0, 1, 2)).toEqual([['array3x3', 'array5x1']]);
    expect(log.calls[0].args[0]).toEqual([
      [1, 10, 100],
      [2, 20, 200],
      [3, 30, 300],
    ]);
    expect(log.calls[1].args[0]).toEqual([[1], [2], [10], [20], [30]]);
    // Ranges of different heights side by side are an error, as in Sheets; nothing is called.
    wb.setValues('Sheet1', 6, 0, [['=SHAPE({A1:A3, C1:C2})']]);
    expect(String(wb.getValues('Sheet1', 6, 0, 1, 1)[0][0])).toMatch(/^#/);
    expect(log.calls).toHaveLength(2);
  });

  it('leaves omitted trailing arguments absent', () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=SHAPE(1)', '=SHAPE()']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 2)).toEqual([['number', 'none']]);
    expect(log.calls.map((c) => c.args.length)).toEqual([1, 0]);
  });

  it('passes a whole range without vectorizing, and a one-cell range as a value', () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[1], [2], [3], ['=SHAPE(A1:A3, A1:A1)']]);
    expect(wb.getValues('Sheet1', 3, 0, 1, 1)[0][0]).toBe('array3x1,number');
    expect(log.calls).toHaveLength(1);
  });

  it('spills a 2-D result and calls the host once per evaluation', () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 2],
      [3, 4],
      ['=DOUBLE_ALL(A1:B2)', ''],
    ]);
    expect(wb.getValues('Sheet1', 2, 0, 2, 2)).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(log.calls).toHaveLength(1);
    expect(wb.getFormulas('Sheet1', 2, 0, 2, 2)).toEqual([
      ['=DOUBLE_ALL(A1:B2)', ''],
      ['', ''],
    ]);
    // An input change re-evaluates once (the shape is unchanged).
    wb.setValues('Sheet1', 0, 0, [[10]]);
    expect(wb.getValues('Sheet1', 2, 0, 1, 1)).toEqual([[20]]);
    expect(log.calls).toHaveLength(2);
    // Other formulas can read the spilled cells.
    wb.setValues('Sheet1', 0, 3, [['=SUM(A3:B4)']]);
    expect(wb.getValues('Sheet1', 0, 3, 1, 1)).toEqual([[38]]);
  });

  it('grows and shrinks the spill area when the result shape changes', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[2], ['=SEQ(A1)']]);
    expect(wb.getValues('Sheet1', 1, 0, 3, 1)).toEqual([[1], [2], ['']]);
    wb.setValues('Sheet1', 0, 0, [[4]]);
    expect(wb.getValues('Sheet1', 1, 0, 5, 1)).toEqual([[1], [2], [3], [4], ['']]);
    expect(wb.lastRow('Sheet1')).toBe(5);
    wb.setValues('Sheet1', 0, 0, [[1]]);
    expect(wb.getValues('Sheet1', 1, 0, 3, 1)).toEqual([[1], [''], ['']]);
    expect(wb.lastRow('Sheet1')).toBe(2);
  });

  it('sizes the spill correctly when the arguments are formulas computed later', () => {
    const { wb } = newWorkbook();
    wb.batch(() => {
      wb.setValues('Sheet1', 0, 0, [['=SEQ(B1)', '=1+2']]);
    });
    expect(wb.getValues('Sheet1', 0, 0, 4, 1)).toEqual([[1], [2], [3], ['']]);
  });

  it('gives #REF! when the spill is blocked, and spills once it is cleared', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 2],
      [3, 4],
      ['', 'block'],
    ]);
    wb.setValues('Sheet1', 2, 0, [['=DOUBLE_ALL(A1:B2)']]);
    expect(wb.getValues('Sheet1', 2, 0, 1, 1)).toEqual([['#REF!']]);
    expect(wb.getCellError('Sheet1', 2, 0)).toMatch(/overwrite data/);
    expect(wb.getValues('Sheet1', 2, 1, 1, 1)).toEqual([['block']]);
    wb.setValues('Sheet1', 2, 1, [['']]);
    expect(wb.getValues('Sheet1', 2, 0, 2, 2)).toEqual([
      [2, 4],
      [6, 8],
    ]);
  });

  it('shows a thrown error as #ERROR! with its message', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=THROWS(1)', '=IFERROR(A1, "caught")']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 2)).toEqual([['#ERROR!', 'caught']]);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 1)).toEqual([['#ERROR!']]);
    expect(wb.getCellError('Sheet1', 0, 0)).toBe('THROWS: bad');
  });

  it('propagates an error argument without calling the host', () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=1/0', '=SHAPE(A1)']]);
    expect(wb.getValues('Sheet1', 0, 1, 1, 1)).toEqual([['#DIV/0!']]);
    expect(log.calls).toHaveLength(0);
  });

  it('turns Dates into date cells and null/"" into blanks', () => {
    const { wb } = newWorkbook();
    const d = new Date(2025, 6, 4);
    wb.setValues('Sheet1', 0, 0, [[d, '=ECHO(A1)', '=ECHO("")', '=ECHO({1,""})']]);
    const [[, echoed, blank, a, b]] = wb.getValues('Sheet1', 0, 0, 1, 5);
    expect(echoed).toBeInstanceOf(Date);
    expect((echoed as Date).getTime()).toBe(d.getTime());
    expect(blank).toBe('');
    expect([a, b]).toEqual([1, '']);
    expect(wb.getDisplayValues('Sheet1', 0, 1, 1, 1)).toEqual([['2025-07-04']]);
  });

  it('works nested inside built-in functions', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[1], [2], ['=SUM(DOUBLE_ALL(A1:A2))']]);
    expect(wb.getValues('Sheet1', 2, 0, 2, 1)).toEqual([[6], ['']]);
  });

  it('is an unknown name without a host', async () => {
    const { Workbook } = await import('../../../src/local/workbook');
    const wb = new Workbook();
    wb.addSheet('S');
    wb.setValues('S', 0, 0, [['=NOT_REGISTERED(1)']]);
    expect(wb.getValues('S', 0, 0, 1, 1)).toEqual([['#NAME?']]);
  });
});

describe('custom function hosts', () => {
  it('are per workbook', async () => {
    const { Workbook } = await import('../../../src/local/workbook');
    const a = new Workbook({ customFunctions: { names: ['WHO'], host: () => 'a' } });
    const b = new Workbook({ customFunctions: { names: ['WHO'], host: () => 'b' } });
    for (const wb of [a, b]) {
      wb.addSheet('S');
      wb.setValues('S', 0, 0, [['=WHO()']]);
    }
    expect([a.getValues('S', 0, 0, 1, 1)[0][0], b.getValues('S', 0, 0, 1, 1)[0][0]]).toEqual([
      'a',
      'b',
    ]);
  });
});
