// The Spreadsheet service as the add-on uses it: ranges, metadata following columns,
// conditional formats, the custom-function write guard and the call counter.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/local/types';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('Data'); }
function tag(col, value) { sheet().getRange(col + ':' + col).addDeveloperMetadata('kpi', value); }
function tags() {
  return SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey('kpi').find()
    .map(function (m) { return [m.getValue(), m.getLocation().getLocationType(), m.getLocation().getColumn().getA1Notation()]; });
}
function insertCols(at, n) { sheet().insertColumns(at, n); }
function deleteCol(at) { sheet().deleteColumn(at); }
function moveCol(a1, dest) { sheet().moveColumns(sheet().getRange(a1), dest); }
function paint(formula, a1, color) {
  var rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula)
    .setBackground(color).setRanges([sheet().getRange(a1)]).build();
  var rules = sheet().getConditionalFormatRules();
  rules.push(rule);
  sheet().setConditionalFormatRules(rules);
}
function ruleInfo() {
  return sheet().getConditionalFormatRules().map(function (r) {
    var c = r.getBooleanCondition();
    return [c.getCriteriaType(), c.getCriteriaValues()[0], c.getBackground(), r.getRanges().map(function (g) { return g.getA1Notation(); })];
  });
}
function readAll() { return sheet().getDataRange().getValues().length; }
function writeBad() { sheet().getRange(1, 1, 2, 2).setValues([[1, 2]]); }
function writeCell(a1, v) { sheet().getRange(a1).setValue(v); return sheet().getRange(a1).getValue(); }
function KPI_TREND(values) { sheet().getRange('Z1').setValue('sneaky'); return 1; }
function KPI_HEALTH(values) { SpreadsheetApp.getUi(); return 1; }
function TARGET_PACE(x) { PropertiesService.getDocumentProperties().setProperty('a', 'b'); return 1; }
function TARGET_PROGRESS(x) { return sheet().getRange('A1').getValue() + x; }
`;

function data(rows = 4): { sheets: { name: string; cells: (CellValue | null)[][] }[] } {
  const cells: (CellValue | null)[][] = [['Week', 'Leads', 'Customers', 'Quality']];
  for (let i = 1; i < rows; i++) cells.push([i, 10 * i, i, 5 - i]);
  return { sheets: [{ name: 'Data', cells }] };
}

describe('developer metadata on columns', () => {
  it('follows its column when columns are inserted or moved, and goes with a deleted column', () => {
    const runtime = fixtureRuntime(CODE, data());
    runtime.call('tag', ['B', 'leads']);
    runtime.call('tag', ['C', 'customers']);
    runtime.call('insertCols', [1, 2]); // two new columns before A
    expect(runtime.call('tags', [])).toEqual([
      ['leads', 'COLUMN', 'D:D'],
      ['customers', 'COLUMN', 'E:E'],
    ]);
    runtime.call('moveCol', ['E1', 1]); // customers to the front
    expect(runtime.call('tags', [])).toEqual([
      ['leads', 'COLUMN', 'E:E'],
      ['customers', 'COLUMN', 'A:A'],
    ]);
    expect(runtime.workbook.getValues('Data', 0, 0, 1, 1)).toEqual([['Customers']]);
    runtime.call('deleteCol', [5]);
    expect(runtime.call('tags', [])).toEqual([['customers', 'COLUMN', 'A:A']]);
  });

  it('refuses metadata on an arbitrary block, as Sheets does', () => {
    const runtime = fixtureRuntime(
      `${CODE} function bad() { sheet().getRange('A1:B2').addDeveloperMetadata('k', 'v'); }`,
      data(),
    );
    expect(() => runtime.call('bad', [])).toThrow(/arbitrary ranges/);
  });
});

describe('conditional-format rules', () => {
  it('colour cells where the custom formula holds, relative to the range top-left', () => {
    const runtime = fixtureRuntime(CODE, data(5));
    runtime.workbook.setBackgrounds('Data', 1, 1, [['#eeeeee']]);
    runtime.call('paint', ['=$B2>20', 'B2:B5', '#ff0000']);
    runtime.call('paint', ['=$B2>0', 'B2:B5', '#00ff00']);
    expect(runtime.effectiveBackgrounds('Data', 1, 1, 4, 1)).toEqual([
      ['#00ff00'], // 10: the first rule fails, the second holds
      ['#00ff00'], // 20
      ['#ff0000'], // 30: first matching rule wins
      ['#ff0000'],
    ]);
    expect(runtime.effectiveBackgrounds('Data', 1, 0, 1, 1)).toEqual([[null]]);
  });

  it('keeps the rules readable and moves their ranges with the columns', () => {
    const runtime = fixtureRuntime(CODE, data(5));
    runtime.call('paint', ['=B2>20', 'B2:B5', '#ff0000']);
    runtime.call('insertCols', [1, 1]);
    expect(runtime.call('ruleInfo', [])).toEqual([
      ['CUSTOM_FORMULA', '=B2>20', '#ff0000', ['C2:C5']],
    ]);
    runtime.call('deleteCol', [3]);
    expect(runtime.call('ruleInfo', [])).toEqual([]);
  });
});

describe('ranges', () => {
  it('rejects setValues data of the wrong shape with the documented message', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(() => runtime.call('writeBad', [])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes text starting with "=" as a formula', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(runtime.call('writeCell', ['F1', '=1+2'])).toBe(3);
  });
});

describe('custom functions only read', () => {
  it('a set* call inside a custom function is an #ERROR! with the permission message', () => {
    const runtime = fixtureRuntime(CODE, data(), {
      customFunctions: ['KPI_TREND', 'TARGET_PROGRESS'],
    });
    runtime.workbook.setFormulas('Data', 0, 6, [['=KPI_TREND(B2:B4)'], ['=TARGET_PROGRESS(1)']]);
    expect(runtime.workbook.getCellError('Data', 0, 6)).toMatch(
      /You do not have permission to call setValue/,
    );
    expect(runtime.workbook.getValues('Data', 0, 25, 1, 1)).toEqual([['']]);
    // Reading is fine.
    expect(runtime.workbook.getValues('Data', 1, 6, 1, 1)).toEqual([['Week1']]);
  });

  it('neither the Ui nor property writes are available', () => {
    const runtime = fixtureRuntime(CODE, data(), {
      customFunctions: ['KPI_HEALTH', 'TARGET_PACE'],
    });
    runtime.workbook.setFormulas('Data', 0, 6, [['=KPI_HEALTH(1)'], ['=TARGET_PACE(1)']]);
    expect(runtime.workbook.getCellError('Data', 0, 6)).toMatch(/getUi/);
    expect(runtime.workbook.getCellError('Data', 1, 6)).toMatch(
      /You do not have permission to call setProperty/,
    );
  });
});

describe('the call counter', () => {
  it('one getValues whatever the number of rows', () => {
    const small = fixtureRuntime(CODE, data(10));
    const big = fixtureRuntime(CODE, data(10_000));
    small.counter.reset();
    big.counter.reset();
    expect(small.call('readAll', [])).toBe(10);
    expect(big.call('readAll', [])).toBe(10_000);
    expect(big.counter.snapshot()).toEqual(small.counter.snapshot());
    expect(big.counter.get('Range.getValues')).toBe(1);
    expect(big.counter.total()).toBe(small.counter.total());
  });
});
