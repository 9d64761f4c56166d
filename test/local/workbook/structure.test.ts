import { describe, expect, it } from 'vitest';
import { newWorkbook } from './helpers';

function setup() {
  const { wb } = newWorkbook();
  // A B C D: values in A..C, D sums them; backgrounds on B and C.
  wb.setValues('Sheet1', 0, 0, [
    [1, 2, 3, '=A1+B1+C1'],
    [new Date(2024, 0, 1), 'x', 'y', '=C1*2'],
  ]);
  wb.setBackgrounds('Sheet1', 0, 1, [['#00ff00', '#0000ff']]);
  return wb;
}

describe('structural edits', () => {
  it('insertColumns shifts values, formulas, backgrounds and dates', () => {
    const wb = setup();
    wb.insertColumns('Sheet1', 1, 2);
    expect(wb.getFormulas('Sheet1', 0, 5, 2, 1)).toEqual([['=A1+D1+E1'], ['=E1*2']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 6)).toEqual([[1, '', '', 2, 3, 6]]);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 1, 6)).toEqual([
      [null, null, null, '#00ff00', '#0000ff', null],
    ]);
    expect(wb.getValues('Sheet1', 1, 0, 1, 1)[0][0]).toBeInstanceOf(Date);
  });

  it('deleteColumns removes them; references into them become #REF!', () => {
    const wb = setup();
    wb.deleteColumns('Sheet1', 1, 1);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 1, 3)).toEqual([[null, '#0000ff', null]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 3)).toEqual([[1, 3, '#REF!']]);
    expect(wb.getValues('Sheet1', 1, 2, 1, 1)).toEqual([[6]]);
    expect(wb.getFormulas('Sheet1', 1, 2, 1, 1)).toEqual([['=B1*2']]);
  });

  it('moveColumns uses the pre-move destination index, like Apps Script', () => {
    const wb = setup();
    // Move A (1 column) before D: B, C, A, D
    wb.moveColumns('Sheet1', 0, 1, 3);
    expect(wb.getValues('Sheet1', 0, 0, 1, 4)).toEqual([[2, 3, 1, 6]]);
    expect(wb.getFormulas('Sheet1', 0, 3, 1, 1)).toEqual([['=C1+A1+B1']]);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 1, 4)).toEqual([['#00ff00', '#0000ff', null, null]]);
    expect(wb.getValues('Sheet1', 1, 2, 1, 1)[0][0]).toBeInstanceOf(Date);
    // And back: C (A's data) before A.
    wb.moveColumns('Sheet1', 2, 1, 0);
    expect(wb.getValues('Sheet1', 0, 0, 1, 4)).toEqual([[1, 2, 3, 6]]);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 1, 4)).toEqual([[null, '#00ff00', '#0000ff', null]]);
  });

  it('insertRows / deleteRows / moveRows adjust formulas and backgrounds', () => {
    const { wb } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [[1], [2], ['=A1+A2']]);
    wb.setBackgrounds('Sheet1', 1, 0, [['#123456']]);
    wb.insertRows('Sheet1', 1, 1);
    expect(wb.getFormulas('Sheet1', 3, 0, 1, 1)).toEqual([['=A1+A3']]);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 4, 1)).toEqual([[null], [null], ['#123456'], [null]]);
    wb.deleteRows('Sheet1', 0, 1);
    expect(wb.getValues('Sheet1', 0, 0, 3, 1)).toEqual([[''], [2], ['#REF!']]);
    expect(wb.getBackgrounds('Sheet1', 1, 0, 1, 1)).toEqual([['#123456']]);
    wb.moveRows('Sheet1', 1, 1, 0);
    expect(wb.getValues('Sheet1', 0, 0, 2, 1)).toEqual([[2], ['']]);
    expect(wb.getBackgrounds('Sheet1', 0, 0, 2, 1)).toEqual([['#123456'], [null]]);
  });

  it('keeps spilled custom-function results working across column inserts', () => {
    const { wb, log } = newWorkbook();
    wb.setValues('Sheet1', 0, 0, [
      [1, 2],
      ['=DOUBLE_ALL(A1:B1)', ''],
    ]);
    wb.insertColumns('Sheet1', 0, 1);
    expect(wb.getFormulas('Sheet1', 1, 1, 1, 1)).toEqual([['=DOUBLE_ALL(B1:C1)']]);
    expect(wb.getValues('Sheet1', 1, 1, 1, 2)).toEqual([[2, 4]]);
    expect(log.calls.length).toBeGreaterThan(0);
  });
});

describe('sheets', () => {
  it('adds, orders, renames, moves and removes sheets; formulas follow renames', () => {
    const { wb } = newWorkbook('Data');
    wb.addSheet('My Sheet');
    wb.addSheet('First', 0);
    expect(wb.sheetNames()).toEqual(['First', 'Data', 'My Sheet']);
    wb.setValues('My Sheet', 0, 0, [[21]]);
    wb.setValues('Data', 0, 0, [["='My Sheet'!A1*2"]]);
    expect(wb.getValues('Data', 0, 0, 1, 1)).toEqual([[42]]);
    wb.renameSheet('My Sheet', 'Other Name');
    expect(wb.hasSheet('My Sheet')).toBe(false);
    expect(wb.getFormulas('Data', 0, 0, 1, 1)).toEqual([["='Other Name'!A1*2"]]);
    wb.moveSheet('Other Name', 0);
    expect(wb.sheetNames()).toEqual(['Other Name', 'First', 'Data']);
    const seen: string[][] = [];
    wb.onChange((names) => seen.push(names));
    wb.removeSheet('Other Name');
    expect(seen).toEqual([['Data', 'Other Name']]);
    expect(wb.sheetNames()).toEqual(['First', 'Data']);
    expect(wb.getValues('Data', 0, 0, 1, 1)).toEqual([['#REF!']]);
    expect(() => wb.addSheet('Data')).toThrow(/already exists/);
  });
});
