// Live colours on the seed stories, through the built add-on in the local runtime: a save in
// the sidebar writes KPI_ISOLATION helper columns and an INDIRECT rule per KPI; the cells
// coloured are exactly the rows the detector flags, they follow edits without a script run,
// and the user's own rules and backgrounds are left as they were.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPER_SHEET_NAME } from '../../src/addon/artifacts';
import { WARNING_BACKGROUND } from '../../src/addon/colours/rules';
import { kpiIsolation } from '../../src/core/isolation';
import { toNumberOrNull } from '../../src/core/series';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { writeDist } from '../local/runtime/fixtureDist';
import { colouredRows } from '../support/colouredRows';
import { DIST } from '../support/distFiles';
import { FLAT_CUSTOMERS, GROWING_CUSTOMERS, seedWorkbook } from '../support/seedStories';
import { markSheet } from './sidebarClient';

const NOW = new Date('2024-12-15T09:00:00Z');

function seedRuntime(): LocalRuntime {
  return createRuntime({ data: seedWorkbook(), now: NOW });
}

/** The column's numbers below the header row. */
function series(runtime: LocalRuntime, sheet: string, column: number): (number | null)[] {
  const rows = runtime.workbook.lastRow(sheet) - 1;
  return runtime.workbook.getValues(sheet, 1, column - 1, rows, 1).map((r) => toNumberOrNull(r[0]));
}

/** Sheet rows the core detector flags (header in row 1). */
function flaggedRows(flags: (boolean | null)[]): number[] {
  return flags.flatMap((flag, i) => (flag === true ? [i + 2] : []));
}

const WEIGHT = 'Average nail weight (g)';

describe('live colours on the seed stories', () => {
  it('the nail factory: weight cells coloured on the rows where weight rises while nails fall', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    const expected = flaggedRows(
      kpiIsolation(series(runtime, 'Nail factory', 3), [series(runtime, 'Nail factory', 2)], 1, [
        'up',
      ]),
    );
    expect(expected.length).toBeGreaterThan(5);
    // Weeks 1-10 are healthy (rows 2-11): nothing there is coloured.
    expect(expected.every((row) => row > 11)).toBe(true);
    expect(colouredRows(runtime, 'Nail factory', 3)).toEqual(expected);
    // Only the KPI's cells: the counterpart and the other columns keep their look.
    for (const column of [1, 2, 4, 6])
      expect(colouredRows(runtime, 'Nail factory', column)).toEqual([]);
  });

  it('the lead funnel: leads coloured when customers, who should keep pace, stay flat', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    const expected = flaggedRows(
      kpiIsolation(series(runtime, 'Lead funnel', 2), [series(runtime, 'Lead funnel', 4)], 1, [
        'pace',
      ]),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(colouredRows(runtime, 'Lead funnel', 2)).toEqual(expected);
    expect(colouredRows(runtime, 'Lead funnel', 4)).toEqual([]);
  });

  it('healthy growth: leads and customers rising together colour nothing', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Healthy growth', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    expect(colouredRows(runtime, 'Healthy growth', 2)).toEqual([]);
  });

  it('a counterpart with no data colours nothing: missing data is not gaming', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'No customer data', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    expect(colouredRows(runtime, 'No customer data', 2)).toEqual([]);
  });

  it('follows an edit that ends the divergence, and one that brings it back, with no script run', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    const before = colouredRows(runtime, 'Lead funnel', 2);
    expect(before.length).toBeGreaterThan(0);
    runtime.counter.reset();
    runtime.customFunctionCalls.reset();
    // Sales catches up: customers grow with leads.
    runtime.workbook.setValues(
      'Lead funnel',
      1,
      3,
      GROWING_CUSTOMERS.map((v) => [v]),
    );
    expect(colouredRows(runtime, 'Lead funnel', 2)).toEqual([]);
    runtime.workbook.setValues(
      'Lead funnel',
      1,
      3,
      FLAT_CUSTOMERS.map((v) => [v]),
    );
    expect(colouredRows(runtime, 'Lead funnel', 2)).toEqual(before);
    // The sheet recalculated the helper's one formula per edit; the add-on never ran.
    expect(runtime.counter.total()).toBe(0);
    expect(runtime.customFunctionCalls.snapshot()).toEqual({ KPI_ISOLATION: 2 });
  });
});

/** Weight a KPI, with nails per week and orders delivered its counterparts (must not get worse). */
function markWeightAgainstBoth(runtime: LocalRuntime): void {
  markSheet(runtime, 'Nail factory', (c) =>
    c.edit(WEIGHT, {
      role: 'kpi',
      counterparts: [c.pair('Nails per week'), c.pair('Orders delivered')],
    }),
  );
}

