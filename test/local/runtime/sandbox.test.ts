// Custom functions run in Sheets' sandbox: only services that need no authorization answer,
// the spreadsheet only reads, the user stays anonymous, and a call is stopped at 30 s (a limit
// the tests shorten). Other executions stop at 6 minutes, simple triggers at 30 s.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('S'); }
function USES(what) {
  switch (what) {
    case 'cache': CacheService.getScriptCache().put('k', 'v'); return CacheService.getScriptCache().get('k');
    case 'lock': return LockService.getScriptLock().tryLock(10);
    case 'utilities': return Utilities.formatDate(new Date(0), 'Etc/UTC', 'yyyy');
    case 'html': return HtmlService.createHtmlOutput('<b>x</b>').getContent();
    case 'properties': return PropertiesService.getScriptProperties().getProperty('p');
    case 'spreadsheet': return sheet().getRange('A1').getValue();
    case 'user': return '[' + Session.getActiveUser().getEmail() + ']';
    case 'triggers': return ScriptApp.getProjectTriggers().length;
    case 'write': sheet().getRange('A2').setValue(1); return 'wrote';
  }
}
function SPIN() { for (;;) {} }
function spin() { for (;;) {} }
function ok() { return 'still here'; }
`;

const data = () => ({ sheets: [{ name: 'S', cells: [['cell']] }] });

function cell(formula: string, limits = {}) {
  const runtime = fixtureRuntime(CODE, data(), { customFunctions: ['USES', 'SPIN'], limits });
  runtime.properties.script.set('p', 'prop');
  runtime.workbook.setFormulas('S', 5, 0, [[formula]]);
  return {
    runtime,
    value: runtime.workbook.getValues('S', 5, 0, 1, 1)[0][0],
    error: runtime.workbook.getCellError('S', 5, 0),
  };
}

describe('services inside a custom function', () => {
  it.each([
    ['cache', 'v'],
    ['lock', true],
    ['utilities', '1970'],
    ['html', '<b>x</b>'],
    ['properties', 'prop'],
    ['spreadsheet', 'cell'],
    ['user', '[]'],
  ])('%s answers', (what, expected) => {
    const { value, error } = cell(`=USES("${what}")`);
    expect(error).toBeNull();
    expect(value).toBe(expected);
  });

  it.each([
    [
      'triggers',
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    ],
    ['write', 'You do not have permission to call setValue'],
  ])('%s is refused with the permission error', (what, message) => {
    const { value, error } = cell(`=USES("${what}")`);
    expect(value).toBe('#ERROR!');
    expect(error).toBe(message);
  });
});

describe('time limits', () => {
  it('a custom function past its limit shows the message Sheets shows, and the runtime goes on', () => {
    const { runtime, value, error } = cell('=SPIN()', { customFunctionMs: 50 });
    expect(value).toBe('#ERROR!');
    expect(error).toBe('Exceeded maximum execution time (line 0).');
    expect(runtime.call('ok')).toBe('still here');
  });

  it('a menu or sidebar call is stopped at the execution limit', () => {
    const runtime = fixtureRuntime(CODE, data(), { limits: { executionMs: 500 } });
    expect(() => runtime.call('spin')).toThrow('Exceeded maximum execution time');
    expect(runtime.call('ok')).toBe('still here');
  });

  it('onOpen is stopped at the simple-trigger limit, as a warning', () => {
    const runtime = fixtureRuntime('function onOpen() { for (;;) {} }', data(), {
      limits: { simpleTriggerMs: 50 },
    });
    expect(runtime.takeWarnings()).toEqual([
      'onOpen failed in AuthMode.NONE: Exceeded maximum execution time',
    ]);
  });
});
