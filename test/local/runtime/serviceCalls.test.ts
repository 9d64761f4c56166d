// Service calls take script time and can fail (the runtime's serviceCalls option), as they do
// in Sheets: the add-on's clock moves while a run spends time in calls, a run that passes its
// time limit is stopped even if it catches the error, and a failing call throws its message.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function elapsed() {
  var start = Date.now();
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1').getValues();
  sheet.getRange('A1').getValues();
  return Date.now() - start;
}
function writeThenRead() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('B1').setValue('written');
  try { sheet.getRange('A1').getValues(); } catch (e) { sheet.getRange('C1').setValue('caught'); }
  return 'finished';
}
`;

const MINUTE = 60_000;

describe('script time spent in service calls', () => {
  it('moves the clock the add-on reads during the run, not the runtime clock', () => {
    const runtime = fixtureRuntime(CODE, undefined, {
      serviceCalls: { latencyMs: (call) => (call === 'Range.getValues' ? MINUTE : 0) },
    });
    const before = runtime.clock.now().getTime();
    expect(runtime.call('elapsed')).toBe(2 * MINUTE);
    expect(runtime.clock.now().getTime()).toBe(before);
    // Each execution starts its own count.
    expect(runtime.call('elapsed')).toBe(2 * MINUTE);
  });

  it('stops a run that passes its limit, even one that catches the error; earlier writes stay', () => {
    const runtime = fixtureRuntime(CODE, undefined, {
      serviceCalls: { latencyMs: (call) => (call === 'Range.getValues' ? 7 * MINUTE : 0) },
    });
    expect(() => runtime.call('writeThenRead')).toThrow('Exceeded maximum execution time');
    expect(runtime.workbook.getValues('Sheet1', 0, 1, 1, 2)).toEqual([['written', '']]);
  });

  it('fails the calls the test names, with the message it gives', () => {
    const message = 'Service Spreadsheets failed while accessing document with id 1KpiGuard.';
    const runtime = fixtureRuntime(CODE, undefined, {
      serviceCalls: { failure: (call) => (call === 'Range.getValues' ? message : null) },
    });
    expect(runtime.call('writeThenRead')).toBe('finished');
    expect(runtime.workbook.getValues('Sheet1', 0, 1, 1, 2)).toEqual([['written', 'caught']]);
    expect(() => runtime.call('elapsed')).toThrow(message);
  });
});
