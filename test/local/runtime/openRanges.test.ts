// Open-ended ranges in the Spreadsheet service: a named range or a conditional-format range
// written "B2:B" covers rows added later, past the grid's first 1000 too.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('Data'); }
function name(a1) { SpreadsheetApp.getActive().setNamedRange('Leads', sheet().getRange(a1)); }
function add(v) { sheet().appendRow(['', v]); }
function grow(n) { sheet().insertRowsAfter(sheet().getMaxRows(), n); }
function paint(a1) {
  sheet().setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=B2>5').setBackground('#ff0000').setRanges([sheet().getRange(a1)]).build()]);
}
function maxRows() { return sheet().getMaxRows(); }
function rename(to) { sheet().setName(to); }
function insertTop() { SpreadsheetApp.getActive().getSheets()[0].insertRowsBefore(1, 2); }
`;

const data = () => ({
  sheets: [
    {
      name: 'Data',
      cells: [
        ['Week', 'Leads', '=SUM(Leads)'],
        [1, 3],
      ],
    },
  ],
});

describe('open-ended ranges in the Spreadsheet service', () => {
  it('a named range B2:B reaches rows appended later, past the first 1000', () => {
    const runtime = fixtureRuntime(CODE, data());
    runtime.call('name', ['B2:B']);
    expect(runtime.workbook.getValues('Data', 0, 2, 1, 1)).toEqual([[3]]);
    runtime.call('add', [4]);
    expect(runtime.workbook.getValues('Data', 0, 2, 1, 1)).toEqual([[7]]);
    runtime.workbook.setValues('Data', 1099, 1, [[10]]);
    runtime.call('add', [20]); // row 1101
    expect(runtime.call('maxRows')).toBe(1101);
    expect(runtime.workbook.getValues('Data', 0, 2, 1, 1)).toEqual([[37]]);
  });

  it('a named range follows its sheet through a rename and its cells through inserted rows', () => {
    const runtime = fixtureRuntime(CODE, data());
    runtime.call('name', ['B2']);
    runtime.call('rename', ['Weekly data']);
    runtime.call('insertTop');
    expect(runtime.workbook.getValues('Weekly data', 2, 2, 1, 1)).toEqual([[3]]);
    const range = runtime.services.model.spreadsheet.getRangeByName('Leads');
    expect(range?.getA1Notation()).toBe('B4');
    expect(range?.getSheet().getName()).toBe('Weekly data');
  });

  it('a conditional format on B2:B colours rows added after the rule was set', () => {
    const runtime = fixtureRuntime(CODE, data());
    runtime.call('paint', ['B2:B']);
    runtime.call('grow', [10]);
    runtime.workbook.setValues('Data', 1005, 1, [[9]]);
    expect(runtime.effectiveBackgrounds('Data', 1005, 1, 1, 1)).toEqual([['#ff0000']]);
    expect(runtime.effectiveBackgrounds('Data', 1, 1, 1, 1)).toEqual([[null]]); // 3 is not > 5
  });
});
