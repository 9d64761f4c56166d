// Custom functions refuse volatile arguments, directly or through any chain of cells, as Sheets
// does; NOW() and TODAY() read the workbook's clock in the spreadsheet's time zone.
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';
import { VOLATILE_ARGUMENT_MESSAGE } from '../../../src/local/workbook/volatileArguments';
import { type HostLog, makeHost } from './helpers';

function clockedWorkbook(start: string, timeZone?: string) {
  const log: HostLog = { calls: [] };
  const time = { ms: Date.parse(start) };
  const wb = new Workbook({
    customFunctions: { names: ['ECHO', 'DOUBLE_ALL', 'SEQ'], host: makeHost(log) },
    clock: { now: () => time.ms, timeZone },
  });
  wb.addSheet('S');
  return { wb, log, time };
}

const refused = (wb: Workbook, row: number, col: number) => ({
  value: wb.getValues('S', row, col, 1, 1)[0][0],
  message: wb.getCellError('S', row, col),
});

describe('custom functions with volatile arguments', () => {
  it.each([
    ['NOW()', '=ECHO(NOW())'],
    ['RAND()', '=ECHO(RAND())'],
    ['RANDBETWEEN()', '=ECHO(RANDBETWEEN(1, 6))'],
    ['RANDARRAY()', '=DOUBLE_ALL(RANDARRAY(2, 2))'],
    ['NOW() inside an expression', '=ECHO(YEAR(NOW()) + 1)'],
  ])('refuse %s as an argument, without calling the script', (_name, formula) => {
    const { wb, log } = clockedWorkbook('2026-03-02T10:00:00Z');
    wb.setFormulas('S', 0, 0, [[formula]]);
    expect(refused(wb, 0, 0)).toEqual({ value: '#ERROR!', message: VOLATILE_ARGUMENT_MESSAGE });
    expect(log.calls).toEqual([]);
  });

  it('refuse a cell that depends on NOW() through other cells and ranges', () => {
    const { wb, log } = clockedWorkbook('2026-03-02T10:00:00Z');
    wb.setValues('S', 0, 0, [['=NOW()', '=A1+1', 5]]);
    wb.setFormulas('S', 1, 0, [['=ECHO(B1)', '=DOUBLE_ALL(A1:C1)', '=ECHO(C1)']]);
    expect(refused(wb, 1, 0).message).toBe(VOLATILE_ARGUMENT_MESSAGE);
    expect(refused(wb, 1, 1).message).toBe(VOLATILE_ARGUMENT_MESSAGE);
    // A cell beside the volatile ones is fine.
    expect(wb.getValues('S', 1, 2, 1, 1)).toEqual([[5]]);
    expect(log.calls.map((c) => c.args)).toEqual([[5]]);
  });

  it('refuse a cell on another sheet that reads RAND() later, and recover when it goes', () => {
    const { wb } = clockedWorkbook('2026-03-02T10:00:00Z');
    wb.addSheet('Data');
    wb.setValues('Data', 0, 0, [[3]]);
    wb.setFormulas('S', 0, 0, [['=ECHO(Data!A1)']]);
    expect(wb.getValues('S', 0, 0, 1, 1)).toEqual([[3]]);
    wb.setFormulas('Data', 0, 0, [['=RAND()*0+4']]);
    expect(refused(wb, 0, 0).message).toBe(VOLATILE_ARGUMENT_MESSAGE);
    wb.setValues('Data', 0, 0, [[4]]);
    expect(wb.getValues('S', 0, 0, 1, 1)).toEqual([[4]]);
  });

  it('refuse a named range whose cell holds NOW()', () => {
    const { wb } = clockedWorkbook('2026-03-02T10:00:00Z');
    wb.setFormulas('S', 0, 0, [['=NOW()']]);
    wb.setNamedRange('STAMP', 'S', 0, 0, 1, 1);
    wb.setFormulas('S', 1, 0, [['=ECHO(STAMP)']]);
    expect(refused(wb, 1, 0).message).toBe(VOLATILE_ARGUMENT_MESSAGE);
  });

  it('accept TODAY(), which Sheets does not name among the refused functions', () => {
    const { wb } = clockedWorkbook('2026-03-02T10:00:00Z', 'Etc/UTC');
    wb.setFormulas('S', 0, 0, [['=ECHO(TODAY())']]);
    expect(wb.getCellError('S', 0, 0)).toBeNull();
    expect(wb.getDisplayValues('S', 0, 0, 1, 1)).toEqual([['2026-03-02']]);
  });
});

describe('NOW() and TODAY()', () => {
  it('read the workbook clock in the spreadsheet time zone, and move when it moves', () => {
    // 23:30 UTC is already the next day in Amsterdam.
    const { wb, time } = clockedWorkbook('2026-03-02T23:30:00Z', 'Europe/Amsterdam');
    wb.setFormulas('S', 0, 0, [['=TODAY()', '=NOW()', '=TEXT(NOW(), "hh:mm")']]);
    expect(wb.getDisplayValues('S', 0, 0, 1, 3)).toEqual([
      ['2026-03-03', '2026-03-03 00:30:00', '00:30'],
    ]);
    time.ms += 2 * 86_400_000;
    wb.recalculateVolatile();
    expect(wb.getDisplayValues('S', 0, 0, 1, 1)).toEqual([['2026-03-05']]);
  });

  it('moving with the clock is recalculation, not an edit: nothing new to save', () => {
    const { wb, time } = clockedWorkbook('2026-03-02T10:00:00Z');
    wb.setFormulas('S', 0, 0, [['=TODAY()']]);
    const revision = wb.revision;
    time.ms += 86_400_000;
    wb.recalculateVolatile();
    expect(wb.getDisplayValues('S', 0, 0, 1, 1)).toEqual([['2026-03-03']]);
    expect(wb.revision).toBe(revision);
  });

  it('a custom function reading TODAY() is called again when the day changes', () => {
    const { wb, log, time } = clockedWorkbook('2026-03-02T10:00:00Z', 'Etc/UTC');
    wb.setFormulas('S', 0, 0, [['=ECHO(TODAY())']]);
    const calls = log.calls.length;
    time.ms += 86_400_000;
    wb.recalculateVolatile();
    expect(log.calls.length).toBeGreaterThan(calls);
    expect(wb.getDisplayValues('S', 0, 0, 1, 1)).toEqual([['2026-03-03']]);
  });
});