describe('the helper sheet', () => {
  it('holds one KPI_ISOLATION column per link, named in words, on the first data row, hidden', () => {
    const runtime = seedRuntime();
    markWeightAgainstBoth(runtime);
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    const helper = runtime.services.model.spreadsheet.getSheetByName(HELPER_SHEET_NAME);
    expect(helper?.isSheetHidden()).toBe(true);
    expect(runtime.activeSheet()).toBe('Lead funnel');
    expect(runtime.workbook.getValues(HELPER_SHEET_NAME, 0, 0, 1, 3)).toEqual([
      [
        'Nail factory: Average nail weight (g) ▸ Nails per week (must not get worse)',
        'Nail factory: Average nail weight (g) ▸ Orders delivered (must not get worse)',
        'Lead funnel: Leads ▸ Customers (should keep pace)',
      ],
    ]);
    expect(runtime.workbook.getFormulas(HELPER_SHEET_NAME, 1, 0, 1, 3)).toEqual([
      [
        `=KPI_ISOLATION('Nail factory'!C2:C, 'Nail factory'!B2:B, "up", "up")`,
        `=KPI_ISOLATION('Nail factory'!C2:C, 'Nail factory'!D2:D, "up", "up")`,
        `=KPI_ISOLATION('Lead funnel'!B2:B, 'Lead funnel'!D2:D, "up", "pace")`,
      ],
    ]);
    // Marking the second sheet left the first one's colours alone.
    expect(colouredRows(runtime, 'Nail factory', 3).length).toBeGreaterThan(5);
  });

  it('colours by the OR of the link columns, which is KPI_ISOLATION over the counterparts together', () => {
    const runtime = seedRuntime();
    markWeightAgainstBoth(runtime);
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', {
        role: 'kpi',
        counterparts: [c.pair('Qualified leads', 'pace'), c.pair('Customers', 'pace')],
      }),
    );
    runtime.workbook.addSheet('Check');
    // Non-adjacent counterparts as a Sheets array literal; adjacent ones as one range too.
    runtime.workbook.setValues('Check', 0, 0, [
      [
        `=KPI_ISOLATION('Nail factory'!C2:C31, {'Nail factory'!B2:B31, 'Nail factory'!D2:D31}, "up", {"up", "up"})`,
        `=KPI_ISOLATION('Lead funnel'!B2:B25, {'Lead funnel'!C2:C25, 'Lead funnel'!D2:D25}, "up", "pace")`,
        `=KPI_ISOLATION('Lead funnel'!B2:B25, 'Lead funnel'!C2:D25, "up", "pace")`,
      ],
    ]);
    const together = runtime.workbook.getValues('Check', 0, 0, 30, 3);
    const helper = runtime.workbook.getValues(HELPER_SHEET_NAME, 1, 0, 30, 4);
    const or = (a: unknown, b: unknown) => (a === '' && b === '' ? '' : a === true || b === true);
    const nails = helper.map((row) => or(row[0], row[1]));
    const leads = helper.slice(0, 24).map((row) => or(row[2], row[3]));
    expect(nails).toEqual(together.map((row) => row[0]));
    expect(nails).toContain(true);
    expect(leads).toEqual(together.slice(0, 24).map((row) => row[1]));
    expect(leads).toContain(true);
    expect(together.slice(0, 24).map((row) => row[2])).toEqual(leads);
  });

  it('forgets the columns and the rule of a KPI whose counterparts are removed', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    markSheet(runtime, 'Nail factory', (c) => c.edit(WEIGHT, { counterparts: [] }));
    const nails = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    expect(nails?.getConditionalFormatRules()).toEqual([]);
    expect(colouredRows(runtime, 'Nail factory', 3)).toEqual([]);
    // Its column is emptied; the lead funnel keeps its own, where it was.
    expect(runtime.workbook.getValues(HELPER_SHEET_NAME, 0, 0, 1, 2)).toEqual([
      ['', 'Lead funnel: Leads ▸ Customers (should keep pace)'],
    ]);
    expect(runtime.workbook.getFormulas(HELPER_SHEET_NAME, 1, 0, 1, 2)).toEqual([
      ['', `=KPI_ISOLATION('Lead funnel'!B2:B, 'Lead funnel'!D2:D, "up", "pace")`],
    ]);
    expect(colouredRows(runtime, 'Lead funnel', 2).length).toBeGreaterThan(0);
    // Marked again, the link takes the free column.
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { counterparts: [c.pair('Orders delivered')] }),
    );
    expect(runtime.workbook.getFormulas(HELPER_SHEET_NAME, 1, 0, 1, 1)[0][0]).toContain(
      "'Nail factory'!D2:D",
    );
  });
});

