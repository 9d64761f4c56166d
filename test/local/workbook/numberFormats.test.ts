// Number formats as Sheets keeps them on cells: text typed or written with setValues is read
// in the spreadsheet's locale and keeps the format it implied; display values honour the
// format; formats follow their cells and reach the Spreadsheet service's Range.
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';
import { fixtureRuntime } from '../runtime/fixtureDist';

const book = (locale?: string) =>
  Workbook.fromData({ sheets: [{ name: 'S', cells: [['Revenue']] }] }, { locale });

describe('Workbook number formats', () => {
  it('reads currency, thousands, percent and parenthesized text as numbers with their format', () => {
    const wb = book();
    wb.setValues('S', 1, 0, [['$42,820'], ['1,234.5'], ['12%'], ['(1,200)'], ['-$5']]);
    expect(wb.getValues('S', 1, 0, 5, 1).flat()).toEqual([42820, 1234.5, 0.12, -1200, -5]);
    expect(wb.getDisplayValues('S', 1, 0, 5, 1).flat()).toEqual([
      '$42,820',
      '1,234.50',
      '12%',
      '(1,200)',
      '-$5',
    ]);
    expect(wb.getNumberFormats('S', 1, 0, 5, 1).flat()).toEqual([
      '"$"#,##0',
      '#,##0.00',
      '0%',
      '#,##0;(#,##0)',
      '"$"#,##0',
    ]);
  });

  it('keeps text that is not a number as text, and any string in a plain-text cell', () => {
    const wb = book();
    wb.setValues('S', 1, 0, [['12 apples'], ['1.2.3'], ['1,23'], ["'0612345678"], ['0612345678']]);
    expect(wb.getValues('S', 1, 0, 5, 1).flat()).toEqual([
      '12 apples',
      '1.2.3',
      '1,23',
      '0612345678',
      612345678, // Sheets drops the leading zero of a typed number too
    ]);
    wb.setNumberFormats('S', 6, 0, [['@']]);
    wb.setValues('S', 6, 0, [['0612345678']]);
    expect(wb.getValues('S', 6, 0, 1, 1)).toEqual([['0612345678']]);
  });

  it('HyperFormula does not re-read strings given as data', () => {
    const wb = Workbook.fromData({
      sheets: [{ name: 'S', cells: [['12%', '03/02/2026', '2023']] }],
    });
    expect(wb.getValues('S', 0, 0, 1, 3)).toEqual([['12%', '03/02/2026', '2023']]);
  });

  it('a Dutch spreadsheet reads decimal commas and day-first dates and shows numbers its way', () => {
    const wb = book('nl_NL');
    wb.setValues('S', 1, 0, [['€ 1.234,50'], ['4,2'], ['03-02-2026'], ['1.234']]);
    const [euro, decimal, date, thousands] = wb.getValues('S', 1, 0, 4, 1).flat();
    expect(euro).toBe(1234.5);
    expect(decimal).toBe(4.2);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-02-03');
    expect(thousands).toBe(1234);
    expect(wb.getDisplayValues('S', 1, 0, 4, 1).flat()).toEqual([
      '€ 1.234,50',
      '4,2',
      '03-02-2026',
      '1.234',
    ]);
  });

  it('formats follow their cells through row and column edits, and survive toData/fromData', () => {
    const wb = book();
    wb.setValues('S', 1, 0, [['$5']]);
    wb.insertRows('S', 0, 2);
    wb.insertColumns('S', 0, 1);
    expect(wb.getDisplayValues('S', 3, 1, 1, 1)).toEqual([['$5']]);
    const again = Workbook.fromData(wb.toData());
    expect(again.getNumberFormats('S', 3, 1, 1, 1)).toEqual([['"$"#,##0']]);
    expect(again.getDisplayValues('S', 3, 1, 1, 1)).toEqual([['$5']]);
  });

  it('counts writes, not recalculations, as revisions', () => {
    const wb = Workbook.fromData({ sheets: [{ name: 'S', cells: [[1, '=A1*2']] }] });
    const start = wb.revision;
    wb.getValues('S', 0, 0, 1, 2);
    expect(wb.revision).toBe(start);
    wb.setValues('S', 0, 0, [[2]]);
    wb.setNumberFormats('S', 0, 1, [['0.00']]);
    expect(wb.revision).toBe(start + 2);
    expect(wb.getDisplayValues('S', 0, 1, 1, 1)).toEqual([['4.00']]);
  });
});

describe('Range number formats (Spreadsheet service)', () => {
  const CODE = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('Data'); }
function formats() {
  var r = sheet().getRange('A1:B2');
  r.setNumberFormats([['"$"#,##0.00', '0.0%'], ['#,##0', '@']]);
  return [r.getNumberFormat(), r.getNumberFormats(), r.getDisplayValues()];
}
function typed() { sheet().getRange('C1').setValue('$1,250'); return [sheet().getRange('C1').getValue(), sheet().getRange('C1').getNumberFormat()]; }
function cleared() { var r = sheet().getRange('A1:B2'); r.clearFormat(); return [r.getNumberFormats(), r.getDisplayValues()]; }
function locale() { return SpreadsheetApp.getActive().getSpreadsheetLocale(); }
`;
  const data = {
    sheets: [
      {
        name: 'Data',
        cells: [
          [1234.5, 0.125],
          [1234567, 42],
        ],
      },
    ],
  };

  it('sets and reads patterns, and display values honour them', () => {
    const runtime = fixtureRuntime(CODE, data);
    expect(runtime.call('formats')).toEqual([
      '"$"#,##0.00',
      [
        ['"$"#,##0.00', '0.0%'],
        ['#,##0', '@'],
      ],
      [
        ['$1,234.50', '12.5%'],
        ['1,234,567', '42'],
      ],
    ]);
    expect(runtime.call('typed')).toEqual([1250, '"$"#,##0']);
    expect(runtime.call('cleared')).toEqual([
      [
        ['0.###############', '0.###############'],
        ['0.###############', '0.###############'],
      ],
      [
        ['1234.5', '0.125'],
        ['1234567', '42'],
      ],
    ]);
    expect(runtime.call('locale')).toBe('en_US');
  });
});
