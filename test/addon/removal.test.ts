// Remove KPI Guard…: after a confirmation, everything KPI Guard added goes, and every user
// sheet holds exactly what it held before KPI Guard touched it, cell by cell: values,
// formulas, backgrounds, number formats and conditional-format rules. The history sheet goes
// only when the user says so; removal twice, or after parts were deleted by hand, finishes.
import { describe, expect, it } from 'vitest';
import {
  AS_OF_RANGE_NAME,
  DASHBOARD_SHEET_NAME,
  HELPER_SHEET_NAME,
  HISTORY_SHEET_NAME,
  SETTINGS_SHEET_NAME,
} from '../../src/addon/artifacts';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { SidebarClient } from './sidebarClient';

const NOW = new Date('2024-12-15T09:00:00Z');
const USER_SHEETS = ['Nail factory', 'Lead funnel'];

/** Everything a user sheet holds, cell by cell, plus its rules. */
function snapshot(runtime: LocalRuntime) {
  const wb = runtime.workbook;
  const model = runtime.services.model;
  return USER_SHEETS.map((name) => {
    const { rows, cols } = wb.gridSize(name);
    const sheet = model.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return {
      name,
      grid: [rows, cols],
      values: wb.getValues(name, 0, 0, rows, cols),
      formulas: wb.getFormulas(name, 0, 0, rows, cols),
      backgrounds: wb.getBackgrounds(name, 0, 0, rows, cols),
      numberFormats: wb.getNumberFormats(name, 0, 0, rows, cols),
      rules: model.rules.data(sheet.getSheetId()).map(({ criteria, format, ranges }) => ({
        criteria,
        format,
        ranges,
      })),
    };
  });
}

function metadataKeys(runtime: LocalRuntime): string[] {
  return runtime.services.model.spreadsheet
    .createDeveloperMetadataFinder()
    .find()
    .map((m) => m.getKey())
    .sort();
}

/** The sample with a user's own rule, background, metadata, property and extra sheet. */
function userSpreadsheet(): LocalRuntime {
  const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
  const app = runtime.services.SpreadsheetApp;
  const nails = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
  if (!nails) throw new Error('no sheet');
  nails.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=C2>20')
      .setBackground('#00ff00')
      .setRanges([nails.getRange('C2:C31')])
      .build(),
  ]);
  nails.getRange('C5').setBackground('#fff2cc');
  nails.getRange('B2:B31').setNumberFormat('#,##0');
  nails.getRange('A:A').addDeveloperMetadata('team.note', 'weeks');
  runtime.properties.document.set('team.setting', 'keep me');
  return runtime;
}

/** Marks both sample sheets, colours them, refreshes the as-of date, and adds what the
 * schedule and dashboard add (a trigger, a property, the dashboard and history sheets). */
function useKpiGuard(runtime: LocalRuntime): void {
  runtime.setActiveSheet('Nail factory');
  const nails = new SidebarClient(runtime);
  nails.edit('Week', { role: 'time' });
  nails.edit('Average nail weight (g)', {
    role: 'kpi',
    counterparts: [nails.pair('Nails per week'), nails.pair('Orders delivered')],
  });
  expect(nails.save().ok).toBe(true);
  runtime.setActiveSheet('Lead funnel');
  const leads = new SidebarClient(runtime);
  leads.headerRow = '1';
  leads.edit('Leads', {
    role: 'kpi',
    counterparts: [leads.pair('Qualified leads', 'pace'), leads.pair('Customers', 'pace')],
  });
  leads.edit('Customers', {
    role: 'target',
    goal: '5',
    baseline: '0',
    start: '2024-01-01',
    end: '2024-12-31',
  });
  expect(leads.save().ok).toBe(true);
  runtime.call('refreshAsOfDate');
  runtime.properties.document.set('kpiguard.schedule', '{"v":1,"every":"daily"}');
  runtime.services.ScriptApp.newTrigger('refreshAsOfDate').timeBased().everyHours(1).create();
  const spreadsheet = runtime.services.model.spreadsheet;
  spreadsheet.insertSheet(DASHBOARD_SHEET_NAME).getRange('A1').setValue('Dashboard');
  spreadsheet
    .insertSheet(HISTORY_SHEET_NAME)
    .getRange('A1:B1')
    .setValues([['Date', 'Leads']]);
  spreadsheet.setActiveSheet(
    spreadsheet.getSheetByName('Lead funnel') ?? spreadsheet.getSheets()[0],
  );
}