describe("the user's own formatting", () => {
  function userRule(runtime: LocalRuntime, a1: string, formula: string, colour: string) {
    const app = runtime.services.SpreadsheetApp;
    const sheet = app.getActive()?.getSheetByName('Nail factory');
    if (!sheet) throw new Error('no sheet');
    return app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(colour)
      .setRanges([sheet.getRange(a1)])
      .build();
  }

  const describeRules = (runtime: LocalRuntime) =>
    (
      runtime.services.model.spreadsheet
        .getSheetByName('Nail factory')
        ?.getConditionalFormatRules() ?? []
    ).map((rule) => [
      String(rule.getBooleanCondition()?.getCriteriaValues()[0]),
      rule.getBooleanCondition()?.getBackground(),
      rule
        .getRanges()
        .map((r) => r.getA1Notation())
        .join(','),
    ]);

  it('keeps the user rules on the same cells, in their order, and the cells own backgrounds', () => {
    const runtime = seedRuntime();
    const sheet = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    if (!sheet) throw new Error('no sheet');
    const heavy = userRule(runtime, 'C2:C31', '=C2>20', '#00ff00');
    const few = userRule(runtime, 'B2:B31', '=B2<3000', '#0000ff');
    sheet.setConditionalFormatRules([heavy, few]);
    sheet.getRange('C5').setBackground('#fff2cc');
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    const rules = describeRules(runtime);
    expect(rules.slice(1)).toEqual([
      ['=C2>20', '#00ff00', 'C2:C31'],
      ['=B2<3000', '#0000ff', 'B2:B31'],
    ]);
    expect(rules[0]).toEqual([
      `=OR(INDIRECT("'KPI Guard helper'!A"&ROW())=TRUE)`,
      WARNING_BACKGROUND,
      'C2:C1000',
    ]);
    // The warning shows over the user's green where both hold; the green shows elsewhere.
    const coloured = colouredRows(runtime, 'Nail factory', 3);
    const shown = runtime.effectiveBackgrounds('Nail factory', 1, 2, 30, 1).map((r) => r[0]);
    const weights = series(runtime, 'Nail factory', 3);
    weights.forEach((weight, i) => {
      const row = i + 2;
      if (coloured.includes(row)) expect(shown[i]).toBe(WARNING_BACKGROUND);
      else if ((weight ?? 0) > 20) expect(shown[i]).toBe('#00ff00');
    });
    expect(sheet.getRange('C5').getBackground()).toBe('#fff2cc');
    expect(shown[3]).toBe('#fff2cc');

    // The user moves KPI Guard's rule last: a repaint keeps it there.
    const [ours, ...mine] = sheet.getConditionalFormatRules();
    sheet.setConditionalFormatRules([...mine, ours]);
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { counterparts: [c.pair('Nails per week'), c.pair('Orders delivered')] }),
    );
    const after = describeRules(runtime);
    expect(after.slice(0, 2)).toEqual(rules.slice(1));
    expect(after[2][0]).toBe(
      `=OR(INDIRECT("'KPI Guard helper'!A"&ROW())=TRUE, INDIRECT("'KPI Guard helper'!B"&ROW())=TRUE)`,
    );
  });

  it('writes no rules on a sheet where nothing is watched, so a user rule is not even rewritten', () => {
    const runtime = seedRuntime();
    const sheet = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    sheet?.setConditionalFormatRules([userRule(runtime, 'C2:C31', '=C2>20', '#00ff00')]);
    runtime.counter.reset();
    markSheet(runtime, 'Nail factory', (c) => c.edit(WEIGHT, { role: 'kpi' }));
    expect(runtime.counter.get('Sheet.setConditionalFormatRules')).toBe(0);
    expect(runtime.workbook.sheetNames()).not.toContain(HELPER_SHEET_NAME);
  });
});

describe('rows added later', () => {
  it('are judged at once inside the grid, and coloured below it after the next repaint', () => {
    const runtime = seedRuntime();
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    const sheet = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    if (!sheet) throw new Error('no sheet');
    const ruleRange = () => sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation();
    expect(ruleRange()).toBe('C2:C1000');
    // A week typed below the data: the open-ended helper formula judges it straight away.
    runtime.workbook.setValues('Nail factory', 31, 0, [
      [new Date(Date.UTC(2024, 6, 29)), 1500, 30.1],
    ]);
    const judged = runtime.workbook.getValues(HELPER_SHEET_NAME, 31, 0, 1, 1)[0][0];
    expect(typeof judged).toBe('boolean');
    expect(colouredRows(runtime, 'Nail factory', 3).includes(32)).toBe(judged);
    // Rows added at the bottom of the grid: the next save (or scheduled run) reaches them.
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    expect(ruleRange()).toBe('C2:C1000');
    markSheet(runtime, 'Nail factory', () => {});
    expect(ruleRange()).toBe('C2:C1500');
    const helper = runtime.services.model.spreadsheet.getSheetByName(HELPER_SHEET_NAME);
    expect(helper?.getMaxRows()).toBeGreaterThanOrEqual(1500);
  });
});

