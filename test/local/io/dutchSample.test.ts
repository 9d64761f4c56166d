// The Dutch sample must tell the seed article's lead story in its own words: leads pushed up
// towards a hundred while qualified leads and customers do not keep pace, and the target of
// vijf nieuwe klanten missed. Checked with the pure core functions on the data, and with the
// sheet's own formulas computed by the built add-on in the local runtime.
import { describe, expect, it } from 'vitest';
import { kpiIsolation, kpiTrend, targetProgress } from '../../../src/core/index';
import { createRuntime } from '../../../src/local/runtime/createRuntime';
import {
  DUTCH_MONTHS,
  DUTCH_SHEET,
  dutchSampleWorkbook,
  KLANTEN_DOEL,
} from '../../../src/local/sample/index';

const data = dutchSampleWorkbook();
const [sheet] = data.sheets;
const column = (c: number): number[] =>
  sheet.cells.slice(1, DUTCH_MONTHS + 1).map((row) => row[c] as number);

describe('the Dutch sample workbook', () => {
  it('is a Dutch workbook with the article’s columns, a month per row, and is deterministic', () => {
    expect(data.locale).toBe('nl_NL');
    expect(data.sheets.map((s) => s.name)).toEqual([DUTCH_SHEET]);
    expect(sheet.cells[0].slice(0, 4)).toEqual([
      'Maand',
      'Leads',
      'Gekwalificeerde leads',
      'Klanten',
    ]);
    expect(sheet.cells).toHaveLength(DUTCH_MONTHS + 1);
    for (const row of sheet.cells.slice(1)) expect(row[0]).toBeInstanceOf(Date);
    expect(dutchSampleWorkbook()).toEqual(data);
  });

  it('tells the story: leads climb to about a hundred, quality and customers stay flat', () => {
    const leads = column(1);
    const qualified = column(2);
    const klanten = column(3);
    expect(Math.max(...leads)).toBeGreaterThanOrEqual(95);
    expect(kpiTrend(leads, 1)).toBe('IMPROVING');
    expect(kpiTrend(qualified, 1)).toBe('STABLE');
    expect(kpiTrend(klanten, 1)).toBe('STABLE');
    const total = klanten.reduce((a, b) => a + b, 0);
    expect(targetProgress(total, KLANTEN_DOEL, 0)).toBeLessThan(1);
    // Per lead, qualified leads and customers fall: flagged once there are rows to judge.
    const flags = kpiIsolation(leads, [qualified, klanten], 1, ['pace', 'pace']);
    expect(flags.slice(0, 9).every((f) => f === null)).toBe(true);
    expect(flags.slice(-3)).toEqual([true, true, true]);
  });

  it('its own formulas, computed by the built add-on, say the same in a Dutch sheet', () => {
    const runtime = createRuntime({ data: dutchSampleWorkbook(), now: new Date('2026-12-02') });
    const wb = runtime.workbook;
    const summary = wb.getDisplayValues(DUTCH_SHEET, 1, 7, 7, 2);
    expect(summary).toEqual([
      ['Doel: nieuwe klanten in 2026', '5'],
      ['Klanten tot nu toe', '3'],
      ['Voortgang naar het doel', '60%'],
      ['Tempo in de laatste maand', 'OFF TRACK'],
      ['Trend leads', 'IMPROVING'],
      ['Trend gekwalificeerde leads', 'STABLE'],
      ['Trend klanten', 'STABLE'],
    ]);
    const flags = wb.getValues(DUTCH_SHEET, 1, 5, DUTCH_MONTHS, 1).flat();
    expect(flags.slice(-6)).toEqual(['', '', '', true, true, true]);
    expect(wb.getDisplayValues(DUTCH_SHEET, 1, 0, 1, 1)).toEqual([['jan. 2026']]);
    expect(runtime.services.model.spreadsheet.getSpreadsheetLocale()).toBe('nl_NL');
  });
});
