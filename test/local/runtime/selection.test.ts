// The user's selection (Range.activate, setActiveRange, getActiveRange), alerts whose answer a
// test scripts, and the count of custom-function calls.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/local/runtime/createRuntime';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function show(sheet, a1) {
  var range = SpreadsheetApp.getActive().getSheetByName(sheet).getRange(a1);
  return range.activate().getA1Notation();
}
function active() {
  var ss = SpreadsheetApp.getActive();
  return [ss.getActiveSheet().getName(), SpreadsheetApp.getActiveRange().getA1Notation(),
    ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation(),
    ss.getActiveSheet().getActiveCell().getA1Notation()];
}
function selectOn(sheet, a1, other) {
  var ss = SpreadsheetApp.getActive();
  var target = ss.getSheetByName(sheet);
  return target.setActiveRange(ss.getSheetByName(other || sheet).getRange(a1)).getA1Notation();
}
function selectionOf(sheet) {
  return SpreadsheetApp.getActive().getSheetByName(sheet).getActiveRange().getA1Notation();
}
function ask() {
  var ui = SpreadsheetApp.getUi();
  return [ui.alert('Remove?', 'Really?', ui.ButtonSet.YES_NO), ui.alert('Note', 'Done', ui.ButtonSet.OK)];
}
function DOUBLE(x) { return x.map(function (r) { return [r[0] * 2]; }); }
`;

const DATA = {
  sheets: [
    {
      name: 'Data',
      cells: [
        ['Week', 'Leads'],
        [1, 10],
        [2, 30],
        [3, 50],
      ],
    },
    { name: 'Other', cells: [['x']] },
  ],
};

describe('the selection', () => {
  it('starts at A1 of the active sheet', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    expect(runtime.call('active')).toEqual(['Data', 'A1', 'A1', 'A1', 'A1']);
    expect(runtime.selection()).toMatchObject({ sheet: 'Data', a1: 'A1', row: 1, col: 1 });
  });

  it('moves to a range that a script activates, on its sheet, which becomes active', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    expect(runtime.call('show', ['Other', 'A1:A1'])).toBe('A1');
    expect(runtime.call('show', ['Data', 'B2:B4'])).toBe('B2:B4');
    expect(runtime.activeSheet()).toBe('Data');
    expect(runtime.call('active')).toEqual(['Data', 'B2:B4', 'B2:B4', 'B2', 'B2']);
    expect(runtime.selection()).toEqual({
      sheet: 'Data',
      a1: 'B2:B4',
      row: 2,
      col: 2,
      numRows: 3,
      numCols: 1,
    });
  });

  it('is kept per sheet, as switching tabs back shows it again', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    runtime.call('show', ['Data', 'B3']);
    runtime.setActiveSheet('Other');
    expect(runtime.selection().a1).toBe('A1');
    expect(runtime.call('selectionOf', ['Data'])).toBe('B3');
  });

  it('follows what the user selects', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    runtime.select('Data', 'A2:B3');
    expect(runtime.call('active')).toEqual(['Data', 'A2:B3', 'A2:B3', 'A2', 'A2']);
  });

  it('Sheet.setActiveRange takes a range of that sheet and refuses one of another', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    expect(runtime.call('selectOn', ['Data', 'B2'])).toBe('B2');
    expect(() => runtime.call('selectOn', ['Data', 'A1', 'Other'])).toThrow(/range/);
  });
});

describe('alerts', () => {
  it('answer with the first button unless a test scripts the answers', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    expect(runtime.call('ask')).toEqual(['YES', 'OK']);
    runtime.answerAlerts('NO');
    expect(runtime.call('ask')).toEqual(['NO', 'OK']);
    expect(runtime.ui.alerts.map((a) => [a.title, a.buttons, a.answer])).toEqual([
      ['Remove?', 'YES_NO', 'YES'],
      ['Note', 'OK', 'OK'],
      ['Remove?', 'YES_NO', 'NO'],
      ['Note', 'OK', 'OK'],
    ]);
  });

  it('refuse a scripted answer the dialog does not offer', () => {
    const runtime = fixtureRuntime(CODE, DATA);
    runtime.answerAlerts('CANCEL');
    expect(() => runtime.call('ask')).toThrow(/offers YES, NO, CLOSE/);
  });
});

describe('custom-function calls', () => {
  it('are counted by name: one per formula evaluation, not one per cell of its range', () => {
    const runtime = fixtureRuntime(CODE, DATA, { customFunctions: ['DOUBLE'] });
    expect(runtime.customFunctionCalls.total()).toBe(0);
    runtime.workbook.setValues('Data', 1, 2, [['=DOUBLE(B2:B4)']]);
    expect(runtime.workbook.getValues('Data', 1, 2, 3, 1)).toEqual([[20], [60], [100]]);
    expect(runtime.customFunctionCalls.snapshot()).toEqual({ DOUBLE: 1 });
    runtime.workbook.setValues('Data', 2, 1, [[31]]);
    expect(runtime.customFunctionCalls.get('DOUBLE')).toBe(2);
  });

  it('are counted for the built add-on too', () => {
    const runtime = createRuntime({
      data: { sheets: [{ name: 'S', cells: [[1], [2], [3], [4], ['=KPI_TREND(A1:A4)']] }] },
    });
    expect(runtime.workbook.getValues('S', 4, 0, 1, 1)[0][0]).toBe('IMPROVING');
    expect(runtime.customFunctionCalls.snapshot()).toEqual({ KPI_TREND: 1 });
  });
});