describe('the scheduled run', () => {
  it('repaints every sheet from a time-driven trigger: rules reach rows added since, a deleted sheet’s columns go', () => {
    // What the schedule's run does for its step (d), here from a trigger of a probe file.
    const dir = writeDist({
      'Probe.js': `
        function schedule() { ScriptApp.newTrigger('run').timeBased().everyHours(1).create(); }
        function run() {
          var lock = LockService.getDocumentLock();
          lock.waitLock(10000);
          try { KpiGuard.repaintAllSheets(SpreadsheetApp.getActiveSpreadsheet()); }
          finally { SpreadsheetApp.flush(); lock.releaseLock(); }
        }`,
    });
    for (const name of readdirSync(DIST)) copyFileSync(join(DIST, name), join(dir, name));
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ filePushOrder: ['Code.js'] }));
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW, distDir: dir });
    markSheet(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    markSheet(runtime, 'Lead funnel', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    const spreadsheet = runtime.services.model.spreadsheet;
    const nails = spreadsheet.getSheetByName('Nail factory');
    const funnel = spreadsheet.getSheetByName('Lead funnel');
    if (!nails || !funnel) throw new Error('no sheets');
    nails.insertRowsAfter(nails.getMaxRows(), 1000);
    spreadsheet.deleteSheet(funnel);
    runtime.call('schedule');
    runtime.clock.advance(3_600_000);
    expect(runtime.triggerRuns.map((r) => r.error ?? 'ok')).toEqual(['ok']);
    expect(nails.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C2:C2000');
    // The lead funnel's helper column is emptied; the nail factory's stays where it was.
    expect(runtime.workbook.getFormulas(HELPER_SHEET_NAME, 1, 0, 1, 2)).toEqual([
      [`=KPI_ISOLATION('Nail factory'!C2:C, 'Nail factory'!B2:B, "up", "up")`, ''],
    ]);
    expect(colouredRows(runtime, 'Nail factory', 3).length).toBeGreaterThan(5);
  });
});

describe('speed', () => {
  /** Spreadsheet calls and custom-function calls of the first save and of a later one. */
  function savesOn(rows: number) {
    const cells: (string | number | Date)[][] = [['Week', 'Weight', 'Nails', 'Orders']];
    for (let i = 0; i < rows; i++) {
      cells.push([new Date(Date.UTC(2024, 0, 1 + 7 * i)), 5 + (i % 7), 1000 - (i % 5), 40]);
    }
    const runtime = createRuntime({ data: { sheets: [{ name: 'Data', cells }] }, now: NOW });
    const counts = () => ({
      spreadsheet: runtime.counter.snapshot(),
      customFunctions: runtime.customFunctionCalls.snapshot(),
    });
    runtime.counter.reset();
    markSheet(runtime, 'Data', (c) =>
      c.edit('Weight', { role: 'kpi', counterparts: [c.pair('Nails'), c.pair('Orders')] }),
    );
    const first = counts();
    runtime.counter.reset();
    runtime.customFunctionCalls.reset();
    markSheet(runtime, 'Data', (c) => c.edit('Weight', { counterparts: [c.pair('Nails')] }));
    return { first, second: counts() };
  }

  it('a save with recolouring makes the same Spreadsheet calls on 100 and 50,000 rows, one custom-function call per link', () => {
    const small = savesOn(100);
    const large = savesOn(50_000);
    expect(large.first.spreadsheet).toEqual(small.first.spreadsheet);
    expect(large.second.spreadsheet).toEqual(small.second.spreadsheet);
    expect(small.first.spreadsheet['Sheet.setConditionalFormatRules']).toBe(1);
    // Two links written: two calls; the second save drops one and writes none.
    expect(small.first.customFunctions).toEqual({ KPI_ISOLATION: 2 });
    expect(large.first.customFunctions).toEqual({ KPI_ISOLATION: 2 });
    expect(large.second.customFunctions).toEqual({});
    if (process.env.KPI_GUARD_PRINT_CALLS) {
      const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
      console.log(
        `save with recolouring: first ${total(small.first.spreadsheet)} calls (100 rows) / ${total(large.first.spreadsheet)} (50,000); later ${total(small.second.spreadsheet)} / ${total(large.second.spreadsheet)}`,
      );
    }
  }, 120_000);
});
