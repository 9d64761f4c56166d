import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';
import { newWorkbook } from './helpers';

describe('Workbook cells', () => {
  it('round-trips values and formulas', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 'two', true],
      ['=A1+1', '', false],
    ]);
    expect(wb.getValues('Sheet1', 0, 0, 2, 3)).toEqual([
      [1, 'two', true],
      [2, '', false],
    ]);
    expect(wb.getFormulas('Sheet1', 0, 0, 2, 3)).toEqual([
      ['', '', ''],
      ['=A1+1', '', ''],
    ]);
    wb.setFormulas('Sheet1', 2, 0, [['=SUM(A1:A2)', '']]);
    expect(wb.getValues('Sheet1', 2, 0, 1, 1)).toEqual([[3]]);
    expect(wb.getFormulas('Sheet1', 2, 0, 1, 2)).toEqual([['=SUM(A1:A2)', '']]);
  });

  it('reads beyond the used area as blanks', () => {
    const { wb } = newWorkbook();
    expect(wb.getValues('Sheet1', 5, 5, 2, 2)).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(wb.lastRow('Sheet1')).toBe(0);
    expect(wb.lastColumn('Sheet1')).toBe(0);
  });

  it('recalculates dependents after setValues', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[2], [3], ['=A1*A2']]);
    expect(wb.getValues('Sheet1', 2, 0, 1, 1)[0][0]).toBe(6);
    wb.setValues('Sheet1', 0, 0, [[10]]);
    expect(wb.getValues('Sheet1', 2, 0, 1, 1)[0][0]).toBe(30);
  });

  it('keeps Dates as dates, and date arithmetic as Sheets does', () => {
    const { wb } = newWorkbook();
    const d = new Date(2024, 0, 5);
    const dt = new Date(2024, 0, 5, 13, 30, 0);
    wb.setValues('Sheet1', 0, 0, [[d, dt, '=A1+1', '=C1-A1']]);
    const [row] = wb.getValues('Sheet1', 0, 0, 1, 4);
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(d.getTime());
    expect((row[1] as Date).getTime()).toBe(dt.getTime());
    expect((row[2] as Date).getDate()).toBe(6);
    expect(row[3]).toBe(1);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 4)).toEqual([
      ['2024-01-05', '2024-01-05 13:30:00', '2024-01-06', '1'],
    ]);
  });

  it('parses date text like a US-locale sheet', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['2024-03-01', '03/02/2024']]);
    const [[a, b]] = wb.getValues('Sheet1', 0, 0, 1, 2);
    expect((a as Date).getMonth()).toBe(2);
    expect((b as Date).getDate()).toBe(2);
  });

  it('shows display values without float noise', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=0.1+0.2', true, '=1/0', '=NOSUCHFN(1)', 'text', 1e21]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 1)[0][0]).toBe(0.1 + 0.2);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 6)).toEqual([
      ['0.3', 'TRUE', '#DIV/0!', '#NAME?', 'text', '1e+21'],
    ]);
  });

  it('reports error values and messages', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [['=1/0', '=THROWS()', '=1+', 5]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 4)).toEqual([['#DIV/0!', '#ERROR!', '#ERROR!', 5]]);
    expect(wb.getCellError('Sheet1', 0, 1)).toBe('THROWS: bad');
    expect(wb.getCellError('Sheet1', 0, 0)).toBeTruthy();
    expect(wb.getCellError('Sheet1', 0, 3)).toBeNull();
    expect(wb.getFormulas('Sheet1', 0, 2, 1, 1)).toEqual([['=1+']]);
  });

  it('tracks last row and column like Apps Script', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 2, 1, [['x', '', '=""']]);
    expect(wb.lastRow('Sheet1')).toBe(3);
    expect(wb.lastColumn('Sheet1')).toBe(4);
    wb.setValues('Sheet1', 2, 1, [['', '', '']]);
    expect(wb.lastRow('Sheet1')).toBe(0);
  });

  it('rejects ragged rows and unknown sheets', () => {
    const { wb } = newWorkbook();
    expect(() => wb.setValues('Sheet1', 0, 0, [[1, 2], [3]])).toThrow(/Row 1/);
    expect(() => wb.getValues('Nope', 0, 0, 1, 1)).toThrow(/No sheet/);
  });

  it('notifies listeners once per edit and once per batch', () => {
    const { wb } = newWorkbook();
    wb.addSheet('Other');
    const seen: string[][] = [];
    const off = wb.onChange((s) => seen.push(s));
    wb.setValues('Sheet1', 0, 0, [[1]]);
    wb.batch(() => {
      wb.setValues('Sheet1', 1, 0, [[2]]);
      wb.setValues('Other', 0, 0, [['=Sheet1!A1']]);
      // Reads inside a batch see the pending edits.
      expect(wb.getValues('Other', 0, 0, 1, 1)).toEqual([[1]]);
      wb.setValues('Sheet1', 0, 0, [[5]]);
    });
    expect(seen).toEqual([['Sheet1'], ['Sheet1', 'Other']]);
    expect(wb.getValues('Other', 0, 0, 1, 1)).toEqual([[5]]);
    off();
    wb.setValues('Sheet1', 0, 0, [[6]]);
    expect(seen).toHaveLength(2);
  });

  it('round-trips through toData/fromData', () => {
    const { wb } = newWorkbook('Data Sheet');
    const d = new Date(2023, 11, 31);
    wb.setValues('Data Sheet', 0, 0, [
      [1, 'a', d],
      ["='Data Sheet'!A1*2", '', '=DOUBLE_ALL(A1:A2)'],
    ]);
    wb.setBackgrounds('Data Sheet', 1, 1, [['#ff0000']]);
    wb.addSheet('Second');
    wb.setValues('Second', 0, 0, [["='Data Sheet'!A2+1"]]);
    const data = wb.toData();
    expect(data.sheets.map((s) => s.name)).toEqual(['Data Sheet', 'Second']);
    const first = data.sheets[0];
    expect(first.cells[0][2]).toBeInstanceOf(Date);
    // the spilled cell below C2 is not written back as a value
    expect(first.cells).toEqual([
      [1, 'a', d],
      ["='Data Sheet'!A1*2", null, '=DOUBLE_ALL(A1:A2)'],
      [null, null, null],
    ]);
    expect(first.backgrounds).toEqual([
      [null, null],
      [null, '#ff0000'],
    ]);
    const copy = Workbook.fromData(data, {
      customFunctions: {
        names: ['DOUBLE_ALL'],
        host: (_n, a) => (a[0] as number[][]).map((r) => [r[0] * 2]),
      },
    });
    expect(copy.getValues('Second', 0, 0, 1, 1)).toEqual([[3]]);
    expect(copy.getValues('Data Sheet', 1, 2, 2, 1)).toEqual([[2], [4]]);
    expect(copy.toData()).toEqual(data);
  });
});
