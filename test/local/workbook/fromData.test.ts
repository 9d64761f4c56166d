import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';
import { type HostLog, makeHost } from './helpers';

function load(sheets: Parameters<typeof Workbook.fromData>[0]['sheets']) {
  const log: HostLog = { calls: [] };
  const wb = Workbook.fromData(
    { sheets },
    { customFunctions: { names: ['DOUBLE_ALL', 'SEQ', 'ECHO'], host: makeHost(log) } },
  );
  return { wb, log };
}

describe('Workbook.fromData (built in one step)', () => {
  it('keeps dates, formulas, TRUE/FALSE literals, backgrounds and ragged rows', () => {
    const d = new Date(2024, 0, 5);
    const { wb } = load([
      {
        name: 'S',
        cells: [[d, '=A1+1', '=IF(TRUE, 1, 2)', '=FALSE'], [null, 'x'], [1]],
        backgrounds: [[null, '#ff0000']],
      },
    ]);
    const [row] = wb.getValues('S', 0, 0, 1, 4);
    expect((row[0] as Date).getTime()).toBe(d.getTime());
    expect((row[1] as Date).getTime()).toBe(new Date(2024, 0, 6).getTime());
    expect(row.slice(2)).toEqual([1, false]);
    expect(wb.getValues('S', 1, 0, 2, 2)).toEqual([
      ['', 'x'],
      [1, ''],
    ]);
    expect(wb.getBackgrounds('S', 0, 0, 1, 2)).toEqual([[null, '#ff0000']]);
    expect(wb.toData().sheets[0].backgrounds).toEqual([[null, '#ff0000']]);
  });

  it('keeps the sheet order, even for names that look like numbers', () => {
    const { wb } = load([
      { name: 'Data', cells: [[1]] },
      { name: '2024', cells: [['=Data!A1*2']] },
      { name: '7', cells: [] },
    ]);
    expect(wb.sheetNames()).toEqual(['Data', '2024', '7']);
    expect(wb.getValues('2024', 0, 0, 1, 1)).toEqual([[2]]);
    expect(() =>
      load([
        { name: 'A', cells: [] },
        { name: 'a', cells: [] },
      ]),
    ).toThrow(/already exists/);
  });

  it('spills custom functions, re-sizing those whose arguments are computed later', () => {
    const { wb } = load([
      {
        name: 'S',
        cells: [
          ['=SEQ(B1)', '=1+2', '=DOUBLE_ALL(D2:E2)'],
          [null, null, null, 5, 6],
        ],
      },
    ]);
    expect(wb.getValues('S', 0, 0, 4, 1)).toEqual([[1], [2], [3], ['']]);
    expect(wb.getValues('S', 0, 2, 1, 2)).toEqual([[10, 12]]);
    expect(wb.lastRow('S')).toBe(3);
  });

  it('retries a spill that was blocked at load once the blocking cell is cleared', () => {
    const { wb } = load([{ name: 'S', cells: [['=SEQ(3)'], [null], ['x']] }]);
    expect(wb.getValues('S', 0, 0, 1, 1)).toEqual([['#REF!']]);
    wb.setValues('S', 2, 0, [['']]);
    expect(wb.getValues('S', 0, 0, 3, 1)).toEqual([[1], [2], [3]]);
  });

  it('reports nothing for the load, then changes as usual', () => {
    const { wb } = load([
      { name: 'A', cells: [[1]] },
      { name: 'B', cells: [['=A!A1+1']] },
      { name: 'C', cells: [[3]] },
    ]);
    const seen: string[][] = [];
    wb.onChange((names) => seen.push(names));
    wb.setValues('A', 0, 0, [[5]]);
    expect(seen).toEqual([['A', 'B']]);
    expect(wb.getValues('B', 0, 0, 1, 1)).toEqual([[6]]);
  });
});

describe('lastRow / lastColumn', () => {
  it('count formulas showing "" and spilled values, not backgrounds', () => {
    const { wb } = load([{ name: 'S', cells: [[1, null, '=""']] }]);
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([1, 3]);
    wb.setBackgrounds('S', 5, 5, [['#000000']]);
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([1, 3]);
    wb.setValues('S', 1, 0, [['=DOUBLE_ALL({1,2,3,4})']]);
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([2, 4]);
    wb.setValues('S', 0, 0, [['', '', '']]);
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([2, 4]);
    wb.setValues('S', 1, 0, [['']]);
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([0, 0]);
  });

  it('follow a spill that grows because of an edit on another sheet', () => {
    const { wb } = load([
      { name: 'In', cells: [[2]] },
      { name: 'Out', cells: [['=SEQ(In!A1)']] },
    ]);
    expect(wb.lastRow('Out')).toBe(2);
    wb.setValues('In', 0, 0, [[6]]);
    expect(wb.lastRow('Out')).toBe(6);
  });

  it('see edits made earlier in the same batch', () => {
    const { wb } = load([{ name: 'S', cells: [[1]] }]);
    wb.batch(() => {
      expect(wb.lastRow('S')).toBe(1);
      wb.setValues('S', 9, 2, [['x']]);
      expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([10, 3]);
      wb.insertColumns('S', 0, 1);
      expect(wb.lastColumn('S')).toBe(4);
    });
    expect([wb.lastRow('S'), wb.lastColumn('S')]).toEqual([10, 4]);
  });
});
