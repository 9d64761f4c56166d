// More of the Spreadsheet service: sheets, A1 notation, named ranges, metadata operations.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }
function sheets() { return ss().getSheets().map(function (s) { return s.getName(); }); }
function addSheet(name, i) { var s = ss().insertSheet(name, i); return [s.getName(), ss().getActiveSheet().getName(), s.getMaxRows(), s.getMaxColumns()]; }
function dropSheet(name) { ss().deleteSheet(ss().getSheetByName(name)); }
function a1s() {
  var s = ss().getSheetByName('Data');
  return [
    s.getRange(2, 2, 3, 2).getA1Notation(),
    s.getRange('B:B').getA1Notation(),
    s.getRange('2:3').getA1Notation(),
    s.getRange('B2').offset(1, 1).getA1Notation(),
    ss().getRange('Data!A1:B2').getValues(),
    s.getRange('B:B').getNumRows(),
    s.getDataRange().getA1Notation(),
  ];
}
function named() {
  var s = ss().getSheetByName('Data');
  ss().setNamedRange('Leads', s.getRange('B2:B3'));
  s.insertRowBefore(1);
  return [ss().getRangeByName('Leads').getA1Notation(), ss().getNamedRanges().map(function (n) { return n.getName(); }), ss().getRangeByName('nope')];
}
function metaOps() {
  var s = ss().getSheetByName('Data');
  s.getRange('B:B').addDeveloperMetadata('kpi', '{"dir":"up"}', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  s.getRange('3:3').addDeveloperMetadata('row', 'x');
  s.addDeveloperMetadata('sheet', 's');
  ss().addDeveloperMetadata('doc', 'd');
  var m = s.getRange('B:B').getDeveloperMetadata()[0];
  m.setValue('{"dir":"down"}');
  var found = s.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN).find();
  s.insertRowsBefore(1, 2);
  var row = ss().createDeveloperMetadataFinder().withKey('row').find()[0];
  m.moveToColumn(s.getRange('D:D'));
  var byId = ss().createDeveloperMetadataFinder().withId(m.getId()).find();
  var out = [
    found.length, found[0].getValue(), found[0].getVisibility().toString(),
    row.getLocation().getRow().getA1Notation(),
    byId[0].getLocation().getColumn().getA1Notation(),
    s.getDeveloperMetadata().map(function (d) { return d.getKey(); }),
    ss().getDeveloperMetadata().map(function (d) { return d.getKey(); }),
    s.getRange('A:E').createDeveloperMetadataFinder().find().length,
    s.getRange('A1:E9').createDeveloperMetadataFinder().onIntersectingLocations().find().length,
  ];
  m.remove();
  out.push(ss().createDeveloperMetadataFinder().withKey('kpi').find().length);
  return out;
}
function clearIt() { var r = ss().getSheetByName('Data').getRange('A1:B2'); r.setBackground('#123456'); r.clear({ contentsOnly: true }); return [r.getValues(), r.getBackgrounds()]; }
function hideAll() { ss().getSheetByName('Data').hideSheet(); }
`;

const data = () => ({
  sheets: [
    {
      name: 'Data',
      cells: [
        ['Week', 'Leads'],
        [1, 10],
        [2, 20],
        [3, 30],
      ],
    },
  ],
});

describe('sheets', () => {
  it('inserts at a 0-based index, activates the new sheet, and deletes it with its metadata', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(runtime.call('addSheet', ['History', 0])).toEqual(['History', 'History', 1000, 26]);
    expect(runtime.call('sheets', [])).toEqual(['History', 'Data']);
    expect(() => runtime.call('addSheet', ['history', 0])).toThrow(/already exists/);
    runtime.call('dropSheet', ['History']);
    expect(runtime.workbook.sheetNames()).toEqual(['Data']);
    expect(() => runtime.call('hideAll', [])).toThrow(/hide all the sheets/);
  });
});

describe('ranges and A1 notation', () => {
  it('writes and reads A1 like Sheets', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(runtime.call('a1s', [])).toEqual([
      'B2:C4',
      'B:B',
      '2:3',
      'C3',
      [
        ['Week', 'Leads'],
        [1, 10],
      ],
      1000,
      'A1:B4',
    ]);
  });

  it('named ranges follow inserted rows', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(runtime.call('named', [])).toEqual(['B3:B4', ['Leads'], null]);
  });

  it('clear({contentsOnly}) keeps formats', () => {
    const runtime = fixtureRuntime(CODE, data());
    expect(runtime.call('clearIt', [])).toEqual([
      [
        ['', ''],
        ['', ''],
      ],
      [
        ['#123456', '#123456'],
        ['#123456', '#123456'],
      ],
    ]);
  });
});

describe('developer metadata operations', () => {
  it('adds, finds, updates, moves and removes metadata at every location type', () => {
    const runtime = fixtureRuntime(CODE, data());
    runtime.counter.reset();
    expect(runtime.call('metaOps', [])).toEqual([
      1,
      '{"dir":"down"}',
      'PROJECT',
      '5:5',
      'D:D',
      ['sheet'],
      ['doc'],
      1, // only the column lies wholly inside A:E
      2, // the column and the row touch A1:E9
      0,
    ]);
    expect(runtime.counter.get('DeveloperMetadataFinder.find')).toBe(6);
    expect(runtime.counter.get('Range.addDeveloperMetadata')).toBe(2);
  });
});

describe('grid bounds', () => {
  it('refuses ranges past the grid and grows it on appendRow', () => {
    const runtime = fixtureRuntime(
      `function far() { SpreadsheetApp.getActiveSheet().getRange(1001, 1).getValue(); }
       function append() { var s = SpreadsheetApp.getActiveSheet(); s.appendRow([4, 40]); return [s.getLastRow(), s.getRange(5, 1, 1, 2).getValues()]; }
       function logError() { try { null.x; } catch (e) { Logger.log(e); } }`,
      data(),
    );
    expect(() => runtime.call('far', [])).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(runtime.call('append', [])).toEqual([5, [[4, 40]]]);
    runtime.call('logError', []);
    expect(runtime.logs.at(-1)).toMatch(/^TypeError: /);
  });
});