describe('Remove KPI Guard…', () => {
  it('restores every user sheet cell by cell, and keeps the history when told to', () => {
    const runtime = userSpreadsheet();
    const before = snapshot(runtime);
    useKpiGuard(runtime);
    // KPI Guard did touch the sheets: its rules are there and cells are coloured.
    expect(snapshot(runtime)).not.toEqual(before);
    expect(metadataKeys(runtime).filter((k) => k.startsWith('kpiguard.')).length).toBeGreaterThan(
      3,
    );

    runtime.answerAlerts('YES', 'NO');
    runtime.call('removeKpiGuard');
    expect(runtime.ui.alerts.map((a) => [a.title, a.buttons, a.answer])).toEqual([
      ['Remove KPI Guard', 'YES_NO', 'YES'],
      ['Keep the history?', 'YES_NO', 'NO'],
    ]);
    expect(snapshot(runtime)).toEqual(before);
    expect(runtime.workbook.sheetNames()).toEqual([...USER_SHEETS, HISTORY_SHEET_NAME]);
    expect(metadataKeys(runtime)).toEqual(['team.note']);
    expect([...runtime.properties.document.keys()]).toEqual(['team.setting']);
    expect(runtime.services.model.spreadsheet.getRangeByName(AS_OF_RANGE_NAME)).toBeNull();
    expect(runtime.triggers).toEqual([]);
    expect(runtime.ui.toasts.at(-1)?.message).toBe(
      'KPI Guard was removed from this spreadsheet; the sheet "KPI Guard history" was kept.',
    );
    // Nothing is coloured any more, and the sidebar finds nothing marked.
    expect(runtime.effectiveBackgrounds('Nail factory', 0, 2, 31, 1).flat()).not.toContain(
      '#f4cccc',
    );
    runtime.setActiveSheet('Nail factory');
    expect(new SidebarClient(runtime).view.legend).toEqual({ watched: 0, coloured: [] });

    // Again: nothing left to remove but the history, which goes when the user says yes.
    runtime.answerAlerts('YES', 'YES');
    runtime.call('removeKpiGuard');
    expect(runtime.workbook.sheetNames()).toEqual(USER_SHEETS);
    expect(snapshot(runtime)).toEqual(before);
    expect(runtime.ui.toasts.at(-1)?.message).toBe('KPI Guard was removed from this spreadsheet.');
  });

  it('removes nothing when the user answers No', () => {
    const runtime = userSpreadsheet();
    useKpiGuard(runtime);
    const used = snapshot(runtime);
    const sheets = runtime.workbook.sheetNames();
    runtime.answerAlerts('NO');
    runtime.call('removeKpiGuard');
    expect(runtime.ui.alerts).toHaveLength(1);
    expect(runtime.workbook.sheetNames()).toEqual(sheets);
    expect(snapshot(runtime)).toEqual(used);
    expect(runtime.triggers).toHaveLength(1);
    expect(runtime.ui.toasts.at(-1)?.message).toBe('Nothing was removed.');
  });

  it('finishes when parts were already deleted by hand', () => {
    const runtime = userSpreadsheet();
    const before = snapshot(runtime);
    useKpiGuard(runtime);
    const spreadsheet = runtime.services.model.spreadsheet;
    for (const name of [HELPER_SHEET_NAME, SETTINGS_SHEET_NAME, HISTORY_SHEET_NAME]) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) spreadsheet.deleteSheet(sheet);
    }
    runtime.properties.document.delete('kpiguard.schedule');
    runtime.answerAlerts('YES');
    runtime.call('removeKpiGuard');
    expect(runtime.ui.alerts).toHaveLength(1); // no history left to ask about
    expect(snapshot(runtime)).toEqual(before);
    expect(runtime.workbook.sheetNames()).toEqual(USER_SHEETS);
    expect(metadataKeys(runtime)).toEqual(['team.note']);
  });

  it('removes nothing while a save or a scheduled run holds the document lock, and says so', () => {
    const runtime = userSpreadsheet();
    useKpiGuard(runtime);
    const release = runtime.holdLock('document');
    runtime.answerAlerts('YES');
    runtime.call('removeKpiGuard');
    release();
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringContaining('Remove everything KPI Guard added'),
      expect.stringContaining('Try again in a minute'),
    ]);
    expect(runtime.workbook.sheetNames()).toContain(HELPER_SHEET_NAME);
  });
});
