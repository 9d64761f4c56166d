// Time inside the loaded add-on and in the workbook is the runtime's clock: advancing it (as
// the preview's clock buttons do) moves `new Date()`, Date.now(), TODAY() and NOW().
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/local/runtime/createRuntime';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function stamp() { return [new Date().toISOString(), Date.now(), Date(), new Date(0).toISOString()]; }
function isDate() { return new Date() instanceof Date && Object.prototype.toString.call(new Date()) === '[object Date]'; }
`;

describe('the runtime clock', () => {
  it('is what new Date(), Date.now() and Date() read in the add-on', () => {
    const runtime = fixtureRuntime(CODE); // starts 2026-03-02T10:00:00Z
    const [iso, now, text, epoch] = runtime.call('stamp') as [string, number, string, string];
    expect(iso).toBe('2026-03-02T10:00:00.000Z');
    expect(now).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect(new Date(text).getTime()).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect(epoch).toBe('1970-01-01T00:00:00.000Z');
    expect(runtime.call('isDate')).toBe(true);
    runtime.clock.advance(36 * 3_600_000);
    expect((runtime.call('stamp') as string[])[0]).toBe('2026-03-03T22:00:00.000Z');
  });

  it('moves TODAY() and NOW() in cells, in the spreadsheet time zone', () => {
    const runtime = fixtureRuntime(
      CODE,
      { sheets: [{ name: 'S', cells: [['=TODAY()', '=NOW()']] }] },
      { timeZone: 'America/New_York' },
    );
    // 10:00 UTC is 05:00 in New York.
    expect(runtime.workbook.getDisplayValues('S', 0, 0, 1, 2)).toEqual([
      ['2026-03-02', '2026-03-02 05:00:00'],
    ]);
    runtime.clock.advance(24 * 3_600_000);
    expect(runtime.workbook.getDisplayValues('S', 0, 0, 1, 1)).toEqual([['2026-03-03']]);
  });
});

describe('TARGET_PACE without as_of (the built add-on)', () => {
  const pace = (now: string) =>
    createRuntime({
      now: new Date(now),
      data: {
        sheets: [
          {
            name: 'S',
            cells: [['=TARGET_PACE(1, 5, 0, DATE(2026,1,1), DATE(2026,12,31))', 1]],
          },
        ],
      },
    });

  it('judges on the runtime clock, not the machine clock', () => {
    expect(pace('2026-01-10T12:00:00Z').workbook.getValues('S', 0, 0, 1, 1)).toEqual([
      ['ON TRACK'],
    ]);
    expect(pace('2026-12-20T12:00:00Z').workbook.getValues('S', 0, 0, 1, 1)).toEqual([
      ['OFF TRACK'],
    ]);
  });

  it('freezes on the day it was computed until an argument changes, as in Sheets', () => {
    const runtime = pace('2026-01-10T12:00:00Z');
    runtime.clock.advance(340 * 86_400_000);
    expect(runtime.workbook.getValues('S', 0, 0, 1, 1)).toEqual([['ON TRACK']]);
    runtime.workbook.setFormulas('S', 0, 0, [
      ['=TARGET_PACE(B1, 5, 0, DATE(2026,1,1), DATE(2026,12,31))'],
    ]);
    expect(runtime.workbook.getValues('S', 0, 0, 1, 1)).toEqual([['OFF TRACK']]);
  });
});
